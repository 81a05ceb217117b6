import { Type, type Static } from '@sinclair/typebox';
import { AuthConfigSchema } from '@trellis/auth';
import { RestLimitsConfigSchema } from '@trellis/neutron';
import { GrpcTlsSchema } from '@trellis/runtime';

const Name = Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9._:-]+$' });
const HttpUrl = Type.String({ pattern: '^https?://[^\\s/]+(/.*)?$' });
const GrpcTarget = Type.String({ pattern: '^[^\\s/]+:[0-9]{1,5}$' });

/** cell-agent settings: defaults → JSON file → TRELLIS_CELL_AGENT_* env → validate. */
export const CellAgentConfigSchema = Type.Object(
  {
    /** The region this agent is the local Neutron of (e.g. RegionOne). */
    region: Name,
    /** Nova cells of this region whose nova-compute and hosts talk to this agent. */
    cells: Type.Array(Name, { minItems: 1, maxItems: 256, uniqueItems: true }),
    central: Type.Object(
      {
        /** central-api REST base URLs, tried in order (failover). */
        urls: Type.Array(HttpUrl, { minItems: 1, default: ['http://127.0.0.1:9696'] }),
        /** central-api gRPC feed targets (`host:port`), tried in order. */
        feedTargets: Type.Array(GrpcTarget, { minItems: 1, default: ['127.0.0.1:9699'] }),
        /** Transport security towards the feed: this agent's certificate (`trellis://cell-agent/<region>`). */
        feedTls: GrpcTlsSchema,
        /** Bound of one REST call to central; writes fail with 503 after it. */
        timeoutMs: Type.Integer({ minimum: 50, maximum: 120_000, default: 2_000 }),
      },
      { additionalProperties: false },
    ),
    listen: Type.Object(
      { host: Type.String({ minLength: 1, default: '127.0.0.1' }), port: Type.Integer({ minimum: 0, maximum: 65535, default: 9697 }) },
      { additionalProperties: false },
    ),
    /** LMDB directory of the local replica; default ./.trellis/cell-agent-<region>. */
    dataDir: Type.String({ default: '' }),
    logLevel: Type.String({ default: 'info' }),
    /**
     * `noauth` (default; trusts X-Project-Id / X-Roles, forwards them to central) or `keystone`
     * (validates X-Auth-Token; forwards it to central with the agent's service token).
     */
    auth: AuthConfigSchema,
    bodyLimitBytes: Type.Integer({ minimum: 1024, maximum: 64 * 1024 * 1024, default: 1024 * 1024 }),
    /** REST edge bounds (docs/limits.md); optional, every bound has a default. */
    limits: Type.Optional(RestLimitsConfigSchema),
  },
  { additionalProperties: false },
);

export type CellAgentConfig = Static<typeof CellAgentConfigSchema>;

/** Defaults below the file and env layers (`region` and `cells` have none: they must be set). */
export const DEFAULT_CELL_AGENT_CONFIG = {
  central: { urls: ['http://127.0.0.1:9696'], feedTargets: ['127.0.0.1:9699'], timeoutMs: 2_000, feedTls: {} },
  listen: { host: '127.0.0.1', port: 9697 },
  dataDir: '',
  logLevel: 'info',
  auth: { mode: 'noauth' as const, defaultProjectId: 'admin' },
  bodyLimitBytes: 1024 * 1024,
};

/** The data directory: the configured one, else `./.trellis/cell-agent-<region>`. */
export function dataDirOf(config: Pick<CellAgentConfig, 'dataDir' | 'region'>): string {
  return config.dataDir !== '' ? config.dataDir : `./.trellis/cell-agent-${config.region}`;
}
