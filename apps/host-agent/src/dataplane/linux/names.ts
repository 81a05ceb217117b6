/** Kernel interface names are at most 15 characters (IFNAMSIZ - 1). */
export const IFNAME_MAX = 15;

/** The VXLAN device of a VNI (`vx-16777215` at most: 11 characters). */
export function vxlanDeviceName(vni: number): string {
  return `vx-${vni}`;
}

/** The bridge of a VNI that the VXLAN device and the local taps are enslaved to. */
export function bridgeDeviceName(vni: number): string {
  return `br-${vni}`;
}

/**
 * The tap of a local port, by the Nova/Neutron convention: `tap` + the first 11 characters of
 * the port id (14 characters).
 */
export function tapDeviceName(portId: string): string {
  return `tap${portId.slice(0, IFNAME_MAX - 4)}`;
}

const OWNED_RE = /^(vx|br)-([1-9]\d{0,7})$/;

/** The VNI of a device this backend owns (`vx-<vni>` / `br-<vni>`), else undefined. */
export function ownedDevice(name: string): { kind: 'vxlan' | 'bridge'; vni: number } | undefined {
  const m = OWNED_RE.exec(name);
  if (!m) return undefined;
  const vni = Number(m[2]);
  if (vni > 0xffffff) return undefined;
  return { kind: m[1] === 'vx' ? 'vxlan' : 'bridge', vni };
}
