import { Counter, Gauge, Registry } from 'prom-client';

/** Why events never reached Nova. */
export type DropReason = 'overflow' | 'retries_exhausted' | 'rejected' | 'closed';

/** The notifier's series. */
export interface NovaMetrics {
  /** Events waiting or in flight; set on scrape. */
  readonly queueDepth: Gauge;
  readonly dropped: Counter<'reason'>;
  /** Events Nova answered for, by name and per-event outcome (`accepted` = code 200, else `failed`). */
  readonly sent: Counter<'name' | 'outcome'>;
  /** POSTs by result: the HTTP status, or `error` for connection errors and timeouts. */
  readonly requests: Counter<'code'>;
}

/** Registers the series on `registry`, or on a private registry when none is given. */
export function createNovaMetrics(registry: Registry | undefined, depth: () => number): NovaMetrics {
  const registers = [registry ?? new Registry()];
  return {
    queueDepth: new Gauge({
      name: 'trellis_nova_event_queue_depth',
      help: 'Nova external events queued or in flight.',
      registers,
      collect() {
        this.set(depth());
      },
    }),
    dropped: new Counter({ name: 'trellis_nova_events_dropped_total', help: 'Nova external events dropped without delivery, by reason.', labelNames: ['reason'], registers }),
    sent: new Counter({ name: 'trellis_nova_events_sent_total', help: 'Nova external events answered by nova-api, by event name and per-event outcome.', labelNames: ['name', 'outcome'], registers }),
    requests: new Counter({ name: 'trellis_nova_requests_total', help: 'POSTs to os-server-external-events by HTTP status (or error).', labelNames: ['code'], registers }),
  };
}
