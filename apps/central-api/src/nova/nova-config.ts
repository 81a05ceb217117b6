import { Type, type Static } from '@sinclair/typebox';
import { KeystoneCredentialsSchema } from '@trellis/auth';
import { NOVA_DEFAULTS } from './nova-notifier';

/**
 * The `nova` section of central's config (optional; absent or an empty `url` = no callbacks).
 * Defaults follow Neutron: events sent every 2 s, 3 retries.
 */
export const NovaConfigSchema = Type.Object(
  {
    /**
     * nova-api base URL, e.g. `http://nova:8774` (a trailing `/v2.1` is accepted). With `auth`, ''
     * takes the `compute` endpoint from the service catalog and a URL here overrides it.
     */
    url: Type.String({ default: '' }),
    /** Static token sent as X-Auth-Token (noauth deployments; ignored when `auth` is set). */
    token: Type.Optional(Type.String({ minLength: 1 })),
    /** A Keystone service user (Neutron's `[nova]` auth section): its token, renewed before expiry. */
    auth: Type.Optional(
      Type.Composite([
        KeystoneCredentialsSchema,
        Type.Object({
          /** Catalog interface of the compute endpoint. */
          interface: Type.Union([Type.Literal('public'), Type.Literal('internal'), Type.Literal('admin')], { default: 'public' }),
          /** Catalog region of nova-api (e.g. CentralRegion); absent = any. */
          regionName: Type.Optional(Type.String({ minLength: 1 })),
        }),
      ], { additionalProperties: false }),
    ),
    batchIntervalMs: Type.Integer({ minimum: 1, maximum: 600_000, default: NOVA_DEFAULTS.batchIntervalMs }),
    queueLimit: Type.Integer({ minimum: 1, maximum: 10_000_000, default: NOVA_DEFAULTS.queueLimit }),
    maxRetries: Type.Integer({ minimum: 0, maximum: 100, default: NOVA_DEFAULTS.maxRetries }),
    requestTimeoutMs: Type.Integer({ minimum: 1, maximum: 600_000, default: NOVA_DEFAULTS.requestTimeoutMs }),
    maxEventsPerRequest: Type.Integer({ minimum: 1, maximum: 10_000, default: NOVA_DEFAULTS.maxEventsPerRequest }),
    retryBaseDelayMs: Type.Integer({ minimum: 1, maximum: 600_000, default: NOVA_DEFAULTS.retryBaseDelayMs }),
    retryMaxDelayMs: Type.Integer({ minimum: 1, maximum: 3_600_000, default: NOVA_DEFAULTS.retryMaxDelayMs }),
  },
  { additionalProperties: false },
);

export type NovaConfig = Static<typeof NovaConfigSchema>;
