/**
 * CPU per saved revision of the controller's LMDB index store at a paced feed rate (all threads
 * of the process: main, lmdb's writer and syncs in the libuv pool, V8 helpers).
 * Usage: TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx apps/vtep-controller/bench/index-store-bench.ts
 *   [--rate 500] [--revisions 2000] [--ports 50000] [--coalesce-ms 25]
 * Prints one JSON line. A revision is one port change, one subscription version and one log
 * record, as a move's revision carries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PortRecord } from '../src/span/records';
import { openLmdbIndexStore } from '../src/log/index-store';

const { values: opt } = parseArgs({
  options: {
    rate: { type: 'string', default: '500' },
    revisions: { type: 'string', default: '2000' },
    ports: { type: 'string', default: '50000' },
    'coalesce-ms': { type: 'string', default: '25' },
  },
});
const RATE = Number(opt.rate);
const REVISIONS = Number(opt.revisions);
const PORTS = Number(opt.ports);

const port = (i: number, host: number, seq: number): PortRecord => ({
  id: `port-${i}`,
  networkId: `net-${i % 200}`,
  mac: `fa:16:3e:${((i >> 16) & 255).toString(16).padStart(2, '0')}:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`,
  ips: [`10.${i % 200}.${(i >> 8) & 3}.${i & 255}`],
  seq,
  bindings: [{ host: `host-${host}`, inactive: false }],
});

const dir = mkdtempSync(join(tmpdir(), 'trellis-index-bench-'));
const store = openLmdbIndexStore(join(dir, 'index'), { coalesceMs: Number(opt['coalesce-ms']) });
try {
  // The reference size: every port in the index, one transaction.
  const changes = Array.from({ length: PORTS }, (_, i) => ({ kind: 'port' as const, id: `port-${i}`, record: port(i, i % 1000, 1) }));
  store.save({ revision: 1, logFloor: 0, epoch: 'bench', changes, spanRevisions: [] });
  await store.flush();

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < REVISIONS; r++) {
    const due = t0 + (r * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const i = (r * 7919) % PORTS;
    const revision = r + 2;
    store.save({
      revision,
      logFloor: Math.max(0, revision - 1000),
      epoch: 'bench',
      changes: [{ kind: 'port', id: `port-${i}`, record: port(i, (i + r) % 1000, r + 2) }],
      spanRevisions: [[`host-${(i + r) % 1000}`, revision]],
      append: { revision, vnis: [{ vni: 1000 + (i % 200), shared: new Uint8Array(120).fill(r & 255), perHost: new Map(), full: [], left: [] }] },
      dropLog: revision > 1002 ? [revision - 1000] : [],
    });
  }
  await store.flush();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    `${JSON.stringify({
      rate: RATE,
      revisions: REVISIONS,
      coalesceMs: Number(opt['coalesce-ms']),
      wallMs: Math.round(ms),
      cpuUsPerRevision: Math.round((cpu.user + cpu.system) / REVISIONS),
      userUsPerRevision: Math.round(cpu.user / REVISIONS),
      systemUsPerRevision: Math.round(cpu.system / REVISIONS),
    })}\n`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
