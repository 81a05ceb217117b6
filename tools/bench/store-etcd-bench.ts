/**
 * etcd vs LMDB store benchmark (not a test): committed changes/s with sequential and concurrent
 * 1-op commits of indexed port values, and feed latency (commit start → watch event). Starts its
 * own etcd (1 member, loopback, fsync on unless --no-fsync) and an LMDB store in a temp dir;
 * bounded; stops etcd by PID and removes every temp dir, also on failure.
 * Run: node --import tsx tools/bench/store-etcd-bench.ts [--sequential N] [--concurrent N] [--in-flight N] [--latency N] [--no-fsync]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openEtcdStore, openLmdbStore, type CollectionSpec, type Store } from '@trellis/store';
import { startEtcd, type EtcdCluster } from '@trellis/testkit';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SEQUENTIAL = arg('sequential', 500);
const CONCURRENT = arg('concurrent', 5_000);
const IN_FLIGHT = arg('in-flight', 64);
const LATENCY_SAMPLES = arg('latency', 300);
const NO_FSYNC = process.argv.includes('--no-fsync');

interface PortValue {
  id: string;
  networkId: string;
  host: string;
  macAddress: string;
}
const collections: CollectionSpec[] = [{ name: 'ports', indexes: { byNetwork: (v) => (v as PortValue).networkId } }];
const makePort = (i: number, gen: number): PortValue => ({ id: `port-${i}`, networkId: `net-${i % 50}`, host: `compute-${(i + gen) % 100}`, macAddress: `fa:16:3e:00:${((i >> 8) & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}` });
const putPort = (i: number, gen: number) => ({ ops: [{ type: 'put' as const, collection: 'ports', key: `port-${i}`, value: makePort(i, gen) }] });

interface Row {
  backend: string;
  scenario: string;
  count: number;
  seconds: number;
  perSecond: number;
  p50Ms?: number;
  p99Ms?: number;
}

async function sequential(store: Store): Promise<{ count: number; seconds: number }> {
  const start = performance.now();
  for (let i = 0; i < SEQUENTIAL; i++) await store.commit(putPort(i, 0));
  return { count: SEQUENTIAL, seconds: (performance.now() - start) / 1000 };
}

async function concurrent(store: Store): Promise<{ count: number; seconds: number }> {
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < CONCURRENT; i = next++) await store.commit(putPort(i, 1));
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { count: CONCURRENT, seconds: (performance.now() - start) / 1000 };
}

/** Sequential commits, each timed from the commit call until a live watch delivers its revision. */
async function feedLatency(store: Store): Promise<number[]> {
  const controller = new AbortController();
  const arrivals = new Map<number, number>();
  let notify: (() => void) | undefined;
  const from = await store.currentRevision();
  const reader = (async () => {
    for await (const e of store.watch({ afterRevision: from, signal: controller.signal })) {
      if (e.type === 'changes') {
        arrivals.set(e.revision, performance.now());
        notify?.();
      }
    }
  })();
  const samples: number[] = [];
  try {
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const t0 = performance.now();
      const { revision } = await store.commit(putPort(i, 2));
      const deadline = Date.now() + 5_000;
      while (!arrivals.has(revision) && Date.now() < deadline) await new Promise<void>((r) => (notify = r) && setTimeout(r, 50));
      const at = arrivals.get(revision);
      if (at === undefined) throw new Error(`watch did not deliver revision ${revision} within 5 s`);
      samples.push(at - t0);
    }
  } finally {
    controller.abort();
    await reader.catch(() => undefined);
  }
  return samples.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(2));

async function run(backend: string, store: Store, rows: Row[]): Promise<void> {
  const seq = await sequential(store);
  rows.push({ backend, scenario: 'sequential 1-op commits', count: seq.count, seconds: Number(seq.seconds.toFixed(3)), perSecond: Math.round(seq.count / seq.seconds) });
  const con = await concurrent(store);
  rows.push({ backend, scenario: `concurrent 1-op commits (${IN_FLIGHT} in flight)`, count: con.count, seconds: Number(con.seconds.toFixed(3)), perSecond: Math.round(con.count / con.seconds) });
  const lat = await feedLatency(store);
  const total = lat.reduce((a, b) => a + b, 0) / 1000;
  rows.push({ backend, scenario: 'feed latency: commit → watch event', count: lat.length, seconds: Number(total.toFixed(3)), perSecond: Math.round(lat.length / total), p50Ms: pct(lat, 50), p99Ms: pct(lat, 99) });
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-etcd-bench-'));
  let cluster: EtcdCluster | undefined;
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', cleanup);
  try {
    const lmdb = await openLmdbStore({ path: dir, collections });
    try {
      await run('lmdb', lmdb, rows);
    } finally {
      await lmdb.close();
    }
    cluster = await startEtcd({ members: 1, unsafeNoFsync: NO_FSYNC });
    const etcd = await openEtcdStore({ endpoints: cluster.endpoints, collections });
    try {
      await run(NO_FSYNC ? 'etcd (no fsync)' : 'etcd', etcd, rows);
    } finally {
      await etcd.close();
    }
    console.table(rows);
    console.log(JSON.stringify({ benchmark: 'store-etcd', sequential: SEQUENTIAL, concurrent: CONCURRENT, inFlight: IN_FLIGHT, latencySamples: LATENCY_SAMPLES, fsync: !NO_FSYNC, results: rows }));
  } finally {
    await cluster?.stop();
    cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
