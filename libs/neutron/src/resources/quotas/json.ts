import { QUOTA_RESOURCES, type QuotaDetails, type QuotaLimits } from './resources';

type Json = Record<string, unknown>;

const int = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isInteger(v) ? v : fallback);

/** `{"network": 100, "subnet": 100, "port": 500}` (the body of `quota`). */
export function quotaToJson(limits: QuotaLimits): Json {
  return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, limits[r]]));
}

/** One entry of `GET /v2.0/quotas`: the limits plus whose they are. */
export function projectQuotaToJson(projectId: string, limits: QuotaLimits): Json {
  return { ...quotaToJson(limits), project_id: projectId, tenant_id: projectId };
}

/** Limits from a `quota` body; missing or malformed resources take `fallback`'s value. */
export function quotaFromJson(json: Json, fallback: QuotaLimits): QuotaLimits {
  return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, int(json[r], fallback[r])])) as QuotaLimits;
}

/** `quota_details`: `{"port": {"used": 3, "limit": 500, "reserved": 0}, ...}`. */
export function quotaDetailsToJson(details: QuotaDetails): Json {
  return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, { used: details[r].used, limit: details[r].limit, reserved: details[r].reserved }]));
}

export function quotaDetailsFromJson(json: Json): QuotaDetails {
  return Object.fromEntries(
    QUOTA_RESOURCES.map((r) => {
      const d = (typeof json[r] === 'object' && json[r] !== null ? json[r] : {}) as Json;
      return [r, { used: int(d.used, 0), limit: int(d.limit, -1), reserved: int(d.reserved, 0) }];
    }),
  ) as QuotaDetails;
}
