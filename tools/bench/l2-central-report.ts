import type { MoveRun } from './l2-central-moves';

// Figures and the printed table of the L2 benchmark through central-api.

const pct = (sorted: readonly number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : Number.NaN);
const ms2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Move latencies. For each move: the revision that carried it (from the feed) and the time the
 * last subscribed host applied that revision (max over hosts, from the workers). A move whose
 * revision no host reports was delivered folded into a later revision: the first later applied
 * revision stands in for it (counted as `movesFolded`).
 */
export function moveLatencies(
  run: MoveRun,
  revisions: ReadonlyArray<number | undefined>,
  applied: ReadonlyMap<number, number>,
  feedSeenAt: ReadonlyMap<number, number>,
): Record<string, number> {
  const appliedRevisions = [...applied.keys()].sort((a, b) => a - b);
  const fromAnswer: number[] = [];
  const fromSend: number[] = [];
  const fromStart: number[] = [];
  const toFeed: number[] = [];
  const feedToApplied: number[] = [];
  let folded = 0;
  let missing = 0;
  run.moves.forEach((m, i) => {
    const r = revisions[i];
    if (r === undefined) return void missing++;
    let t = applied.get(r);
    if (t === undefined) {
      const later = appliedRevisions.find((x) => x > r);
      if (later === undefined) return void missing++;
      folded++;
      t = applied.get(later)!;
    }
    fromAnswer.push(t - m.moveAnsweredAt);
    fromSend.push(t - m.moveSentAt);
    fromStart.push(t - m.startedAt);
    const seen = feedSeenAt.get(r);
    if (seen !== undefined) {
      toFeed.push(seen - m.moveAnsweredAt);
      feedToApplied.push(t - seen);
    }
  });
  for (const a of [fromAnswer, fromSend, fromStart, toFeed, feedToApplied]) a.sort((x, y) => x - y);
  const rest = run.moves.map((m) => m.moveAnsweredAt - m.moveSentAt).sort((x, y) => x - y);
  return {
    movesWithoutApply: missing,
    movesFolded: folded,
    // The figure: the moving request's 2xx → the last subscribed host applied it. It can be
    // negative: hosts may apply a move before the client has read the answer.
    moveLatencyP50Ms: ms2(pct(fromAnswer, 0.5)),
    moveLatencyP99Ms: ms2(pct(fromAnswer, 0.99)),
    moveLatencyMaxMs: ms2(fromAnswer[fromAnswer.length - 1] ?? Number.NaN),
    // Upper bounds: from the moving request's send, and from the move's first request.
    moveFromSendP50Ms: ms2(pct(fromSend, 0.5)),
    moveFromSendP99Ms: ms2(pct(fromSend, 0.99)),
    moveFromFirstRequestP50Ms: ms2(pct(fromStart, 0.5)),
    moveFromFirstRequestP99Ms: ms2(pct(fromStart, 0.99)),
    // Where the time goes: the 2xx → a second feed consumer (this driver) received the revision,
    // and that → the last host applied it (the controller's and hosts' share, roughly).
    moveAnswerToFeedP50Ms: ms2(pct(toFeed, 0.5)),
    moveAnswerToFeedP99Ms: ms2(pct(toFeed, 0.99)),
    moveFeedToAppliedP50Ms: ms2(pct(feedToApplied, 0.5)),
    moveFeedToAppliedP99Ms: ms2(pct(feedToApplied, 0.99)),
    moveRequestP50Ms: ms2(pct(rest, 0.5)),
    moveRequestP99Ms: ms2(pct(rest, 0.99)),
  };
}

export function centralTable(r: Record<string, unknown>): string {
  const rows: Array<[string, unknown, string]> = [
    ['load: ports/s via REST (bulk)', r.loadPortsPerSec, '—'],
    ['load: total (ms)', r.loadMs, '—'],
    ['controller catch-up after load (ms)', r.controllerCatchUpAfterLoadMs, '—'],
    ['initial convergence (ms)', r.initialConvergenceMs, '≤ 1500'],
    ['entry deliveries/s (bulk)', r.entryDeliveriesPerSec, '≥ 1,500,000'],
    ['all ports ACTIVE at central (ms)', r.allPortsActiveMs, '—'],
    ['ports ACTIVE (after convergence / end)', `${r.portsActiveAfterSnapshot} / ${r.portsActiveAtEnd}`, String((r.workload as { hosts: number; vnisPerHost: number; portsPerHostVni: number } | undefined) ? 'all' : '')],
    ['moves/s achieved', r.movesAchievedPerSec, String(r.ratePerSec)],
    ['move errors / started late', `${r.moveErrors} / ${r.movesStartedLate}`, '0 / 0'],
    ['move latency p50 (ms, 2xx → last host)', r.moveLatencyP50Ms, '≤ 10'],
    ['move latency p99 (ms, 2xx → last host)', r.moveLatencyP99Ms, '≤ 30'],
    ['move request p50 / p99 (ms)', `${r.moveRequestP50Ms} / ${r.moveRequestP99Ms}`, '—'],
    ['  2xx → feed p50 / p99 (ms)', `${r.moveAnswerToFeedP50Ms} / ${r.moveAnswerToFeedP99Ms}`, '—'],
    ['  feed → last host p50 / p99 (ms)', `${r.moveFeedToAppliedP50Ms} / ${r.moveFeedToAppliedP99Ms}`, '—'],
    ['moves without apply / folded', `${r.movesWithoutApply} / ${r.movesFolded}`, '0 / 0'],
    ['central-api CPU per move (ms)', r.movesCentralCpuMsPerMove, '—'],
    ['controller CPU per move (ms)', r.movesControllerCpuMsPerMove, '—'],
    ['central-api RSS (MB)', r.centralRssMb ?? r.centralRssMbAfterSnapshot, '—'],
    ['controller RSS (MB)', r.controllerRssMb ?? r.controllerRssMbAfterSnapshot, '≤ 300'],
    ['divergent hosts', r.divergentHosts, '0'],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v, t]) => `${k.padEnd(w)}  ${String(v).padStart(14)}   target ${t}`).join('\n');
}
