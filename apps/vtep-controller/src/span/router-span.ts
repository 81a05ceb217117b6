import { routerView, routerViewsEqual, type RouterView } from '@trellis/l2';
import type { RouterRecord, SubnetRecord } from './router-records';
import { addTo, removeFrom } from './multimap';

/** What one revision changes for one router, computed once for all the hosts routing for it. */
export interface RouterChange {
  readonly routerId: string;
  /** The router's state now (undefined: gone, or nothing to route). */
  readonly view: RouterView | undefined;
  /** Hosts that get the whole router (joiners; every host when its content changed). */
  readonly full: readonly string[];
  /** Hosts that drop it. */
  readonly left: readonly string[];
}

/** What the routing span reads from the L2 engine. */
export interface RoutingInputs {
  vniOf(networkId: string): number;
  /** Hosts with a bound port (ACTIVE or INACTIVE) on the VNI: who is "behind" the router there. */
  portHostsOf(vni: number): Iterable<string>;
  /** Whether `host` has a bound port on the VNI (`portHostsOf(vni)` contains it). */
  hasPortHost(vni: number, host: string): boolean;
  /** A routed host joins (+1) or leaves (−1) a VNI for one router (called before the change). */
  routed(vni: number, host: string, delta: 1 | -1): void;
}

/**
 * The span rule for routers: a host with a port on one of a router's networks routes for that
 * router, so it receives the router's state and is a member of every network the router has
 * attached (asymmetric IRB routes into the destination VNI on the source host: that VNI's
 * bridge, VXLAN device, FDB and neighbours must be there). Pure and synchronous, like SpanIndex.
 */
export class RouterSpan {
  readonly routers = new Map<string, RouterRecord>();
  readonly subnets = new Map<string, SubnetRecord>();
  private readonly routersByNetwork = new Map<string, Set<string>>();
  private readonly subnetsByNetwork = new Map<string, Set<string>>();
  /** Per router: hosts routing for it, the VNIs it made them members of, its current state. */
  private readonly hostsOf = new Map<string, Set<string>>();
  private readonly contributions = new Map<string, Map<number, Set<string>>>();
  private readonly views = new Map<string, RouterView>();
  /** Per router routing anything: the VNIs of its usable interfaces (two or more). */
  private readonly routedVnis = new Map<string, ReadonlySet<number>>();
  private readonly routersOfHost = new Map<string, Set<string>>();

  /** Routers `host` routes for. */
  routersOf(host: string): ReadonlySet<string> {
    return this.routersOfHost.get(host) ?? EMPTY;
  }

  viewOf(routerId: string): RouterView | undefined {
    return this.views.get(routerId);
  }

  hostsOfRouter(routerId: string): ReadonlySet<string> {
    return this.hostsOf.get(routerId) ?? EMPTY;
  }

  /** Records a router change; returns the router ids to recompute. */
  setRouter(id: string, rec: RouterRecord | undefined, affected: Set<string>): void {
    const old = this.routers.get(id);
    for (const i of old?.interfaces ?? []) removeFrom(this.routersByNetwork, i.networkId, id);
    if (rec) {
      this.routers.set(id, rec);
      for (const i of rec.interfaces) addTo(this.routersByNetwork, i.networkId, id);
    } else this.routers.delete(id);
    affected.add(id);
  }

  setSubnet(id: string, rec: SubnetRecord | undefined, affected: Set<string>): void {
    const old = this.subnets.get(id);
    if (old) removeFrom(this.subnetsByNetwork, old.networkId, id);
    if (rec) {
      this.subnets.set(id, rec);
      addTo(this.subnetsByNetwork, rec.networkId, id);
    } else this.subnets.delete(id);
    for (const net of new Set([old?.networkId, rec?.networkId])) if (net !== undefined) this.networkTouched(net, affected);
  }

  /** A network's VNI changed: its routers are recomputed. */
  networkTouched(networkId: string, affected: Set<string>): void {
    for (const r of this.routersByNetwork.get(networkId) ?? EMPTY) affected.add(r);
  }

  /**
   * A port binding came to or left `host` on a network (a boot, a move, a delete): of the
   * network's routers, only whether that host is behind them may change (`moved`: router → hosts).
   */
  portMoved(networkId: string, host: string, moved: Map<string, Set<string>>): void {
    for (const r of this.routersByNetwork.get(networkId) ?? EMPTY) addTo(moved, r, host);
  }

  /**
   * Recomputes the routers named: who routes for them, the VNIs that puts hosts in, and their
   * state. Membership changes go through `inputs.routed` (the L2 engine captures and applies
   * them); returns what changed for hosts.
   */
  recompute(affected: ReadonlySet<string>, inputs: RoutingInputs, moved: ReadonlyMap<string, ReadonlySet<string>> = new Map()): RouterChange[] {
    const out: RouterChange[] = [];
    for (const id of affected) {
      const change = this.recomputeRouter(id, inputs);
      if (change) out.push(change);
    }
    for (const [id, hosts] of moved) {
      if (affected.has(id)) continue;
      const change = this.hostsMoved(id, hosts, inputs);
      if (change) out.push(change);
    }
    return out;
  }

  /** Everything of one router: its usable interfaces, who routes for it, its state. */
  private recomputeRouter(id: string, inputs: RoutingInputs): RouterChange | undefined {
    const rec = this.routers.get(id);
    const vnis = new Set<number>();
    const interfaces = [];
    if (rec?.adminStateUp) {
      for (const i of rec.interfaces) {
        const vni = inputs.vniOf(i.networkId);
        const subnet = this.subnets.get(i.subnetId);
        if (vni === 0 || !subnet) continue;
        vnis.add(vni);
        interfaces.push({ networkId: i.networkId, vni, subnetId: i.subnetId, portId: i.portId, cidr: subnet.cidr, ip: i.ip, routerMac: i.mac });
      }
    }
    // A router with fewer than two usable interfaces routes nothing: no span, no state.
    if (vnis.size >= 2) this.routedVnis.set(id, vnis);
    else this.routedVnis.delete(id);
    const hosts = new Set<string>();
    if (vnis.size >= 2) for (const vni of vnis) for (const h of inputs.portHostsOf(vni)) hosts.add(h);
    const view = hosts.size > 0 ? routerView(id, interfaces, rec!.routes) : undefined;
    this.updateContributions(id, hosts.size > 0 ? vnis : new Set(), hosts, inputs);
    const before = this.hostsOf.get(id) ?? EMPTY;
    const oldView = this.views.get(id);
    const changed = !routerViewsEqual(oldView, view);
    const full = [...hosts].filter((h) => changed || !before.has(h));
    const left = [...before].filter((h) => !hosts.has(h));
    for (const h of left) removeFrom(this.routersOfHost, h, id);
    for (const h of hosts) addTo(this.routersOfHost, h, id);
    if (hosts.size > 0) this.hostsOf.set(id, hosts);
    else this.hostsOf.delete(id);
    if (view) this.views.set(id, view);
    else this.views.delete(id);
    return full.length + left.length > 0 ? { routerId: id, view, full, left } : undefined;
  }

  /**
   * Only `candidates` may have come behind the router or left it (their ports moved); its
   * interfaces, VNIs and state are as they were. Costs O(VNIs) per candidate instead of a walk
   * of every host behind the router, which a move (the hot path) would otherwise pay. The first
   * host to come or the last to leave changes the router's state: that is a full recompute.
   */
  private hostsMoved(id: string, candidates: ReadonlySet<string>, inputs: RoutingInputs): RouterChange | undefined {
    const vnis = this.routedVnis.get(id);
    if (!vnis) return undefined;
    const hosts = this.hostsOf.get(id);
    const behind = (h: string) => {
      for (const vni of vnis) if (inputs.hasPortHost(vni, h)) return true;
      return false;
    };
    const full: string[] = [];
    const left: string[] = [];
    for (const h of candidates) {
      const now = behind(h);
      if (now !== (hosts?.has(h) ?? false)) (now ? full : left).push(h);
    }
    if (full.length + left.length === 0) return undefined;
    if (!hosts || left.length >= hosts.size) return this.recomputeRouter(id, inputs);
    const held = this.contributions.get(id)!;
    for (const h of left) {
      hosts.delete(h);
      removeFrom(this.routersOfHost, h, id);
      for (const [vni, set] of held) {
        if (!set.delete(h)) continue;
        inputs.routed(vni, h, -1);
        if (set.size === 0) held.delete(vni);
      }
    }
    for (const h of full) {
      hosts.add(h);
      addTo(this.routersOfHost, h, id);
      for (const vni of vnis) {
        let set = held.get(vni);
        if (!set) held.set(vni, (set = new Set()));
        if (set.has(h)) continue;
        inputs.routed(vni, h, 1);
        set.add(h);
      }
    }
    return { routerId: id, view: this.views.get(id), full, left };
  }

  private updateContributions(id: string, vnis: ReadonlySet<number>, hosts: ReadonlySet<string>, inputs: RoutingInputs): void {
    let held = this.contributions.get(id);
    if (!held) this.contributions.set(id, (held = new Map()));
    for (const [vni, set] of held) {
      for (const h of set) {
        if (vnis.has(vni) && hosts.has(h)) continue;
        inputs.routed(vni, h, -1);
        set.delete(h);
      }
      if (set.size === 0) held.delete(vni);
    }
    for (const vni of vnis) {
      let set = held.get(vni);
      if (!set) held.set(vni, (set = new Set()));
      for (const h of hosts) {
        if (set.has(h)) continue;
        inputs.routed(vni, h, 1);
        set.add(h);
      }
    }
    if (held.size === 0) this.contributions.delete(id);
  }
}

const EMPTY: ReadonlySet<string> = new Set<string>();
