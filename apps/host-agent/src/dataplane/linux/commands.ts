import type { VniChangeSet } from '@trellis/l2';
import type { PortWiringReport } from '../backend';
import { bridgeAddress } from './bridge-address';
import { bridgeForVni, vxlanDeviceName } from './names';

/** The all-zeros MAC: a VXLAN FDB entry for it lists a flood (head-end replication) destination. */
export const FLOOD_MAC = '00:00:00:00:00:00';

/**
 * One line of an `ip -batch` / `bridge -batch` script, with the VNI it belongs to (a failed
 * line fails that VNI) and the error it may ignore to stay idempotent: re-adding what exists,
 * deleting what is already gone.
 */
export interface BatchLine {
  line: string;
  vni: number;
  tolerate?: 'exists' | 'missing';
}

/** Both scripts of one apply; `ip` runs first (devices, neighbours, ports), then `bridge` (FDB). */
export interface CommandPlan {
  ip: BatchLine[];
  bridge: BatchLine[];
}

export interface DeviceSettings {
  /** This host's VTEP address (the VXLAN device's `local`). */
  vtep: string;
  dstPort: number;
  /**
   * Create VXLAN devices with `proxy` and put neighbour entries on them (ARP/ND suppression by
   * the VXLAN device) instead of on the bridge.
   */
  arpProxy: boolean;
}

/** Where the permanent neighbour entries of a VNI live (`bridge`: the VNI's bridge). */
export function neighDeviceName(vni: number, bridge: string, settings: DeviceSettings): string {
  return settings.arpProxy ? vxlanDeviceName(vni) : bridge;
}

/**
 * Lines creating a VNI's nolearning VXLAN device and enslaving it, up, to `bridge`. The bridge is
 * created unless it exists: Nova / os-vif may have created it first (to plug a tap), and it is
 * then adopted as it is.
 */
export function createVniLines(vni: number, bridge: string, mtu: number, s: DeviceSettings): BatchLine[] {
  const vx = vxlanDeviceName(vni);
  const lines: BatchLine[] = [
    { line: `link add ${vx} type vxlan id ${vni} local ${s.vtep} dstport ${s.dstPort} nolearning${s.arpProxy ? ' proxy' : ''}`, vni },
    { line: `link add ${bridge} type bridge`, vni, tolerate: 'exists' },
    pinBridgeAddressLine(vni, bridge, s),
    { line: `link set ${vx} master ${bridge}`, vni },
  ];
  if (mtu > 0) lines.push({ line: `link set ${vx} mtu ${mtu}`, vni }, { line: `link set ${bridge} mtu ${mtu}`, vni });
  lines.push({ line: `link set ${vx} up`, vni }, { line: `link set ${bridge} up`, vni });
  return lines;
}

/** Gives the VNI's bridge its fixed MAC (see `bridgeAddress`). */
export function pinBridgeAddressLine(vni: number, bridge: string, s: DeviceSettings): BatchLine {
  return { line: `link set ${bridge} address ${bridgeAddress(s.vtep, vni)}`, vni };
}

/** The line deleting a VNI's VXLAN device (its FDB entries go with it). */
export function deleteVxlanLine(vni: number): BatchLine {
  return { line: `link del ${vxlanDeviceName(vni)}`, vni, tolerate: 'missing' };
}

/**
 * The line deleting a VNI's bridge, once nothing but its VXLAN device is enslaved to it (the
 * caller checks): a bridge still holding a tap is left, as are the taps (never ours to delete).
 */
export function deleteBridgeLine(vni: number, bridge: string): BatchLine {
  return { line: `link del ${bridge}`, vni, tolerate: 'missing' };
}

export const floodAddLine = (vni: number, vtep: string): BatchLine => ({
  line: `fdb append ${FLOOD_MAC} dev ${vxlanDeviceName(vni)} dst ${vtep}`,
  vni,
  tolerate: 'exists',
});
export const floodDelLine = (vni: number, vtep: string): BatchLine => ({
  line: `fdb del ${FLOOD_MAC} dev ${vxlanDeviceName(vni)} dst ${vtep}`,
  vni,
  tolerate: 'missing',
});
export const fdbSetLine = (vni: number, mac: string, vtep: string): BatchLine => ({
  line: `fdb replace ${mac} dev ${vxlanDeviceName(vni)} dst ${vtep} self permanent`,
  vni,
});
export const fdbDelLine = (vni: number, mac: string, vtep: string): BatchLine => ({
  line: `fdb del ${mac} dev ${vxlanDeviceName(vni)} dst ${vtep} self`,
  vni,
  tolerate: 'missing',
});
/**
 * Forgets what the VNI's bridge learned about a withdrawn MAC on the VXLAN port. Without it the
 * learned entry lingers until it ages out (300 s): a deleted port's MAC stays in the table, and a
 * MAC that moved onto this host keeps being sent into the tunnel until the instance talks.
 */
export const fdbLearnedDelLine = (vni: number, mac: string): BatchLine => ({
  line: `fdb del ${mac} dev ${vxlanDeviceName(vni)} master`,
  vni,
  tolerate: 'missing',
});
export const neighSetLine = (vni: number, bridge: string, ip: string, mac: string, s: DeviceSettings): BatchLine => ({
  line: `neigh replace ${ip} lladdr ${mac} dev ${neighDeviceName(vni, bridge, s)} nud permanent`,
  vni,
});
/**
 * Removes a permanent neighbour. `flush` rather than `del`: `ip neigh del` of an entry that is
 * already gone makes `ip` exit (status 2) in the middle of a batch, so the rest of the script
 * never runs; `flush` of nothing succeeds. An entry can vanish behind our back: the kernel
 * flushes a device's neighbours, permanent ones included, when its MAC changes (see
 * `bridgeAddress`).
 */
export const neighDelLine = (vni: number, bridge: string, ip: string, s: DeviceSettings): BatchLine => ({
  line: `neigh flush to ${ip} dev ${neighDeviceName(vni, bridge, s)} nud permanent`,
  vni,
  tolerate: 'missing',
});
export const wirePortLines = (vni: number, bridge: string, device: string): BatchLine[] => [
  { line: `link set ${device} master ${bridge}`, vni },
  { line: `link set ${device} up`, vni },
];
export const unwirePortLine = (vni: number, device: string): BatchLine => ({ line: `link set ${device} nomaster`, vni, tolerate: 'missing' });

export interface PlanContext {
  settings: DeviceSettings;
  /** VNIs whose devices exist, with their bridge (the backend's knowledge; creation is skipped for these). */
  bridges: ReadonlyMap<number, string>;
  /** The links that exist, by name, with their master (to find local ports' taps and what a bridge holds). */
  links: ReadonlyMap<string, { master?: string }>;
  /** Device of a local port (default `tapDeviceName`). */
  portDevice(portId: string): string;
  /** The network of a VNI when no local port names it (router interfaces). */
  networkOf?(vni: number): string | undefined;
}

export interface ChangeSetPlan extends CommandPlan {
  ports: PortWiringReport[];
  /** The bridge of each VNI the plan creates devices for or keeps (not for removed VNIs). */
  bridges: Map<number, string>;
}

/** True when nothing but the VNI's own VXLAN device and `leaving` devices is enslaved to `bridge`. */
export function bridgeEmptied(bridge: string, vni: number, links: ReadonlyMap<string, { master?: string }>, leaving: ReadonlySet<string>): boolean {
  for (const [name, l] of links) if (l.master === bridge && name !== vxlanDeviceName(vni) && !leaving.has(name)) return false;
  return true;
}

/**
 * The commands that apply a batch of change sets, and the wiring outcome of their local ports
 * should the commands succeed (a port whose device does not exist yet is `pending`). A new
 * VNI's bridge is named after the network of its local ports (see `bridgeForVni`).
 */
export function planChangeSets(changes: readonly VniChangeSet[], ctx: PlanContext): ChangeSetPlan {
  const plan: ChangeSetPlan = { ip: [], bridge: [], ports: [], bridges: new Map() };
  const s = ctx.settings;
  for (const c of changes) {
    const vni = c.vni;
    if (c.removed) {
      plan.ip.push(deleteVxlanLine(vni));
      const br = ctx.bridges.get(vni);
      const leaving = new Set<string>();
      for (const p of c.localRemove) {
        const dev = ctx.portDevice(p.portId);
        // A port no longer bound here leaves the bridge; its tap is Nova's and stays.
        if (br !== undefined && ctx.links.get(dev)?.master === br) {
          plan.ip.push(unwirePortLine(vni, dev));
          leaving.add(dev);
        }
        plan.ports.push({ portId: p.portId, state: 'unwired' });
      }
      if (br !== undefined && bridgeEmptied(br, vni, ctx.links, leaving)) plan.ip.push(deleteBridgeLine(vni, br));
      continue;
    }
    const known = ctx.bridges.get(vni);
    const br = known ?? bridgeForVni(vni, c.localSet, ctx.networkOf?.(vni));
    plan.bridges.set(vni, br);
    if (known === undefined) plan.ip.push(...createVniLines(vni, br, c.mtu ?? 0, s));
    else if (c.mtu !== undefined && c.mtu > 0) {
      plan.ip.push({ line: `link set ${vxlanDeviceName(vni)} mtu ${c.mtu}`, vni }, { line: `link set ${br} mtu ${c.mtu}`, vni });
    }
    for (const n of c.neighRemove) plan.ip.push(neighDelLine(vni, br, n.ip, s));
    for (const n of c.neighSet) plan.ip.push(neighSetLine(vni, br, n.ip, n.mac, s));
    for (const p of c.localRemove) {
      const dev = ctx.portDevice(p.portId);
      // Only out of our bridge: the tap itself is Nova's.
      if (ctx.links.get(dev)?.master === br) plan.ip.push(unwirePortLine(vni, dev));
      plan.ports.push({ portId: p.portId, state: 'unwired' });
    }
    for (const p of c.localSet) {
      const dev = ctx.portDevice(p.portId);
      if (ctx.links.has(dev)) {
        plan.ip.push(...wirePortLines(vni, br, dev));
        plan.ports.push({ portId: p.portId, state: 'wired' });
      } else {
        plan.ports.push({ portId: p.portId, state: 'pending', detail: `device ${dev} does not exist yet` });
      }
    }
    for (const v of c.floodRemove) plan.bridge.push(floodDelLine(vni, v));
    for (const e of c.fdbRemove) plan.bridge.push(fdbDelLine(vni, e.mac, e.vtep), fdbLearnedDelLine(vni, e.mac));
    for (const v of c.floodAdd) plan.bridge.push(floodAddLine(vni, v));
    for (const e of c.fdbSet) {
      // `replace` keeps a single remote per MAC, so a move needs no separate delete.
      plan.bridge.push(fdbSetLine(vni, e.mac, e.vtep));
    }
  }
  return plan;
}
