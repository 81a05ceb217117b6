import { subnetsEqual, type SubnetView } from './subnet-view';
import { cloneLocalPort, copyVniView, emptyVniView, localPortsEqual, type HostView, type LocalPortView, type VniView } from './view';

/** One FDB location: a MAC behind a VTEP with its mobility sequence. */
export interface FdbLocation {
  mac: string;
  vtep: string;
  seq: number;
}

/**
 * What one applied VniDelta changed, in dataplane terms. Empty lists mean nothing changed.
 * `created` / `removed` tell the backend to create / delete the VNI's devices; on `removed` the
 * lists still name every entry that went away (the memory backend and port-status reporting
 * use them; the linux backend just deletes the devices).
 */
export interface VniChangeSet {
  vni: number;
  created: boolean;
  removed: boolean;
  /** The VNI's MTU when it was set or changed by this delta. */
  mtu?: number;
  floodAdd: string[];
  floodRemove: string[];
  /** New or changed locations; `previousVtep` is set when the MAC was held behind another VTEP. */
  fdbSet: Array<FdbLocation & { previousVtep?: string }>;
  fdbRemove: FdbLocation[];
  neighSet: Array<{ ip: string; mac: string }>;
  neighRemove: Array<{ ip: string; mac: string }>;
  /** New or changed local ports (the backend wires them). */
  localSet: LocalPortView[];
  /** Local ports that went away (the backend unwires them). */
  localRemove: LocalPortView[];
  /** New or changed subnets (the backend's DHCP/RA server serves them). */
  subnetSet: SubnetView[];
  /** Subnets that went away. */
  subnetRemove: SubnetView[];
  /** FDB upserts ignored by the mobility rule (older sequence, or lost the tie-break). */
  staleIgnored: number;
  /**
   * Set by `tableChangeSet`: the VNI was created with exactly this table (read-only). A backend
   * that mirrors tables may copy it whole instead of walking the lists.
   */
  table?: VniView;
}

export function emptyChangeSet(vni: number): VniChangeSet {
  return {
    vni,
    created: false,
    removed: false,
    floodAdd: [],
    floodRemove: [],
    fdbSet: [],
    fdbRemove: [],
    neighSet: [],
    neighRemove: [],
    localSet: [],
    localRemove: [],
    subnetSet: [],
    subnetRemove: [],
    staleIgnored: 0,
  };
}

/** True when applying the delta changed nothing the dataplane or the view holds. */
export function isEmptyChangeSet(c: VniChangeSet): boolean {
  return (
    !c.created &&
    !c.removed &&
    c.mtu === undefined &&
    c.floodAdd.length + c.floodRemove.length + c.fdbSet.length + c.fdbRemove.length === 0 &&
    c.neighSet.length + c.neighRemove.length + c.localSet.length + c.localRemove.length + c.subnetSet.length + c.subnetRemove.length === 0
  );
}

/**
 * A change set creating a VNI from a whole table. Its entry lists are made from the table on
 * first access (prototype getters: no closure, no per-object property definitions).
 */
class TableChangeSet implements VniChangeSet {
  created = true;
  removed = false;
  mtu: number;
  floodRemove: string[] = [];
  fdbRemove: FdbLocation[] = [];
  neighRemove: Array<{ ip: string; mac: string }> = [];
  localRemove: LocalPortView[] = [];
  subnetRemove: SubnetView[] = [];
  staleIgnored = 0;
  private lists: Partial<Pick<VniChangeSet, 'floodAdd' | 'fdbSet' | 'neighSet' | 'localSet' | 'subnetSet'>> = {};

  constructor(
    readonly vni: number,
    readonly table: VniView,
  ) {
    this.mtu = table.mtu;
  }

  get floodAdd(): string[] {
    return (this.lists.floodAdd ??= [...this.table.flood]);
  }
  set floodAdd(v: string[]) {
    this.lists.floodAdd = v;
  }
  get fdbSet(): VniChangeSet['fdbSet'] {
    return (this.lists.fdbSet ??= Array.from(this.table.fdb, ([mac, e]) => ({ mac, vtep: e.vtep, seq: e.seq })));
  }
  set fdbSet(v: VniChangeSet['fdbSet']) {
    this.lists.fdbSet = v;
  }
  get neighSet(): VniChangeSet['neighSet'] {
    return (this.lists.neighSet ??= Array.from(this.table.neigh, ([ip, mac]) => ({ ip, mac })));
  }
  set neighSet(v: VniChangeSet['neighSet']) {
    this.lists.neighSet = v;
  }
  get localSet(): LocalPortView[] {
    return (this.lists.localSet ??= Array.from(this.table.local.values(), cloneLocalPort));
  }
  set localSet(v: LocalPortView[]) {
    this.lists.localSet = v;
  }
  get subnetSet(): SubnetView[] {
    return (this.lists.subnetSet ??= [...this.table.subnets.values()]);
  }
  set subnetSet(v: SubnetView[]) {
    this.lists.subnetSet = v;
  }

  /** Plain-object form with every list (logs, comparisons); a spread would miss the getters. */
  toJSON(): VniChangeSet {
    const { vni, created, removed, mtu, floodAdd, floodRemove, fdbSet, fdbRemove, neighSet, neighRemove, localSet, localRemove, subnetSet, subnetRemove, staleIgnored, table } = this;
    return { vni, created, removed, mtu, floodAdd, floodRemove, fdbSet, fdbRemove, neighSet, neighRemove, localSet, localRemove, subnetSet, subnetRemove, staleIgnored, table };
  }
}

/**
 * The change set that creates a VNI with table `table`: `created`, its MTU, every entry added;
 * `diffVniViews(emptyVniView(vni), table)` with `created` and `mtu` set, and `table` set.
 *
 * Optimization: the entry lists are made from the table on first access, so a backend that
 * copies `table` whole (memory) never builds them; after a first snapshot this replaces a diff
 * against an empty table and an object per entry. The lists must therefore be read before the
 * table changes again, i.e. while the backend applies the version. It is a class instance: an
 * object spread does not copy the lists (use `toJSON()`).
 */
export function tableChangeSet(table: VniView): VniChangeSet & { toJSON(): VniChangeSet } {
  return new TableChangeSet(table.vni, table);
}

/** The change set that turns table `from` into table `to` (same VNI). */
export function diffVniViews(from: VniView, to: VniView): VniChangeSet {
  const c = emptyChangeSet(to.vni);
  if (from.mtu !== to.mtu) c.mtu = to.mtu;
  for (const v of from.flood) if (!to.flood.has(v)) c.floodRemove.push(v);
  for (const v of to.flood) if (!from.flood.has(v)) c.floodAdd.push(v);
  for (const [mac, e] of from.fdb) if (!to.fdb.has(mac)) c.fdbRemove.push({ mac, vtep: e.vtep, seq: e.seq });
  for (const [mac, e] of to.fdb) {
    const cur = from.fdb.get(mac);
    if (cur && cur.vtep === e.vtep && cur.seq === e.seq) continue;
    c.fdbSet.push(cur && cur.vtep !== e.vtep ? { mac, vtep: e.vtep, seq: e.seq, previousVtep: cur.vtep } : { mac, vtep: e.vtep, seq: e.seq });
  }
  for (const [ip, mac] of from.neigh) if (!to.neigh.has(ip)) c.neighRemove.push({ ip, mac });
  for (const [ip, mac] of to.neigh) if (from.neigh.get(ip) !== mac) c.neighSet.push({ ip, mac });
  for (const [id, p] of from.local) if (!to.local.has(id)) c.localRemove.push(p);
  for (const [id, p] of to.local) {
    const cur = from.local.get(id);
    if (!cur || !localPortsEqual(cur, p)) c.localSet.push(cloneLocalPort(p));
  }
  for (const [id, s] of from.subnets) if (!to.subnets.has(id)) c.subnetRemove.push(s);
  for (const [id, s] of to.subnets) {
    const cur = from.subnets.get(id);
    if (!cur || !subnetsEqual(cur, s)) c.subnetSet.push(s);
  }
  return c;
}

/**
 * Applies a change set to a view (the inverse direction of `diffVniViews`): used by backends
 * that mirror the agent's view, e.g. the memory backend.
 */
export function applyChangeSet(view: HostView, c: VniChangeSet): void {
  if (c.table && !c.removed) {
    view.set(c.vni, copyVniView(c.table));
    return;
  }
  if (isEmptyChangeSet(c)) return;
  if (c.removed) {
    view.delete(c.vni);
    return;
  }
  let t = view.get(c.vni);
  if (!t) {
    t = emptyVniView(c.vni, c.mtu ?? 0);
    view.set(c.vni, t);
  }
  applyChangeSetEntries(t, c);
}

/** Keyed tables a change set's entries apply to: a `VniView`, or a backend's own table types. */
export interface ChangeSetTarget {
  mtu: number;
  readonly flood: { add(vtep: string): unknown; delete(vtep: string): unknown };
  readonly fdb: { set(mac: string, e: { readonly vtep: string; readonly seq: number }): unknown; delete(mac: string): unknown };
  readonly neigh: { set(ip: string, mac: string): unknown; delete(ip: string): unknown };
  readonly local: { set(portId: string, p: LocalPortView): unknown; delete(portId: string): unknown };
  /** Optional: a backend without an addressing section ignores subnet changes. */
  readonly subnets?: { set(id: string, s: SubnetView): unknown; delete(id: string): unknown };
}

/** Applies a change set's MTU and entry lists (removals first) to one table. */
export function applyChangeSetEntries(t: ChangeSetTarget, c: VniChangeSet): void {
  if (c.mtu !== undefined) t.mtu = c.mtu;
  for (const v of c.floodRemove) t.flood.delete(v);
  for (const e of c.fdbRemove) t.fdb.delete(e.mac);
  for (const e of c.neighRemove) t.neigh.delete(e.ip);
  for (const p of c.localRemove) t.local.delete(p.portId);
  for (const s of c.subnetRemove) t.subnets?.delete(s.id);
  for (const v of c.floodAdd) t.flood.add(v);
  for (const e of c.fdbSet) t.fdb.set(e.mac, { vtep: e.vtep, seq: e.seq });
  for (const e of c.neighSet) t.neigh.set(e.ip, e.mac);
  for (const p of c.localSet) t.local.set(p.portId, cloneLocalPort(p));
  for (const s of c.subnetSet) t.subnets?.set(s.id, s);
}
