import type { LocalPortView } from '@trellis/l2';

/** Kernel interface names are at most 15 characters (IFNAMSIZ - 1). */
export const IFNAME_MAX = 15;
/** Nova's and Neutron's device names are cut to 14 characters (`NIC_NAME_LEN`). */
export const NIC_NAME_LEN = 14;

/**
 * The VXLAN device of a VNI, as Neutron's linuxbridge agent names it (`vxlan-16777215` at most:
 * 14 characters).
 */
export function vxlanDeviceName(vni: number): string {
  return `vxlan-${vni}`;
}

/**
 * The bridge of a network, as Neutron's linuxbridge agent names it and as Nova / os-vif plug a
 * `vif_type: bridge` tap into (`binding:vif_details.bridge_name`): `brq` + the first 11
 * characters of the network id.
 */
export function networkBridgeName(networkId: string): string {
  return `brq${networkId}`.slice(0, NIC_NAME_LEN);
}

/**
 * The bridge of a VNI whose network is not known (a controller that does not send
 * `LocalPort.network_id`): named after the VNI, so it never collides with a network's bridge.
 */
export function vniBridgeName(vni: number): string {
  return `brqvni${vni}`;
}

/**
 * The bridge a VNI's devices and taps belong in: its network's, from any local port that names
 * it, else from `networkHint` (a router interface on the VNI: a routed VNI may have no local port).
 */
export function bridgeForVni(vni: number, ports: Iterable<LocalPortView>, networkHint?: string): string {
  for (const p of ports) if (p.networkId) return networkBridgeName(p.networkId);
  return networkHint ? networkBridgeName(networkHint) : vniBridgeName(vni);
}

/**
 * The tap of a local port, by the Nova/Neutron convention: `tap` + the first 11 characters of
 * the port id (14 characters).
 */
export function tapDeviceName(portId: string): string {
  return `tap${portId}`.slice(0, NIC_NAME_LEN);
}

const VXLAN_RE = /^vxlan-([1-9]\d{0,7})$/;

/** The VNI of a VXLAN device this backend owns (`vxlan-<vni>`), else undefined. */
export function ownedVxlanVni(name: string): number | undefined {
  const m = VXLAN_RE.exec(name);
  if (!m) return undefined;
  const vni = Number(m[1]);
  return vni > 0xffffff ? undefined : vni;
}

/** True for a bridge name this backend may create (and remove once empty). */
export function isTrellisBridgeName(name: string): boolean {
  return name.startsWith('brq');
}
