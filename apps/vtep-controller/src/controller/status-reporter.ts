import type { Logger } from '@trellis/runtime';
import type { PortStatusReport, PortWiring } from './types';

/** Defaults of {@link PortStatusReporter}. */
export const STATUS_REPORTER_DEFAULTS = {
  /**
   * How long a report waits for others to share its call. Why 20 ms: every call is a store
   * commit and a feed revision at central (which every feed consumer then reads); at moderate
   * move rates a 5 ms window sent nearly every report alone. A port's status reaching central
   * 15 ms later is invisible next to what waits on it (Nova's vif-plugged event).
   */
  windowMs: 20,
  /** Most reports per call (central accepts 1,000). */
  maxBatch: 256,
  /** Calls to central at once; further reports wait (deduplicated per port and host). */
  maxInFlight: 4,
  /** First pause before a failed batch is sent again (doubles per failure, up to 16×). */
  retryMs: 250,
  /** Sends of one report before it is dropped with a warning. */
  maxAttempts: 5,
} as const;

export interface PortStatusReporterOptions {
  /** Sends one batch to central; a rejection makes its reports retry. */
  readonly send: (reports: readonly PortStatusReport[]) => Promise<unknown> | void;
  readonly logger: Logger;
  readonly windowMs?: number;
  readonly maxBatch?: number;
  readonly maxInFlight?: number;
  readonly retryMs?: number;
  readonly maxAttempts?: number;
}

/**
 * One waiting report. Optimization: reports wait in their thousands while central catches up
 * (≈ 39,000 when 1,000 hosts report their ports at once), so a waiting report is one small
 * object keyed by its port id (the string the caller holds already, no key built per report)
 * instead of a report, a wrapper and a `port + host` key: ≈ 110 instead of ≈ 260 bytes of heap.
 */
interface Pending {
  readonly portId: string;
  readonly hostId: string;
  readonly wiring: PortWiring;
  readonly detail: string;
  attempts: number;
  /** The same port's report from another host (a migration's source and destination). */
  next: Pending | undefined;
}

/**
 * Collects port status reports from every host stream and relays them to central in batches: a
 * report waits at most `windowMs` for others (or until `maxBatch` are waiting), then one call
 * carries them all. At most `maxInFlight` calls run at once; while they do, reports keep
 * collecting, and a newer report for the same port and host replaces the waiting one, so memory
 * is bounded by the number of ports. A failed batch is retried with backoff (reports superseded
 * meanwhile are not resent); a report that fails `maxAttempts` times is dropped with a warning.
 */
export class PortStatusReporter {
  /** Calls made to central and reports they carried (tests, benchmarks). */
  readonly stats = { calls: 0, reports: 0, failures: 0, dropped: 0 };
  /** Waiting reports by port id (each port's reports from different hosts chained), oldest port first. */
  private readonly pending = new Map<string, Pending>();
  private waitingCount = 0;
  private readonly windowMs: number;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly retryMs: number;
  private readonly maxAttempts: number;
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private failuresInARow = 0;
  private closed = false;

  constructor(private readonly options: PortStatusReporterOptions) {
    this.windowMs = options.windowMs ?? STATUS_REPORTER_DEFAULTS.windowMs;
    this.maxBatch = Math.max(1, options.maxBatch ?? STATUS_REPORTER_DEFAULTS.maxBatch);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? STATUS_REPORTER_DEFAULTS.maxInFlight);
    this.retryMs = options.retryMs ?? STATUS_REPORTER_DEFAULTS.retryMs;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? STATUS_REPORTER_DEFAULTS.maxAttempts);
  }

  /** Reports waiting for a call. */
  get waiting(): number {
    return this.waitingCount;
  }

  /**
   * Queues one report (its fields are kept, not the object); it goes out within `windowMs`
   * unless calls are saturated or failing.
   */
  add(report: PortStatusReport): void {
    this.report(report.portId, report.hostId, report.wiring, report.detail);
  }

  /** `add` from the report's fields. */
  report(portId: string, hostId: string, wiring: PortWiring, detail: string): void {
    if (this.closed) return;
    this.put({ portId, hostId, wiring, detail, attempts: 0, next: undefined }, true);
    if (this.waitingCount >= this.maxBatch) this.flush();
    else this.arm(this.windowMs);
  }

  /**
   * Makes `entry` wait: it replaces a waiting report of the same port and host (`replace`), or
   * is dropped in favour of it (a failed send's report, superseded meanwhile). False if dropped.
   */
  private put(entry: Pending, replace: boolean): boolean {
    const head = this.pending.get(entry.portId);
    if (head === undefined) {
      this.pending.set(entry.portId, entry);
      this.waitingCount++;
      return true;
    }
    let prev: Pending | undefined;
    for (let p: Pending | undefined = head; p !== undefined; prev = p, p = p.next) {
      if (p.hostId !== entry.hostId) continue;
      if (!replace) return false;
      entry.next = p.next;
      if (prev) prev.next = entry;
      else this.pending.set(entry.portId, entry);
      return true;
    }
    prev!.next = entry;
    this.waitingCount++;
    return true;
  }

  /** Sends what waits now (as many calls as allowed), without waiting for the window. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.waitingCount > 0 && this.inFlight < this.maxInFlight) this.sendBatch(this.take());
  }

  /** Sends what waits one last time and stops taking reports (controller shutdown). */
  close(): void {
    this.flush();
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(delayMs: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, delayMs);
    this.timer.unref();
  }

  /** The oldest waiting reports, at most `maxBatch` (a port's chain may be split across calls). */
  private take(): Pending[] {
    const batch: Pending[] = [];
    for (const [portId, head] of this.pending) {
      let p: Pending | undefined = head;
      for (; p !== undefined && batch.length < this.maxBatch; p = p.next) batch.push(p);
      if (p === undefined) this.pending.delete(portId);
      else this.pending.set(portId, p);
      if (batch.length >= this.maxBatch) break;
    }
    for (const entry of batch) entry.next = undefined;
    this.waitingCount -= batch.length;
    return batch;
  }

  private sendBatch(batch: Pending[]): void {
    this.inFlight++;
    this.stats.calls++;
    this.stats.reports += batch.length;
    for (const entry of batch) entry.attempts++;
    let result: Promise<unknown> | void;
    try {
      result = this.options.send(batch.map((e): PortStatusReport => ({ portId: e.portId, hostId: e.hostId, wiring: e.wiring, detail: e.detail })));
    } catch (err) {
      result = Promise.reject(err);
    }
    Promise.resolve(result).then(
      () => this.settled(),
      (err: unknown) => this.failed(batch, err),
    );
  }

  private settled(): void {
    this.inFlight--;
    this.failuresInARow = 0;
    if (this.waitingCount >= this.maxBatch) this.flush();
    else if (this.waitingCount > 0) this.arm(this.windowMs);
  }

  private failed(batch: Pending[], err: unknown): void {
    this.inFlight--;
    this.stats.failures++;
    let dropped = 0;
    for (const entry of batch) {
      if (entry.attempts >= this.maxAttempts) {
        // Unless a newer report of this port and host waits already (then nothing is lost).
        if (!this.isWaiting(entry)) dropped++;
      } else this.put(entry, false); // dropped if a newer report of this port and host waits
    }
    this.stats.dropped += dropped;
    this.options.logger.warn({ err, reports: batch.length, dropped, waiting: this.waitingCount }, 'port status report to central failed');
    const delay = this.retryMs * 2 ** Math.min(this.failuresInARow++, 4);
    if (this.waitingCount > 0) this.arm(delay);
  }

  private isWaiting(entry: Pending): boolean {
    for (let p = this.pending.get(entry.portId); p !== undefined; p = p.next) if (p.hostId === entry.hostId) return true;
    return false;
  }
}

