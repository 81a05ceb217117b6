import { createHash } from 'node:crypto';

/**
 * The fixed MAC of a VNI's bridge on this host: locally administered, unicast, derived from the
 * host's VTEP and the VNI (so it differs between hosts of one VNI and survives restarts).
 *
 * Why pinned: a bridge whose MAC was never set takes the lowest MAC of its ports, so plugging a
 * tap (by us, or by libvirt straight into bridge_name) can change it, and a MAC change makes the
 * kernel flush the bridge's neighbour entries, permanent ones included. A set MAC never moves.
 */
export function bridgeAddress(vtep: string, vni: number): string {
  const b = createHash('sha256').update(`trellis-bridge\n${vtep}\n${vni}`).digest();
  b[0] = (b[0] & 0xfc) | 0x02;
  return Array.from(b.subarray(0, 6), (x) => x.toString(16).padStart(2, '0')).join(':');
}
