import websocket from '@fastify/websocket';
import { domainError } from '@trellis/domain';
import type { Store } from '@trellis/store';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Registry } from 'prom-client';
import type { LiveMessage } from './event-messages';
import { CLOSE_SLOW_CLIENT, streamEvents } from './event-stream';

export interface LiveEventsOptions {
  readonly store: Pick<Store, 'watch' | 'currentRevision'>;
  /** Default `/v2.0/trellis/events`. */
  readonly path?: string;
  /** The app's registry; the series go to a private registry when absent. */
  readonly metrics?: Registry;
  /** Collections clients may watch (default: all); `?collections=` narrows further. */
  readonly collections?: readonly string[];
  /** Unsent bytes per client before it must drain within `drainTimeoutMs` (default 4 MiB). */
  readonly maxBufferedBytes?: number;
  /** Default 10 s. */
  readonly drainTimeoutMs?: number;
  /** Time a closed slow client gets to read the close frame before the socket is cut (default 5 s). */
  readonly closeGraceMs?: number;
  /** Idle time before a `progress` message (default 30 s; 0 = never). */
  readonly progressIntervalMs?: number;
  /**
   * Who may subscribe (runs before the upgrade; a refusal is a 403 `PolicyNotAuthorized`).
   * Default: everyone the app's auth hooks let through.
   */
  readonly authorize?: (request: FastifyRequest) => boolean | Promise<boolean>;
  /** Open streams at most (default 256); more answer 503 before the upgrade, or close 1013 after it. */
  readonly maxClients?: number;
  /**
   * Revisions one client may ask to be replayed (default 10,000). A client further behind gets a
   * `compacted` message with `reason: "replay_limit"` and the stream from the current revision:
   * it reloads current state over REST, as after a compaction.
   */
  readonly maxReplayRevisions?: number;
}

export const LIVE_EVENTS_DEFAULTS = {
  path: '/v2.0/trellis/events',
  maxBufferedBytes: 4 * 1024 * 1024,
  drainTimeoutMs: 10_000,
  closeGraceMs: 5_000,
  progressIntervalMs: 30_000,
  maxClients: 256,
  maxReplayRevisions: 10_000,
} as const;

interface EventsQuery {
  after_revision?: string;
  collections?: string;
}

const querySchema = {
  type: 'object',
  properties: {
    after_revision: { type: 'string', pattern: '^[0-9]{1,15}$' },
    collections: { type: 'string', pattern: '^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$' },
  },
  additionalProperties: false,
} as const;

/**
 * `GET /v2.0/trellis/events`: the store's committed changes as JSON over a WebSocket, for
 * dashboards and `watch`-style tools (see event-messages.ts for the messages). Registers
 * @fastify/websocket unless the app already has it. Wrapped with fastify-plugin so that the
 * websocket decorator is shared with the rest of the app (a second registration would compete
 * for the server's upgrade events).
 */
export const liveEventsPlugin: FastifyPluginAsync<LiveEventsOptions> = fp(
  async (app: FastifyInstance, options: LiveEventsOptions) => {
    const settings = { ...LIVE_EVENTS_DEFAULTS, ...definedOnly(options) };
    const registers = [options.metrics ?? new Registry()];
    const subscribers = new Gauge({ name: 'trellis_live_event_subscribers', help: 'Open live event WebSocket streams.', registers });
    const evictions = new Counter({ name: 'trellis_live_event_evictions_total', help: 'Live event clients closed (1013) because they did not keep up.', registers });
    if (!app.hasDecorator('websocketServer')) await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
    let open = 0;
    const tooMany = () => `${settings.maxClients} live event clients are connected, the limit; retry later`;

    app.route<{ Querystring: EventsQuery }>({
      method: 'GET',
      url: settings.path,
      schema: { querystring: querySchema },
      preHandler: async (request) => {
        if (options.authorize && !(await options.authorize(request))) throw domainError('PolicyNotAuthorized', { action: 'get_trellis_events' });
        if (open >= settings.maxClients) throw domainError('ServiceUnavailable', { reason: tooMany() });
      },
      handler: upgradeRequired,
      wsHandler: async (socket, request) => {
        // Upgrades racing past the preHandler's check are closed here.
        if (open >= settings.maxClients) {
          socket.close(CLOSE_SLOW_CLIENT, tooMany().slice(0, 120));
          return;
        }
        open++;
        socket.once('close', () => open--);
        const query = request.query;
        const current = await options.store.currentRevision();
        const asked = query.after_revision === undefined ? current : Number(query.after_revision);
        // Too far behind: say so and start from now rather than replaying without bound.
        const limited = current - asked > settings.maxReplayRevisions;
        const afterRevision = limited ? current : asked;
        const notice: LiveMessage | undefined = limited
          ? { type: 'compacted', after_revision: asked, compact_revision: current - settings.maxReplayRevisions, resume_revision: current, reason: 'replay_limit' }
          : undefined;
        const requested = query.collections?.split(',');
        const collections = options.collections === undefined ? requested : (requested ?? options.collections).filter((c) => options.collections?.includes(c));
        subscribers.inc();
        const log = request.log.child({ component: 'live-events' });
        log.debug({ afterRevision, collections }, 'live event client subscribed');
        try {
          await streamEvents(socket, {
            store: options.store,
            afterRevision,
            notice,
            collections,
            maxBufferedBytes: settings.maxBufferedBytes,
            drainTimeoutMs: settings.drainTimeoutMs,
            closeGraceMs: settings.closeGraceMs,
            progressIntervalMs: settings.progressIntervalMs,
            log,
            onEvicted: () => evictions.inc(),
          });
        } finally {
          subscribers.dec();
        }
      },
    });
  },
  { name: 'trellis-live-events', fastify: '5.x' },
);

/** A plain GET on the endpoint: say how to use it. */
async function upgradeRequired(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await reply
    .code(426)
    .header('upgrade', 'websocket')
    .send({ NeutronError: { type: 'UpgradeRequired', message: `${request.routeOptions.url ?? 'this endpoint'} is a WebSocket endpoint; connect with Upgrade: websocket.`, detail: '' } });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
