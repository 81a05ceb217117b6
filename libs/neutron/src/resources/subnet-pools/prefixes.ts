import { domainError, type IpVersion } from '@trellis/domain';
import ipaddr from 'ipaddr.js';

/**
 * Prefix arithmetic for subnet pools: CIDR blocks as integer bounds, and sets of blocks
 * (netaddr's IPSet as Neutron uses it) kept as sorted, disjoint, maximal CIDRs.
 */

/** A CIDR block: `first` and `last` address as integers, `prefixlen` its length. */
export interface Prefix {
  readonly version: IpVersion;
  readonly prefixlen: number;
  readonly first: bigint;
  readonly last: bigint;
}

export const addressBits = (version: IpVersion): number => (version === 4 ? 32 : 128);

const bytesToBig = (bytes: number[]): bigint => bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);

function bigToAddress(value: bigint, version: IpVersion): string {
  const n = version === 4 ? 4 : 16;
  const bytes: number[] = [];
  for (let i = n - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/** The block of `prefixlen` that starts at `first` (which must be aligned to it). */
export function prefixAt(version: IpVersion, first: bigint, prefixlen: number): Prefix {
  return { version, prefixlen, first, last: first + (1n << BigInt(addressBits(version) - prefixlen)) - 1n };
}

/**
 * Parses a pool prefix as neutron-lib's `validate_subnet` does: a CIDR with its length; an IPv4
 * one written with its network address (10.0.0.5/8 is refused with the CIDR it should have
 * been); IPv6 host bits are dropped. Throws InvalidInput naming `attribute`.
 */
export function parsePrefix(text: string, attribute = 'prefixes'): Prefix {
  const bad = (why: string) => domainError('InvalidInput', { error_message: `Invalid input for ${attribute}. Reason: '${text}' ${why}` });
  const t = text.trim();
  const slash = t.indexOf('/');
  const address = t.slice(0, slash);
  if (t !== text || slash < 0 || !ipaddr.isValidCIDR(t) || !(ipaddr.IPv4.isValidFourPartDecimal(address) || (ipaddr.IPv6.isValid(address) && !address.includes('%')))) {
    throw bad('is not a valid IP subnet');
  }
  const addr = ipaddr.parse(address);
  const version: IpVersion = addr.kind() === 'ipv4' ? 4 : 6;
  const prefixlen = Number(t.slice(slash + 1));
  const host = BigInt(addressBits(version) - prefixlen);
  const first = (bytesToBig(addr.toByteArray()) >> host) << host;
  const p = prefixAt(version, first, prefixlen);
  if (version === 4 && prefixToString(p) !== t) throw bad(`isn't a recommended CIDR, use '${prefixToString(p)}'`);
  return p;
}

export function prefixToString(p: Prefix): string {
  return `${bigToAddress(p.first, p.version)}/${p.prefixlen}`;
}

export function overlaps(a: Prefix, b: Prefix): boolean {
  return a.version === b.version && a.first <= b.last && b.first <= a.last;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Prefix, inner: Prefix): boolean {
  return outer.version === inner.version && outer.first <= inner.first && inner.last <= outer.last;
}

const byAddress = (a: Prefix, b: Prefix): number => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.prefixlen - b.prefixlen);

/** The largest aligned CIDR blocks that exactly cover the address range [first, last]. */
function rangeToPrefixes(version: IpVersion, first: bigint, last: bigint): Prefix[] {
  const bits = addressBits(version);
  const out: Prefix[] = [];
  let at = first;
  while (at <= last) {
    let len = bits;
    // Grow the block while it stays aligned at `at` and inside the range.
    while (len > 0) {
      const size = 1n << BigInt(bits - len + 1);
      if (at % size !== 0n || at + size - 1n > last) break;
      len--;
    }
    const p = prefixAt(version, at, len);
    out.push(p);
    at = p.last + 1n;
  }
  return out;
}

/** Address ranges of a set of blocks: sorted, merged where they touch or overlap. */
function ranges(prefixes: readonly Prefix[]): [bigint, bigint][] {
  const out: [bigint, bigint][] = [];
  for (const p of [...prefixes].sort(byAddress)) {
    const last = out[out.length - 1];
    if (last !== undefined && p.first <= last[1] + 1n) last[1] = p.last > last[1] ? p.last : last[1];
    else out.push([p.first, p.last]);
  }
  return out;
}

/** netaddr's `cidr_merge`: the fewest CIDRs covering exactly the same addresses, in address order. */
export function compact(prefixes: readonly Prefix[]): Prefix[] {
  if (prefixes.length === 0) return [];
  const version = prefixes[0].version;
  return ranges(prefixes).flatMap(([first, last]) => rangeToPrefixes(version, first, last));
}

/** The addresses of `set` not in `minus`, as maximal CIDR blocks in address order. */
export function difference(set: readonly Prefix[], minus: readonly Prefix[]): Prefix[] {
  if (set.length === 0) return [];
  const version = set[0].version;
  const taken = ranges(minus.filter((m) => m.version === version));
  const out: Prefix[] = [];
  for (const [first, last] of ranges(set)) {
    let at = first;
    for (const [tf, tl] of taken) {
      if (tl < at || tf > last) continue;
      if (tf > at) out.push(...rangeToPrefixes(version, at, tf - 1n));
      at = tl + 1n;
      if (at > last) break;
    }
    if (at <= last) out.push(...rangeToPrefixes(version, at, last));
  }
  return out;
}

/** True when every address of `subset` is in `set`. */
export function covers(set: readonly Prefix[], subset: readonly Prefix[]): boolean {
  return difference(subset, set).length === 0;
}
