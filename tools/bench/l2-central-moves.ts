import { nowMs } from './l2-bench-ipc';
import type { LoadedPort } from './l2-central-load';
import type { RestClient } from './l2-central-rest';
import { cellOf, hostId, hostVnis, type L2Workload } from './l2-workload';

// Moves issued through the central API at a fixed rate with a bounded number in flight: each
// re-binds a random port to a random member host of its VNI in another cell.
//
// `bindings` (default) is what Nova does when an instance moves between cells (cross-cell
// resize, and live migration since Rocky): an INACTIVE binding on the destination
// (POST /v2.0/ports/{id}/bindings), its activation (PUT …/bindings/{dest}/activate, the moment
// the MAC moves), then the source binding's removal (DELETE …/bindings/{src}). `host-id` is the
// older single request, PUT /v2.0/ports/{id} with binding:host_id, as Nova does without the
// binding-extended extension.

export type MoveApi = 'bindings' | 'host-id';

/** One move as the client saw it (times from `nowMs`). */
export interface IssuedMove {
  readonly portId: string;
  readonly from: string;
  readonly to: string;
  /** When the schedule wanted it started, and when its first request went out. */
  readonly dueAt: number;
  readonly startedAt: number;
  /** The request that moves the MAC (activate, or the PUT): sent and 2xx answered. */
  readonly moveSentAt: number;
  readonly moveAnsweredAt: number;
  /** The move's last request answered (after the source binding's removal). */
  readonly doneAt: number;
}

export interface MoveRun {
  readonly moves: IssuedMove[];
  readonly errors: number;
  readonly firstErrors: string[];
  readonly ms: number;
  /** Moves started later than their due time by more than one interval (the in-flight bound was hit). */
  readonly late: number;
  readonly maxInFlightSeen: number;
}

export interface MoveOptions {
  readonly count: number;
  readonly ratePerSec: number;
  readonly maxInFlight: number;
  readonly api: MoveApi;
  readonly seed: number;
  /** Stop issuing after this long (the run is reported as it is). */
  readonly deadlineMs: number;
}

export async function issueMoves(api: RestClient, w: L2Workload, ports: LoadedPort[], options: MoveOptions): Promise<MoveRun> {
  let s = options.seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const members = new Map<number, number[]>();
  for (let h = 0; h < w.hosts; h++) for (const v of hostVnis(w, h)) (members.get(v) ?? members.set(v, []).get(v)!).push(h);
  const busy = new Set<number>();
  const moves: IssuedMove[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  let inFlight = 0;
  let maxInFlightSeen = 0;
  let late = 0;
  let slotFreed: (() => void) | undefined;
  const running = new Set<Promise<void>>();
  const stepMs = 1000 / options.ratePerSec;
  const start = nowMs();
  const deadline = start + options.deadlineMs;

  const move = async (n: number, dueAt: number, startedAt: number) => {
    const p = ports[n];
    // Another cell where the VNI has members; in a workload too small for that, any other member.
    const others = members.get(p.v)!.filter((h) => h !== p.h);
    const crossCell = others.filter((h) => cellOf(w, h) !== cellOf(w, p.h));
    const candidates = crossCell.length ? crossCell : others;
    if (!candidates.length) throw new Error(`port ${p.id}: its VNI has no other member host (workload too small: raise --hosts or lower --vnis)`);
    const dest = candidates[Math.floor(rnd() * candidates.length)];
    const from = hostId(p.h);
    const to = hostId(dest);
    const path = `/v2.0/ports/${p.id}`;
    let moved;
    if (options.api === 'bindings') {
      await api.send('POST', `${path}/bindings`, { binding: { host: to } });
      moved = await api.send('PUT', `${path}/bindings/${to}/activate`);
      p.h = dest;
      await api.send('DELETE', `${path}/bindings/${from}`);
    } else {
      moved = await api.send('PUT', path, { port: { 'binding:host_id': to } });
      p.h = dest;
    }
    moves.push({ portId: p.id, from, to, dueAt, startedAt, moveSentAt: moved.sentAt, moveAnsweredAt: moved.answeredAt, doneAt: nowMs() });
  };

  for (let k = 0; k < options.count && nowMs() < deadline; k++) {
    const dueAt = start + k * stepMs;
    const wait = dueAt - nowMs();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    for (let i = 0; inFlight >= options.maxInFlight && i < 100_000 && nowMs() < deadline; i++) await new Promise<void>((r) => (slotFreed = r));
    // One move of a port at a time: a port still moving is not picked again.
    let n = Math.floor(rnd() * ports.length);
    for (let i = 0; busy.has(n) && i < 1_000; i++) n = Math.floor(rnd() * ports.length);
    const startedAt = nowMs();
    if (startedAt - dueAt > stepMs) late++;
    busy.add(n);
    inFlight++;
    maxInFlightSeen = Math.max(maxInFlightSeen, inFlight);
    const task: Promise<void> = move(n, dueAt, startedAt)
      .catch((err: unknown) => {
        errors++;
        if (firstErrors.length < 5) firstErrors.push(err instanceof Error ? err.message : String(err));
      })
      .finally(() => {
        busy.delete(n);
        inFlight--;
        running.delete(task);
        slotFreed?.();
        slotFreed = undefined;
      });
    running.add(task);
  }
  await Promise.all(running);
  return { moves, errors, firstErrors, ms: nowMs() - start, late, maxInFlightSeen };
}
