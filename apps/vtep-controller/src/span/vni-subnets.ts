import { canonicalIp, subnetCanonical, subnetToWire, subnetsEqual, type Ipv6Mode, type SubnetView, type VniDeltaSpec } from '@trellis/l2';
import { PerHostDeltas } from './per-host-deltas';
import type { NetworkRecord, PortRecord, SubnetRecord } from './records';
import type { VniChange } from './span-index';

/** What one revision changes in one VNI's subnets (shared by every member). */
export interface VniSubnetChange {
  readonly vni: number;
  readonly set: SubnetView[];
  readonly remove: string[];
}

/**
 * The addressing section of the span: each network's subnets and its DHCP port, and the subnet
 * views each VNI's members hold (what their DHCP/RA servers answer). A subnet's view carries the
 * DHCP port's address on it and its MAC, so a change of either reaches the members as a change
 * of the subnet. Every member of a VNI gets the same subnets: the host serves only its own
 * ports from them.
 */
export class SubnetTable {
  readonly subnets = new Map<string, SubnetRecord>();
  private readonly byNetwork = new Map<string, Set<string>>();
  /** Network id → its DHCP port (device_owner network:dhcp). */
  private readonly dhcpPorts = new Map<string, PortRecord>();
  /** VNI → subnet id → view, as last computed (what the members hold). */
  private readonly views = new Map<number, Map<string, SubnetView>>();
  /** Network id → the VNI its views were last computed under. */
  private readonly vniOfNetwork = new Map<string, number>();
  private readonly touched = new Set<string>();

  /** The subnets members of `vni` hold (empty map when none). */
  viewsOf(vni: number): ReadonlyMap<string, SubnetView> {
    return this.views.get(vni) ?? EMPTY;
  }

  applySubnet(id: string, rec: SubnetRecord | undefined): void {
    const old = this.subnets.get(id);
    if (old) {
      this.byNetwork.get(old.networkId)?.delete(id);
      this.touched.add(old.networkId);
    }
    if (rec) {
      this.subnets.set(id, rec);
      let set = this.byNetwork.get(rec.networkId);
      if (!set) this.byNetwork.set(rec.networkId, (set = new Set()));
      set.add(id);
      this.touched.add(rec.networkId);
    } else this.subnets.delete(id);
  }

  /** A port changed: only DHCP ports (before or after) matter here. */
  applyPort(old: PortRecord | undefined, rec: PortRecord | undefined): void {
    if (old?.dhcp && this.dhcpPorts.get(old.networkId)?.id === old.id) {
      this.dhcpPorts.delete(old.networkId);
      this.touched.add(old.networkId);
    }
    if (rec?.dhcp) {
      this.dhcpPorts.set(rec.networkId, rec);
      this.touched.add(rec.networkId);
    }
  }

  /** A network changed (its VNI may have). */
  applyNetwork(id: string): void {
    this.touched.add(id);
  }

  /**
   * Recomputes the views of every network touched since the last call, under the VNIs the
   * networks have now; returns per VNI what its members must change (the network's old VNI, if
   * it moved, loses its subnets).
   */
  settle(networks: ReadonlyMap<string, NetworkRecord>): VniSubnetChange[] {
    const out: VniSubnetChange[] = [];
    for (const netId of this.touched) {
      const oldVni = this.vniOfNetwork.get(netId) ?? 0;
      const newVni = networks.get(netId)?.vni ?? 0;
      const next = newVni === 0 ? new Map<string, SubnetView>() : this.compute(netId);
      if (oldVni !== 0 && oldVni !== newVni) {
        const gone = this.views.get(oldVni);
        this.views.delete(oldVni);
        if (gone && gone.size > 0) out.push({ vni: oldVni, set: [], remove: [...gone.keys()] });
      }
      if (newVni === 0) {
        this.vniOfNetwork.delete(netId);
        continue;
      }
      this.vniOfNetwork.set(netId, newVni);
      const held = oldVni === newVni ? this.views.get(newVni) ?? EMPTY : EMPTY;
      const set: SubnetView[] = [];
      const remove: string[] = [];
      for (const [id, s] of next) {
        const cur = held.get(id);
        if (!cur || !subnetsEqual(cur, s)) set.push(s);
      }
      for (const id of held.keys()) if (!next.has(id)) remove.push(id);
      if (next.size > 0) this.views.set(newVni, next);
      else this.views.delete(newVni);
      if (set.length + remove.length > 0) out.push({ vni: newVni, set, remove });
    }
    this.touched.clear();
    return out;
  }

  private compute(netId: string): Map<string, SubnetView> {
    const out = new Map<string, SubnetView>();
    const dhcp = this.dhcpPorts.get(netId);
    const ids = [...(this.byNetwork.get(netId) ?? [])].sort();
    for (const id of ids) {
      const s = this.subnets.get(id)!;
      const serverIp = dhcp?.ips.find((ip) => inCidr(ip, s.cidr, s.ipVersion)) ?? '';
      out.set(id, {
        id,
        ipVersion: s.ipVersion,
        cidr: s.cidr,
        gatewayIp: s.gatewayIp,
        enableDhcp: s.enableDhcp,
        dnsNameservers: s.dnsNameservers,
        hostRoutes: s.hostRoutes,
        ipv6AddressMode: s.ipv6AddressMode,
        ipv6RaMode: s.ipv6RaMode,
        dhcpServerIp: serverIp,
        dhcpServerMac: serverIp === '' ? '' : dhcp!.mac,
      });
    }
    return out;
  }

  /** Sum of the digest terms of `vni`'s subnets (added to the L2 digest; see docs/protocol.md). */
  digestTerms(vni: number, entryHash: (canonical: string) => bigint): bigint {
    let sum = 0n;
    for (const s of this.viewsOf(vni).values()) sum += entryHash(subnetCanonical(s));
    return sum;
  }
}

const EMPTY: ReadonlyMap<string, SubnetView> = new Map();

/** The subnets of a VniSubnetChange as the delta fields 13/14. */
export function subnetFields(c: { set: readonly SubnetView[]; remove: readonly string[] }): Pick<VniDeltaSpec, 'subnets' | 'subnetRemove'> {
  const out: Pick<VniDeltaSpec, 'subnets' | 'subnetRemove'> = {};
  if (c.set.length > 0) out.subnets = c.set.map(subnetToWire);
  if (c.remove.length > 0) out.subnetRemove = [...c.remove];
  return out;
}

/**
 * Adds a revision's subnet changes to its VNI changes: into the shared delta and into every
 * member's own delta (a member with a full table gets the subnets with it, a leaver nothing).
 * A VNI with members but no port change gets a change of its own.
 */
export function mergeSubnetChanges(
  changes: VniChange[],
  subnetChanges: readonly VniSubnetChange[],
  members: (vni: number) => ReadonlyMap<string, number>,
  fullDelta: (host: string, vni: number) => VniDeltaSpec,
  isCurrent: () => boolean,
): void {
  const byVni = new Map(changes.map((c, i) => [c.vni, i]));
  for (const sc of subnetChanges) {
    const fields = subnetFields(sc);
    const i = byVni.get(sc.vni);
    if (i === undefined) {
      if (members(sc.vni).size === 0) continue;
      changes.push({ vni: sc.vni, shared: { vni: sc.vni, ...fields }, perHost: new PerHostDeltas((h) => fullDelta(h, sc.vni), isCurrent), full: [], left: [] });
      continue;
    }
    const c = changes[i];
    const perHost = c.perHost as PerHostDeltas;
    const left = new Set(c.left);
    for (const h of [...perHost.keys()]) {
      if (left.has(h) || perHost.isFull(h)) continue;
      const own = perHost.get(h);
      perHost.set(h, own ? { ...own, ...fields } : { vni: sc.vni, ...fields });
    }
    // Members without a delta of their own take the shared one (resyncs have none: all full).
    const sharedFor = [...members(sc.vni).keys()].some((h) => !perHost.has(h));
    const shared = c.shared ? { ...c.shared, ...fields } : sharedFor ? { vni: sc.vni, ...fields } : null;
    changes[i] = { ...c, shared };
  }
}

/** True when `ip` (canonical text) lies in `cidr`. */
export function inCidr(ip: string, cidr: string, version: 4 | 6): boolean {
  if ((version === 6) !== ip.includes(':')) return false;
  const [net, len] = cidr.split('/');
  const bits = version === 4 ? 32 : 128;
  const a = toBig(ip, version);
  const b = toBig(net, version);
  const shift = BigInt(bits - Number(len));
  return a >> shift === b >> shift;
}

function toBig(ip: string, version: 4 | 6): bigint {
  if (version === 4) return ip.split('.').reduce((acc, o) => (acc << 8n) | BigInt(Number(o)), 0n);
  const [head, tail] = canonicalIp(ip).split('::');
  const groups = (s: string | undefined) => (s ? s.split(':') : []);
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

export type { Ipv6Mode };
