import { subnetsEqual, type SubnetView } from './subnet-view';

/**
 * A host's applied L2 state, keyed by VNI. All addresses are canonical text (MACs lower-case
 * colon form, IPs as `bytesToIp` renders them), so maps compare and digest by plain strings.
 */

/** A port this host must wire itself (delivered in `local_add`). */
export interface LocalPortView {
  portId: string;
  mac: string;
  ips: string[];
  /** True while this host's binding is INACTIVE (migration target, pre-joined). */
  inactive: boolean;
  seq: number;
  mtu: number;
  /**
   * The port's Neutron network (LocalPort.network_id): the Linux dataplane names the VNI's
   * bridge after it. Absent from controllers that predate the field; not part of the digest.
   */
  networkId?: string;
  /** Present (false) only when the port's port security is disabled. */
  portSecurityEnabled?: false;
}

/** One VNI's table as a host holds it. */
export interface VniView {
  vni: number;
  mtu: number;
  /** Remote VTEPs receiving broadcast/unknown/multicast traffic (head-end replication). */
  flood: Set<string>;
  /**
   * Remote MAC → VTEP with its mobility sequence number. The entry objects are immutable values:
   * a change replaces the entry, never mutates it, so tables and undo logs may share them.
   */
  fdb: Map<string, { readonly vtep: string; readonly seq: number }>;
  /** Overlay IP → MAC (permanent neighbour entries). */
  neigh: Map<string, string>;
  /** Port id → local port this host wires. */
  local: Map<string, LocalPortView>;
  /** Subnet id → the subnet's DHCP/RA settings (addressing section; see subnet-view.ts). */
  subnets: Map<string, SubnetView>;
}

/** Everything a host holds: VNI → table. */
export type HostView = Map<number, VniView>;

export function emptyVniView(vni: number, mtu = 0): VniView {
  return { vni, mtu, flood: new Set(), fdb: new Map(), neigh: new Map(), local: new Map(), subnets: new Map() };
}

/** Number of entries of a VNI table (the `entries` field of a digest). */
export function vniEntryCount(view: VniView): number {
  return view.flood.size + view.fdb.size + view.neigh.size + view.local.size;
}

export function cloneLocalPort(port: LocalPortView): LocalPortView {
  return { ...port, ips: [...port.ips] };
}

/** Deep copy of one VNI table. */
export function cloneVniView(view: VniView): VniView {
  return {
    vni: view.vni,
    mtu: view.mtu,
    flood: new Set(view.flood),
    fdb: new Map(Array.from(view.fdb, ([mac, e]) => [mac, { ...e }])),
    neigh: new Map(view.neigh),
    local: new Map(Array.from(view.local, ([id, p]) => [id, cloneLocalPort(p)])),
    subnets: new Map(view.subnets),
  };
}

/**
 * Copy of one VNI table that shares the immutable FDB entry values (local ports, which are
 * mutable records, are cloned). Cheaper than `cloneVniView`: one map insert per entry and no
 * entry object, for a backend that mirrors whole tables.
 */
export function copyVniView(view: VniView): VniView {
  // Loops rather than `new Map(map)`: the constructor takes the generic iterable path (an
  // entry array per element), measured slower than set() in a loop.
  const t = emptyVniView(view.vni, view.mtu);
  for (const v of view.flood) t.flood.add(v);
  for (const [mac, e] of view.fdb) t.fdb.set(mac, e);
  for (const [ip, mac] of view.neigh) t.neigh.set(ip, mac);
  for (const [id, p] of view.local) t.local.set(id, cloneLocalPort(p));
  for (const [id, s] of view.subnets) t.subnets.set(id, s);
  return t;
}

/** Deep copy of a host view. */
export function cloneHostView(view: HostView): HostView {
  return new Map(Array.from(view, ([vni, v]) => [vni, cloneVniView(v)]));
}

export function localPortsEqual(a: LocalPortView, b: LocalPortView): boolean {
  if (a.portId !== b.portId || a.mac !== b.mac || a.inactive !== b.inactive || a.seq !== b.seq || a.mtu !== b.mtu || (a.networkId ?? '') !== (b.networkId ?? '')) return false;
  if ((a.portSecurityEnabled === false) !== (b.portSecurityEnabled === false)) return false;
  if (a.ips.length !== b.ips.length) return false;
  // Optimization: IPs in the same order (a copy, or the controller's stable order) need no sorted copies.
  let inOrder = true;
  for (let i = 0; i < a.ips.length && inOrder; i++) inOrder = a.ips[i] === b.ips[i];
  if (inOrder) return true;
  const sa = [...a.ips].sort();
  const sb = [...b.ips].sort();
  return sa.every((ip, i) => ip === sb[i]);
}

type FdbEntry = { readonly vtep: string; readonly seq: number };
const fdbEntriesEqual = (x: FdbEntry, y: FdbEntry) => x === y || (x.vtep === y.vtep && x.seq === y.seq);
const stringsEqual = (x: string, y: string) => x === y;

/**
 * True when two maps of equal size hold the same keys with equal values. Optimization: a table
 * copied from another (a backend's mirror) iterates in the same order, so both are walked in
 * lockstep with no hash lookup (sequential memory, few cache misses); from the first pair that
 * differs the rest of `a` is looked up in `b`. The first pairs matched one to one and the sizes
 * are equal, so the lookups settle equality for the rest.
 */
function mapsEqual<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>, same: (x: V, y: V) => boolean): boolean {
  if (a.size !== b.size) return false;
  const inB = b.entries();
  let lockstep = true;
  for (const [k, v] of a) {
    if (lockstep) {
      const [kb, vb] = inB.next().value as [string, V];
      if (k === kb) {
        if (!same(v, vb)) return false;
        continue;
      }
      lockstep = false;
    }
    const o = b.get(k);
    if (o === undefined || !same(v, o)) return false;
  }
  return true;
}

/** True when two VNI tables hold exactly the same entries (and MTU). */
export function vniViewsEqual(a: VniView, b: VniView): boolean {
  if (a.vni !== b.vni || a.mtu !== b.mtu) return false;
  if (a.flood.size !== b.flood.size || a.fdb.size !== b.fdb.size || a.neigh.size !== b.neigh.size || a.local.size !== b.local.size) {
    return false;
  }
  for (const vtep of a.flood) if (!b.flood.has(vtep)) return false;
  return (
    mapsEqual(a.fdb, b.fdb, fdbEntriesEqual) && mapsEqual(a.neigh, b.neigh, stringsEqual) && mapsEqual(a.local, b.local, localPortsEqual) && mapsEqual(a.subnets, b.subnets, subnetsEqual)
  );
}

/** True when two host views hold the same VNIs with equal tables. */
export function viewsEqual(a: HostView, b: HostView): boolean {
  if (a.size !== b.size) return false;
  for (const [vni, v] of a) {
    const o = b.get(vni);
    if (!o || !vniViewsEqual(v, o)) return false;
  }
  return true;
}

/** Human-readable differences between two host views (for test failures and logs); empty when equal. */
export function diffViews(expected: HostView, actual: HostView, limit = 20): string[] {
  const out: string[] = [];
  const push = (s: string) => out.length < limit && out.push(s);
  for (const [vni, e] of expected) {
    const a = actual.get(vni);
    if (!a) {
      push(`vni ${vni}: missing`);
      continue;
    }
    if (e.mtu !== a.mtu) push(`vni ${vni}: mtu ${a.mtu} != ${e.mtu}`);
    for (const v of e.flood) if (!a.flood.has(v)) push(`vni ${vni}: flood ${v} missing`);
    for (const v of a.flood) if (!e.flood.has(v)) push(`vni ${vni}: flood ${v} extra`);
    for (const [mac, x] of e.fdb) {
      const y = a.fdb.get(mac);
      if (!y || y.vtep !== x.vtep || y.seq !== x.seq) push(`vni ${vni}: fdb ${mac} ${y ? `${y.vtep}#${y.seq}` : 'missing'} != ${x.vtep}#${x.seq}`);
    }
    for (const mac of a.fdb.keys()) if (!e.fdb.has(mac)) push(`vni ${vni}: fdb ${mac} extra`);
    for (const [ip, mac] of e.neigh) if (a.neigh.get(ip) !== mac) push(`vni ${vni}: neigh ${ip} ${a.neigh.get(ip) ?? 'missing'} != ${mac}`);
    for (const ip of a.neigh.keys()) if (!e.neigh.has(ip)) push(`vni ${vni}: neigh ${ip} extra`);
    for (const [id, p] of e.local) {
      const q = a.local.get(id);
      if (!q || !localPortsEqual(p, q)) push(`vni ${vni}: local ${id} ${q ? 'differs' : 'missing'}`);
    }
    for (const id of a.local.keys()) if (!e.local.has(id)) push(`vni ${vni}: local ${id} extra`);
    for (const [id, s] of e.subnets) {
      const q = a.subnets.get(id);
      if (!q || !subnetsEqual(s, q)) push(`vni ${vni}: subnet ${id} ${q ? 'differs' : 'missing'}`);
    }
    for (const id of a.subnets.keys()) if (!e.subnets.has(id)) push(`vni ${vni}: subnet ${id} extra`);
  }
  for (const vni of actual.keys()) if (!expected.has(vni)) push(`vni ${vni}: extra`);
  return out;
}
