import { domainError, type IpVersion, type SubnetPool } from '@trellis/domain';
import { addressBits, compact, covers, parsePrefix, prefixToString, type Prefix } from './prefixes';

/** What a pool's prefixes and prefix lengths come to once validated. */
export interface PoolShape {
  readonly prefixes: readonly string[];
  readonly ipVersion: IpVersion;
  readonly minPrefixlen: number;
  readonly maxPrefixlen: number;
  readonly defaultPrefixlen: number;
}

/** The lengths asked for; undefined = the default (create) or unchanged (update). */
export interface PrefixlenRequest {
  readonly minPrefixlen?: number;
  readonly maxPrefixlen?: number;
  readonly defaultPrefixlen?: number;
}

/** neutron-lib's SubnetPoolHelper: the smallest pool-wide min_prefixlen unless asked otherwise. */
const DEFAULT_MIN_PREFIXLEN: Readonly<Record<IpVersion, number>> = { 4: 8, 6: 64 };

/** Parses prefixes: not empty, one IP version (PrefixVersionMismatch), compacted as netaddr does. */
export function parsePoolPrefixes(prefixes: readonly string[]): { version: IpVersion; prefixes: Prefix[] } {
  if (prefixes.length === 0) throw domainError('EmptySubnetPoolPrefixList', {});
  const parsed = prefixes.map((p) => parsePrefix(p));
  const version = parsed[0].version;
  if (parsed.some((p) => p.version !== version)) throw domainError('PrefixVersionMismatch', {});
  return { version, prefixes: compact(parsed) };
}

/**
 * Neutron's SubnetPoolReader bounds: min defaults to /8 (IPv4) or /64 (IPv6), max to the
 * address length, default to min; then 0 <= min <= default <= max <= address length.
 */
export function validatePrefixlens(version: IpVersion, min: number, max: number, dflt: number): void {
  const bits = addressBits(version);
  const illegal = (prefix_type: string, prefixlen: number, base_prefix_type: string, base_prefixlen: number) =>
    domainError('IllegalSubnetPoolPrefixBounds', { prefix_type, prefixlen, base_prefix_type, base_prefixlen });
  if (min < 0) throw domainError('UnsupportedMinSubnetPoolPrefix', { prefix: min, version });
  if (max > bits) throw illegal('max_prefixlen', max, 'ip_version_max', bits);
  if (min > max) throw illegal('min_prefixlen', min, 'max_prefixlen', max);
  if (dflt < min) throw illegal('default_prefixlen', dflt, 'min_prefixlen', min);
  if (dflt > max) throw illegal('default_prefixlen', dflt, 'max_prefixlen', max);
}

/** A new pool's shape from what the create asked for. */
export function newPoolShape(prefixes: readonly string[], lens: PrefixlenRequest): PoolShape {
  const parsed = parsePoolPrefixes(prefixes);
  const minPrefixlen = lens.minPrefixlen ?? DEFAULT_MIN_PREFIXLEN[parsed.version];
  const maxPrefixlen = lens.maxPrefixlen ?? addressBits(parsed.version);
  const defaultPrefixlen = lens.defaultPrefixlen ?? minPrefixlen;
  validatePrefixlens(parsed.version, minPrefixlen, maxPrefixlen, defaultPrefixlen);
  return { prefixes: parsed.prefixes.map(prefixToString), ipVersion: parsed.version, minPrefixlen, maxPrefixlen, defaultPrefixlen };
}

/**
 * An updated pool's shape: prefixes may grow, never shrink (IllegalSubnetPoolPrefixUpdate), and
 * keep the pool's IP version; lengths not given stay as they are and must still hold together.
 */
export function updatedPoolShape(pool: SubnetPool, prefixes: readonly string[] | undefined, lens: PrefixlenRequest): PoolShape {
  let next = pool.prefixes;
  if (prefixes !== undefined) {
    const parsed = parsePoolPrefixes(prefixes);
    if (parsed.version !== pool.ipVersion) throw domainError('PrefixVersionMismatch', {});
    if (!covers(parsed.prefixes, pool.prefixes.map((p) => parsePrefix(p)))) {
      throw domainError('IllegalSubnetPoolPrefixUpdate', { msg: 'Existing prefixes must be a subset of the new prefixes' });
    }
    next = parsed.prefixes.map(prefixToString);
  }
  const minPrefixlen = lens.minPrefixlen ?? pool.minPrefixlen;
  const maxPrefixlen = lens.maxPrefixlen ?? pool.maxPrefixlen;
  const defaultPrefixlen = lens.defaultPrefixlen ?? pool.defaultPrefixlen;
  validatePrefixlens(pool.ipVersion, minPrefixlen, maxPrefixlen, defaultPrefixlen);
  return { prefixes: next, ipVersion: pool.ipVersion, minPrefixlen, maxPrefixlen, defaultPrefixlen };
}
