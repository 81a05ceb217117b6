import type { HostView } from '@trellis/l2';
import type { PortWiringReport, ReconcileMode } from '../backend';
import {
  createVniLines,
  deleteVniLines,
  fdbDelLine,
  fdbSetLine,
  FLOOD_MAC,
  floodAddLine,
  floodDelLine,
  neighDeviceName,
  neighDelLine,
  neighSetLine,
  wirePortLines,
  type CommandPlan,
  type DeviceSettings,
} from './commands';
import { bridgeDeviceName, ownedDevice, vxlanDeviceName } from './names';

/** One element of `ip -d -j link show` (the fields used). */
export interface LinkJson {
  ifname: string;
  mtu?: number;
  master?: string;
  linkinfo?: { info_kind?: string; info_data?: { id?: number; local?: string; local6?: string; port?: number; learning?: boolean; proxy?: boolean } };
}
/** One element of `bridge -j fdb show`. */
export interface FdbJson {
  mac: string;
  ifname?: string;
  dst?: string;
  master?: string;
  flags?: string[];
  state?: string;
}
/** One element of `ip -j neigh show`. */
export interface NeighJson {
  dst: string;
  dev: string;
  lladdr?: string;
  state?: string[];
}

/** What the kernel holds, as listed by the three commands. */
export interface KernelListing {
  links: LinkJson[];
  fdb: FdbJson[];
  neigh: NeighJson[];
}

export interface ReconcilePlan extends CommandPlan {
  ports: PortWiringReport[];
  /** VNIs whose devices exist once the plan ran. */
  devices: Set<number>;
}

function vxlanMatches(link: LinkJson, vni: number, s: DeviceSettings): boolean {
  const d = link.linkinfo?.info_data;
  if (link.linkinfo?.info_kind !== 'vxlan' || !d) return false;
  const local = d.local ?? d.local6;
  return d.id === vni && local === s.vtep && (d.port ?? s.dstPort) === s.dstPort && d.learning !== true;
}

/**
 * The commands that make the kernel equal `view` on the devices this backend owns (`vx-<vni>`,
 * `br-<vni>`): stale VNIs' devices are deleted, missing or misconfigured ones (re)created, stale
 * FDB and permanent neighbour entries removed and missing ones added. Everything else —
 * foreign devices, entries on them, the bridges' own and learned entries, dynamic neighbours —
 * is left alone. `additive` keeps stale VNIs' devices and every existing entry (an entry for a
 * MAC or IP the view maps elsewhere is newer than the view): only what is missing is added.
 */
export function planReconcile(
  view: HostView,
  listing: KernelListing,
  settings: DeviceSettings,
  portDevice: (portId: string) => string,
  mode: ReconcileMode = 'full',
): ReconcilePlan {
  const full = mode === 'full';
  const plan: ReconcilePlan = { ip: [], bridge: [], ports: [], devices: new Set() };
  const linksByName = new Map(listing.links.map((l) => [l.ifname, l]));
  const ownedVnis = new Set<number>();
  for (const l of listing.links) {
    const owned = ownedDevice(l.ifname);
    if (owned) ownedVnis.add(owned.vni);
  }
  for (const vni of [...ownedVnis].sort((a, b) => a - b)) {
    if (view.has(vni)) continue;
    if (full) plan.ip.push(...deleteVniLines(vni));
    else plan.devices.add(vni);
  }

  for (const [vni, table] of view) {
    const vx = linksByName.get(vxlanDeviceName(vni));
    const br = linksByName.get(bridgeDeviceName(vni));
    const fresh = !vx || !br || !vxlanMatches(vx, vni, settings) || br.linkinfo?.info_kind !== undefined && br.linkinfo.info_kind !== 'bridge';
    plan.devices.add(vni);
    if (fresh) {
      if (vx || br) plan.ip.push(...deleteVniLines(vni));
      plan.ip.push(...createVniLines(vni, table.mtu, settings));
    } else {
      if (vx.master !== br.ifname) plan.ip.push({ line: `link set ${vx.ifname} master ${br.ifname}`, vni });
      if (table.mtu > 0 && (vx.mtu !== table.mtu || br.mtu !== table.mtu)) {
        plan.ip.push({ line: `link set ${vx.ifname} mtu ${table.mtu}`, vni }, { line: `link set ${br.ifname} mtu ${table.mtu}`, vni });
      }
    }

    // FDB: remote entries (with a dst) on the VNI's VXLAN device only; bridge-level entries are the kernel's.
    const flood = new Set<string>();
    const unicast = new Map<string, string[]>();
    if (!fresh) {
      for (const e of listing.fdb) {
        if (e.ifname !== vxlanDeviceName(vni) || e.dst === undefined || e.master !== undefined) continue;
        if (e.mac === FLOOD_MAC) flood.add(e.dst);
        else unicast.set(e.mac, [...(unicast.get(e.mac) ?? []), e.dst]);
      }
    }
    if (full) for (const v of flood) if (!table.flood.has(v)) plan.bridge.push(floodDelLine(vni, v));
    if (full) for (const [mac, dsts] of unicast) {
      const want = table.fdb.get(mac)?.vtep;
      for (const d of dsts) if (d !== want) plan.bridge.push(fdbDelLine(vni, mac, d));
    }
    for (const v of table.flood) if (!flood.has(v)) plan.bridge.push(floodAddLine(vni, v));
    for (const [mac, e] of table.fdb) {
      const dsts = unicast.get(mac);
      if (!dsts || (full && !dsts.includes(e.vtep))) plan.bridge.push(fdbSetLine(vni, mac, e.vtep));
    }

    // Neighbours: only permanent entries on the VNI's neighbour device are ours.
    const neighDev = neighDeviceName(vni, settings);
    const held = new Map<string, string | undefined>();
    if (!fresh) {
      for (const n of listing.neigh) if (n.dev === neighDev && n.state?.includes('PERMANENT')) held.set(n.dst, n.lladdr);
    }
    if (full) for (const ip of held.keys()) if (!table.neigh.has(ip)) plan.ip.push(neighDelLine(vni, ip, settings));
    for (const [ip, mac] of table.neigh) if (full ? held.get(ip) !== mac : !held.has(ip)) plan.ip.push(neighSetLine(vni, ip, mac, settings));

    for (const id of table.local.keys()) {
      const dev = portDevice(id);
      const link = linksByName.get(dev);
      if (!link) {
        plan.ports.push({ portId: id, state: 'pending', detail: `device ${dev} does not exist yet` });
        continue;
      }
      if (fresh || link.master !== bridgeDeviceName(vni)) plan.ip.push(...wirePortLines(vni, dev));
      plan.ports.push({ portId: id, state: 'wired' });
    }
  }
  return plan;
}
