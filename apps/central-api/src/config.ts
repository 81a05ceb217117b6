import { Type, type Static } from '@sinclair/typebox';
import { AuthConfigSchema } from '@trellis/auth';
import { RestLimitsConfigSchema } from '@trellis/neutron';
import { GrpcTlsSchema } from '@trellis/runtime';
import { NOVA_DEFAULTS, NovaConfigSchema } from './nova';

/** REST edge bounds (docs/limits.md): the shared Neutron ones plus the live event stream's. */
export const CentralLimitsConfigSchema = Type.Composite([
  RestLimitsConfigSchema,
  Type.Object({
    /** Open `/v2.0/trellis/events` WebSockets at most; more are answered 503. */
    eventStreamMaxClients: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 256 })),
    /** Revisions one event client may have replayed; further behind it is told to reload. */
    eventReplayMaxRevisions: Type.Optional(Type.Integer({ minimum: 1, default: 10_000 })),
    /** How long a create's answer is kept for `Idempotency-Key` retries (0 = header ignored). */
    idempotencyTtlMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 7 * 24 * 3_600_000, default: 24 * 3_600_000 })),
  }),
], { additionalProperties: false });

/**
 * Revision-log retention. Consumers that fall behind the retained log get a snapshot, so this
 * bounds disk use without losing anything. Defaults: the last 1,000,000 revisions, checked every minute.
 */
export const CompactionConfigSchema = Type.Object(
  {
    /** Keep at most this many revisions of log (0 = no limit by count). */
    maxRevisions: Type.Integer({ minimum: 0, default: 1_000_000 }),
    /** Drop log revisions older than this (0 = no limit by age). */
    maxAgeMs: Type.Integer({ minimum: 0, default: 0 }),
    /** How often the policy runs (0 = never; compaction only on demand). */
    intervalMs: Type.Integer({ minimum: 0, default: 60_000 }),
  },
  { additionalProperties: false, default: {} },
);

export type CompactionConfig = Static<typeof CompactionConfigSchema>;

/** Where central keeps its state: the embedded LMDB store (default) or an etcd cluster. */
export const StoreConfigSchema = Type.Union(
  [
    Type.Object(
      {
        kind: Type.Literal('lmdb'),
        /** LMDB environment directory; default: `dataDir`. */
        path: Type.Optional(Type.String({ minLength: 1 })),
        compaction: Type.Optional(CompactionConfigSchema),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        kind: Type.Literal('etcd'),
        /** Client URLs of the etcd members, e.g. `http://10.0.0.1:2379`. */
        endpoints: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
        /** Key prefix of this deployment (default `/trellis/`); replicas of one deployment share it. */
        prefix: Type.Optional(Type.String({ minLength: 1, pattern: '^/.*/$' })),
        compaction: Type.Optional(CompactionConfigSchema),
      },
      { additionalProperties: false },
    ),
  ],
  { default: { kind: 'lmdb' } },
);

export type StoreConfig = Static<typeof StoreConfigSchema>;

/** central-api settings: defaults → optional JSON file → TRELLIS_CENTRAL_* env. */
export const CentralConfigSchema = Type.Object(
  {
    listen: Type.Object({ host: Type.String({ default: '127.0.0.1' }), port: Type.Integer({ minimum: 0, maximum: 65535, default: 9696 }) }, { additionalProperties: false }),
    dataDir: Type.String({ minLength: 1, default: './.trellis/central' }),
    logLevel: Type.String({ default: 'info' }),
    vniRange: Type.Object({ min: Type.Integer({ minimum: 1, maximum: 16777215, default: 1000 }), max: Type.Integer({ minimum: 1, maximum: 16777215, default: 1999999 }) }, { additionalProperties: false }),
    macPrefix: Type.String({ pattern: '^[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}$', default: 'fa:16:3e' }),
    /** `bridge`: Linux bridges wired by the host-agent (os-vif linux_bridge); `bridge_name` is added per network (services/vif-details.ts). */
    vifType: Type.String({ minLength: 1, default: 'bridge' }),
    vifDetails: Type.Record(Type.String(), Type.Unknown(), { default: { port_filter: true, connectivity: 'l2' } }),
    /** `noauth` (default; trusts X-Project-Id / X-Roles, logged as insecure) or `keystone`. */
    auth: AuthConfigSchema,
    bodyLimitBytes: Type.Integer({ minimum: 1024, maximum: 64 * 1024 * 1024, default: 1024 * 1024 }),
    /** Nova os-server-external-events callbacks; an empty `nova.url` = none. */
    nova: NovaConfigSchema,
    /** Neutron's `[quotas]` defaults per project (-1 = unlimited); per-project limits via the quotas API. */
    quotas: Type.Object(
      {
        network: Type.Integer({ minimum: -1, default: 100 }),
        subnet: Type.Integer({ minimum: -1, default: 100 }),
        port: Type.Integer({ minimum: -1, default: 500 }),
        router: Type.Integer({ minimum: -1, default: 10 }),
        security_group: Type.Integer({ minimum: -1, default: 10 }),
        security_group_rule: Type.Integer({ minimum: -1, default: 100 }),
      },
      { additionalProperties: false, default: {} },
    ),
    grpc: Type.Object(
      {
        listen: Type.String({ minLength: 1, default: '127.0.0.1:9699' }),
        /** Largest inbound message (a full ReportPortStatuses of 1,000 reports with 255-byte ids fits in ~1.6 MB). */
        maxReceiveMessageBytes: Type.Integer({ minimum: 64 * 1024, default: 4 * 1024 * 1024 }),
        /** Concurrent calls one HTTP/2 connection may have open (a controller needs a Watch and a few report calls). */
        maxStreamsPerConnection: Type.Integer({ minimum: 1, default: 64 }),
        /** Mutual TLS of the feed: only controller and cell-agent certificates may Watch or report (docs/deployment.md, "Mutual TLS"). */
        tls: GrpcTlsSchema,
      },
      { additionalProperties: false },
    ),
    store: StoreConfigSchema,
    /** Optional: every bound has a default. */
    limits: Type.Optional(CentralLimitsConfigSchema),
    /** The topology page at `/ui/` (see docs/topology-page.md). */
    ui: Type.Object(
      {
        /** The page's build output; empty = dist/apps/topology-ui of the workspace (or beside a bundled main.mjs). */
        assetsDir: Type.String({ default: '' }),
        /** The vtep-controller's ops listener (`http://127.0.0.1:9700`) for host lag and health; empty = none. */
        controllerOpsUrl: Type.String({ default: '', pattern: '^(https?://[^\\s/]+/?)?$' }),
      },
      { additionalProperties: false, default: {} },
    ),
  },
  { additionalProperties: false },
);

export type CentralConfig = Static<typeof CentralConfigSchema>;

/** Defaults in full, for tests and for the all-in-one. */
export const DEFAULT_CENTRAL_CONFIG: CentralConfig = {
  listen: { host: '127.0.0.1', port: 9696 },
  dataDir: './.trellis/central',
  logLevel: 'info',
  vniRange: { min: 1000, max: 1999999 },
  macPrefix: 'fa:16:3e',
  vifType: 'bridge',
  vifDetails: { port_filter: true, connectivity: 'l2' },
  auth: { mode: 'noauth', defaultProjectId: 'admin' },
  bodyLimitBytes: 1024 * 1024,
  nova: {
    url: '',
    batchIntervalMs: NOVA_DEFAULTS.batchIntervalMs,
    queueLimit: NOVA_DEFAULTS.queueLimit,
    maxRetries: NOVA_DEFAULTS.maxRetries,
    requestTimeoutMs: NOVA_DEFAULTS.requestTimeoutMs,
    maxEventsPerRequest: NOVA_DEFAULTS.maxEventsPerRequest,
    retryBaseDelayMs: NOVA_DEFAULTS.retryBaseDelayMs,
    retryMaxDelayMs: NOVA_DEFAULTS.retryMaxDelayMs,
  },
  quotas: { network: 100, subnet: 100, port: 500, router: 10, security_group: 10, security_group_rule: 100 },
  grpc: { listen: '127.0.0.1:9699', maxReceiveMessageBytes: 4 * 1024 * 1024, maxStreamsPerConnection: 64, tls: {} },
  store: { kind: 'lmdb' },
  ui: { assetsDir: '', controllerOpsUrl: '' },
};
