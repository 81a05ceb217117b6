import type { HostView, RouterTable } from '@trellis/l2';
import type { ResumeState, StateStore } from './state-store';

export interface StateSaverOptions {
  store?: StateStore;
  /**
   * Longest time an applied version may wait before its state is handed to the store; 0 saves
   * every version at once. Saves in between coalesce into one.
   */
  intervalMs: number;
  /** The state to save: read when the save happens, so view and token are always a consistent pair. */
  current: () => { view: HostView; token: ResumeState | undefined; routers?: RouterTable };
}

/**
 * Coalesces saves of the host's applied state. Why: a store serializes the whole view per save
 * (a JSON file for the real agent), which costs far more than applying a one-entry delta; with a
 * coalescing window one save covers every version applied in it.
 *
 * Correctness: a save always pairs the view with the token of the versions it contains, and is
 * held back while a version is being programmed (its in-place changes are not committed yet).
 * A crash loses at most the last window: the next start reconciles the dataplane to the older
 * saved view and presents the older token, and the controller re-sends what came after it
 * (re-applying is idempotent under the mobility rule).
 */
export class StateSaver {
  private timer: NodeJS.Timeout | undefined;
  private due = false;
  private busy = false;

  constructor(private readonly options: StateSaverOptions) {}

  /**
   * Something was applied: save now (interval 0, or `now` for a whole snapshot, which is the
   * costly thing to lose), or within the interval.
   */
  changed(now = false): void {
    const { store, intervalMs } = this.options;
    if (!store) return;
    this.due = true;
    if (intervalMs <= 0 || now) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return this.saveIfIdle();
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.saveIfIdle();
    }, intervalMs);
    // A pending save never keeps the process alive; stop() flushes it.
    this.timer.unref();
  }

  /** A version is being programmed: saves wait until `idle()`. */
  hold(): void {
    this.busy = true;
  }

  idle(): void {
    this.busy = false;
    if (this.due && !this.timer) this.saveIfIdle();
  }

  /** Hands any pending state to the store at once (shutdown). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.due) this.save();
  }

  private saveIfIdle(): void {
    if (!this.busy) this.save();
  }

  private save(): void {
    this.due = false;
    const { view, token, routers } = this.options.current();
    this.options.store!.save({ view, token, routers });
  }
}
