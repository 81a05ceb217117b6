import type { trellis } from '@trellis/proto';

/** A remote MAC behind a VTEP with its mobility sequence (EVPN RFC 7432 §15), as raw bytes. */
export interface FdbEntrySpec {
  /** 6 bytes. */
  mac: Uint8Array;
  /** 4 (IPv4) or 16 (IPv6) bytes. */
  vtep: Uint8Array;
  seq: number;
}

/** An overlay IP → MAC binding, as raw bytes. */
export interface NeighEntrySpec {
  ip: Uint8Array;
  mac: Uint8Array;
}

/**
 * One VNI's change as the controller computes it: one object per entry, addresses as raw bytes.
 * `encodeVniDeltaSpec` packs it into the wire `VniDelta` (FDB and neighbour entries as packed
 * records); `applyVniDelta` also takes it as is (tests, simulations).
 */
export interface VniDeltaSpec {
  vni?: number | null;
  full?: boolean | null;
  leave?: boolean | null;
  floodAdd?: Uint8Array[] | null;
  floodRemove?: Uint8Array[] | null;
  fdbUpsert?: FdbEntrySpec[] | null;
  /** One MAC (6 bytes) per element. */
  fdbWithdraw?: Uint8Array[] | null;
  neighAdd?: NeighEntrySpec[] | null;
  /** One IP per element. */
  neighRemove?: Uint8Array[] | null;
  localAdd?: trellis.l2.v1.ILocalPort[] | null;
  localRemove?: string[] | null;
  mtu?: number | null;
  subnets?: trellis.l2.v1.ISubnet[] | null;
  subnetRemove?: string[] | null;
}

/** A VniDelta as it travels (and as the generated code decodes it). */
export type WireVniDelta = trellis.l2.v1.IVniDelta;
