import { domainError } from '@trellis/domain';
import { bytesToIp, ipToBytes, macToBytes } from './address';
import type { AddressBytesCache } from './address-cache';
import type { FdbEntrySpec, NeighEntrySpec, VniDeltaSpec, WireVniDelta } from './delta-spec';
import { internedIpv4TextAt, internedMacTextAt } from './address-intern';
import { packFdbUpserts, packMacs, packNeighbours, readFdbGroup, readMacs, readNeighbours, type FdbText } from './packed-entries';
import { subnetFromWire, subnetToWire, type SubnetView } from './subnet-view';
import type { LocalPortView, VniView } from './view';

/** A VniDelta with every address decoded to canonical text (validated). */
export interface DecodedVniDelta {
  vni: number;
  full: boolean;
  leave: boolean;
  /** 0 = not stated (keep what is held). */
  mtu: number;
  floodAdd: string[];
  floodRemove: string[];
  fdbUpsert: Array<{ mac: string; vtep: string; seq: number }>;
  fdbWithdraw: string[];
  neighAdd: Array<{ ip: string; mac: string }>;
  neighRemove: string[];
  localAdd: LocalPortView[];
  localRemove: string[];
  subnets: SubnetView[];
  subnetRemove: string[];
}

const none: never[] = [];

/** MAC text of 6 raw bytes; throws DomainError `InvalidInput` for any other length. */
export function macFromBytes(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length !== 6) {
    throw domainError('InvalidInput', { error_message: `a MAC address is 6 bytes, got ${bytes?.length ?? 0}` });
  }
  return internedMacTextAt(bytes, 0);
}

/** IP text of 4 or 16 raw bytes (IPv4 interned, see address-intern.ts); throws DomainError `InvalidInput` otherwise. */
function ipFromBytes(bytes: Uint8Array | null | undefined): string {
  if (bytes?.length === 4) return internedIpv4TextAt(bytes, 0);
  return bytesToIp(bytes ?? new Uint8Array(0));
}

function fdbUpserts(list: ReadonlyArray<Uint8Array | FdbEntrySpec>): FdbText[] {
  const out: FdbText[] = [];
  for (const e of list) {
    if (e instanceof Uint8Array) readFdbGroup(e, out);
    else out.push({ mac: macFromBytes(e.mac), vtep: ipFromBytes(e.vtep), seq: e.seq ?? 0 });
  }
  return out;
}

function neighAdds(list: ReadonlyArray<Uint8Array | NeighEntrySpec>): Array<{ ip: string; mac: string }> {
  const out: Array<{ ip: string; mac: string }> = [];
  for (const e of list) {
    if (e instanceof Uint8Array) readNeighbours(e, out);
    else out.push({ ip: ipFromBytes(e.ip), mac: macFromBytes(e.mac) });
  }
  return out;
}

function macRuns(list: readonly Uint8Array[]): string[] {
  const out: string[] = [];
  for (const run of list) readMacs(run, out);
  return out;
}

/**
 * Decodes and validates every address of a delta, so that a malformed delta is rejected as a
 * whole before anything is applied. Takes the wire form (packed FDB / neighbour elements, as
 * the generated code decodes it) or a `VniDeltaSpec` (one object per entry). Throws DomainError
 * `InvalidInput`.
 */
export function decodeVniDelta(delta: WireVniDelta | VniDeltaSpec): DecodedVniDelta {
  const vni = delta.vni ?? 0;
  if (!Number.isInteger(vni) || vni < 1 || vni > 0xffffff) {
    throw domainError('InvalidInput', { error_message: `VNI ${vni} is outside 1..16777215` });
  }
  return {
    vni,
    full: delta.full === true,
    leave: delta.leave === true,
    mtu: delta.mtu ?? 0,
    floodAdd: (delta.floodAdd ?? none).map(ipFromBytes),
    floodRemove: (delta.floodRemove ?? none).map(ipFromBytes),
    fdbUpsert: fdbUpserts(delta.fdbUpsert ?? none),
    fdbWithdraw: macRuns(delta.fdbWithdraw ?? none),
    neighAdd: neighAdds(delta.neighAdd ?? none),
    neighRemove: (delta.neighRemove ?? none).map(ipFromBytes),
    localAdd: (delta.localAdd ?? none).map((p) => {
      if (!p.portId) throw domainError('InvalidInput', { error_message: 'a local port needs a port id' });
      const port: LocalPortView = {
        portId: p.portId,
        mac: macFromBytes(p.mac),
        ips: (p.ips ?? none).map(ipFromBytes),
        inactive: p.inactive === true,
        seq: p.seq ?? 0,
        mtu: p.mtu ?? 0,
        ...(p.portSecurityEnabled === false ? { portSecurityEnabled: false as const } : {}),
      };
      // Only when sent: an absent id stays absent (not "") so older peers' views compare equal.
      if (p.networkId) port.networkId = p.networkId;
      return port;
    }),
    localRemove: [...(delta.localRemove ?? none)],
    subnets: (delta.subnets ?? none).map(subnetFromWire),
    subnetRemove: [...(delta.subnetRemove ?? none)],
  };
}

/**
 * A whole VNI table as a `full: true` delta (what the controller sends in snapshots and
 * resyncs). Lists are sorted so equal tables encode to equal bytes. With `cache`, address bytes
 * are memoized (and shared between deltas).
 */
export function vniDeltaFromView(view: VniView, cache?: AddressBytesCache): VniDeltaSpec {
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const mac = cache ? (t: string) => cache.mac(t) : macToBytes;
  const ip = cache ? (t: string) => cache.ip(t) : ipToBytes;
  return {
    vni: view.vni,
    full: true,
    mtu: view.mtu,
    floodAdd: [...view.flood].sort(byString).map(ip),
    fdbUpsert: [...view.fdb.keys()].sort(byString).map((m) => {
      const e = view.fdb.get(m)!;
      return { mac: mac(m), vtep: ip(e.vtep), seq: e.seq };
    }),
    neighAdd: [...view.neigh.keys()].sort(byString).map((a) => ({ ip: ip(a), mac: mac(view.neigh.get(a)!) })),
    localAdd: [...view.local.keys()].sort(byString).map((id) => {
      const p = view.local.get(id)!;
      return { portId: p.portId, mac: mac(p.mac), ips: p.ips.map(ip), mtu: p.mtu, inactive: p.inactive, seq: p.seq, networkId: p.networkId ?? '', ...(p.portSecurityEnabled === false ? { portSecurityEnabled: false } : {}) };
    }),
    ...(view.subnets.size > 0 ? { subnets: [...view.subnets.keys()].sort(byString).map((id) => subnetToWire(view.subnets.get(id)!)) } : {}),
  };
}

/** A delta that makes a host leave a VNI. */
export function leaveVniDelta(vni: number): VniDeltaSpec {
  return { vni, leave: true };
}

/**
 * The wire form of a delta: FDB upserts grouped by VTEP into packed elements, withdrawals and
 * neighbour entries packed into one element each; everything else as is. Encode the result
 * with `trellis.l2.v1.VniDelta.encode`. Throws DomainError `InvalidInput` for a bad address.
 */
export function encodeVniDeltaSpec(d: VniDeltaSpec): WireVniDelta {
  const out: WireVniDelta = {
    vni: d.vni,
    full: d.full,
    leave: d.leave,
    floodAdd: d.floodAdd,
    floodRemove: d.floodRemove,
    neighRemove: d.neighRemove,
    localAdd: d.localAdd,
    localRemove: d.localRemove,
    mtu: d.mtu,
  };
  if (d.subnets?.length) out.subnets = d.subnets;
  if (d.subnetRemove?.length) out.subnetRemove = d.subnetRemove;
  if (d.fdbUpsert?.length) out.fdbUpsert = packFdbUpserts(d.fdbUpsert);
  if (d.fdbWithdraw?.length) out.fdbWithdraw = [packMacs(d.fdbWithdraw)];
  if (d.neighAdd?.length) out.neighAdd = [packNeighbours(d.neighAdd)];
  return out;
}
