import { fdbLocationWins, ipToBytes, leaveVniDelta, localPortsEqual, macToBytes, type FdbEntrySpec, type NeighEntrySpec, type VniDeltaSpec } from '@trellis/l2';
import type { trellis } from '@trellis/proto';
import { PerHostDeltas } from './per-host-deltas';
import type { SpanIndex, VniChange } from './span-index';
import { bindingOn, localPortOf, remoteOf, type Placement } from './vni-state';

type IVniDelta = VniDeltaSpec;

/** One VNI's values before a revision, captured by SpanIndex.apply for the keys it touches. */
export interface CapturedVni {
  readonly vni: number;
  /** [before, after] per port that entered, left or changed in this VNI. */
  readonly transitions: Array<[Placement | undefined, Placement | undefined]>;
  readonly oldMacOwner: Map<string, Placement | undefined>;
  readonly oldIpOwner: Map<string, Placement | undefined>;
  readonly oldMemberCount: Map<string, number>;
}

/**
 * The deltas of one VNI for one revision: one shared delta for every member without local
 * changes, a per-host delta for members whose ports changed (their own ports are local, not
 * remote, to them), full tables for joiners, leave for leavers. Each key is netted to its final
 * state, so a delta never both removes and adds a key, except an FDB entry whose new location
 * would lose the mobility rule against the old one (port re-created): withdraw then upsert,
 * which `applyVniDelta` applies in that order.
 */
export function diffVni(index: SpanIndex, cap: CapturedVni, resync: boolean, vtepOf: (host: string) => string | undefined): VniChange | null {
  const vni = cap.vni;
  const members = index.membersOf(vni);
  const joiners: string[] = [];
  const leavers: string[] = [];
  for (const [host, oldCount] of cap.oldMemberCount) {
    const now = members.get(host) ?? 0;
    if (oldCount === 0 && now > 0) joiners.push(host);
    else if (oldCount > 0 && now === 0) leavers.push(host);
  }
  const applied = index.appliedChanges;
  const perHost = new PerHostDeltas((h) => index.fullDelta(h, vni), () => index.appliedChanges === applied);
  for (const h of leavers) perHost.set(h, leaveVniDelta(vni));
  if (resync) {
    const full = [...members.keys()];
    for (const h of full) perHost.setFull(h);
    return { vni, shared: null, perHost, full, left: leavers };
  }
  for (const h of joiners) perHost.setFull(h);
  const floodAdd = vteps(joiners, vtepOf);
  const floodRemove = vteps(leavers, vtepOf);
  const mtu = index.vniMtu(vni);
  const shared = viewerDelta(index, cap, null, floodAdd, floodRemove, mtu);
  const specials = new Set<string>();
  for (const [before, after] of cap.transitions) {
    for (const pl of [before, after]) if (pl) for (const b of pl.hosts) specials.add(b.host);
  }
  for (const h of specials) {
    if (perHost.has(h) || !members.has(h)) continue;
    // Null: nothing changed from this host's point of view, yet the shared delta is not for it
    // (it may carry this host's own ports as remote entries).
    perHost.set(h, viewerDelta(index, cap, h, floodAdd, floodRemove, mtu));
  }
  if (!shared && perHost.size === 0) return null;
  return { vni, shared, perHost, full: joiners, left: leavers };
}

function vteps(hosts: readonly string[], vtepOf: (host: string) => string | undefined): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const h of hosts) {
    const v = vtepOf(h);
    if (v !== undefined) out.push(ipToBytes(v));
  }
  return out;
}

function viewerDelta(
  index: SpanIndex,
  cap: CapturedVni,
  viewer: string | null,
  floodAdd: Uint8Array[],
  floodRemove: Uint8Array[],
  mtu: number,
): IVniDelta | null {
  const fdbUpsert: FdbEntrySpec[] = [];
  const fdbWithdraw: Uint8Array[] = [];
  for (const [mac, oldOwner] of cap.oldMacOwner) {
    const o = remoteOf(oldOwner, viewer);
    const n = remoteOf(index.ownerOfMac(cap.vni, mac), viewer);
    if (!n) {
      if (o) fdbWithdraw.push(macToBytes(mac));
      continue;
    }
    if (o && o.vtep === n.vtep && o.seq === n.seq) continue;
    if (o && !fdbLocationWins(n, o)) fdbWithdraw.push(macToBytes(mac));
    fdbUpsert.push({ mac: macToBytes(mac), vtep: ipToBytes(n.vtep), seq: n.seq });
  }
  const neighAdd: NeighEntrySpec[] = [];
  const neighRemove: Uint8Array[] = [];
  for (const [ip, oldOwner] of cap.oldIpOwner) {
    const o = remoteOf(oldOwner, viewer) ? oldOwner!.mac : undefined;
    const owner = index.ownerOfIp(cap.vni, ip);
    const n = remoteOf(owner, viewer) ? owner!.mac : undefined;
    if (n === undefined) {
      if (o !== undefined) neighRemove.push(ipToBytes(ip));
    } else if (n !== o) neighAdd.push({ ip: ipToBytes(ip), mac: macToBytes(n) });
  }
  const localAdd: trellis.l2.v1.ILocalPort[] = [];
  const localRemove: string[] = [];
  if (viewer !== null) {
    for (const [before, after] of cap.transitions) {
      const ob = bindingOn(before, viewer);
      const nb = bindingOn(after, viewer);
      if (!nb) {
        if (ob) localRemove.push(before!.portId);
        continue;
      }
      const next = localPortOf(after!, nb.inactive, mtu);
      if (ob && localPortsEqual(localPortOf(before!, ob.inactive, mtu), next)) continue;
      localAdd.push({ portId: next.portId, mac: macToBytes(next.mac), ips: next.ips.map(ipToBytes), inactive: next.inactive, seq: next.seq, mtu, networkId: next.networkId, ...(next.portSecurityEnabled === false ? { portSecurityEnabled: false } : {}) });
    }
  }
  const empty =
    floodAdd.length + floodRemove.length + fdbUpsert.length + fdbWithdraw.length + neighAdd.length + neighRemove.length + localAdd.length + localRemove.length === 0;
  if (empty) return null;
  const d: IVniDelta = { vni: cap.vni };
  if (floodAdd.length) d.floodAdd = floodAdd;
  if (floodRemove.length) d.floodRemove = floodRemove;
  if (fdbUpsert.length) d.fdbUpsert = fdbUpsert;
  if (fdbWithdraw.length) d.fdbWithdraw = fdbWithdraw;
  if (neighAdd.length) d.neighAdd = neighAdd;
  if (neighRemove.length) d.neighRemove = neighRemove;
  if (localAdd.length) d.localAdd = localAdd;
  if (localRemove.length) d.localRemove = localRemove;
  return d;
}
