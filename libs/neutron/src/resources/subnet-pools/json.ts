import type { SubnetPool } from '@trellis/domain';
import type { NeutronJson } from '../../json/wire';

// Parsed wire JSON: every field is checked where it is read.
type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown, dflt: number): number => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : dflt);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * `subnetpool` as Neutron shows it (subnet_allocation, default-subnetpools, standard attrs).
 * Address scopes are not served, so `address_scope_id` is always null.
 */
export function subnetPoolToJson(p: SubnetPool): NeutronJson {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    project_id: p.projectId,
    tenant_id: p.projectId,
    prefixes: [...p.prefixes],
    ip_version: p.ipVersion,
    min_prefixlen: p.minPrefixlen,
    max_prefixlen: p.maxPrefixlen,
    default_prefixlen: p.defaultPrefixlen,
    shared: p.shared,
    is_default: p.isDefault,
    default_quota: p.defaultQuota,
    address_scope_id: null,
    tags: [...p.tags],
    revision_number: p.revisionNumber,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

/** The inverse of subnetPoolToJson (a region's view of central's answer; no allocation serial). */
export function subnetPoolFromJson(j: Json): SubnetPool {
  return {
    id: str(j.id),
    name: str(j.name),
    description: str(j.description),
    projectId: str(j.project_id ?? j.tenant_id),
    tags: strings(j.tags),
    revisionNumber: num(j.revision_number, 0),
    createdAt: str(j.created_at),
    updatedAt: str(j.updated_at),
    prefixes: strings(j.prefixes),
    ipVersion: j.ip_version === 6 ? 6 : 4,
    minPrefixlen: num(j.min_prefixlen, 0),
    maxPrefixlen: num(j.max_prefixlen, 0),
    defaultPrefixlen: num(j.default_prefixlen, 0),
    shared: j.shared === true,
    isDefault: j.is_default === true,
    defaultQuota: typeof j.default_quota === 'number' ? j.default_quota : null,
    allocationSerial: 0,
  };
}

/** Attribute names subnet pools may be filtered and sorted on. */
export const SUBNETPOOL_ATTRIBUTES: readonly string[] = Object.keys(
  subnetPoolToJson({
    id: '', name: '', description: '', projectId: '', tags: [], revisionNumber: 0, createdAt: '', updatedAt: '',
    prefixes: [], ipVersion: 4, minPrefixlen: 0, maxPrefixlen: 0, defaultPrefixlen: 0, shared: false, isDefault: false, defaultQuota: null, allocationSerial: 0,
  }),
);
