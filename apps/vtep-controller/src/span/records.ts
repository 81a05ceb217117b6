import { DEVICE_OWNER_DHCP, VIF_TYPE_BINDING_FAILED, normalizeMac, type Host, type Network, type Port, type Subnet } from '@trellis/domain';
import type { HostResource, NetworkResource, PortResource, SubnetResource } from '@trellis/feed';
import { canonicalIp, type Ipv6Mode } from '@trellis/l2';

/**
 * The controller keeps only what span computation needs from the central feed, in these compact
 * records (also the form persisted in its LMDB index). Addresses are canonical text, as libs/l2
 * renders them, so views built from records compare and digest equal to a host's view.
 */

export interface HostRecord {
  readonly id: string;
  readonly cell: string;
  /** Canonical VTEP text (IPv4 dotted quad or RFC 5952 IPv6). */
  readonly vtep: string;
}

export interface NetworkRecord {
  readonly id: string;
  /** VNI, or 0 for networks without one (not distributed). */
  readonly vni: number;
  readonly mtu: number;
}

export interface BindingRecord {
  readonly host: string;
  readonly inactive: boolean;
}

export interface PortRecord {
  readonly id: string;
  readonly networkId: string;
  readonly mac: string;
  readonly ips: readonly string[];
  readonly seq: number;
  /** Bindings that put the port on a host (ACTIVE or INACTIVE; failed bindings excluded). */
  readonly bindings: readonly BindingRecord[];
  /** Present (false) only when the port's port security is disabled. */
  readonly portSecurityEnabled?: false;
  /** Present (true) only on a network's DHCP port (device_owner network:dhcp). */
  readonly dhcp?: true;
}

/** A subnet as the hosts' DHCP/RA servers need it; addresses canonical, '' = unset. */
export interface SubnetRecord {
  readonly id: string;
  readonly networkId: string;
  readonly ipVersion: 4 | 6;
  readonly cidr: string;
  readonly gatewayIp: string;
  readonly enableDhcp: boolean;
  readonly dnsNameservers: readonly string[];
  readonly hostRoutes: ReadonlyArray<{ readonly destination: string; readonly nexthop: string }>;
  readonly ipv6AddressMode: Ipv6Mode;
  readonly ipv6RaMode: Ipv6Mode;
}

/** A subnet resource (feed v2) or row (v1) as a record; rejected when an address does not parse. */
export function subnetRecordOf(s: SubnetResource | Subnet): SubnetRecord | RecordRejected {
  const [net, len] = s.cidr.split('/');
  const network = safeCanonicalIp(net ?? '');
  if (network === undefined || len === undefined) return { rejected: `cidr ${s.cidr.slice(0, 64)} is not a CIDR` };
  const ip = (text: string | null, what: string): string | RecordRejected => {
    if (text === null || text === '') return '';
    return safeCanonicalIp(text) ?? { rejected: `${what} ${text.slice(0, 64)} is not an IP address` };
  };
  const gatewayIp = ip(s.gatewayIp, 'gateway_ip');
  if (typeof gatewayIp !== 'string') return gatewayIp;
  const dns: string[] = [];
  for (const d of s.dnsNameservers) {
    const v = ip(d, 'dns_nameserver');
    if (typeof v !== 'string') return v;
    dns.push(v);
  }
  const routes: Array<{ destination: string; nexthop: string }> = [];
  for (const r of s.hostRoutes) {
    const v = ip(r.nexthop, 'host route nexthop');
    if (typeof v !== 'string') return v;
    routes.push({ destination: r.destination, nexthop: v });
  }
  const mode = (m: string | null): Ipv6Mode => (m === 'slaac' || m === 'dhcpv6-stateful' || m === 'dhcpv6-stateless' ? m : '');
  return {
    id: s.id, networkId: s.networkId, ipVersion: s.ipVersion === 6 ? 6 : 4, cidr: `${network}/${len}`, gatewayIp, enableDhcp: s.enableDhcp,
    dnsNameservers: dns, hostRoutes: routes, ipv6AddressMode: mode(s.ipv6AddressMode), ipv6RaMode: mode(s.ipv6RaMode),
  };
}

export function hostRecord(host: Host): HostRecord | undefined {
  const vtep = safeCanonicalIp(host.vtep);
  if (vtep === undefined) return undefined;
  return { id: host.id, cell: host.cell, vtep };
}

export function networkRecord(net: Network): NetworkRecord {
  const vni = net.networkType === 'vxlan' && net.segmentationId !== null ? net.segmentationId : 0;
  return { id: net.id, vni, mtu: net.mtu };
}

export function portRecord(port: Port): PortRecord | undefined {
  const mac = normalizeMac(port.macAddress);
  if (mac === undefined) return undefined;
  const ips: string[] = [];
  for (const f of port.fixedIps) {
    const ip = safeCanonicalIp(f.ipAddress);
    if (ip !== undefined && !ips.includes(ip)) ips.push(ip);
  }
  const bindings: BindingRecord[] = [];
  for (const b of port.bindings) {
    if (!b.host || b.vifType === VIF_TYPE_BINDING_FAILED) continue;
    if (bindings.some((x) => x.host === b.host)) continue;
    bindings.push({ host: b.host, inactive: b.status !== 'ACTIVE' });
  }
  let rec: PortRecord = { id: port.id, networkId: port.networkId, mac, ips, seq: port.mobilitySeq ?? 0, bindings };
  if (port.portSecurityEnabled === false) rec = { ...rec, portSecurityEnabled: false };
  return port.deviceOwner === DEVICE_OWNER_DHCP ? { ...rec, dhcp: true } : rec;
}

/**
 * A feed resource the controller cannot use (an unparsable VTEP or MAC): reported and skipped,
 * never taken for a delete, so a bad write or a renamed field cannot withdraw FDB entries.
 */
export interface RecordRejected {
  readonly rejected: string;
}

export const isRecordRejected = (r: object): r is RecordRejected => 'rejected' in r;

/** Feed v2 resources (already checked against the contract) to records. */
export function hostRecordOf(host: HostResource): HostRecord | RecordRejected {
  const vtep = safeCanonicalIp(host.vtep);
  return vtep === undefined ? { rejected: `vtep ${host.vtep.slice(0, 64)} is not an IP address` } : { id: host.id, cell: host.cell, vtep };
}

export function networkRecordOf(net: NetworkResource): NetworkRecord {
  return { id: net.id, vni: net.networkType === 'vxlan' ? net.segmentationId : 0, mtu: net.mtu };
}

export function portRecordOf(port: PortResource): PortRecord | RecordRejected {
  const mac = normalizeMac(port.macAddress);
  if (mac === undefined) return { rejected: `mac_address ${port.macAddress.slice(0, 64)} is not a MAC` };
  const ips: string[] = [];
  for (const f of port.fixedIps) {
    const ip = safeCanonicalIp(f.ipAddress);
    if (ip === undefined) return { rejected: `ip_address ${f.ipAddress.slice(0, 64)} is not an IP address` };
    if (!ips.includes(ip)) ips.push(ip);
  }
  const bindings: BindingRecord[] = [];
  for (const b of port.bindings) {
    if (b.failed || bindings.some((x) => x.host === b.host)) continue;
    bindings.push({ host: b.host, inactive: b.status !== 'ACTIVE' });
  }
  const rec: PortRecord = { id: port.id, networkId: port.networkId, mac, ips, seq: port.mobilitySeq, bindings };
  return port.deviceOwner === DEVICE_OWNER_DHCP ? { ...rec, dhcp: true } : rec;
}

function safeCanonicalIp(text: string): string | undefined {
  try {
    return canonicalIp(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether a record from the feed says nothing new: the controller already holds an equal one
 * (both absent counts as equal). Most feed writes touch fields the controller drops (port status,
 * host liveness), so their records come out equal to the held ones.
 */
export function recordsEqual(kind: 'host' | 'network' | 'port' | 'subnet', a: HostRecord | NetworkRecord | PortRecord | SubnetRecord | undefined, b: typeof a): boolean {
  if (a === undefined || b === undefined) return a === b;
  // Few and small: compared whole.
  if (kind === 'subnet') return JSON.stringify(a) === JSON.stringify(b);
  if (kind === 'host') {
    const [x, y] = [a as HostRecord, b as HostRecord];
    return x.id === y.id && x.cell === y.cell && x.vtep === y.vtep;
  }
  if (kind === 'network') {
    const [x, y] = [a as NetworkRecord, b as NetworkRecord];
    return x.id === y.id && x.vni === y.vni && x.mtu === y.mtu;
  }
  const [x, y] = [a as PortRecord, b as PortRecord];
  if (x.id !== y.id || x.networkId !== y.networkId || x.mac !== y.mac || x.seq !== y.seq || x.portSecurityEnabled !== y.portSecurityEnabled || x.dhcp !== y.dhcp) return false;
  if (x.ips.length !== y.ips.length || x.bindings.length !== y.bindings.length) return false;
  for (let i = 0; i < x.ips.length; i++) if (x.ips[i] !== y.ips[i]) return false;
  for (let i = 0; i < x.bindings.length; i++) {
    if (x.bindings[i].host !== y.bindings[i].host || x.bindings[i].inactive !== y.bindings[i].inactive) return false;
  }
  return true;
}
