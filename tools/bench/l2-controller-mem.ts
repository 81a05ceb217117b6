import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';
import { Controller } from '@trellis/vtep-controller/src/controller/controller';
import type { FeedEvent } from '@trellis/vtep-controller/src/controller/types';
import { openLmdbIndexStore } from '@trellis/vtep-controller/src/log/index-store';
import pino from 'pino';
import { hostId, hostValue, hostVnis, networkValue, portsOf, portValue, REFERENCE, cellOf, type L2Workload } from './l2-workload';

// Controller memory at the L2 benchmark's reference size, without hosts or gRPC: loads the
// workload into a Controller + LMDB index store as l2-controller-proc.ts does, optionally runs
// moves, and prints process.memoryUsage() (after a full GC). With --heap-snapshot FILE it also
// writes a V8 heap snapshot and prints the largest object groups by constructor/type.
//
//   TSX_TSCONFIG_PATH=tsconfig.base.json node --expose-gc --import tsx tools/bench/l2-controller-mem.ts \
//     [--hosts 1000] [--moves 2000] [--restart] [--heap-snapshot FILE]

const { values: opt } = parseArgs({
  options: {
    hosts: { type: 'string', default: String(REFERENCE.hosts) },
    moves: { type: 'string', default: '0' },
    /** Closes the store and loads a second controller from it (warm start memory). */
    restart: { type: 'boolean', default: false },
    'heap-snapshot': { type: 'string', default: '' },
  },
});
const workload: L2Workload = { ...REFERENCE, hosts: Number(opt.hosts) };
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
const gc = () => {
  for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
};

function usage(label: string, ctl: Controller): Record<string, unknown> {
  gc();
  const m = process.memoryUsage();
  return { label, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers), logMb: mb(ctl.log.byteSize), logRecords: ctl.log.size };
}

const options = {
  controllerId: 'mem', epoch: 'bench', queueLimitBytes: 4 << 20, heartbeatIntervalMs: 10_000, helloTimeoutMs: 30_000,
  maxFrameBytes: 1 << 20, snapshotChunkBytes: 256 << 10, snapshotMaxEntriesPerVniDelta: 8192, logMaxRecords: 100_000, logMaxBytes: 256 << 20,
  logger: pino({ level: 'warn' }), status: { reportPortStatuses: () => undefined, reportHostLiveness: () => undefined },
};

const dir = mkdtempSync(join(tmpdir(), 'l2-mem-'));
const out: Array<Record<string, unknown>> = [];
try {
  const base = process.memoryUsage();
  out.push({ label: 'start', rssMb: mb(base.rss), heapUsedMb: mb(base.heapUsed), loadAverage1m: loadavg()[0] });
  let store = openLmdbIndexStore(join(dir, 'index'));
  let ctl = new Controller(options, store);
  let revision = ctl.revision;
  const commit = (changes: Array<{ collection: string; key: string; value: unknown }>) => {
    const event: FeedEvent = { type: 'revision', revision: ++revision, changes: changes.map((c) => ({ type: 'put' as const, ...c })) };
    ctl.applyFeedEvent(event);
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  commit(Array.from({ length: workload.hosts }, (_, i) => ({ collection: 'hosts', key: hostId(i), value: hostValue(i, workload) })));
  commit(Array.from({ length: workload.vnis }, (_, v) => ({ collection: 'networks', key: `net${v}`, value: networkValue(v) })));
  const where = new Map<number, { v: number; h: number; seq: number }>();
  let batch: Array<{ collection: string; key: string; value: unknown }> = [];
  for (const p of portsOf(workload)) {
    where.set(p.n, { v: p.v, h: p.h, seq: 0 });
    batch.push({ collection: 'ports', key: `p${p.n}`, value: portValue(p.n, p.v, p.h) });
    if (batch.length >= 1000) commit(batch.splice(0));
  }
  if (batch.length > 0) commit(batch);
  batch = [];
  await store.flush();
  const c1 = process.cpuUsage(c0);
  const indexMb = () => mb(readdirSync(join(dir, 'index')).reduce((n, f) => n + statSync(join(dir, 'index', f)).size, 0));
  out.push({ ...usage('after load', ctl), loadMs: Math.round(performance.now() - t0), loadCpuMs: Math.round((c1.user + c1.system) / 1000), indexFileMb: indexMb() });

  const moves = Number(opt.moves);
  if (moves > 0) {
    const members = new Map<number, number[]>();
    for (let h = 0; h < workload.hosts; h++) for (const v of hostVnis(workload, h)) (members.get(v) ?? members.set(v, []).get(v)!).push(h);
    let s = 7;
    const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const m0 = process.cpuUsage();
    for (let k = 0; k < moves; k++) {
      const n = Math.floor(rnd() * where.size);
      const p = where.get(n)!;
      const candidates = members.get(p.v)!.filter((h) => cellOf(workload, h) !== cellOf(workload, p.h));
      p.h = candidates[Math.floor(rnd() * candidates.length)];
      p.seq++;
      commit([{ collection: 'ports', key: `p${n}`, value: portValue(n, p.v, p.h, p.seq) }]);
      if (k % 256 === 0) await store.flush();
    }
    await store.flush();
    const m1 = process.cpuUsage(m0);
    out.push({ ...usage(`after ${moves} moves`, ctl), cpuMsPerMove: Math.round(((m1.user + m1.system) / 1000 / moves) * 1000) / 1000 });
  }

  if (opt.restart) {
    await ctl.stop();
    await store.close();
    gc();
    store = openLmdbIndexStore(join(dir, 'index'));
    const r0 = performance.now();
    ctl = new Controller(options, store);
    out.push({ ...usage('after warm restart', ctl), restartMs: Math.round(performance.now() - r0) });
  }

  if (opt['heap-snapshot']) {
    gc();
    const file = writeHeapSnapshot(opt['heap-snapshot']);
    out.push({ label: 'heap snapshot', file });
  }
  await ctl.stop();
  await store.close();
  for (const row of out) process.stdout.write(`${JSON.stringify(row)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
