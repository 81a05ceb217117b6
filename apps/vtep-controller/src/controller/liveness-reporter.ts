import type { Logger } from '@trellis/runtime';
import type { HostLivenessReport } from './types';

/** Default of {@link LivenessReporterOptions.maxInFlight}. */
export const DEFAULT_LIVENESS_IN_FLIGHT = 8;

export interface LivenessReporterOptions {
  /** Sends one report to central; a rejection is logged and the report dropped (the next one corrects it). */
  readonly send: (report: HostLivenessReport) => Promise<unknown> | void;
  readonly logger: Logger;
  /** Calls to central at once; further reports wait, the latest per host only. */
  readonly maxInFlight?: number;
}

/**
 * Relays host liveness (stream up / down) to central with a bounded number of calls in flight.
 * Why: when 1,000 hosts connect at once (controller start, failover), one unary call each at
 * once held 1,000 grpc-js calls and their buffers during the burst that also builds the
 * snapshots. Waiting reports are kept per host and a newer one replaces a waiting one (central
 * records the latest state), so memory is bounded by hosts; a host never has two calls in
 * flight, so central sees its reports in order.
 */
export class LivenessReporter {
  /** Calls made, reports replaced while waiting, failed calls (tests, benchmarks). */
  readonly stats = { calls: 0, replaced: 0, failures: 0 };
  private readonly waitingByHost = new Map<string, HostLivenessReport>();
  private readonly sending = new Set<string>();
  private readonly maxInFlight: number;
  private closed = false;

  constructor(private readonly options: LivenessReporterOptions) {
    this.maxInFlight = Math.max(1, options.maxInFlight ?? DEFAULT_LIVENESS_IN_FLIGHT);
  }

  /** Reports waiting for a call. */
  get waiting(): number {
    return this.waitingByHost.size;
  }

  /** Calls in flight. */
  get inFlight(): number {
    return this.sending.size;
  }

  add(report: HostLivenessReport): void {
    if (this.closed) return;
    if (this.waitingByHost.delete(report.hostId)) this.stats.replaced++;
    this.waitingByHost.set(report.hostId, report);
    this.pump();
  }

  /** Stops taking and sending reports (controller shutdown); calls in flight finish on their own. */
  close(): void {
    this.closed = true;
    this.waitingByHost.clear();
  }

  private pump(): void {
    if (this.closed || this.sending.size >= this.maxInFlight) return;
    for (const [host, report] of this.waitingByHost) {
      if (this.sending.size >= this.maxInFlight) break;
      if (this.sending.has(host)) continue;
      this.waitingByHost.delete(host);
      this.send(report);
    }
  }

  private send(report: HostLivenessReport): void {
    this.sending.add(report.hostId);
    this.stats.calls++;
    let result: Promise<unknown> | void;
    try {
      result = this.options.send(report);
    } catch (err) {
      result = Promise.reject(err);
    }
    const done = () => {
      this.sending.delete(report.hostId);
      this.pump();
    };
    Promise.resolve(result).then(done, (err: unknown) => {
      this.stats.failures++;
      this.options.logger.warn({ err, host: report.hostId }, 'status report to central failed');
      done();
    });
  }
}
