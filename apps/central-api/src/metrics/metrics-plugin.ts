import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The store as the metrics need it (any Store will do). */
export interface RevisionSource {
  currentRevision(): Promise<number>;
}

export interface MetricsPluginOptions {
  /** The app's registry (see `createMetricsRegistry`); every component registers its series here. */
  readonly registry: Registry;
  /** When given, `trellis_store_revision` is read from it on every scrape. */
  readonly store?: RevisionSource;
  /** Where the text exposition is served; default `/metrics`. */
  readonly path?: string;
  /**
   * Also serve `GET /healthz` (`{"status":"ok"}`), for apps that have none. Default false;
   * skipped anyway when the app already has that route.
   */
  readonly healthz?: boolean;
}

/** Label of requests that matched no route, so unknown URLs cannot blow up the series count. */
export const UNMATCHED_ROUTE = 'unmatched';

const LATENCY_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * Prometheus metrics of a fastify app: request count and latency by method, route pattern and
 * status (the pattern, never the raw URL), the store revision, and `GET /metrics` serving the whole
 * registry. Wrapped with fastify-plugin so that its hook applies to the whole app, not only to a
 * child context; register it before `ready()`, after any `/healthz` the app defines itself.
 */
export const metricsPlugin: FastifyPluginAsync<MetricsPluginOptions> = fp(
  async (app: FastifyInstance, options: MetricsPluginOptions) => {
    const { registry } = options;
    const registers = [registry];
    const labelNames = ['method', 'route', 'status'] as const;
    const requests = new Counter({ name: 'trellis_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status.', labelNames, registers });
    const latency = new Histogram({ name: 'trellis_http_request_duration_seconds', help: 'HTTP request latency, by method, route pattern and status.', labelNames, buckets: LATENCY_BUCKETS_S, registers });
    const { store } = options;
    if (store) {
      new Gauge({
        name: 'trellis_store_revision',
        help: 'Current revision of the store.',
        registers,
        async collect() {
          try {
            this.set(await store.currentRevision());
          } catch {
            // A closed or unreachable store: no sample rather than a stale one, and the scrape still works.
            this.reset();
          }
        },
      });
    }

    app.addHook('onResponse', async (request, reply) => {
      const labels = { method: request.method, route: request.routeOptions.url ?? UNMATCHED_ROUTE, status: String(reply.statusCode) };
      requests.inc(labels);
      latency.observe(labels, reply.elapsedTime / 1000);
    });

    app.get(options.path ?? '/metrics', async (_request, reply) => {
      const text = await registry.metrics();
      return reply.header('content-type', registry.contentType).send(text);
    });

    if (options.healthz && !app.hasRoute({ method: 'GET', url: '/healthz' })) {
      app.get('/healthz', async () => ({ status: 'ok' }));
    }
  },
  { name: 'trellis-metrics', fastify: '5.x' },
);
