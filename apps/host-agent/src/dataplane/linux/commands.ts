import type { VniChangeSet } from '@trellis/l2';
import type { PortWiringReport } from '../backend';
import { bridgeDeviceName, vxlanDeviceName } from './names';

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

/** Where the permanent neighbour entries of a VNI live. */
export function neighDeviceName(vni: number, settings: DeviceSettings): string {
  return settings.arpProxy ? vxlanDeviceName(vni) : bridgeDeviceName(vni);
}

/** Lines creating a VNI's nolearning VXLAN device and its bridge, enslaved and up. */
export function createVniLines(vni: number, mtu: number, s: DeviceSettings): BatchLine[] {
  const vx = vxlanDeviceName(vni);
  const br = bridgeDeviceName(vni);
  const lines = [
    `link add ${vx} type vxlan id ${vni} local ${s.vtep} dstport ${s.dstPort} nolearning${s.arpProxy ? ' proxy' : ''}`,
    `link add ${br} type bridge`,
    `link set ${vx} master ${br}`,
  ];
  if (mtu > 0) lines.push(`link set ${vx} mtu ${mtu}`, `link set ${br} mtu ${mtu}`);
  lines.push(`link set ${vx} up`, `link set ${br} up`);
  return lines.map((line) => ({ line, vni }));
}

/** Lines deleting a VNI's devices (their FDB and neighbour entries go with them). */
export function deleteVniLines(vni: number): BatchLine[] {
  return [
    { line: `link del ${vxlanDeviceName(vni)}`, vni, tolerate: 'missing' },
    { line: `link del ${bridgeDeviceName(vni)}`, vni, tolerate: 'missing' },
  ];
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
export const neighSetLine = (vni: number, ip: string, mac: string, s: DeviceSettings): BatchLine => ({
  line: `neigh replace ${ip} lladdr ${mac} dev ${neighDeviceName(vni, s)} nud permanent`,
  vni,
});
export const neighDelLine = (vni: number, ip: string, s: DeviceSettings): BatchLine => ({
  line: `neigh del ${ip} dev ${neighDeviceName(vni, s)}`,
  vni,
  tolerate: 'missing',
});
export const wirePortLines = (vni: number, device: string): BatchLine[] => [
  { line: `link set ${device} master ${bridgeDeviceName(vni)}`, vni },
  { line: `link set ${device} up`, vni },
];
export const unwirePortLine = (vni: number, device: string): BatchLine => ({ line: `link set ${device} nomaster`, vni, tolerate: 'missing' });

export interface PlanContext {
  settings: DeviceSettings;
  /** VNIs whose devices exist (the backend's knowledge; `created` for these skips creation). */
  devices: ReadonlySet<number>;
  /** Names of the links that exist (to find local ports' taps). */
  links: ReadonlySet<string>;
  /** Device of a local port (default `tapDeviceName`). */
  portDevice(portId: string): string;
}

/**
 * The commands that apply a batch of change sets, and the wiring outcome of their local ports
 * should the commands succeed (a port whose device does not exist yet is `pending`).
 */
export function planChangeSets(changes: readonly VniChangeSet[], ctx: PlanContext): CommandPlan & { ports: PortWiringReport[] } {
  const plan: CommandPlan & { ports: PortWiringReport[] } = { ip: [], bridge: [], ports: [] };
  const s = ctx.settings;
  for (const c of changes) {
    const vni = c.vni;
    if (c.removed) {
      plan.ip.push(...deleteVniLines(vni));
      for (const p of c.localRemove) plan.ports.push({ portId: p.portId, state: 'unwired' });
      continue;
    }
    const needsDevices = !ctx.devices.has(vni);
    if (needsDevices) plan.ip.push(...createVniLines(vni, c.mtu ?? 0, s));
    else if (c.mtu !== undefined && c.mtu > 0) {
      plan.ip.push({ line: `link set ${vxlanDeviceName(vni)} mtu ${c.mtu}`, vni }, { line: `link set ${bridgeDeviceName(vni)} mtu ${c.mtu}`, vni });
    }
    for (const n of c.neighRemove) plan.ip.push(neighDelLine(vni, n.ip, s));
    for (const n of c.neighSet) plan.ip.push(neighSetLine(vni, n.ip, n.mac, s));
    for (const p of c.localRemove) {
      const dev = ctx.portDevice(p.portId);
      if (ctx.links.has(dev)) plan.ip.push(unwirePortLine(vni, dev));
      plan.ports.push({ portId: p.portId, state: 'unwired' });
    }
    for (const p of c.localSet) {
      const dev = ctx.portDevice(p.portId);
      if (ctx.links.has(dev)) {
        plan.ip.push(...wirePortLines(vni, dev));
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
