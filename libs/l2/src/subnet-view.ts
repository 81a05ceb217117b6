import { domainError } from '@trellis/domain';
import type { trellis } from '@trellis/proto';
import { bytesToIp, bytesToMac, canonicalIp, ipToBytes, macToBytes } from './address';

/** IPv6 address / RA modes as Neutron names them ('' = not set). */
export type Ipv6Mode = '' | 'slaac' | 'dhcpv6-stateful' | 'dhcpv6-stateless';
const IPV6_MODES: ReadonlySet<string> = new Set(['', 'slaac', 'dhcpv6-stateful', 'dhcpv6-stateless']);

/**
 * One subnet of a VNI's network as a host holds it (the addressing section of its view): what
 * its DHCP and RA server answers for the VNI's local ports. Addresses are canonical text, as
 * everywhere in libs/l2; '' means unset.
 */
export interface SubnetView {
  readonly id: string;
  readonly ipVersion: 4 | 6;
  /** Canonical network address + prefix, e.g. `10.0.0.0/24`. */
  readonly cidr: string;
  readonly gatewayIp: string;
  readonly enableDhcp: boolean;
  readonly dnsNameservers: readonly string[];
  readonly hostRoutes: ReadonlyArray<{ readonly destination: string; readonly nexthop: string }>;
  readonly ipv6AddressMode: Ipv6Mode;
  readonly ipv6RaMode: Ipv6Mode;
  /** The network's DHCP port: its address on this subnet and its MAC ('' while it has none). */
  readonly dhcpServerIp: string;
  readonly dhcpServerMac: string;
}

export function subnetsEqual(a: SubnetView, b: SubnetView): boolean {
  return a === b || subnetCanonical(a) === subnetCanonical(b);
}

/**
 * The subnet's digest term: `s|<id>|<version>|<cidr>|<gateway>|<dhcp 1/0>|<dns,…>|<dest>><nexthop,…>|<address mode>|<ra mode>|<server ip>|<server mac>`
 * (lists in the order central gives them, which is the order the host applies).
 */
export function subnetCanonical(s: SubnetView): string {
  const routes = s.hostRoutes.map((r) => `${r.destination}>${r.nexthop}`).join(',');
  return `s|${s.id}|${s.ipVersion}|${s.cidr}|${s.gatewayIp}|${s.enableDhcp ? 1 : 0}|${s.dnsNameservers.join(',')}|${routes}|${s.ipv6AddressMode}|${s.ipv6RaMode}|${s.dhcpServerIp}|${s.dhcpServerMac}`;
}

const ipOrEmpty = (text: string): Uint8Array => (text === '' ? new Uint8Array(0) : ipToBytes(text));

/** The wire form (`trellis.l2.v1.Subnet`). */
export function subnetToWire(s: SubnetView): trellis.l2.v1.ISubnet {
  return {
    id: s.id,
    ipVersion: s.ipVersion,
    cidr: s.cidr,
    gatewayIp: ipOrEmpty(s.gatewayIp),
    enableDhcp: s.enableDhcp,
    dnsNameservers: s.dnsNameservers.map(ipToBytes),
    hostRoutes: s.hostRoutes.map((r) => ({ destination: r.destination, nexthop: ipToBytes(r.nexthop) })),
    ipv6AddressMode: s.ipv6AddressMode,
    ipv6RaMode: s.ipv6RaMode,
    dhcpServerIp: ipOrEmpty(s.dhcpServerIp),
    dhcpServerMac: s.dhcpServerMac === '' ? new Uint8Array(0) : macToBytes(s.dhcpServerMac),
  };
}

const bad = (error_message: string) => domainError('InvalidInput', { error_message });

/** Canonical `addr/prefix` of a CIDR text; throws InvalidInput when it does not parse. */
function canonicalCidr(text: string, what: string): string {
  const slash = text.indexOf('/');
  const prefix = Number(text.slice(slash + 1));
  let ip: string;
  try {
    ip = canonicalIp(text.slice(0, slash));
  } catch {
    throw bad(`subnet ${what} ${text.slice(0, 64)} is not a CIDR`);
  }
  const max = ip.includes(':') ? 128 : 32;
  if (slash < 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max || text.slice(slash + 1) === '') throw bad(`subnet ${what} ${text.slice(0, 64)} is not a CIDR`);
  return `${ip}/${prefix}`;
}

function optionalIp(bytes: Uint8Array | null | undefined): string {
  return !bytes || bytes.length === 0 ? '' : bytesToIp(bytes);
}

/** Decodes and validates a wire subnet; throws DomainError `InvalidInput`. */
export function subnetFromWire(w: trellis.l2.v1.ISubnet): SubnetView {
  if (!w.id) throw bad('a subnet needs an id');
  const ipVersion = w.ipVersion === 6 ? 6 : w.ipVersion === 4 ? 4 : undefined;
  if (ipVersion === undefined) throw bad(`subnet ${w.id}: ip_version ${w.ipVersion ?? 0} is not 4 or 6`);
  const modes = [w.ipv6AddressMode ?? '', w.ipv6RaMode ?? ''];
  for (const m of modes) if (!IPV6_MODES.has(m)) throw bad(`subnet ${w.id}: unknown IPv6 mode ${m.slice(0, 32)}`);
  const mac = w.dhcpServerMac && w.dhcpServerMac.length > 0 ? bytesToMac(w.dhcpServerMac) : '';
  return {
    id: w.id,
    ipVersion,
    cidr: canonicalCidr(w.cidr ?? '', 'cidr'),
    gatewayIp: optionalIp(w.gatewayIp),
    enableDhcp: w.enableDhcp === true,
    dnsNameservers: (w.dnsNameservers ?? []).map((b) => bytesToIp(b)),
    hostRoutes: (w.hostRoutes ?? []).map((r) => ({ destination: canonicalCidr(r.destination ?? '', 'host route'), nexthop: bytesToIp(r.nexthop ?? new Uint8Array(0)) })),
    ipv6AddressMode: modes[0] as Ipv6Mode,
    ipv6RaMode: modes[1] as Ipv6Mode,
    dhcpServerIp: optionalIp(w.dhcpServerIp),
    dhcpServerMac: mac,
  };
}
