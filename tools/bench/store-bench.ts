/**
 * Store benchmark (not a test): committed changes/s for batched port upserts with log append,
 * random reads/s, and watch replay of the whole log (every change's value and prevValue read).
 * `cpuSeconds` is this process's CPU time in the step: on a shared machine it moves less than
 * wall time with the load of other processes. Bounded; the temp dir is removed at exit.
 * Run: node --import tsx tools/bench/store-bench.ts [--sequential N] [--single N] [--ports N] [--reads N] [--replays N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLmdbStore, type CollectionSpec, type Store } from '@trellis/store';

interface PortValue {
  id: string;
  networkId: string;
  macAddress: string;
  host: string;
  fixedIps: { subnetId: string; ipAddress: string }[];
  status: string;
  deviceOwner: string;
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PORTS = arg('ports', 200_000);
const SINGLE_COMMITS = arg('single', 100_000);
const SEQUENTIAL_COMMITS = arg('sequential', 2_000);
const TXN_OPS = 100;
const READS = arg('reads', 300_000);
const REPLAYS = arg('replays', 1);
const NETWORKS = 500;

const collections: CollectionSpec[] = [{ name: 'ports', indexes: { byNetwork: (v) => (v as PortValue).networkId } }];

function makePort(i: number, generation: number): PortValue {
  const hex = (i % 0xffffff).toString(16).padStart(6, '0');
  return {
    id: `port-${i}`,
    networkId: `net-${i % NETWORKS}`,
    macAddress: `fa:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`,
    host: `compute-${i % 1000}`,
    fixedIps: [{ subnetId: `subnet-${i % NETWORKS}`, ipAddress: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }],
    status: generation % 2 ? 'ACTIVE' : 'DOWN',
    deviceOwner: 'compute:nova',
  };
}

interface Row {
  scenario: string;
  count: number;
  unit: string;
  seconds: number;
  perSecond: number;
  cpuSeconds: number;
}
const rows: Row[] = [];
let cpuAtStart = process.cpuUsage();
function record(scenario: string, count: number, unit: string, startMs: number): void {
  const seconds = (performance.now() - startMs) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rows.push({ scenario, count, unit, seconds: Number(seconds.toFixed(3)), perSecond: Math.round(count / seconds), cpuSeconds: Number(cpuSeconds.toFixed(3)) });
}
/** Start of a measured step (wall clock; CPU time is taken alongside). */
function startStep(): number {
  cpuAtStart = process.cpuUsage();
  return performance.now();
}

/** One single-op commit at a time: each is its own disk commit and sync (a lone REST write). */
async function sequentialCommits(store: Store): Promise<void> {
  const start = startStep();
  for (let i = 0; i < SEQUENTIAL_COMMITS; i++) {
    await store.commit({ ops: [{ type: 'put', collection: 'ports', key: `seq-${i}`, value: makePort(i, 0) }] });
  }
  record('sequential 1-op commits', SEQUENTIAL_COMMITS, 'changes', start);
}

/** Many concurrent single-op commits (each its own revision); lmdb batches them per disk commit. */
async function singleOpCommits(store: Store): Promise<void> {
  const wave = 2_000;
  const start = startStep();
  for (let base = 0; base < SINGLE_COMMITS; base += wave) {
    const commits: Promise<unknown>[] = [];
    for (let i = base; i < Math.min(SINGLE_COMMITS, base + wave); i++) {
      commits.push(store.commit({ ops: [{ type: 'put', collection: 'ports', key: `port-${i}`, value: makePort(i, 0) }] }));
    }
    await Promise.all(commits);
  }
  record('upsert: concurrent 1-op commits', SINGLE_COMMITS, 'changes', start);
}

/** Multi-op transactions (TXN_OPS upserts each), 20 in flight. */
async function multiOpCommits(store: Store): Promise<void> {
  const inFlight = 20;
  const start = startStep();
  for (let base = 0; base < PORTS; base += TXN_OPS * inFlight) {
    const commits: Promise<unknown>[] = [];
    for (let t = base; t < Math.min(PORTS, base + TXN_OPS * inFlight); t += TXN_OPS) {
      const ops = [];
      for (let i = t; i < Math.min(PORTS, t + TXN_OPS); i++) ops.push({ type: 'put' as const, collection: 'ports', key: `port-${i}`, value: makePort(i, 1) });
      commits.push(store.commit({ ops }));
    }
    await Promise.all(commits);
  }
  record(`upsert: ${TXN_OPS}-op txns, ${inFlight} in flight`, PORTS, 'changes', start);
}

async function randomReads(store: Store): Promise<void> {
  let seed = 42;
  const start = startStep();
  let found = 0;
  for (let n = 0; n < READS; n++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    if (await store.get('ports', `port-${seed % PORTS}`)) found++;
  }
  record('get by key (random)', READS, 'reads', start);
  if (found !== READS) throw new Error(`only ${found} of ${READS} reads found an item`);
}

/** Replays the whole log through watch(), reading every value and prevValue as a consumer would. */
async function replay(store: Store, label: string): Promise<void> {
  const end = await store.currentRevision();
  const controller = new AbortController();
  let revisions = 0;
  let changes = 0;
  let read = 0;
  const start = startStep();
  for await (const event of store.watch({ afterRevision: 0, signal: controller.signal })) {
    if (event.type !== 'changes') continue;
    revisions++;
    changes += event.changes.length;
    for (const change of event.changes) if (change.value !== undefined || change.prevValue !== undefined) read++;
    if (event.revision >= end) break;
  }
  controller.abort();
  if (read !== changes) throw new Error(`only ${read} of ${changes} replayed changes carried a value`);
  record(`watch replay${label} (log entries)`, revisions, 'revisions', start);
  const last = rows[rows.length - 1];
  rows.push({ ...last, scenario: `watch replay${label} (changes)`, count: changes, unit: 'changes', perSecond: Math.round(changes / last.seconds) });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-store-bench-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const store = await openLmdbStore({ path: dir, collections });
  try {
    await sequentialCommits(store);
    await singleOpCommits(store);
    await multiOpCommits(store);
    await randomReads(store);
    for (let n = 1; n <= REPLAYS; n++) await replay(store, REPLAYS > 1 ? ` #${n}` : '');
    const status = await store.status();
    console.table(rows);
    console.log(JSON.stringify({ benchmark: 'store', backend: status.backend, revision: status.revision, logEntries: status.logEntries, results: rows }));
  } finally {
    await store.close();
    removeDir();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
