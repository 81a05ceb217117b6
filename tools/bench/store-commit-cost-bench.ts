/**
 * CPU per commit of the LMDB store at a paced rate, with live watchers following the head (as
 * central's feed consumers do). Whole-process CPU (main thread, lmdb's writer and syncs in the
 * libuv pool, V8 helpers).
 * Usage: node --import tsx tools/bench/store-commit-cost-bench.ts
 *   [--rate 400] [--commits 2000] [--items 50000] [--watchers 2]
 * Prints one JSON line.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openLmdbStore } from '@trellis/store';

const { values: opt } = parseArgs({
  options: {
    rate: { type: 'string', default: '400' },
    commits: { type: 'string', default: '2000' },
    items: { type: 'string', default: '50000' },
    watchers: { type: 'string', default: '2' },
  },
});
const RATE = Number(opt.rate);
const COMMITS = Number(opt.commits);
const ITEMS = Number(opt.items);
const WATCHERS = Number(opt.watchers);

interface BenchPort {
  id: string;
  networkId: string;
  mac: string;
  status: string;
  bindings: { host: string; status: string; vifDetails: Record<string, string> }[];
  fixedIps: { subnetId: string; ip: string }[];
  seq: number;
}

const port = (i: number, host: number, seq: number): BenchPort => ({
  id: `port-${i}`,
  networkId: `net-${i % 200}`,
  mac: `fa:16:3e:00:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`,
  status: 'ACTIVE',
  bindings: [{ host: `host-${host}`, status: 'ACTIVE', vifDetails: { port_filter: 'true', connectivity: 'l2' } }],
  fixedIps: [{ subnetId: `subnet-${i % 200}`, ip: `10.${i % 200}.${(i >> 8) & 3}.${i & 255}` }],
  seq,
});

/** CPU ms per thread of this process (Linux /proc), to tell the main thread from lmdb's. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    out.set(`${tid}.sys`, Number(f[12]) * 10);
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'trellis-commit-bench-'));
const store = await openLmdbStore({
  path: dir,
  collections: [{ name: 'ports', indexes: { byNetwork: (p) => (p as BenchPort).networkId, byHost: (p) => (p as BenchPort).bindings[0]?.host } }],
});
const aborted = new AbortController();
try {
  for (let at = 0; at < ITEMS; at += 1000) {
    const ops = [];
    for (let i = at; i < Math.min(ITEMS, at + 1000); i++) ops.push({ type: 'put' as const, collection: 'ports', key: `port-${i}`, value: port(i, i % 1000, 1) });
    await store.commit({ ops });
  }
  const start = await store.currentRevision();
  const watchers = Array.from({ length: WATCHERS }, async () => {
    let changes = 0;
    for await (const ev of store.watch({ afterRevision: start, signal: aborted.signal, progressIntervalMs: 5_000 })) {
      if (ev.type === 'changes') changes += ev.changes.length;
      if (ev.type === 'changes' && ev.revision >= start + COMMITS) break;
    }
    return changes;
  });

  const cpu0 = process.cpuUsage();
  const threads0 = threadCpu();
  const t0 = performance.now();
  const commits: Promise<unknown>[] = [];
  for (let r = 0; r < COMMITS; r++) {
    const due = t0 + (r * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const i = (r * 7919) % ITEMS;
    commits.push(store.commit({ ops: [{ type: 'put', collection: 'ports', key: `port-${i}`, value: port(i, (i + r) % 1000, r + 2) }] }));
  }
  await Promise.all(commits);
  await Promise.all(watchers);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const threads: Record<string, number> = {};
  for (const [tid, ms] of threadCpu()) if (ms - (threads0.get(tid) ?? 0) > 0) threads[tid === String(process.pid) ? 'main' : tid] = ms - (threads0.get(tid) ?? 0);
  process.stdout.write(
    `${JSON.stringify({
      rate: RATE,
      commits: COMMITS,
      watchers: WATCHERS,
      wallMs: Math.round(ms),
      cpuUsPerCommit: Math.round((cpu.user + cpu.system) / COMMITS),
      userUsPerCommit: Math.round(cpu.user / COMMITS),
      systemUsPerCommit: Math.round(cpu.system / COMMITS),
      threadCpuMs: threads,
    })}\n`,
  );
} finally {
  aborted.abort();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
