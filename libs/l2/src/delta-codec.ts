import { bytesToMac, domainError } from '@trellis/domain';
import type { trellis } from '@trellis/proto';
import { bytesToIp, ipToBytes, macToBytes } from './address';
import type { AddressBytesCache } from './address-cache';
import type { LocalPortView, VniView } from './view';

type IVniDelta = trellis.l2.v1.IVniDelta;

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
}

const none: never[] = [];

/** MAC text of 6 raw bytes; throws DomainError `InvalidInput` for any other length. */
export function macFromBytes(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length !== 6) {
    throw domainError('InvalidInput', { error_message: `a MAC address is 6 bytes, got ${bytes?.length ?? 0}` });
  }
  return bytesToMac(bytes);
}

function ipFromBytes(bytes: Uint8Array | null | undefined): string {
  return bytesToIp(bytes ?? new Uint8Array(0));
}

/**
 * Decodes and validates every address of a delta, so that a malformed delta is rejected as a
 * whole before anything is applied. Throws DomainError `InvalidInput`.
 */
export function decodeVniDelta(delta: IVniDelta): DecodedVniDelta {
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
    fdbUpsert: (delta.fdbUpsert ?? none).map((e) => ({ mac: macFromBytes(e.mac), vtep: ipFromBytes(e.vtep), seq: e.seq ?? 0 })),
    fdbWithdraw: (delta.fdbWithdraw ?? none).map(macFromBytes),
    neighAdd: (delta.neighAdd ?? none).map((e) => ({ ip: ipFromBytes(e.ip), mac: macFromBytes(e.mac) })),
    neighRemove: (delta.neighRemove ?? none).map(ipFromBytes),
    localAdd: (delta.localAdd ?? none).map((p) => {
      if (!p.portId) throw domainError('InvalidInput', { error_message: 'a local port needs a port id' });
      return {
        portId: p.portId,
        mac: macFromBytes(p.mac),
        ips: (p.ips ?? none).map(ipFromBytes),
        inactive: p.inactive === true,
        seq: p.seq ?? 0,
        mtu: p.mtu ?? 0,
      };
    }),
    localRemove: [...(delta.localRemove ?? none)],
  };
}

/**
 * A whole VNI table as a `full: true` delta (what the controller sends in snapshots and
 * resyncs). Lists are sorted so equal tables encode to equal bytes. With `cache`, address bytes
 * are memoized (and shared between deltas).
 */
export function vniDeltaFromView(view: VniView, cache?: AddressBytesCache): IVniDelta {
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
      return { portId: p.portId, mac: mac(p.mac), ips: p.ips.map(ip), mtu: p.mtu, inactive: p.inactive, seq: p.seq };
    }),
  };
}

/** A delta that makes a host leave a VNI. */
export function leaveVniDelta(vni: number): IVniDelta {
  return { vni, leave: true };
}
