import type { Logger } from '@trellis/runtime';
import type { Gauge } from 'prom-client';

/**
 * Whether central-api answers, as last observed by REST calls and the feed stream. Logs only
 * transitions, and mirrors the state into the `trellis_cell_agent_central_reachable` gauge.
 */
export class CentralReachability {
  #reachable: boolean | undefined;
  #since = Date.now();

  constructor(private readonly log: Logger, private readonly gauge: Gauge) {}

  get reachable(): boolean {
    return this.#reachable === true;
  }

  /** Milliseconds since the last transition. */
  get sinceMs(): number {
    return Date.now() - this.#since;
  }

  observe(reachable: boolean, via: 'rest' | 'feed', detail?: string): void {
    this.gauge.set(reachable ? 1 : 0);
    if (this.#reachable === reachable) return;
    const first = this.#reachable === undefined;
    this.#reachable = reachable;
    this.#since = Date.now();
    if (reachable) this.log.info({ via, first }, 'central-api reachable');
    else this.log.warn({ via, detail }, 'central-api unreachable: serving reads from the local replica, refusing writes');
  }
}
