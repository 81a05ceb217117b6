import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IpcChild, nowMs } from './l2-bench-ipc';
import { hostId, hostVtep, REFERENCE, type L2Workload } from './l2-workload';

// L2 distribution benchmark: the real vtep-controller in its own process, fed directly with feed
// events by a generator inside that process (the central API is bypassed: see l2-controller-proc.ts),
// and simulated hosts — real HostAgents with memory dataplanes, each with its own connection and
// stream — in separate worker processes.
//
//   TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/bench/l2-bench.ts [--hosts 1000] [--workers 2]
//     [--cold-moves 1000] [--moves 2000] [--rate 500] [--idle-streams 5000] [--json-only]
//     [--profile-dir DIR] [--latency-out FILE] [--controller-node-flags='…'] [--worker-node-flags='…']

const { values: opt } = parseArgs({
  options: {
    hosts: { type: 'string', default: String(REFERENCE.hosts) },
    workers: { type: 'string', default: '2' },
    moves: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '500' },
    'idle-streams': { type: 'string', default: '0' },
    'json-only': { type: 'boolean', default: false },
    /** One TCP connection per simulated host (default: each worker's hosts share one, with a stream each). */
    'connection-per-host': { type: 'boolean', default: false },
    /** Writes V8 CPU profiles of every child process there. */
    'profile-dir': { type: 'string', default: '' },
    /** Writes every move's [revision, emitted ms, apply ms per worker…] as JSON there. */
    'latency-out': { type: 'string', default: '' },
    /**
     * Moves issued (at --rate) right after the snapshot phase, before the moves of record: they
     * run on code not yet optimized by V8 and are reported apart as cold figures.
     */
    'cold-moves': { type: 'string', default: '1000' },
    /** Extra node/V8 flags (space-separated) for the controller processes and for the workers. */
    'controller-node-flags': { type: 'string', default: '' },
    'worker-node-flags': { type: 'string', default: '' },
  },
});
const workload: L2Workload = { ...REFERENCE, hosts: Number(opt.hosts) };
const WORKERS = Number(opt.workers);
const MOVES = Number(opt.moves);
const RATE = Number(opt.rate);
const COLD_MOVES = Number(opt['cold-moves']);
const IDLE = Number(opt['idle-streams']);
const PHASE_TIMEOUT_MS = 120_000;

const children = new Set<IpcChild>();
const dir = mkdtempSync(join(tmpdir(), 'l2-bench-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round2 = (x: number) => Math.round(x * 100) / 100;
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

async function spawn(script: string, args: string[], name: string): Promise<IpcChild> {
  const prof = opt['profile-dir'] ? ['--cpu-prof', `--cpu-prof-dir=${opt['profile-dir']}`] : [];
  const flags = opt[script.startsWith('l2-hosts-worker') ? 'worker-node-flags' : 'controller-node-flags'].split(' ').filter(Boolean);
  const c = new IpcChild(script, args, name, ['--expose-gc', '--max-old-space-size=4096', ...prof, ...flags]);
  children.add(c);
  await Promise.race([c.ready, sleep(60_000).then(() => Promise.reject(new Error(`${name} not ready in 60 s`)))]);
  return c;
}

type Progress = { hosts: number; done: number; last: number; lastWelcome: number; entries: number; welcomes: { snapshot: number; resume: number } };
type Stats = Record<string, number>;

async function startWorkers(target: string, hosts: number, workers: number): Promise<IpcChild[]> {
  const out: IpcChild[] = [];
  for (let w = 0; w < workers; w++) {
    const mine: Array<[string, string]> = [];
    for (let i = w; i < hosts; i += workers) mine.push([hostId(i), hostVtep(i)]);
    out.push(await spawn('l2-hosts-worker.ts', [target, JSON.stringify(mine), opt['connection-per-host'] ? '1' : '0'], `worker-${w}`));
  }
  return out;
}

/** Polls every worker until `done(progress)` holds, at most PHASE_TIMEOUT_MS. */
async function until(workers: IpcChild[], done: (p: Progress[]) => boolean, what: string): Promise<Progress[]> {
  const deadline = Date.now() + PHASE_TIMEOUT_MS;
  for (let i = 0; i < 1_000_000 && Date.now() < deadline; i++) {
    const p = await Promise.all(workers.map((w) => w.call<Progress>('progress')));
    if (done(p)) return p;
    await sleep(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Issues `count` moves at RATE in the controller process and waits (bounded) until every move's
 * revision was applied by its last subscribed host. Returns the sorted latencies (ms).
 * `latencyOut`: also writes [revision, emitted ms, VNI, apply ms per worker…] per move as JSON.
 */
async function runMoves(ctl: IpcChild, workers: IpcChild[], count: number, seed: number, latencyOut = ''): Promise<{ lat: number[]; ms: number; issuedUs: number }> {
  const mv = await ctl.call<{ emitted: Array<[number, number, number]>; ms: number }>('moves', { count, ratePerSec: RATE, seed }, 300_000);
  const issuedUs = monoUs();
  const range = { from: mv.emitted[0][0], to: mv.emitted[mv.emitted.length - 1][0] };
  const perWorker = async () => Promise.all(workers.map((w) => w.call<Array<[number, number]>>('applyTimes', range)));
  const latest = (rows: Array<Array<[number, number]>>) => {
    const applied = new Map<number, number>();
    for (const list of rows) for (const [r, t] of list) applied.set(r, Math.max(applied.get(r) ?? 0, t));
    return applied;
  };
  // Until every move revision was applied somewhere, then a little longer for the last
  // subscribers of the last ones.
  const deadline = Date.now() + 60_000;
  for (let i = 0; i < 10_000 && Date.now() < deadline && latest(await perWorker()).size < count; i++) await sleep(100);
  await sleep(500);
  const rows = await perWorker();
  const applied = latest(rows);
  if (latencyOut) {
    const byWorker = rows.map((list) => new Map(list));
    writeFileSync(latencyOut, JSON.stringify(mv.emitted.map(([r, t, v]) => [r, t, v, ...byWorker.map((m) => m.get(r) ?? null)])));
  }
  const lat = mv.emitted.filter(([r]) => applied.has(r)).map(([r, t]) => applied.get(r)! - t).sort((a, b) => a - b);
  return { lat, ms: mv.ms, issuedUs };
}

async function divergentHosts(ctl: IpcChild, workers: IpcChild[]): Promise<number> {
  const actual: Record<string, Array<[number, number]>> = Object.assign({}, ...(await Promise.all(workers.map((w) => w.call<object>('digests')))));
  const expected = await ctl.call<Record<string, Array<[number, number]>>>('digests', { hosts: Object.keys(actual) });
  return Object.keys(actual).filter((h) => JSON.stringify(actual[h]) !== JSON.stringify(expected[h])).length;
}

const pct = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/** CLOCK_MONOTONIC in µs: the clock of V8's CPU profile timestamps (`--profile-dir`). */
const monoUs = () => Number(process.hrtime.bigint() / 1000n);
/** Phase windows on that clock, for slicing the children's profiles (tools/bench/profile-summary.ts). */
const profileWindowsUs: Record<string, [number, number]> = {};

async function run(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = { workload, connectionPerHost: opt['connection-per-host'], workers: WORKERS, moves: MOVES, ratePerSec: RATE, loadAverage1m: loadavg()[0] };
  // Phase 1: controller warm with the whole workload, then every host connects and takes its snapshot.
  const ctlDir = join(dir, 'controller');
  let ctl = await spawn('l2-controller-proc.ts', [ctlDir, '0', '10000'], 'controller');
  const { port } = await ctl.call<{ port: number }>('info');
  const target = `127.0.0.1:${port}`;
  const load = await ctl.call<{ ms: number; revision: number; ports: number }>('load', { workload, batch: 1000 }, 300_000);
  result.loadMs = Math.round(load.ms);
  const afterLoad = await ctl.call<Stats>('stats');
  Object.assign(result, { controllerRssMbAfterLoad: mb(afterLoad.rssBytes), controllerHeapMbAfterLoad: mb(afterLoad.heapUsedBytes), deltaLogMbAfterLoad: mb(afterLoad.logBytes) });
  const workers = await startWorkers(target, workload.hosts, WORKERS);
  const before = await ctl.call<Stats>('stats');
  const workerCpu = async () => (await Promise.all(workers.map((w) => w.call<Stats>('stats')))).reduce((a, s) => a + s.cpuMs, 0);
  const wc0 = await workerCpu();
  const t0 = nowMs();
  const snapUs0 = monoUs();
  await Promise.all(workers.map((w) => w.call('start')));
  const p1 = await until(workers, (p) => p.every((x) => x.done === x.hosts), 'every host to apply its snapshot');
  const convergedMs = Math.max(...p1.map((x) => x.last)) - t0;
  profileWindowsUs.snapshot = [snapUs0, monoUs()];
  const afterSnap = await ctl.call<Stats>('stats');
  const wc1 = await workerCpu();
  const entries = p1.reduce((a, x) => a + x.entries, 0);
  const snapshotBytes = afterSnap.sentBytes - before.sentBytes;
  const fdbPerHost = (workload.vnis * workload.vnisPerHost * workload.portsPerHostVni) / workload.vnis * (workload.hosts * workload.vnisPerHost / workload.vnis - 1);
  Object.assign(result, {
    initialConvergenceMs: Math.round(convergedMs),
    lastWelcomeMs: Math.round(Math.max(...p1.map((x) => x.lastWelcome)) - t0),
    entriesDelivered: entries,
    entryDeliveriesPerSec: Math.round(entries / (convergedMs / 1000)),
    snapshotBytes,
    snapshotBytesPerEntry: Math.round((snapshotBytes / entries) * 10) / 10,
    snapshotBytesPerFdbEntry: Math.round((snapshotBytes / (fdbPerHost * workload.hosts)) * 10) / 10,
    controllerRssMbAfterSnapshot: mb(afterSnap.rssBytes),
    // CPU time spent in the phase (less sensitive than wall time to other load on a shared box).
    snapshotControllerCpuMs: Math.round(afterSnap.cpuMs - before.cpuMs),
    snapshotWorkersCpuMs: Math.round(wc1 - wc0),
  });

  // Phase 2: moves at a fixed rate; latency = emitted → the last subscribed host applied it.
  // The first moves after the start run on cold code (see COLD_MOVES): measured and reported
  // apart, then the moves of record.
  if (COLD_MOVES > 0) {
    const cold = await runMoves(ctl, workers, COLD_MOVES, 11);
    Object.assign(result, {
      coldMoves: COLD_MOVES,
      coldMoveLatencyP50Ms: round2(pct(cold.lat, 0.5)),
      coldMoveLatencyP99Ms: round2(pct(cold.lat, 0.99)),
      coldMoveLatencyMaxMs: round2(cold.lat[cold.lat.length - 1]),
    });
  }
  if (MOVES > 0) {
    const m0 = await ctl.call<Stats>('stats');
    const mc0 = await workerCpu();
    const movesUs0 = monoUs();
    const mv = await runMoves(ctl, workers, MOVES, 7, opt['latency-out']);
    profileWindowsUs.moves = [movesUs0, mv.issuedUs];
    const m1 = await ctl.call<Stats>('stats');
    const mc1 = await workerCpu();
    const { lat } = mv;
    const members = (workload.hosts * workload.vnisPerHost) / workload.vnis;
    const vniChanges = MOVES; // each move changes exactly one VNI
    Object.assign(result, {
      movesIssuedMs: Math.round(mv.ms),
      movesWithoutApply: MOVES - lat.length,
      moveLatencyP50Ms: round2(pct(lat, 0.5)),
      moveLatencyP99Ms: round2(pct(lat, 0.99)),
      moveLatencyMaxMs: round2(lat[lat.length - 1]),
      sharedEncodesPerVniChange: (m1.sharedVniEncodes - m0.sharedVniEncodes) / vniChanges,
      perHostEncodesPerVniChange: (m1.perHostVniEncodes - m0.perHostVniEncodes) / vniChanges,
      moveBytes: m1.sentBytes - m0.sentBytes,
      // Every member but the destination gets the MAC's FDB upsert (the destination gets it as local).
      moveBytesPerFdbUpsert: Math.round(((m1.sentBytes - m0.sentBytes) / (vniChanges * (members - 1))) * 10) / 10,
      controllerRssMb: mb(m1.rssBytes),
      controllerHeapUsedMb: mb(m1.heapUsedBytes),
      controllerExternalMb: mb(m1.externalBytes),
      deltaLogMb: mb(m1.logBytes),
      movesControllerCpuMsPerMove: Math.round(((m1.cpuMs - m0.cpuMs) / MOVES) * 1000) / 1000,
      movesWorkersCpuMsPerMove: Math.round(((mc1 - mc0) / MOVES) * 1000) / 1000,
    });
  }
  result.divergentHosts = await divergentHosts(ctl, workers);
  result.workerRssMb = (await Promise.all(workers.map((w) => w.call<Stats>('stats')))).map((s) => mb(s.rssBytes));

  // Phase 3: controller restart on the same data dir and port; hosts resume from their tokens.
  const w0 = await Promise.all(workers.map((w) => w.call<Progress>('progress')));
  const welcomed0 = w0.reduce((a, x) => a + x.welcomes.snapshot + x.welcomes.resume, 0);
  await ctl.call('stop');
  children.delete(ctl);
  await ctl.kill();
  const r0 = nowMs();
  ctl = await spawn('l2-controller-proc.ts', [ctlDir, String(port), '10000'], 'controller-restarted');
  const p3 = await until(workers, (p) => p.reduce((a, x) => a + x.welcomes.snapshot + x.welcomes.resume, 0) >= welcomed0 + workload.hosts, 'every host to reconnect');
  await sleep(500);
  const s3 = await ctl.call<Stats>('stats');
  Object.assign(result, {
    restartReconnectMs: Math.round(nowMs() - r0),
    restartResumed: s3.resumes,
    restartSnapshots: s3.snapshots,
    restartCatchUpBytes: s3.sentBytes,
    restartBytesVsSnapshotPct: Math.round((s3.sentBytes / snapshotBytes) * 10_000) / 100,
    divergentHostsAfterRestart: await divergentHosts(ctl, workers),
    // Counted since the workers started: the first-connect snapshots plus the restart's welcomes.
    welcomesSinceStart: p3.reduce((a, x) => ({ snapshot: a.snapshot + x.welcomes.snapshot, resume: a.resume + x.welcomes.resume }), { snapshot: 0, resume: 0 }),
  });
  await Promise.all(workers.map((w) => w.call('stop').catch(() => undefined)));
  for (const w of workers) await w.kill();
  await ctl.call('stop').catch(() => undefined);
  await ctl.kill();

  // Phase 4: idle streams — controller RSS per connected host with an empty span.
  if (IDLE > 0) {
    const idle = await spawn('l2-controller-proc.ts', [join(dir, 'idle'), '0', '10000'], 'controller-idle');
    const { port: idlePort } = await idle.call<{ port: number }>('info');
    await idle.call('load', { workload: { ...workload, hosts: IDLE }, batch: 1000, registerOnly: true });
    await sleep(200);
    const i0 = await idle.call<Stats>('stats');
    const iw = await startWorkers(`127.0.0.1:${idlePort}`, IDLE, Math.max(1, Math.ceil(IDLE / 1000)));
    await Promise.all(iw.map((w) => w.call('start')));
    await until(iw, (p) => p.every((x) => x.done === x.hosts), 'every idle host to connect');
    await sleep(1_000);
    const i1 = await idle.call<Stats>('stats');
    Object.assign(result, { idleStreams: i1.sessions, idleRssBeforeMb: mb(i0.rssBytes), idleRssAfterMb: mb(i1.rssBytes), idleRssPerStreamKb: Math.round((i1.rssBytes - i0.rssBytes) / IDLE / 102.4) / 10 });
    await Promise.all(iw.map((w) => w.call('stop').catch(() => undefined)));
    for (const w of iw) await w.kill();
    await idle.kill();
  }
  if (opt['profile-dir']) result.profileWindowsUs = profileWindowsUs;
  return result;
}

function table(r: Record<string, unknown>): string {
  const rows: Array<[string, unknown, string]> = [
    ['initial convergence (ms)', r.initialConvergenceMs, '≤ 1500'],
    ['entry deliveries/s (bulk)', r.entryDeliveriesPerSec, '≥ 1,500,000'],
    ['move latency p50 (ms)', r.moveLatencyP50Ms, '≤ 10'],
    ['move latency p99 (ms)', r.moveLatencyP99Ms, '≤ 30'],
    [`cold moves (first ${r.coldMoves ?? 0}) p50 / p99 (ms)`, `${r.coldMoveLatencyP50Ms ?? '–'} / ${r.coldMoveLatencyP99Ms ?? '–'}`, '(reported apart)'],
    ['controller RSS (MB)', r.controllerRssMb ?? r.controllerRssMbAfterSnapshot, '≤ 300'],
    ['divergent hosts', r.divergentHosts, '0'],
    ['shared encodes per VNI change', r.sharedEncodesPerVniChange, '1'],
    ['wire bytes per FDB upsert (moves)', r.moveBytesPerFdbUpsert, '≤ 32'],
    ['wire bytes per FDB entry (snapshot)', r.snapshotBytesPerFdbEntry, '≤ 32'],
    ['restart: resumed / snapshots', `${r.restartResumed} / ${r.restartSnapshots}`, `${workload.hosts} / 0`],
    ['restart bytes vs full snapshot (%)', r.restartBytesVsSnapshotPct, '≤ 1'],
    ['divergent hosts after restart', r.divergentHostsAfterRestart, '0'],
    ['RSS per idle stream (kB)', r.idleRssPerStreamKb ?? 'not run', '≤ 48'],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v, t]) => `${k.padEnd(w)}  ${String(v).padStart(14)}   target ${t}`).join('\n');
}

try {
  const r = await run();
  process.stdout.write(`${JSON.stringify(r)}\n`);
  if (!opt['json-only']) process.stdout.write(`${table(r)}\n`);
} catch (err) {
  process.stderr.write(`l2-bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
} finally {
  for (const c of children) await c.kill().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
