import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IpcChild, nowMs } from './l2-bench-ipc';
import { CentralFeedView } from './l2-central-feed';
import { loadWorkload, PROBE_HOST } from './l2-central-load';
import { issueMoves, type MoveApi } from './l2-central-moves';
import { waitForControllerRevision } from './l2-central-probe';
import { procStats, rssByMapping, startCentral, startController, type Service } from './l2-central-procs';
import { centralTable, moveLatencies } from './l2-central-report';
import { RestClient } from './l2-central-rest';
import { hostId, hostVtep, REFERENCE, type L2Workload } from './l2-workload';
import { reportProgress } from './suite/progress';

// L2 benchmark through the real central-api: central-api and vtep-controller run as their apps'
// main.ts (LMDB in a temp dir, loopback ports); the workload is loaded through the REST API;
// simulated hosts (l2-hosts-worker.ts) subscribe to the controller; moves are issued through
// Neutron's API and measured from the 2xx to the last subscribed host having applied them.
//
//   TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/bench/l2-central-bench.ts [--hosts 1000]
//     [--workers 2] [--moves 2000] [--rate 500] [--max-in-flight 64] [--move-api bindings|host-id]
//     [--load-concurrency 4] [--ports-per-request 500] [--json-only] [--profile-dir DIR]
//     [--controller-config JSON] [--controller-node-flags '--flag …'] [--controller-memory-series]
//     [--controller-heap-dir DIR]
//     [--vnis N] [--ports-per-host-vni N | --total-ports N] [--slow-moves N] [--slow-apply-ms 200]
//     [--restart-controller] [--vnis-per-router 5] [--ack-delay-ms N]

const { values: opt } = parseArgs({
  options: {
    hosts: { type: 'string', default: String(REFERENCE.hosts) },
    vnis: { type: 'string', default: String(REFERENCE.vnis) },
    'ports-per-host-vni': { type: 'string', default: String(REFERENCE.portsPerHostVni) },
    /** Total ports spread over the (host, VNI) pairs, instead of --ports-per-host-vni. */
    'total-ports': { type: 'string', default: '' },
    /** Slow consumer: after the moves of record, this many more with one host applying slowly. */
    'slow-moves': { type: 'string', default: '0' },
    'slow-apply-ms': { type: 'string', default: '200' },
    /** Routed workload: VNIs behind routers of this many each, spread (0 = L2 only; see l2-central-load.ts). */
    'vnis-per-router': { type: 'string', default: '0' },
    /** Reconnect storm: at the end, restart the controller under every host and time their catch-up. */
    'restart-controller': { type: 'boolean', default: false },
    /** Seed of the moves' random choices (the workload itself is fixed by its size). */
    seed: { type: 'string', default: '7' },
    workers: { type: 'string', default: '2' },
    moves: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '500' },
    'max-in-flight': { type: 'string', default: '64' },
    'move-api': { type: 'string', default: 'bindings' },
    'load-concurrency': { type: 'string', default: '4' },
    'ports-per-request': { type: 'string', default: '500' },
    'connection-per-host': { type: 'boolean', default: false },
    /** The simulated hosts' ackDelayMs (host-agent setting); empty: the agent's default. */
    'ack-delay-ms': { type: 'string', default: '' },
    'json-only': { type: 'boolean', default: false },
    /** Writes V8 CPU profiles of central-api and vtep-controller there. */
    'profile-dir': { type: 'string', default: '' },
    /** Writes V8 heap snapshots of the vtep-controller there after the load and after the snapshot phase (investigation; it moves later figures). */
    'controller-heap-dir': { type: 'string', default: '' },
    /** Adds the controller's memory every 500 ms ([s since start, RSS, heap used, heap total, external] MB) to the JSON. */
    'controller-memory-series': { type: 'boolean', default: false },
    /** Node/V8 flags for the vtep-controller (experiments), space-separated. */
    'controller-node-flags': { type: 'string' },
    /** vtep-controller config keys over the benchmark's, as JSON (e.g. '{"heapGrowingPercent":0}'). */
    'controller-config': { type: 'string', default: '{}' },
  },
});
const workload: L2Workload = {
  ...REFERENCE,
  hosts: Number(opt.hosts),
  vnis: Number(opt.vnis),
  portsPerHostVni: Number(opt['ports-per-host-vni']),
  ...(opt['total-ports'] ? { totalPorts: Number(opt['total-ports']) } : {}),
};
const SLOW_MOVES = Number(opt['slow-moves']);
const SLOW_APPLY_MS = Number(opt['slow-apply-ms']);
/** The slow consumer of the slow-consumer phase. */
const SLOW_HOST = hostId(0);
const WORKERS = Number(opt.workers);
const MOVES = Number(opt.moves);
const RATE = Number(opt.rate);
const MOVE_API = opt['move-api'] as MoveApi;
if (MOVE_API !== 'bindings' && MOVE_API !== 'host-id') throw new Error(`--move-api bindings|host-id, not ${MOVE_API}`);
const PHASE_TIMEOUT_MS = 180_000;

const driverCpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const dir = mkdtempSync(join(tmpdir(), 'l2-central-bench-'));
const services: Service[] = [];
const children = new Set<IpcChild>();
let view: CentralFeedView | undefined;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
const fileSize = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return Number.NaN;
  }
};
const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

type Progress = { hosts: number; done: number; last: number; lastWelcome: number; entries: number };

async function startWorkers(target: string): Promise<IpcChild[]> {
  const out: IpcChild[] = [];
  for (let w = 0; w < WORKERS; w++) {
    const mine: Array<[string, string]> = [];
    for (let i = w; i < workload.hosts; i += WORKERS) mine.push([hostId(i), hostVtep(i)]);
    const c = new IpcChild('l2-hosts-worker.ts', [target, JSON.stringify(mine), opt['connection-per-host'] ? '1' : '0', opt['ack-delay-ms']], `worker-${w}`, ['--max-old-space-size=4096']);
    children.add(c);
    await Promise.race([c.ready, sleep(60_000).then(() => Promise.reject(new Error(`worker-${w} not ready in 60 s`)))]);
    out.push(c);
  }
  return out;
}

/** Latest apply time of each revision in the range of `known`, over every worker's hosts. */
async function appliedTimes(workers: readonly IpcChild[], known: readonly number[]): Promise<Map<number, number>> {
  const applied = new Map<number, number>();
  const [from, to] = [Math.min(...known), Math.max(...known)];
  for (const w of workers) for (const [r, t] of await w.call<Array<[number, number]>>('applyTimes', { from, to: to + 10_000 })) applied.set(r, Math.max(applied.get(r) ?? 0, t));
  return applied;
}

/** Polls until `done()` holds, at most `timeoutMs`. */
async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, what: string, timeoutMs = PHASE_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < 1_000_000 && Date.now() < deadline; i++) {
    const v = await probe();
    if (done(v)) return v;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function run(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = { mode: 'via-central', workload, workers: WORKERS, moves: MOVES, ratePerSec: RATE, moveApi: MOVE_API, loadAverage1mAtStart: round(loadavg()[0], 2) };
  const profileDir = opt['profile-dir'];
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const central = await startCentral(dir, { profileDir });
  services.push(central);
  const heapDir = opt['controller-heap-dir'];
  if (heapDir) mkdirSync(heapDir, { recursive: true });
  const heapFlags = heapDir ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${heapDir}`] : [];
  const controllerFlags = opt['controller-node-flags']?.split(' ').filter((f) => f !== '');
  const controllerConfig = JSON.parse(opt['controller-config']) as Record<string, unknown>;
  reportProgress('starting central-api and vtep-controller', 0.01);
  let controller = await startController(dir, central.feedTarget, {
    profileDir, memoryLogIntervalMs: 500, nodeFlags: heapFlags, controllerNodeFlags: controllerFlags, config: controllerConfig,
  });
  Object.assign(result, { controllerNodeFlags: controller.nodeFlags, controllerConfig, ...(opt['ack-delay-ms'] ? { hostAckDelayMs: Number(opt['ack-delay-ms']) } : {}) });
  services.push(controller);
  const api = new RestClient(central.restUrl, Math.max(Number(opt['load-concurrency']), Number(opt['max-in-flight'])));
  const cpu = () => ({ central: procStats(central.proc.pid), controller: procStats(controller.proc.pid) });
  // Where the controller's RSS sits: anonymous vs file-backed pages (/proc), and its own last
  // 'process memory' line (≤ 500 ms old): V8 heap, external memory, array buffers.
  const controllerMemory = () => {
    const p = procStats(controller.proc.pid);
    const m = controller.proc.lastLog('process memory') ?? {};
    return {
      rssMb: mb(p.rssBytes), rssAnonMb: mb(p.rssAnonBytes), rssFileMb: mb(p.rssFileBytes),
      heapUsedMb: m.heapUsedMb, heapTotalMb: m.heapTotalMb, externalMb: m.externalMb, arrayBuffersMb: m.arrayBuffersMb,
      byMappingMb: rssByMapping(controller.proc.pid),
      indexFileMb: mb(fileSize(join(dir, 'vtep-controller', 'index', 'data.mdb'))),
    };
  };
  // central-api's RSS split the same way (/proc only): LMDB's file-backed pages vs the heap.
  const centralMemory = () => {
    const p = procStats(central.proc.pid);
    return { rssMb: mb(p.rssBytes), rssAnonMb: mb(p.rssAnonBytes), rssFileMb: mb(p.rssFileBytes), byMappingMb: rssByMapping(central.proc.pid) };
  };
  /** With --controller-heap-dir: a heap snapshot of the controller, waited for (size stable for 1 s, at most 120 s). */
  const controllerHeapSnapshot = async () => {
    if (!heapDir) return;
    const sizes = () => readdirSync(heapDir).filter((f) => f.endsWith('.heapsnapshot')).map((f) => statSync(join(heapDir, f)).size);
    const before = sizes().length;
    process.kill(controller.proc.pid, 'SIGUSR2');
    let last = -1;
    for (let i = 0; i < 120; i++) {
      await sleep(1000);
      const now = sizes();
      if (now.length > before && now[now.length - 1] === last && last > 0) return;
      last = now.length > before ? now[now.length - 1] : -1;
    }
  };
  const revisionNow = async () => (await api.get<{ store: { revision: number } }>('/healthz')).store.revision;

  // Phase 1: the workload through the REST API, the controller consuming the feed meanwhile.
  reportProgress('loading the workload through the REST API', 0.05);
  const c0 = cpu();
  const loaded = await loadWorkload(api, workload, {
    concurrency: Number(opt['load-concurrency']),
    portsPerRequest: Number(opt['ports-per-request']),
    vnisPerRouter: Number(opt['vnis-per-router']),
  });
  const loadedRevision = await revisionNow();
  const tLoaded = nowMs();
  await waitForControllerRevision(controller.target, PROBE_HOST.id, PROBE_HOST.vtep, loadedRevision, PHASE_TIMEOUT_MS);
  const feedLagMs = nowMs() - tLoaded;
  const c1 = cpu();
  const loadMs = loaded.topologyMs + loaded.networksMs + loaded.portsMs;
  Object.assign(result, {
    loadMs: round(loadMs),
    loadTopologyMs: round(loaded.topologyMs),
    loadNetworksMs: round(loaded.networksMs),
    loadPortsMs: round(loaded.portsMs),
    routers: loaded.routers,
    loadRoutersMs: round(loaded.routersMs),
    loadPortsPerSec: round(loaded.ports.length / (loaded.portsMs / 1000)),
    loadRequests: loaded.requests,
    loadRevision: loadedRevision,
    controllerCatchUpAfterLoadMs: round(feedLagMs),
    loadCentralCpuMs: round(c1.central.cpuMs - c0.central.cpuMs),
    loadControllerCpuMs: round(c1.controller.cpuMs - c0.controller.cpuMs),
    centralRssMbAfterLoad: mb(c1.central.rssBytes),
    controllerRssMbAfterLoad: mb(c1.controller.rssBytes),
    controllerMemoryAfterLoad: controllerMemory(),
  });
  await controllerHeapSnapshot();

  // The checker's own view of the store, from the same feed.
  const feedView = new CentralFeedView(central.feedTarget);
  view = feedView;
  feedView.start(0);
  await feedView.reach(loadedRevision, PHASE_TIMEOUT_MS);

  // Phase 2: hosts subscribe; initial convergence = start → the last host applied its snapshot.
  reportProgress('hosts subscribe (initial convergence)', 0.35);
  const workers = await startWorkers(controller.target);
  const workerCpu = async () => (await Promise.all(workers.map((w) => w.call<{ cpuMs: number }>('stats')))).reduce((a, s) => a + s.cpuMs, 0);
  const wc0 = await workerCpu();
  const s0 = cpu();
  const t0 = nowMs();
  await Promise.all(workers.map((w) => w.call('start')));
  const progress = () => Promise.all(workers.map((w) => w.call<Progress>('progress')));
  const p1 = await until(progress, (p) => p.every((x) => x.done === x.hosts), 'every host to apply its snapshot');
  const convergedMs = Math.max(...p1.map((x) => x.last)) - t0;
  const s1 = cpu();
  const wc1 = await workerCpu();
  const entries = p1.reduce((a, x) => a + x.entries, 0);
  // Every host reports its ports wired; central records each one (ACTIVE).
  // Bounded: a report that central did not take in time is not sent again, so a port can stay BUILD.
  const active = await until(async () => feedView.activePorts, (n) => n >= loaded.ports.length, 'every port to become ACTIVE', 60_000).catch(() => feedView.activePorts);
  const allActiveMs = active >= loaded.ports.length ? nowMs() - t0 : Number.NaN;
  const s2 = cpu();
  Object.assign(result, {
    initialConvergenceMs: round(convergedMs),
    lastWelcomeMs: round(Math.max(...p1.map((x) => x.lastWelcome)) - t0),
    entriesDelivered: entries,
    // FDB, neighbour, flood and local entries a host holds after its snapshot (routers add the
    // tables of every VNI behind a router the host has a port on).
    entriesPerHost: round(entries / workload.hosts, 1),
    entryDeliveriesPerSec: round(entries / (convergedMs / 1000)),
    allPortsActiveMs: round(allActiveMs),
    portsActiveAfterSnapshot: feedView.activePorts,
    snapshotCentralCpuMs: round(s1.central.cpuMs - s0.central.cpuMs),
    snapshotControllerCpuMs: round(s1.controller.cpuMs - s0.controller.cpuMs),
    snapshotWorkersCpuMs: round(wc1 - wc0),
    portStatusCentralCpuMs: round(s2.central.cpuMs - s1.central.cpuMs),
    centralRssMbAfterSnapshot: mb(s2.central.rssBytes),
    controllerRssMbAfterSnapshot: mb(s2.controller.rssBytes),
    controllerMemoryAfterSnapshot: controllerMemory(),
  });
  await controllerHeapSnapshot();

  // Phase 3: moves through the Neutron API; latency = the moving request's 2xx → the last
  // subscribed host applied the revision that carried it.
  if (MOVES > 0) {
    reportProgress(`${MOVES} moves at ${RATE}/s`, 0.5);
    await sleep(500);
    const r0 = await revisionNow();
    await feedView.reach(r0, PHASE_TIMEOUT_MS);
    // The controller may still be consuming the status revisions of the convergence phase.
    const q0 = nowMs();
    await waitForControllerRevision(controller.target, PROBE_HOST.id, PROBE_HOST.vtep, r0, PHASE_TIMEOUT_MS);
    result.controllerCatchUpBeforeMovesMs = round(nowMs() - q0);
    const m0 = cpu();
    const d0 = process.cpuUsage();
    const mc0 = await workerCpu();
    result.centralWarningsBeforeMoves = central.proc.warnings();
    result.controllerWarningsBeforeMoves = controller.proc.warnings();
    const run = await issueMoves(api, workload, loaded.ports, {
      count: MOVES, ratePerSec: RATE, maxInFlight: Number(opt['max-in-flight']), api: MOVE_API, seed: Number(opt.seed), deadlineMs: (MOVES / RATE) * 1000 * 4 + 30_000,
    });
    await feedView.reach(await revisionNow(), PHASE_TIMEOUT_MS);
    const revisions = run.moves.map((m) => feedView.moveRevision(m.portId, m.to, r0));
    const known = revisions.filter((r): r is number => r !== undefined);
    const readApplied = () => appliedTimes(workers, known);
    // Every move revision applied somewhere (bounded), then a little longer for the last subscribers.
    await until(readApplied, (a) => known.every((r) => a.has(r)), 'every move to be applied', 30_000).catch(() => undefined);
    await sleep(500);
    const applied = await readApplied();
    const m1 = cpu();
    const mc1 = await workerCpu();
    const moved = run.moves.length;
    Object.assign(result, moveLatencies(run, revisions, applied, feedView.moveSeenAt), {
      movesIssued: moved,
      moveErrors: run.errors,
      moveFirstErrors: run.firstErrors,
      movesIssuedMs: round(run.ms),
      movesAchievedPerSec: round(moved / (run.ms / 1000), 1),
      movesStartedLate: run.late,
      movesMaxInFlight: run.maxInFlightSeen,
      movesWithoutRevision: revisions.length - known.length,
      movesCentralCpuMsPerMove: round((m1.central.cpuMs - m0.central.cpuMs) / Math.max(1, moved), 3),
      movesControllerCpuMsPerMove: round((m1.controller.cpuMs - m0.controller.cpuMs) / Math.max(1, moved), 3),
      movesWorkersCpuMsPerMove: round((mc1 - mc0) / Math.max(1, moved), 3),
      // This process: REST client, its own Watch consumer and span index.
      movesDriverCpuMsPerMove: round(driverCpuMs(d0) / Math.max(1, moved), 3),
      centralRssMb: mb(m1.central.rssBytes),
      controllerRssMb: mb(m1.controller.rssBytes),
      controllerMemoryAfterMoves: controllerMemory(),
      centralMemoryAfterMoves: centralMemory(),
    });
  }

  // Slow consumer: more moves at the same rate while one host takes SLOW_APPLY_MS per apply; the
  // latencies are the other hosts' (the workers leave the slow host's apply times out).
  if (SLOW_MOVES > 0) {
    reportProgress(`${SLOW_MOVES} moves with a slow host (${SLOW_APPLY_MS} ms per apply)`, 0.7);
    await Promise.all(workers.map((w) => w.call('slow', { hosts: [SLOW_HOST], applyMs: SLOW_APPLY_MS })));
    const r0 = await revisionNow();
    await feedView.reach(r0, PHASE_TIMEOUT_MS);
    const run = await issueMoves(api, workload, loaded.ports, {
      count: SLOW_MOVES, ratePerSec: RATE, maxInFlight: Number(opt['max-in-flight']), api: MOVE_API, seed: Number(opt.seed) + 4, deadlineMs: (SLOW_MOVES / RATE) * 1000 * 4 + 30_000,
    });
    await feedView.reach(await revisionNow(), PHASE_TIMEOUT_MS);
    const revisions = run.moves.map((m) => feedView.moveRevision(m.portId, m.to, r0));
    const known = revisions.filter((r): r is number => r !== undefined);
    const readApplied = () => appliedTimes(workers, known);
    await sleep(1000);
    const slow = moveLatencies(run, revisions, await readApplied(), feedView.moveSeenAt);
    Object.assign(result, { slowHost: SLOW_HOST, slowApplyMs: SLOW_APPLY_MS, slowMoves: run.moves.length, slowMoveErrors: run.errors, slowMoveLatencyP50Ms: slow.moveLatencyP50Ms, slowMoveLatencyP99Ms: slow.moveLatencyP99Ms, slowMoveLatencyMaxMs: slow.moveLatencyMaxMs, slowMovesWithoutApply: slow.movesWithoutApply });
    await Promise.all(workers.map((w) => w.call('slow', { hosts: [SLOW_HOST], applyMs: 0 })));
  }

  // Phase 4: every host's dataplane against the store's view (bounded settle time for the last reports).
  reportProgress('checking every host against central', 0.8);
  const countDivergent = async () => {
    await feedView.reach(await revisionNow(), PHASE_TIMEOUT_MS);
    let divergent = Number.NaN;
    for (let i = 0; i < 50; i++) {
      const actual: Record<string, Array<[number, number]>> = Object.assign({}, ...(await Promise.all(workers.map((w) => w.call<object>('digests')))));
      const expected = feedView.digests(Object.keys(actual));
      divergent = Object.keys(actual).filter((h) => JSON.stringify(actual[h]) !== JSON.stringify(expected[h])).length;
      if (divergent === 0) break;
      await sleep(200);
    }
    return divergent;
  };
  result.divergentHosts = await countDivergent();

  // Reconnect storm: the controller restarted (same data dir and port) under every host.
  if (opt['restart-controller']) {
    reportProgress('controller restart under every host (reconnect storm)', 0.85);
    type Caught = { hosts: number; caughtUp: number; welcomes: { snapshot: number; resume: number }; lastWelcomeAt: number; lastCaughtUpAt: number };
    const stoppedAt = nowMs();
    const caught = () => Promise.all(workers.map((w) => w.call<Caught>('caughtUp', { since: stoppedAt })));
    const before = await caught();
    const port = Number(controller.target.split(':').pop());
    await controller.proc.stop(15_000);
    const stopMs = nowMs() - stoppedAt;
    services.splice(services.indexOf(controller), 1);
    controller = await startController(dir, central.feedTarget, { memoryLogIntervalMs: 500, controllerNodeFlags: controllerFlags, config: controllerConfig, port });
    services.push(controller);
    const startedAt = nowMs();
    // Every host welcomed again (a new session) and holding the head revision of its welcome.
    const after = await until(caught, (c) => c.every((x) => x.caughtUp === x.hosts), 'every host to reconnect and catch up', PHASE_TIMEOUT_MS);
    const doneAt = Math.max(...after.map((x) => x.lastCaughtUpAt));
    const sum = (c: typeof after, k: 'snapshot' | 'resume') => c.reduce((a, x) => a + x.welcomes[k], 0);
    Object.assign(result, {
      restartControllerDownMs: round(startedAt - stoppedAt),
      // SIGTERM → exit with every host still connected (15 s = it was killed).
      restartControllerStopMs: round(stopMs),
      restartConvergenceMs: round(doneAt - startedAt),
      restartLastWelcomeMs: round(Math.max(...after.map((x) => x.lastWelcomeAt)) - startedAt),
      restartResumedHosts: sum(after, 'resume') - sum(before, 'resume'),
      restartSnapshotHosts: sum(after, 'snapshot') - sum(before, 'snapshot'),
      divergentHostsAfterRestart: await countDivergent(),
      controllerRssMbAfterRestart: mb(procStats(controller.proc.pid).rssBytes),
    });
  }
  reportProgress('stopping', 0.97);
  result.workerRssMb = (await Promise.all(workers.map((w) => w.call<{ rssBytes: number }>('stats')))).map((s) => mb(s.rssBytes));
  result.loadAverage1mAtEnd = round(loadavg()[0], 2);
  result.portsActiveAtEnd = feedView.activePorts;
  result.centralWarnings = central.proc.warnings();
  result.controllerWarnings = controller.proc.warnings();
  if (opt['controller-memory-series']) {
    const series = controller.proc.logSeries('process memory');
    const t0 = Number(series[0]?.time ?? 0);
    result.controllerMemorySeries = series.map((m) => [round((Number(m.time) - t0) / 1000, 1), m.rssMb, m.heapUsedMb, m.heapTotalMb, m.externalMb, m.statusWaiting, m.hosts]);
  }

  const tStop = nowMs();
  await Promise.all(workers.map((w) => w.call('stop').catch(() => undefined)));
  // A worker that ended after its stop may not have reported its exit yet (ESRCH): it is gone.
  for (const w of workers) await w.kill().catch(() => undefined);
  process.stderr.write(`stopped the host workers in ${Math.round(nowMs() - tStop)} ms\n`);
  api.close();
  return result;
}

try {
  const r = await run();
  process.stdout.write(`${JSON.stringify(r)}\n`);
  if (!opt['json-only']) process.stdout.write(`${centralTable(r)}\n`);
} catch (err) {
  process.stderr.write(`l2-central-bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
} finally {
  await view?.close();
  for (const c of children) await c.kill().catch(() => undefined);
  // Reverse start order, by PID: SIGTERM (profiles are written on a clean exit), SIGKILL after 15 s.
  for (const s of [...services].reverse()) {
    const t = nowMs();
    await s.proc.stop(15_000).catch(() => undefined);
    process.stderr.write(`stopped ${s.name} in ${Math.round(nowMs() - t)} ms\n`);
  }
  rmSync(dir, { recursive: true, force: true });
}
// Everything this script started is stopped; a client's idle keep-alive (a gRPC channel, an HTTP
// agent) would otherwise hold the process for ~45 s more.
process.exit(process.exitCode ?? 0);
