import { Type, type Static } from '@sinclair/typebox';
import { DEFAULT_EDGE_LIMITS, DEFAULT_HTTP_LIMITS } from './limits';

/**
 * The `limits` section of a Neutron server's config (central-api and cell-agent); every field is
 * optional and defaults to the values below (see docs/limits.md). The 255-byte id limit is
 * Neutron's and not configurable.
 */
export const RestLimitsConfigSchema = Type.Object(
  {
    freeFormMaxDepth: Type.Optional(Type.Integer({ minimum: 1, maximum: 256, default: DEFAULT_EDGE_LIMITS.freeFormMaxDepth })),
    freeFormMaxBytes: Type.Optional(Type.Integer({ minimum: 256, maximum: 1024 * 1024, default: DEFAULT_EDGE_LIMITS.freeFormMaxBytes })),
    requestTimeoutMs: Type.Optional(Type.Integer({ minimum: 1_000, maximum: 600_000, default: DEFAULT_HTTP_LIMITS.requestTimeoutMs })),
    connectionTimeoutMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 3_600_000, default: DEFAULT_HTTP_LIMITS.connectionTimeoutMs })),
  },
  { additionalProperties: false },
);
export type RestLimitsConfig = Static<typeof RestLimitsConfigSchema>;
