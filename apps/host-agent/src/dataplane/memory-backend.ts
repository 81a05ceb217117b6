import { applyChangeSetEntries, cloneLocalPort, emptyVniView, isEmptyChangeSet, localPortsEqual, subnetsEqual, type HostView, type LocalPortView, type SubnetView, type VniChangeSet, type VniView } from '@trellis/l2';
import { planDhcp, type NetworkDhcpPlan } from './dhcp/dhcp-plan';
import { DataplaneApplyError, type ApplyOutcome, type DataplaneBackend, type PortWiringReport, type ReconcileMode } from './backend';
import { OverlayMap } from './overlay-map';
import { EMPTY_ROUTING_PLAN, type RoutingPlan } from './routing-plan';

const NO_VNIS: ReadonlySet<number> = new Set();

type FdbEntry = { readonly vtep: string; readonly seq: number };
const fdbEntriesEqual = (x: FdbEntry, y: FdbEntry) => x === y || (x.vtep === y.vtep && x.seq === y.seq);
const stringsEqual = (x: string, y: string) => x === y;

/**
 * One VNI as the memory dataplane holds it: its own copy of every entry. FDB entry values are
 * immutable (shared with the view they were copied from); local ports are cloned. The two large
 * tables are overlay maps (a copied base plus later changes; see OverlayMap).
 */
interface DataplaneTable {
  vni: number;
  mtu: number;
  flood: Set<string>;
  fdb: OverlayMap<FdbEntry>;
  neigh: OverlayMap<string>;
  local: Map<string, LocalPortView>;
  /** The subnets this host's DHCP/RA server holds for the VNI (immutable values). */
  subnets: Map<string, SubnetView>;
}

function tableOf(view: VniView): DataplaneTable {
  const local = new Map<string, LocalPortView>();
  for (const [id, p] of view.local) local.set(id, cloneLocalPort(p));
  return { vni: view.vni, mtu: view.mtu, flood: new Set(view.flood), fdb: OverlayMap.copyOf(view.fdb), neigh: OverlayMap.copyOf(view.neigh), local, subnets: new Map(view.subnets) };
}

/** The table as a view (new maps; the caller may change them). */
function viewOf(t: DataplaneTable): VniView {
  const v = emptyVniView(t.vni, t.mtu);
  for (const x of t.flood) v.flood.add(x);
  v.fdb = t.fdb.toMap();
  v.neigh = t.neigh.toMap();
  for (const [id, p] of t.local) v.local.set(id, cloneLocalPort(p));
  for (const [id, s] of t.subnets) v.subnets.set(id, s);
  return v;
}

function equalsView(t: DataplaneTable, v: VniView): boolean {
  if (t.vni !== v.vni || t.mtu !== v.mtu || t.flood.size !== v.flood.size || t.local.size !== v.local.size || t.subnets.size !== v.subnets.size) return false;
  for (const [id, s] of v.subnets) {
    const q = t.subnets.get(id);
    if (!q || !subnetsEqual(s, q)) return false;
  }
  for (const x of v.flood) if (!t.flood.has(x)) return false;
  for (const [id, p] of v.local) {
    const q = t.local.get(id);
    if (!q || !localPortsEqual(p, q)) return false;
  }
  return t.fdb.equals(v.fdb, fdbEntriesEqual) && t.neigh.equals(v.neigh, stringsEqual);
}

/** Additive reconcile of one VNI: adds what `held` lacks, keeps what it holds. */
function withMissing(held: DataplaneTable, want: VniView): DataplaneTable {
  const v = viewOf(held);
  for (const x of want.flood) v.flood.add(x);
  for (const [mac, e] of want.fdb) if (!v.fdb.has(mac)) v.fdb.set(mac, e);
  for (const [ip, mac] of want.neigh) if (!v.neigh.has(ip)) v.neigh.set(ip, mac);
  for (const [id, p] of want.local) if (!v.local.has(id)) v.local.set(id, p);
  for (const [id, s] of want.subnets) if (!v.subnets.has(id)) v.subnets.set(id, s);
  return tableOf(v);
}

/** What `applyChangeSet` (libs/l2) does to a view, done to the dataplane's own tables. */
function applyTo(state: Map<number, DataplaneTable>, c: VniChangeSet): void {
  if (c.table && !c.removed) {
    // A VNI created from a whole table (first snapshot): copied whole, its lists never built.
    state.set(c.vni, tableOf(c.table));
    return;
  }
  if (isEmptyChangeSet(c)) return;
  if (c.removed) {
    state.delete(c.vni);
    return;
  }
  let t = state.get(c.vni);
  if (!t) state.set(c.vni, (t = tableOf(emptyVniView(c.vni, c.mtu ?? 0))));
  applyChangeSetEntries(t, c);
}

export interface MemoryBackendOptions {
  /**
   * Local ports are `pending` until their device is plugged (`plugPortDevice`), as the Linux
   * backend waits for Nova's tap. Default false: a local port is wired as soon as it is applied.
   */
  portDevices?: boolean;
}

/**
 * An in-memory dataplane: records the state a real one would hold, in its own copy. Used by
 * tests, simulation and benchmarks. A local port counts as wired as soon as it is applied, or
 * (`portDevices`) once its device was plugged too.
 */
export class MemoryBackend implements DataplaneBackend {
  readonly kind = 'memory';
  private state = new Map<number, DataplaneTable>();
  private failures: Array<{ vnis?: number[]; message: string }> = [];
  /** Number of `apply` calls that changed state (tests assert the dataplane was left alone). */
  applyCount = 0;
  /** Ports whose device exists (only with `portDevices`). */
  private readonly plugged: Set<string> | undefined;
  private readonly deviceListeners: Array<() => void> = [];
  private routing: RoutingPlan = EMPTY_ROUTING_PLAN;

  constructor(options: MemoryBackendOptions = {}) {
    this.plugged = options.portDevices ? new Set() : undefined;
  }

  /** The wiring state of a local port being applied. */
  private wiring(portId: string): PortWiringReport {
    return !this.plugged || this.plugged.has(portId) ? { portId, state: 'wired' } : { portId, state: 'pending', detail: 'port device not plugged yet' };
  }

  /**
   * The device of a port appears (what Nova / libvirt creating a tap is to the Linux backend):
   * watchers are told at once, as netlink tells the Linux backend. Needs `portDevices`.
   */
  plugPortDevice(portId: string): void {
    if (!this.plugged) throw new Error('MemoryBackend: plugPortDevice needs the portDevices option');
    this.plugged.add(portId);
    for (const l of this.deviceListeners) l();
  }

  /** The device of a port goes away. */
  unplugPortDevice(portId: string): void {
    this.plugged?.delete(portId);
  }

  watchPortDevices(listener: () => void): void {
    this.deviceListeners.push(listener);
  }

  async reconcile(view: HostView, mode: ReconcileMode = 'full'): Promise<ApplyOutcome> {
    if (mode === 'full') this.replaceDiffering(view);
    else {
      for (const want of view.values()) {
        const held = this.state.get(want.vni);
        this.state.set(want.vni, held ? withMissing(held, want) : tableOf(want));
      }
    }
    const ports: PortWiringReport[] = [];
    for (const t of view.values()) for (const id of t.local.keys()) ports.push(this.wiring(id));
    return { ports };
  }

  /**
   * Full reconcile: the state becomes equal to `view`. Optimization: a table already equal is
   * kept (a comparison, no allocation), so the reconcile after a first snapshot, when the state
   * mirrors the view already, costs one comparison per entry instead of a copy of the whole view.
   */
  private replaceDiffering(view: HostView): void {
    for (const vni of this.state.keys()) if (!view.has(vni)) this.state.delete(vni);
    for (const [vni, want] of view) {
      const held = this.state.get(vni);
      if (!held || !equalsView(held, want)) this.state.set(vni, tableOf(want));
    }
  }

  /**
   * Makes the next `apply` touching one of `vnis` (any VNI when omitted) fail, as a kernel
   * error would. Failures queue up; each is used once.
   */
  failNextApply(message = 'injected dataplane failure', vnis?: number[]): void {
    this.failures.push({ message, vnis });
  }

  /** Synchronous (see `DataplaneBackend.apply`); throws `DataplaneApplyError` for an injected failure. */
  apply(changes: readonly VniChangeSet[]): ApplyOutcome {
    const failure = this.failures[0];
    let failed: ReadonlySet<number> = NO_VNIS;
    if (failure) {
      const touched = changes.map((c) => c.vni).filter((vni) => !failure.vnis || failure.vnis.includes(vni));
      if (touched.length > 0) {
        this.failures.shift();
        failed = new Set(touched);
      }
    }
    const ports: PortWiringReport[] = [];
    for (const c of changes) {
      if (failed.has(c.vni)) {
        for (const p of c.localSet) ports.push({ portId: p.portId, state: 'error', detail: failure!.message });
        continue;
      }
      applyTo(this.state, c);
      // A whole table: its ports from the table (reading `localSet` would build cloned lists).
      if (c.table && !c.removed) {
        for (const id of c.table.local.keys()) ports.push(this.wiring(id));
        continue;
      }
      for (const p of c.localRemove) ports.push({ portId: p.portId, state: 'unwired' });
      for (const p of c.localSet) ports.push(this.wiring(p.portId));
    }
    this.applyCount++;
    if (failed.size > 0) {
      throw new DataplaneApplyError(failure!.message, [...failed], ports);
    }
    return { ports };
  }

  /**
   * The routing tables, as the Linux backend's namespaces hold them: per router its legs
   * (address, MAC), routes and static neighbours; per VNI the VXLAN guard. `additive` keeps
   * routers and entries held beyond the plan (they go with the next full sync).
   */
  syncRouting(plan: RoutingPlan, mode: ReconcileMode): void {
    if (mode === 'full') {
      this.routing = plan;
      return;
    }
    const routers = new Map(this.routing.routers);
    for (const [id, r] of plan.routers) {
      const held = routers.get(id);
      routers.set(id, held ? { routerId: id, legs: new Map([...held.legs, ...r.legs]), routes: new Map([...held.routes, ...r.routes]), neigh: new Map([...held.neigh, ...r.neigh]) } : r);
    }
    this.routing = { routers, guards: new Map([...this.routing.guards, ...plan.guards]) };
  }

  async readRouting(): Promise<RoutingPlan> {
    return this.routing;
  }

  async checkPorts(pending: ReadonlyMap<string, { vni: number }>): Promise<PortWiringReport[]> {
    const out: PortWiringReport[] = [];
    if (this.plugged) for (const id of pending.keys()) if (this.plugged.has(id)) out.push({ portId: id, state: 'wired' });
    return out;
  }

  /**
   * What this host's DHCP/RA servers would serve (the same plan the linux backend renders for
   * dnsmasq): per network with local ports, its served subnets, the server identity and one
   * static lease per local port.
   */
  dhcp(): Map<string, NetworkDhcpPlan> {
    const view: HostView = new Map();
    for (const [vni, t] of this.state) view.set(vni, viewOf(t));
    return planDhcp(view);
  }

  /** What the dataplane holds, as a new view (FDB entry objects are immutable and shared). */
  async read(): Promise<HostView> {
    const out: HostView = new Map();
    for (const [vni, t] of this.state) out.set(vni, viewOf(t));
    return out;
  }

  async close(): Promise<void> {}
}
