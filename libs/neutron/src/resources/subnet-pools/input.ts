import type { RequestContext } from '../../context';
import { toBool, toInt } from '../../schemas/common';
import type { SubnetPoolCreateInput, SubnetPoolUpdateInput } from './backend';
import type { SubnetPoolCreateBody, SubnetPoolUpdateBody } from './schema';

const int = (v: number | string | undefined): number | undefined => (v === undefined ? undefined : toInt(v));
const quota = (v: number | string | null | undefined): number | null | undefined => (v === undefined || v === null ? v : toInt(v));

export function subnetPoolCreateInput(ctx: RequestContext, b: SubnetPoolCreateBody): SubnetPoolCreateInput {
  return {
    projectId: b.project_id ?? b.tenant_id ?? ctx.projectId,
    name: b.name ?? '',
    description: b.description ?? '',
    prefixes: [...b.prefixes],
    minPrefixlen: int(b.min_prefixlen),
    maxPrefixlen: int(b.max_prefixlen),
    defaultPrefixlen: int(b.default_prefixlen),
    shared: b.shared === undefined ? false : toBool(b.shared),
    isDefault: b.is_default === undefined ? false : toBool(b.is_default),
    defaultQuota: quota(b.default_quota) ?? null,
    tags: b.tags ?? [],
  };
}

export function subnetPoolUpdateInput(b: SubnetPoolUpdateBody): SubnetPoolUpdateInput {
  const out: { -readonly [K in keyof SubnetPoolUpdateInput]: SubnetPoolUpdateInput[K] } = {};
  if (b.name !== undefined) out.name = b.name;
  if (b.description !== undefined) out.description = b.description;
  if (b.prefixes !== undefined) out.prefixes = [...b.prefixes];
  if (b.min_prefixlen !== undefined) out.minPrefixlen = toInt(b.min_prefixlen);
  if (b.max_prefixlen !== undefined) out.maxPrefixlen = toInt(b.max_prefixlen);
  if (b.default_prefixlen !== undefined) out.defaultPrefixlen = toInt(b.default_prefixlen);
  if (b.is_default !== undefined) out.isDefault = toBool(b.is_default);
  if (b.default_quota !== undefined) out.defaultQuota = quota(b.default_quota);
  return out;
}
