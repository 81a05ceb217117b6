import type { HostView } from '@trellis/l2';
import type { PortWiringReport, ReconcileMode } from '../backend';
import {
  bridgeEmptied,
  createVniLines,
  deleteBridgeLine,
  deleteVxlanLine,
  fdbDelLine,
  fdbSetLine,
  FLOOD_MAC,
  floodAddLine,
  floodDelLine,
  neighDeviceName,
  neighDelLine,
  neighSetLine,
  pinBridgeAddressLine,
  wirePortLines,
  type CommandPlan,
  type DeviceSettings,
} from './commands';
import { bridgeAddress } from './bridge-address';
import { bridgeForVni, isTrellisBridgeName, ownedVxlanVni, vxlanDeviceName } from './names';

/** One element of `ip -d -j link show` (the fields used). */
export interface LinkJson {
  ifname: string;
  mtu?: number;
  address?: string;
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
  /** VNIs whose devices exist once the plan ran, with their bridge. */
  bridges: Map<number, string>;
}

function vxlanMatches(link: LinkJson, vni: number, s: DeviceSettings): boolean {
  const d = link.linkinfo?.info_data;
  if (link.linkinfo?.info_kind !== 'vxlan' || !d) return false;
  const local = d.local ?? d.local6;
  return d.id === vni && local === s.vtep && (d.port ?? s.dstPort) === s.dstPort && d.learning !== true;
}

/**
 * The commands that make the kernel equal `view` on what this backend owns: the VXLAN devices
 * `vxlan-<vni>`, their FDB entries, the permanent neighbours on each VNI's neighbour device and
 * the enslavement of local ports' taps. Each VNI's bridge is its network's (`brq…`, see
 * `bridgeForVni`); one that exists — e.g. created by os-vif to plug a tap — is adopted, not
 * recreated. Stale VNIs' VXLAN devices are deleted, with their bridge once it holds nothing else;
 * a misconfigured VXLAN device is recreated; stale FDB and permanent neighbour entries removed and
 * missing ones added. Foreign devices, taps, entries on foreign devices, the bridges' own and
 * learned entries and dynamic neighbours are left alone. `additive` keeps stale VNIs' devices and
 * every existing entry (an entry for a MAC or IP the view maps elsewhere is newer than the view):
 * only what is missing is added.
 */
export function planReconcile(
  view: HostView,
  listing: KernelListing,
  settings: DeviceSettings,
  portDevice: (portId: string) => string,
  mode: ReconcileMode = 'full',
  networkOf?: (vni: number) => string | undefined,
): ReconcilePlan {
  const full = mode === 'full';
  const plan: ReconcilePlan = { ip: [], bridge: [], ports: [], bridges: new Map() };
  const linksByName = new Map(listing.links.map((l) => [l.ifname, l]));
  const ownedVnis = new Map<number, LinkJson>();
  for (const l of listing.links) {
    const vni = ownedVxlanVni(l.ifname);
    if (vni !== undefined) ownedVnis.set(vni, l);
  }
  for (const vni of [...ownedVnis.keys()].sort((a, b) => a - b)) {
    if (view.has(vni)) continue;
    const master = ownedVnis.get(vni)!.master;
    if (!full) {
      if (master !== undefined) plan.bridges.set(vni, master);
      continue;
    }
    plan.ip.push(deleteVxlanLine(vni));
    if (master !== undefined && isTrellisBridgeName(master) && bridgeEmptied(master, vni, linksByName, new Set())) plan.ip.push(deleteBridgeLine(vni, master));
  }

  for (const [vni, table] of view) {
    const vxName = vxlanDeviceName(vni);
    const vx = linksByName.get(vxName);
    const brName = bridgeForVni(vni, table.local.values(), networkOf?.(vni));
    const br = linksByName.get(brName);
    const vxFresh = !vx || !vxlanMatches(vx, vni, settings);
    plan.bridges.set(vni, brName);
    if (vxFresh || !br) {
      if (vx && vxFresh) plan.ip.push(deleteVxlanLine(vni));
      if (vxFresh) plan.ip.push(...createVniLines(vni, brName, table.mtu, settings));
      else {
        // The VXLAN device is right but its bridge is gone: a new bridge, the device moved into it.
        plan.ip.push(...createVniLines(vni, brName, table.mtu, settings).filter((l) => !l.line.startsWith(`link add ${vxName} `)));
      }
    } else {
      if (br.address !== bridgeAddress(settings.vtep, vni)) plan.ip.push(pinBridgeAddressLine(vni, brName, settings));
      if (vx.master !== brName) plan.ip.push({ line: `link set ${vxName} master ${brName}`, vni });
      if (table.mtu > 0 && (vx.mtu !== table.mtu || br.mtu !== table.mtu)) {
        plan.ip.push({ line: `link set ${vxName} mtu ${table.mtu}`, vni }, { line: `link set ${brName} mtu ${table.mtu}`, vni });
      }
    }

    // FDB: remote entries (with a dst) on the VNI's VXLAN device only; bridge-level entries are the kernel's.
    const flood = new Set<string>();
    const unicast = new Map<string, string[]>();
    if (!vxFresh) {
      for (const e of listing.fdb) {
        if (e.ifname !== vxName || e.dst === undefined || e.master !== undefined) continue;
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
    const neighDev = neighDeviceName(vni, brName, settings);
    const neighDevFresh = settings.arpProxy ? vxFresh : !br;
    const held = new Map<string, string | undefined>();
    if (!neighDevFresh) {
      for (const n of listing.neigh) if (n.dev === neighDev && n.state?.includes('PERMANENT')) held.set(n.dst, n.lladdr);
    }
    if (full) for (const ip of held.keys()) if (!table.neigh.has(ip)) plan.ip.push(neighDelLine(vni, brName, ip, settings));
    for (const [ip, mac] of table.neigh) if (full ? held.get(ip) !== mac : !held.has(ip)) plan.ip.push(neighSetLine(vni, brName, ip, mac, settings));

    for (const id of table.local.keys()) {
      const dev = portDevice(id);
      const link = linksByName.get(dev);
      if (!link) {
        plan.ports.push({ portId: id, state: 'pending', detail: `device ${dev} does not exist yet` });
        continue;
      }
      // A tap os-vif / libvirt already plugged into the bridge needs nothing.
      if (link.master !== brName) plan.ip.push(...wirePortLines(vni, brName, dev));
      plan.ports.push({ portId: id, state: 'wired' });
    }
  }
  return plan;
}

