import { routerNeighbours, type HostView, type RouterTable } from '@trellis/l2';

/** One leg of a router into a network's bridge: the interface's address and MAC. */
export interface RouterLeg {
  readonly portId: string;
  readonly vni: number;
  readonly networkId: string;
  /** The interface address with the subnet's prefix length ("10.0.1.1/24"). */
  readonly address: string;
  readonly gatewayIp: string;
  readonly routerMac: string;
}

/** Everything one router needs on this host. */
export interface RouterPlan {
  readonly routerId: string;
  readonly legs: ReadonlyMap<string, RouterLeg>;
  /** Extra routes: destination → nexthop. */
  readonly routes: ReadonlyMap<string, string>;
  /** Remote instances on the router's subnets: IP → MAC, on the leg of their subnet. */
  readonly neigh: ReadonlyMap<string, { readonly mac: string; readonly portId: string }>;
}

/** Per VNI, what must never cross VXLAN: ARP for the gateways, broadcast from router MACs. */
export interface VxlanGuard {
  readonly gatewayIps: ReadonlySet<string>;
  readonly routerMacs: ReadonlySet<string>;
}

export interface RoutingPlan {
  readonly routers: ReadonlyMap<string, RouterPlan>;
  readonly guards: ReadonlyMap<number, VxlanGuard>;
}

/**
 * The routing state a host must hold, from its routers and its VNI tables: a leg per attached
 * subnet whose VNI the host holds, extra routes, and static neighbours for the remote instances
 * (from the VNI neighbour tables: asymmetric IRB). Both backends program exactly this.
 */
export function routingPlan(routers: RouterTable, view: HostView): RoutingPlan {
  const plans = new Map<string, RouterPlan>();
  const guards = new Map<number, { gatewayIps: Set<string>; routerMacs: Set<string> }>();
  for (const r of routers.values()) {
    const legs = new Map<string, RouterLeg>();
    for (const i of r.interfaces) {
      // A leg needs the bridge, which comes with the VNI (the span rule sends both together).
      if (!view.has(i.vni)) continue;
      legs.set(i.portId, { portId: i.portId, vni: i.vni, networkId: i.networkId, address: `${i.ip}/${i.cidr.split('/')[1]}`, gatewayIp: i.ip, routerMac: i.routerMac });
      let g = guards.get(i.vni);
      if (!g) guards.set(i.vni, (g = { gatewayIps: new Set(), routerMacs: new Set() }));
      g.gatewayIps.add(i.ip);
      g.routerMacs.add(i.routerMac);
    }
    const neigh = routerNeighbours(r, (vni) => view.get(vni)?.neigh);
    for (const [ip, n] of neigh) if (!legs.has(n.portId)) neigh.delete(ip);
    plans.set(r.routerId, { routerId: r.routerId, legs, routes: new Map(r.routes.map((x) => [x.destination, x.nexthop])), neigh });
  }
  return { routers: plans, guards };
}

/** A plan with its maps as sorted lists (compare, print, persist). */
export function planToJson(plan: RoutingPlan): unknown {
  const sorted = <V>(m: ReadonlyMap<string | number, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    routers: sorted(plan.routers).map(([, r]) => ({ routerId: r.routerId, legs: sorted(r.legs).map(([, l]) => l), routes: sorted(r.routes), neigh: sorted(r.neigh) })),
    guards: sorted(plan.guards).map(([vni, g]) => ({ vni, gatewayIps: [...g.gatewayIps].sort(), routerMacs: [...g.routerMacs].sort() })),
  };
}

export const EMPTY_ROUTING_PLAN: RoutingPlan = { routers: new Map(), guards: new Map() };
