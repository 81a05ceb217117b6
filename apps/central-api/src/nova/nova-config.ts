import { Type, type Static } from '@sinclair/typebox';
import { NOVA_DEFAULTS } from './nova-notifier';

/**
 * The `nova` section of central's config (optional; absent or an empty `url` = no callbacks).
 * Defaults follow Neutron: events sent every 2 s, 3 retries.
 */
export const NovaConfigSchema = Type.Object(
  {
    /** nova-api base URL, e.g. `http://nova:8774` (a trailing `/v2.1` is accepted). */
    url: Type.String({ default: '' }),
    /** Static token sent as X-Auth-Token (until Keystone sessions exist). */
    token: Type.Optional(Type.String({ minLength: 1 })),
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
