import type { trellis } from '@trellis/proto';
import { bytesToIp, bytesToMac, canonicalIp, ipToBytes, macToBytes } from './address';
import { digestToWire, fnv1a64 } from './digest';

/** One attached subnet of a router as a host holds it (canonical text addresses). */
export interface RouterInterfaceView {
  readonly networkId: string;
  readonly vni: number;
  readonly subnetId: string;
  readonly portId: string;
  /** The subnet's CIDR ("10.0.1.0/24"). */
  readonly cidr: string;
  /** The interface address (the gateway IP). */
  readonly ip: string;
  /** The interface port's MAC: the same on every host (anycast gateway). */
  readonly routerMac: string;
}

export interface RouterRouteView {
  readonly destination: string;
  readonly nexthop: string;
}

/** A router's routing state on a host that has ports behind it. */
export interface RouterView {
  readonly routerId: string;
  /** Sorted by port id (a canonical order: views compare and digest equal). */
  readonly interfaces: readonly RouterInterfaceView[];
  /** Sorted by destination, then nexthop. */
  readonly routes: readonly RouterRouteView[];
}

/** The routers a host holds, by id. */
export type RouterTable = Map<string, RouterView>;

/** A view with its lists in canonical order. */
export function routerView(routerId: string, interfaces: readonly RouterInterfaceView[], routes: readonly RouterRouteView[]): RouterView {
  return {
    routerId,
    interfaces: [...interfaces].sort((a, b) => cmp(a.portId, b.portId)),
    routes: [...routes].sort((a, b) => cmp(a.destination, b.destination) || cmp(a.nexthop, b.nexthop)),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The wire form of a router's whole state (`full: true`). */
export function encodeRouterDelta(r: RouterView): trellis.l2.v1.IRouterDelta {
  return {
    routerId: r.routerId,
    full: true,
    interfaces: r.interfaces.map((i) => ({ networkId: i.networkId, vni: i.vni, subnetId: i.subnetId, portId: i.portId, cidr: i.cidr, ip: ipToBytes(i.ip), routerMac: macToBytes(i.routerMac) })),
    routes: r.routes.map((x) => ({ destination: x.destination, nexthop: ipToBytes(x.nexthop) })),
  };
}

/** The wire form of "drop this router". */
export function leaveRouterDelta(routerId: string): trellis.l2.v1.IRouterDelta {
  return { routerId, leave: true };
}

/** A decoded RouterDelta: the router's whole state, or its leave. */
export type DecodedRouterDelta = { readonly routerId: string; readonly leave: true } | { readonly routerId: string; readonly leave: false; readonly view: RouterView };

/** Decodes and validates one RouterDelta; throws on a malformed one (the host nacks the version). */
export function decodeRouterDelta(d: trellis.l2.v1.IRouterDelta): DecodedRouterDelta {
  const routerId = d.routerId ?? '';
  if (routerId === '') throw new Error('router delta without router_id');
  if (d.leave) return { routerId, leave: true };
  if (!d.full) throw new Error(`router ${routerId}: neither full nor leave`);
  const interfaces = (d.interfaces ?? []).map((i): RouterInterfaceView => {
    const vni = i.vni ?? 0;
    if (vni < 1 || vni > 0xffffff) throw new Error(`router ${routerId}: interface VNI ${vni} out of range`);
    return { networkId: i.networkId ?? '', vni, subnetId: i.subnetId ?? '', portId: i.portId ?? '', cidr: canonicalCidr(i.cidr ?? ''), ip: bytesToIp(i.ip ?? new Uint8Array()), routerMac: macOf(i.routerMac) };
  });
  const routes = (d.routes ?? []).map((x): RouterRouteView => ({ destination: canonicalCidr(x.destination ?? ''), nexthop: bytesToIp(x.nexthop ?? new Uint8Array()) }));
  return { routerId, leave: false, view: routerView(routerId, interfaces, routes) };
}

function macOf(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length !== 6) throw new Error(`router MAC must be 6 bytes, got ${bytes?.length ?? 0}`);
  return bytesToMac(bytes);
}

/** "10.0.1.0/24" in canonical text (address as libs/l2 renders it); throws on anything else. */
export function canonicalCidr(text: string): string {
  const slash = text.indexOf('/');
  if (slash < 0) throw new Error(`CIDR ${text.slice(0, 64)} has no prefix length`);
  const ip = canonicalIp(text.slice(0, slash));
  const len = Number(text.slice(slash + 1));
  const max = ip.includes(':') ? 128 : 32;
  if (!Number.isInteger(len) || len < 0 || len > max) throw new Error(`CIDR ${text.slice(0, 64)} has a bad prefix length`);
  return `${ip}/${len}`;
}

export function routerViewsEqual(a: RouterView | undefined, b: RouterView | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalRouterText(a) === canonicalRouterText(b);
}

function canonicalRouterText(r: RouterView): string {
  const i = r.interfaces.map((x) => `i|${x.portId}|${x.networkId}|${x.vni}|${x.subnetId}|${x.cidr}|${x.ip}|${x.routerMac}`);
  const routes = r.routes.map((x) => `r|${x.destination}|${x.nexthop}`);
  return [r.routerId, ...i, ...routes].join('\n');
}

/**
 * FNV-1a-64 of the router's canonical text (docs/protocol.md "Routers"): its id, then one line
 * per interface in port id order, then one per route in destination, nexthop order. The host
 * digests what it holds, the controller what it would send; equal views digest equal.
 */
export function digestRouterView(r: RouterView): bigint {
  return fnv1a64(canonicalRouterText(r));
}

/**
 * A host's routers as `Digests.routers` carries them: one `RouterDigest` per router, sorted by
 * router id, each digest in its wire form (`digestToWire`, compared with `digestMatches`).
 */
export function routerDigests(routers: Iterable<RouterView>): trellis.l2.v1.IRouterDigest[] {
  return Array.from(routers, (r) => ({ routerId: r.routerId, digest: digestToWire(digestRouterView(r)) })).sort((a, b) => cmp(a.routerId, b.routerId));
}

/**
 * The static neighbours a host's router context needs for remote instances: every neighbour
 * entry (IP → MAC) of the host's VNI tables of the router's networks whose IP lies inside one of
 * the router's interface subnets on that VNI (asymmetric IRB: the router resolves a remote
 * instance from the L2 tables the host already holds, and bridges the packet to its VTEP).
 */
export function routerNeighbours(r: RouterView, neighOf: (vni: number) => ReadonlyMap<string, string> | undefined): Map<string, { mac: string; portId: string }> {
  const out = new Map<string, { mac: string; portId: string }>();
  for (const i of r.interfaces) {
    const neigh = neighOf(i.vni);
    if (!neigh) continue;
    const inside = cidrMatcher(i.cidr);
    for (const [ip, mac] of neigh) if (ip !== i.ip && inside(ip)) out.set(ip, { mac, portId: i.portId });
  }
  return out;
}

/** A predicate: is a canonical IP text inside `cidr`? */
export function cidrMatcher(cidr: string): (ip: string) => boolean {
  const [base, lenText] = cidr.split('/');
  const len = Number(lenText);
  const net = ipToBytes(base);
  return (ip: string) => {
    let b: Uint8Array;
    try {
      b = ipToBytes(ip);
    } catch {
      return false;
    }
    if (b.length !== net.length) return false;
    let bits = len;
    for (let k = 0; k < b.length && bits > 0; k++, bits -= 8) {
      const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((b[k] & mask) !== (net[k] & mask)) return false;
    }
    return true;
  };
}
