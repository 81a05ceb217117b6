// Every figure the suite reports: where it comes from, its unit, what is timed from where to
// where, and which direction is better. The summary, the budgets and docs/perf/bench.md use it.

export type Better = 'lower' | 'higher';

export interface FigureDef {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly better: Better;
  /** What is measured, from where to where (docs and the summary's footnotes). */
  readonly what: string;
}

const f = (key: string, label: string, unit: string, better: Better, what: string): FigureDef => ({ key, label, unit, better, what });

export const FIGURES: readonly FigureDef[] = [
  // fan-out: REST → central-api → feed → vtep-controller → simulated hosts (real HostAgent code)
  f('fanout.initialConvergenceMs', 'initial convergence', 'ms', 'lower', 'every simulated host starts its stream → the last host applied its snapshot (SnapshotEnd)'),
  f('fanout.entryDeliveriesPerSec', 'entry deliveries/s', '1/s', 'higher', 'FDB/neighbour/flood entries held by all hosts after the snapshot ÷ initial convergence'),
  f('fanout.moveLatencyP50Ms', 'move p50', 'ms', 'lower', "the moving PUT /v2.0/ports/{id}'s 2xx → the last subscribed host applied the revision carrying it"),
  f('fanout.moveLatencyP99Ms', 'move p99', 'ms', 'lower', 'as move p50, 99th percentile'),
  f('fanout.moveLatencyMaxMs', 'move max', 'ms', 'lower', 'as move p50, the slowest move'),
  f('fanout.serverCpuMsPerMove', 'server CPU per move', 'ms', 'lower', 'CPU time of central-api + vtep-controller during the moves ÷ moves'),
  f('fanout.centralRssMb', 'central-api RSS', 'MiB', 'lower', 'central-api resident set after the moves'),
  f('fanout.controllerRssMb', 'controller RSS', 'MiB', 'lower', 'vtep-controller resident set after the moves'),
  f('fanout.serverRssMb', 'central-api + controller RSS', 'MiB', 'lower', 'sum of the two'),
  f('fanout.controllerRssKbPerStream', 'controller RSS per host stream', 'KiB', 'lower', '(controller RSS after the snapshot − after the load, before any host) ÷ hosts'),
  f('fanout.entriesPerHost', 'entries per host', 'entries', 'lower', 'FDB, neighbour, flood and local entries a host holds after its snapshot, mean over hosts'),
  f('fanout.divergentHosts', 'divergent hosts', 'hosts', 'lower', "hosts whose per-VNI digests differ from central's view at the end"),
  // the same fan-out workload with the VNIs behind routers of 5 (asymmetric IRB:
  // a host with a port on one of a router's networks holds the tables of all of them)
  f('routed.initialConvergenceMs', 'initial convergence, routed', 'ms', 'lower', 'as initial convergence, with routers'),
  f('routed.moveLatencyP50Ms', 'move p50, routed', 'ms', 'lower', 'as move p50, with routers'),
  f('routed.moveLatencyP99Ms', 'move p99, routed', 'ms', 'lower', 'as move p99, with routers'),
  f('routed.serverCpuMsPerMove', 'server CPU per move, routed', 'ms', 'lower', 'as server CPU per move, with routers'),
  f('routed.entriesPerHost', 'entries per host, routed', 'entries', 'lower', 'as entries per host, with routers: the cost of routing state on a host'),
  f('routed.controllerRssMb', 'controller RSS, routed', 'MiB', 'lower', 'as controller RSS, with routers'),
  // reconnect storm: the controller restarted under every host
  f('reconnect.convergenceMs', 'reconnect convergence', 'ms', 'lower', 'controller process restarted (same data dir, port) → every host welcomed and caught up to the head revision'),
  f('reconnect.resumedHosts', 'hosts resumed', 'hosts', 'higher', 'hosts that resumed from their token (deltas) rather than taking a snapshot'),
  f('reconnect.snapshotHosts', 'hosts re-snapshotted', 'hosts', 'lower', 'hosts that took a full snapshot after the restart'),
  // slow consumer: one host applies slowly during the moves
  f('slow.moveLatencyP99Ms', 'move p99 with a slow host', 'ms', 'lower', 'move p99 over the other hosts while one host takes 200 ms per apply'),
  f('slow.moveLatencyP99DeltaMs', 'p99 added by a slow host', 'ms', 'lower', 'slow.moveLatencyP99Ms − fanout.moveLatencyP99Ms'),
  // API
  f('api.createBindPerSec', 'port create+bind/s', '1/s', 'higher', 'POST /v2.0/ports with binding:host_id over loopback HTTP (autocannon), requests/s'),
  f('api.createBindP99Ms', 'port create+bind p99', 'ms', 'lower', 'request latency seen by the client'),
  f('api.listByHostP99Ms', 'list ports by host p99', 'ms', 'lower', 'GET /v2.0/ports?binding:host_id=… with the seeded ports, one client'),
  // store
  f('store.commitsPerSec', 'store commits/s', '1/s', 'higher', 'concurrent single-op commits per second into LMDB (the store groups them into transactions), each with its log entry'),
  f('store.replayEntriesPerSec', 'log replay', 'changes/s', 'higher', 'watch() replay of the whole log, changes per second'),
];

export const FIGURE_BY_KEY: ReadonlyMap<string, FigureDef> = new Map(FIGURES.map((d) => [d.key, d]));
