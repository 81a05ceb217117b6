import { domainError, type SubnetPool } from '@trellis/domain';
import { contains, difference, parsePrefix, prefixAt, prefixToString, type Prefix } from './prefixes';

/** What a subnet create asks of a pool: a CIDR of its own, or any block of `prefixlen`. */
export type PrefixRequest = { readonly cidr: string } | { readonly prefixlen: number };

/**
 * Neutron's `SubnetAllocator.allocate_subnet` on one pool: the length within the pool's bounds;
 * a given CIDR inside the pool's free space; otherwise the first block of the length in the
 * smallest free block that holds it (Neutron sorts the free space by length, longest first, so
 * big free blocks are kept for big requests). `allocated`: CIDRs already taken from the pool.
 * Returns the canonical CIDR.
 */
export function allocatePrefix(pool: SubnetPool, allocated: readonly string[], request: PrefixRequest): string {
  const specific = 'cidr' in request ? parsePrefix(request.cidr, 'cidr') : undefined;
  const prefixlen = specific?.prefixlen ?? (request as { prefixlen: number }).prefixlen;
  if (prefixlen > pool.maxPrefixlen) throw domainError('MaxPrefixSubnetAllocationError', { prefixlen, max_prefixlen: pool.maxPrefixlen });
  if (prefixlen < pool.minPrefixlen) throw domainError('MinPrefixSubnetAllocationError', { prefixlen, min_prefixlen: pool.minPrefixlen });
  const free = freePrefixes(pool, allocated);
  if (specific !== undefined) {
    if (!free.some((f) => contains(f, specific))) throw domainError('SubnetAllocationError', { reason: 'Cannot allocate requested subnet from the available set of prefixes' });
    return prefixToString(specific);
  }
  const fit = free.find((f) => f.prefixlen <= prefixlen);
  if (fit === undefined) throw domainError('SubnetAllocationError', { reason: `Insufficient prefix space to allocate subnet size /${prefixlen}` });
  return prefixToString(prefixAt(fit.version, fit.first, prefixlen));
}

/** The pool's free space as maximal blocks, longest prefix (smallest block) first, then by address. */
export function freePrefixes(pool: SubnetPool, allocated: readonly string[]): Prefix[] {
  const taken = allocated.map((c) => parsePrefix(c, 'cidr'));
  const free = difference(pool.prefixes.map((p) => parsePrefix(p)), taken);
  return free.sort((a, b) => b.prefixlen - a.prefixlen || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
}

/** Neutron's quota units: IPv4 counts addresses (/32s), IPv6 counts /64s. */
const QUOTA_UNIT_BITS = { 4: 32, 6: 64 } as const;

/** Prefix space of `cidrs` in the pool's quota units (a block longer than the unit counts 1). */
export function quotaUnits(pool: Pick<SubnetPool, 'ipVersion'>, cidrs: readonly string[]): bigint {
  const unit = QUOTA_UNIT_BITS[pool.ipVersion];
  return cidrs.reduce((n, c) => n + (1n << BigInt(Math.max(0, unit - parsePrefix(c, 'cidr').prefixlen))), 0n);
}

/**
 * Neutron's `_check_subnetpool_tenant_quota`: the project's prefixes from the pool, with the new
 * one, must fit in `default_quota` (null = unlimited). Throws SubnetPoolQuotaExceeded.
 */
export function assertWithinPoolQuota(pool: SubnetPool, projectCidrs: readonly string[], cidr: string): void {
  if (pool.defaultQuota === null) return;
  if (quotaUnits(pool, [...projectCidrs, cidr]) > BigInt(pool.defaultQuota)) throw domainError('SubnetPoolQuotaExceeded', {});
}
