import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Registry } from 'prom-client';
import { NovaClient } from './nova-client';
import { dataChangeEvent, deleteEvent, destinationPluggedEvent, statusChangeEvent, type NovaEvent, type NovaPort } from './nova-event';
import { createNovaMetrics, type DropReason, type NovaMetrics } from './nova-metrics';

/** Nova callback settings (the `nova` section of central's config). */
export interface NovaSettings {
  /** nova-api base URL, e.g. `http://nova:8774` or the catalog's `http://nova:8774/v2.1`. */
  readonly url: string;
  /** Sent as X-Auth-Token when set. */
  readonly token?: string;
  /** Events are collected for this long, then sent in one POST (Neutron's send_events_interval). */
  readonly batchIntervalMs?: number;
  /** Events waiting or in flight at most; past it the oldest waiting event is dropped. */
  readonly queueLimit?: number;
  /** Further tries of a batch after a 5xx, timeout or connection error (Neutron's http_retries). */
  readonly maxRetries?: number;
  readonly requestTimeoutMs?: number;
  /**
   * Events per POST at most. nova-api refuses bodies over 112 KiB (oslo sizelimit's default
   * max_request_body_size = 114688) with 413; 500 events stay well below that.
   */
  readonly maxEventsPerRequest?: number;
  /** First retry delay; doubles per try up to `retryMaxDelayMs`. */
  readonly retryBaseDelayMs?: number;
  readonly retryMaxDelayMs?: number;
}

export interface NovaNotifierOptions extends NovaSettings {
  /** A pino logger (or fastify's `app.log`); the notifier logs through a `component: nova-notifier` child. */
  readonly logger: FastifyBaseLogger;
  /** The app's registry; the series go to a private registry when absent. */
  readonly metrics?: Registry;
}

export const NOVA_DEFAULTS = {
  batchIntervalMs: 2000,
  queueLimit: 10_000,
  maxRetries: 3,
  requestTimeoutMs: 10_000,
  maxEventsPerRequest: 500,
  retryBaseDelayMs: 500,
  retryMaxDelayMs: 10_000,
} as const;

/** What the API layer calls; every method returns at once and never throws. */
export interface PortChangeSink {
  portStatusChanged(change: { readonly port: NovaPort; readonly previousStatus: string | undefined }): void;
  portDataChanged(port: NovaPort): void;
  portDeleted(port: NovaPort): void;
  /** The destination host of a live migration wired the port for its inactive binding. */
  portPluggedOnDestination(port: NovaPort): void;
}

class Closed extends Error {}

/**
 * Sends port events to nova-api's `os-server-external-events`, as Neutron's nova notifier does:
 * events are queued (never blocking the caller), sent in one POST per batch interval, per-event
 * codes of 200/207 answers are logged, 5xx/timeouts/connection errors are retried with
 * exponential backoff, and other errors drop the batch with a log line (no redelivery).
 *
 * The queue holds at most `queueLimit` events (waiting + in flight). On overflow the **oldest
 * waiting** event is dropped: in a backlog the oldest events are those whose waiters in nova-compute
 * have most likely timed out already (vif_plugging_timeout), while the newest still have one.
 */
export class NovaNotifier implements PortChangeSink {
  private readonly client: NovaClient;
  private readonly settings: Required<Omit<NovaSettings, 'token' | 'url'>>;
  private readonly log: FastifyBaseLogger;
  private readonly metrics: NovaMetrics;
  private pending: NovaEvent[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private overflowing = false;
  /** Aborts the request and backoff in progress when close() runs out of time. */
  private readonly abort = new AbortController();

  constructor(options: NovaNotifierOptions) {
    this.settings = {
      batchIntervalMs: options.batchIntervalMs ?? NOVA_DEFAULTS.batchIntervalMs,
      queueLimit: options.queueLimit ?? NOVA_DEFAULTS.queueLimit,
      maxRetries: options.maxRetries ?? NOVA_DEFAULTS.maxRetries,
      requestTimeoutMs: options.requestTimeoutMs ?? NOVA_DEFAULTS.requestTimeoutMs,
      maxEventsPerRequest: options.maxEventsPerRequest ?? NOVA_DEFAULTS.maxEventsPerRequest,
      retryBaseDelayMs: options.retryBaseDelayMs ?? NOVA_DEFAULTS.retryBaseDelayMs,
      retryMaxDelayMs: options.retryMaxDelayMs ?? NOVA_DEFAULTS.retryMaxDelayMs,
    };
    this.client = new NovaClient({ url: options.url, token: options.token, requestTimeoutMs: this.settings.requestTimeoutMs });
    this.log = options.logger.child({ component: 'nova-notifier' });
    this.metrics = createNovaMetrics(options.metrics, () => this.depth);
  }

  /** Events waiting or in flight. */
  get depth(): number {
    return this.pending.length + this.inFlight;
  }

  portStatusChanged(change: { readonly port: NovaPort; readonly previousStatus: string | undefined }): void {
    this.safely(change.port, () => statusChangeEvent(change.port, change.previousStatus));
  }

  portDataChanged(port: NovaPort): void {
    this.safely(port, () => dataChangeEvent(port));
  }

  portDeleted(port: NovaPort): void {
    this.safely(port, () => deleteEvent(port));
  }

  portPluggedOnDestination(port: NovaPort): void {
    this.safely(port, () => destinationPluggedEvent(port));
  }

  /** The callers are API request paths: a malformed port record must not fail the request. */
  private safely(port: NovaPort, map: () => NovaEvent | undefined): void {
    try {
      this.enqueue(map());
    } catch (err) {
      this.log.error({ err, portId: port?.id }, 'nova event not queued');
    }
  }

  /** Queues one event (already mapped); undefined is ignored. */
  enqueue(event: NovaEvent | undefined): void {
    if (event === undefined) return;
    if (this.closing) {
      this.drop([event], 'closed', false);
      return;
    }
    if (this.depth >= this.settings.queueLimit) {
      const victim = this.pending.length > 0 ? this.pending.shift() : event;
      this.drop([victim as NovaEvent], 'overflow');
      if (!this.overflowing) {
        this.overflowing = true;
        this.log.warn({ queueLimit: this.settings.queueLimit }, 'nova event queue full; dropping oldest events');
      }
      if (victim === event) return;
    }
    this.pending.push(event);
    this.schedule();
  }

  /**
   * Stops taking events and sends what is queued right away (retries included) for at most
   * `timeoutMs`; whatever is still undelivered then is dropped with a log line.
   */
  close(timeoutMs = 5000): Promise<void> {
    this.closing ??= this.drain(timeoutMs);
    return this.closing;
  }

  private async drain(timeoutMs: number): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const deadline = setTimeout(() => this.abort.abort(new Closed('nova notifier closed')), timeoutMs);
    try {
      // Bounded: every pass either awaits a batch or starts one with the remaining events.
      while (!this.abort.signal.aborted) {
        if (this.sending) await this.sending;
        else if (this.pending.length > 0) this.startBatch();
        else break;
      }
    } finally {
      clearTimeout(deadline);
    }
    if (this.sending) await this.sending;
    if (this.pending.length > 0) this.drop(this.pending.splice(0), 'closed');
  }

  private schedule(): void {
    if (this.timer || this.sending || this.closing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.startBatch();
    }, this.settings.batchIntervalMs);
    // The API server keeps the process alive; a pending batch alone should not.
    this.timer.unref();
  }

  private startBatch(): void {
    const batch = this.pending.splice(0, this.settings.maxEventsPerRequest);
    if (batch.length === 0) return;
    this.inFlight = batch.length;
    this.overflowing = false;
    this.sending = this.deliver(batch).finally(() => {
      this.inFlight = 0;
      this.sending = undefined;
      if (this.pending.length === 0 || this.closing) return;
      // A full batch means a backlog: keep draining instead of waiting another interval.
      if (batch.length === this.settings.maxEventsPerRequest) this.startBatch();
      else this.schedule();
    });
  }

  /** One batch, with retries. Never rejects. */
  private async deliver(batch: readonly NovaEvent[]): Promise<void> {
    try {
      for (let attempt = 0; ; attempt++) {
        const outcome = await this.client.post(batch, this.abort.signal);
        this.metrics.requests.inc({ code: outcome.httpStatus === undefined ? 'error' : String(outcome.httpStatus) });
        if (outcome.kind === 'delivered') {
          this.record(batch, outcome.codes);
          return;
        }
        if (outcome.kind === 'rejected') {
          this.log.error({ httpStatus: outcome.httpStatus, detail: outcome.detail, events: batch.length }, 'nova refused event batch; dropped');
          this.drop(batch, 'rejected', false);
          return;
        }
        if (attempt >= this.settings.maxRetries) {
          this.log.error({ httpStatus: outcome.httpStatus, detail: outcome.detail, events: batch.length, attempts: attempt + 1 }, 'nova unreachable; event batch dropped');
          this.drop(batch, 'retries_exhausted', false);
          return;
        }
        const delayMs = Math.min(this.settings.retryBaseDelayMs * 2 ** attempt, this.settings.retryMaxDelayMs);
        this.log.warn({ httpStatus: outcome.httpStatus, detail: outcome.detail, events: batch.length, retryInMs: delayMs }, 'nova event batch failed; retrying');
        await sleep(delayMs, undefined, { signal: this.abort.signal });
      }
    } catch (err) {
      if (!this.abort.signal.aborted) this.log.error({ err }, 'nova event batch failed unexpectedly');
      this.drop(batch, 'closed');
    }
  }

  private record(batch: readonly NovaEvent[], codes: readonly (number | undefined)[]): void {
    batch.forEach((event, i) => {
      const code = codes[i];
      const accepted = code === 200;
      this.metrics.sent.inc({ name: event.name, outcome: accepted ? 'accepted' : 'failed' });
      // Nova decided on this event (unknown instance, no host…): resending cannot change that.
      if (!accepted) this.log.warn({ event: event.name, server_uuid: event.server_uuid, tag: event.tag, code }, 'nova did not accept event');
    });
  }

  private drop(events: readonly NovaEvent[], reason: DropReason, logIt = reason === 'closed'): void {
    this.metrics.dropped.inc({ reason }, events.length);
    if (logIt) this.log.warn({ reason, events: events.length }, 'nova events dropped');
  }
}
