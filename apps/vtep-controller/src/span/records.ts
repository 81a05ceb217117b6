import { VIF_TYPE_BINDING_FAILED, normalizeMac, type Host, type Network, type Port } from '@trellis/domain';
import { canonicalIp } from '@trellis/l2';

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
  const rec: PortRecord = { id: port.id, networkId: port.networkId, mac, ips, seq: port.mobilitySeq ?? 0, bindings };
  return port.portSecurityEnabled === false ? { ...rec, portSecurityEnabled: false } : rec;
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
export function recordsEqual(kind: 'host' | 'network' | 'port', a: HostRecord | NetworkRecord | PortRecord | undefined, b: typeof a): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (kind === 'host') {
    const [x, y] = [a as HostRecord, b as HostRecord];
    return x.id === y.id && x.cell === y.cell && x.vtep === y.vtep;
  }
  if (kind === 'network') {
    const [x, y] = [a as NetworkRecord, b as NetworkRecord];
    return x.id === y.id && x.vni === y.vni && x.mtu === y.mtu;
  }
  const [x, y] = [a as PortRecord, b as PortRecord];
  if (x.id !== y.id || x.networkId !== y.networkId || x.mac !== y.mac || x.seq !== y.seq || x.portSecurityEnabled !== y.portSecurityEnabled) return false;
  if (x.ips.length !== y.ips.length || x.bindings.length !== y.bindings.length) return false;
  for (let i = 0; i < x.ips.length; i++) if (x.ips[i] !== y.ips[i]) return false;
  for (let i = 0; i < x.bindings.length; i++) {
    if (x.bindings[i].host !== y.bindings[i].host || x.bindings[i].inactive !== y.bindings[i].inactive) return false;
  }
  return true;
}
