// The suite's phases: which benchmark script each runs, with which flags (full or --quick), and
// how its JSON becomes the suite's figures (figures.ts). Every phase goes through the user's path
// where there is one: REST → central-api → feed → vtep-controller → host-agent code in separate
// processes (the fan-out, reconnect and slow-consumer figures come from one l2-central-bench run).

export interface PhaseSpec {
  readonly name: string;
  readonly script: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
  readonly figures: (json: Record<string, unknown>) => Record<string, number>;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Figures of one l2-central-bench run (also used for each point of a curve). */
export function fanoutFigures(j: Record<string, unknown>): Record<string, number> {
  const hosts = num((j.workload as { hosts?: number } | undefined)?.hosts);
  const out: Record<string, number> = {
    'fanout.initialConvergenceMs': num(j.initialConvergenceMs),
    'fanout.entryDeliveriesPerSec': num(j.entryDeliveriesPerSec),
    'fanout.moveLatencyP50Ms': num(j.moveLatencyP50Ms),
    'fanout.moveLatencyP99Ms': num(j.moveLatencyP99Ms),
    'fanout.moveLatencyMaxMs': num(j.moveLatencyMaxMs),
    'fanout.serverCpuMsPerMove': round(num(j.movesCentralCpuMsPerMove) + num(j.movesControllerCpuMsPerMove)),
    'fanout.centralRssMb': num(j.centralRssMb),
    'fanout.controllerRssMb': num(j.controllerRssMb),
    'fanout.serverRssMb': round(num(j.centralRssMb) + num(j.controllerRssMb), 1),
    'fanout.controllerRssKbPerStream': round(((num(j.controllerRssMbAfterSnapshot) - num(j.controllerRssMbAfterLoad)) * 1024) / hosts, 1),
    'fanout.entriesPerHost': num(j.entriesPerHost),
    'fanout.divergentHosts': num(j.divergentHosts) + (j.divergentHostsAfterRestart === undefined ? 0 : num(j.divergentHostsAfterRestart)),
  };
  if (j.restartConvergenceMs !== undefined) {
    out['reconnect.convergenceMs'] = num(j.restartConvergenceMs);
    out['reconnect.resumedHosts'] = num(j.restartResumedHosts);
    out['reconnect.snapshotHosts'] = num(j.restartSnapshotHosts);
  }
  if (j.slowMoveLatencyP99Ms !== undefined) {
    out['slow.moveLatencyP99Ms'] = num(j.slowMoveLatencyP99Ms);
    out['slow.moveLatencyP99DeltaMs'] = round(num(j.slowMoveLatencyP99Ms) - num(j.moveLatencyP99Ms), 2);
  }
  return out;
}

const ROUTED = ['initialConvergenceMs', 'moveLatencyP50Ms', 'moveLatencyP99Ms', 'serverCpuMsPerMove', 'entriesPerHost', 'controllerRssMb'];

/** Figures of the routed fan-out run: the fan-out figures that routing changes, as `routed.*`. */
export function routedFigures(j: Record<string, unknown>): Record<string, number> {
  const f = fanoutFigures(j);
  return Object.fromEntries(ROUTED.map((k) => [`routed.${k}`, f[`fanout.${k}`]]));
}

interface Row {
  scenario: string;
  perSecond: number;
  p99Ms?: number;
  connections?: number;
}
const rows = (j: Record<string, unknown>): Row[] => (Array.isArray(j.results) ? (j.results as Row[]) : []);

export function apiFigures(j: Record<string, unknown>): Record<string, number> {
  const create = rows(j).find((r) => r.scenario.startsWith('POST /v2.0/ports'));
  const list = rows(j).find((r) => r.scenario.startsWith('GET /v2.0/ports') && r.connections === 1);
  return { 'api.createBindPerSec': num(create?.perSecond), 'api.createBindP99Ms': num(create?.p99Ms), 'api.listByHostP99Ms': num(list?.p99Ms) };
}

export function storeFigures(j: Record<string, unknown>): Record<string, number> {
  const single = rows(j).find((r) => r.scenario === 'upsert: concurrent 1-op commits');
  const replay = rows(j).find((r) => /^watch replay.*\(changes\)$/.test(r.scenario));
  return { 'store.commitsPerSec': num(single?.perSecond), 'store.replayEntriesPerSec': num(replay?.perSecond) };
}

export function suitePhases(quick: boolean, seed: number): PhaseSpec[] {
  const fanout = quick
    ? ['--hosts', '100', '--vnis', String(vnisFor(100)), '--moves', '400', '--rate', '200', '--slow-moves', '200']
    : ['--hosts', '1000', '--vnis', String(vnisFor(1000)), '--moves', '2000', '--rate', '500', '--slow-moves', '1000'];
  return [
    {
      name: 'fan-out + storm + slow',
      script: 'l2-central-bench.ts',
      args: [...fanout, '--move-api', 'host-id', '--restart-controller', '--seed', String(seed), '--json-only'],
      timeoutMs: quick ? 240_000 : 900_000,
      figures: fanoutFigures,
    },
    {
      name: 'fan-out with routers',
      script: 'l2-central-bench.ts',
      args: [...fanout.filter((_, i, a) => a[i] !== '--slow-moves' && a[i - 1] !== '--slow-moves'), '--vnis-per-router', '5', '--move-api', 'host-id', '--seed', String(seed), '--json-only'],
      timeoutMs: quick ? 240_000 : 900_000,
      figures: routedFigures,
    },
    {
      name: 'API',
      script: 'central-api-bench.ts',
      args: quick ? ['--creates', '3000', '--ports', '20000', '--lists', '1000'] : ['--creates', '20000', '--ports', '100000', '--lists', '5000'],
      timeoutMs: quick ? 180_000 : 600_000,
      figures: apiFigures,
    },
    {
      name: 'store',
      script: 'store-bench.ts',
      args: quick ? ['--ports', '20000', '--single', '10000', '--sequential', '500', '--reads', '20000', '--replays', '1'] : [],
      timeoutMs: quick ? 120_000 : 600_000,
      figures: storeFigures,
    },
  ];
}

/** One point of the scaling curves. */
export interface CurvePoint {
  readonly hosts: number;
  readonly ports: number;
}

/** 25 member hosts per VNI at every size (5 VNIs per host), so a move's fan-out stays the same. */
export const vnisFor = (hosts: number) => Math.max(4, Math.round((hosts * 5) / 25));

export function curvePhase(p: CurvePoint, seed: number, moves: number, rate: number): PhaseSpec {
  return {
    name: `curve ${p.hosts} hosts × ${p.ports} ports`,
    script: 'l2-central-bench.ts',
    args: ['--hosts', String(p.hosts), '--vnis', String(vnisFor(p.hosts)), '--total-ports', String(p.ports), '--moves', String(moves), '--rate', String(rate), '--move-api', 'host-id', '--seed', String(seed), '--json-only'],
    timeoutMs: 1_800_000,
    figures: fanoutFigures,
  };
}
