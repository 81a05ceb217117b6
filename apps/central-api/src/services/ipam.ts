import { domainError, type AllocationPool, type IpVersion } from '@trellis/domain';
import ipaddr from 'ipaddr.js';

/**
 * Address arithmetic for IPAM. Parsing, validation and text forms come from ipaddr.js; the only
 * arithmetic done here is on the 32/128-bit integer an address's bytes spell.
 */

/** A parsed subnet: integer bounds and canonical text. */
export interface CidrRange {
  readonly version: IpVersion;
  readonly cidr: string;
  readonly prefix: number;
  readonly first: bigint;
  readonly last: bigint;
}

type Addr = ipaddr.IPv4 | ipaddr.IPv6;

const bytesToBig = (bytes: number[]): bigint => bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);

/** Canonical text of an address (RFC 5952 for IPv6), or undefined when it is not one. */
export function normalizeIp(text: string, version?: IpVersion): string | undefined {
  const parsed = parseIp(text);
  if (!parsed || (version !== undefined && versionOf(parsed) !== version)) return undefined;
  return parsed.toString();
}

function parseIp(text: string): Addr | undefined {
  const t = text.trim();
  if (ipaddr.IPv4.isValidFourPartDecimal(t)) return ipaddr.IPv4.parse(t);
  if (ipaddr.IPv6.isValid(t) && !t.includes('%')) return ipaddr.IPv6.parse(t);
  return undefined;
}

const versionOf = (a: Addr): IpVersion => (a.kind() === 'ipv4' ? 4 : 6);

export function ipToBig(text: string): bigint {
  const a = parseIp(text);
  if (!a) throw domainError('InvalidInput', { error_message: `'${text}' is not a valid IP address` });
  return bytesToBig(a.toByteArray());
}

export function bigToIp(value: bigint, version: IpVersion): string {
  const n = version === 4 ? 4 : 16;
  const bytes: number[] = [];
  for (let i = n - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/**
 * Parses a subnet CIDR as Neutron does: valid, of the requested version, and written with its
 * network address (10.0.0.5/24 is refused with the CIDR it should have been).
 */
export function parseCidr(cidr: string, ipVersion?: number, requireHostRoom = true): CidrRange {
  const bad = (why: string) => domainError('InvalidInput', { error_message: `Invalid input for cidr. Reason: '${cidr}' ${why}` });
  const t = cidr.trim();
  const slash = t.indexOf('/');
  if (slash < 0 || !ipaddr.isValidCIDR(t) || !parseIp(t.slice(0, slash))) throw bad('is not a valid IP subnet');
  const [addr, prefix] = ipaddr.parseCIDR(t);
  const version = versionOf(addr);
  if (ipVersion !== undefined && ipVersion !== version) {
    throw domainError('InvalidInput', { error_message: `Invalid input for ip_version. Reason: cidr '${cidr}' is not an IPv${ipVersion} subnet` });
  }
  const bits = version === 4 ? 32 : 128;
  const network = version === 4 ? ipaddr.IPv4.networkAddressFromCIDR(t) : ipaddr.IPv6.networkAddressFromCIDR(t);
  const canonical = `${network.toString()}/${prefix}`;
  if (network.toString() !== addr.toString()) throw bad(`isn't a recommended CIDR, use '${canonical}'`);
  if (requireHostRoom && version === 4 && prefix > 30) throw bad('leaves no room for addresses (use a prefix of /30 or shorter)');
  if (requireHostRoom && version === 6 && prefix > 126) throw bad('leaves no room for addresses (use a prefix of /126 or shorter)');
  const first = bytesToBig(network.toByteArray());
  const last = first + (1n << BigInt(bits - prefix)) - 1n;
  return { version, cidr: canonical, prefix, first, last };
}

/** True when `ip` (any text form) lies inside the range. */
export function inRange(range: CidrRange, ip: string): boolean {
  const a = parseIp(ip);
  if (!a || versionOf(a) !== range.version) return false;
  const v = bytesToBig(a.toByteArray());
  return v >= range.first && v <= range.last;
}

/** Addresses usable for hosts: not the network address and, on IPv4, not the broadcast. */
function usable(range: CidrRange): { lo: bigint; hi: bigint } {
  return { lo: range.first + 1n, hi: range.version === 4 ? range.last - 1n : range.last };
}

/** Neutron's default gateway: the first usable address. */
export function defaultGateway(range: CidrRange): string {
  return bigToIp(range.first + 1n, range.version);
}

/** Neutron's default pools: every usable address except the gateway. */
export function defaultPools(range: CidrRange, gateway: string | null): AllocationPool[] {
  const { lo, hi } = usable(range);
  const gw = gateway === null ? undefined : ipToBig(gateway);
  const spans: [bigint, bigint][] = gw === undefined || gw < lo || gw > hi ? [[lo, hi]] : [[lo, gw - 1n], [gw + 1n, hi]];
  return spans.filter(([s, e]) => s <= e).map(([s, e]) => ({ start: bigToIp(s, range.version), end: bigToIp(e, range.version) }));
}

/** Checks the gateway lies inside the subnet (Neutron: "Gateway is not valid on subnet"). */
export function validateGateway(range: CidrRange, gateway: string): string {
  const ip = normalizeIp(gateway, range.version);
  if (ip === undefined || !inRange(range, ip)) {
    throw domainError('InvalidInput', { error_message: `Invalid input for gateway_ip. Reason: gateway ${gateway} is not valid on subnet ${range.cidr}` });
  }
  return ip;
}

/**
 * Validates requested pools: well-formed, ordered, inside the usable part of the subnet, not
 * overlapping each other and not holding the gateway. Returns them in canonical text.
 */
export function validatePools(range: CidrRange, pools: readonly AllocationPool[], gateway: string | null): AllocationPool[] {
  const { lo, hi } = usable(range);
  const parsed = pools.map((p) => {
    const label = `${p.start}-${p.end}`;
    const s = normalizeIp(p.start, range.version);
    const e = normalizeIp(p.end, range.version);
    if (s === undefined || e === undefined) throw domainError('InvalidAllocationPool', { pool: label });
    const [sb, eb] = [ipToBig(s), ipToBig(e)];
    if (sb > eb) throw domainError('InvalidAllocationPool', { pool: label });
    if (sb < lo || eb > hi) throw domainError('OutOfBoundsAllocationPool', { pool: label, subnet_cidr: range.cidr });
    return { start: s, end: e, sb, eb, label };
  });
  const sorted = [...parsed].sort((a, b) => (a.sb < b.sb ? -1 : a.sb > b.sb ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].sb <= sorted[i - 1].eb) {
      throw domainError('OverlappingAllocationPools', { pool_1: sorted[i - 1].label, pool_2: sorted[i].label, subnet_cidr: range.cidr });
    }
  }
  if (gateway !== null) {
    const gw = ipToBig(gateway);
    const hit = parsed.find((p) => gw >= p.sb && gw <= p.eb);
    if (hit) throw domainError('GatewayConflictWithAllocationPools', { ip_address: gateway, pool: hit.label });
  }
  return parsed.map((p) => ({ start: p.start, end: p.end }));
}

/** Number of addresses in the pools. */
export function poolSize(pools: readonly AllocationPool[]): bigint {
  return pools.reduce((n, p) => n + ipToBig(p.end) - ipToBig(p.start) + 1n, 0n);
}

/** True when `ip` lies in one of the pools. */
export function inPools(pools: readonly AllocationPool[], ip: string): boolean {
  const v = ipToBig(ip);
  return pools.some((p) => v >= ipToBig(p.start) && v <= ipToBig(p.end));
}

/**
 * Candidate addresses in pool order, starting at the `skip`-th address and wrapping around once.
 * Callers bound how many they take.
 */
export function* poolCandidates(pools: readonly AllocationPool[], version: IpVersion, skip: bigint): Generator<string> {
  const size = poolSize(pools);
  if (size === 0n) return;
  const spans = pools.map((p) => [ipToBig(p.start), ipToBig(p.end)] as const);
  const nth = (n: bigint): string => {
    let rest = n;
    for (const [s, e] of spans) {
      const len = e - s + 1n;
      if (rest < len) return bigToIp(s + rest, version);
      rest -= len;
    }
    throw new RangeError('pool index out of range');
  };
  const start = ((skip % size) + size) % size;
  for (let i = 0n; i < size; i++) yield nth((start + i) % size);
}

/** True when two subnets share any address. */
export function rangesOverlap(a: CidrRange, b: CidrRange): boolean {
  return a.version === b.version && a.first <= b.last && b.first <= a.last;
}
