import { domainError } from './errors';
import { knownZones, type Cell, type TopologyView } from './topology';

/**
 * Where a network exists, from its `availability_zone_hints`: empty hints = every region;
 * otherwise every hint names an availability zone (all cells in it) or a region (all its cells).
 */
export interface NetworkScope {
  readonly global: boolean;
  readonly hints: readonly string[];
  /** Cells inside the scope (all known cells when global). */
  readonly cells: ReadonlySet<string>;
  /** Regions that hold at least one in-scope cell, plus regions named directly. */
  readonly regions: ReadonlySet<string>;
  /** Availability zones of the in-scope cells, plus zones named directly. */
  readonly zones: ReadonlySet<string>;
}

/**
 * Checks hints at network create: each must name a known AZ or region, else
 * AvailabilityZoneNotFound (404), as Neutron does for an unknown hint.
 */
export function validateZoneHints(hints: readonly string[], view: TopologyView): void {
  const zones = knownZones(view);
  for (const hint of hints) {
    if (!zones.has(hint) && !view.regions.has(hint)) {
      throw domainError('AvailabilityZoneNotFound', { availability_zone: hint });
    }
  }
}

function cellInHints(cell: Cell, hints: ReadonlySet<string>): boolean {
  return hints.has(cell.availabilityZone) || hints.has(cell.region);
}

/** Resolves a network's scope against the current topology. */
export function resolveScope(hints: readonly string[], view: TopologyView): NetworkScope {
  const hintSet = new Set(hints);
  const global = hints.length === 0;
  const cells = new Set<string>();
  const regions = new Set<string>();
  const zones = new Set<string>();
  for (const cell of view.cells.values()) {
    if (global || cellInHints(cell, hintSet)) {
      cells.add(cell.name);
      regions.add(cell.region);
      zones.add(cell.availabilityZone);
    }
  }
  for (const hint of hints) {
    if (view.regions.has(hint)) regions.add(hint);
    else zones.add(hint);
  }
  if (global) for (const region of view.regions.keys()) regions.add(region);
  return { global, hints: [...hints], cells, regions, zones };
}

/** True when a region may hold (materialise) a network with these hints. */
export function regionInScope(region: string, hints: readonly string[], view: TopologyView): boolean {
  return resolveScope(hints, view).regions.has(region);
}

/** Human-readable scope for error messages: "global" or "availability_zone_hints=[az1]". */
export function describeScope(hints: readonly string[]): string {
  return hints.length === 0 ? 'global' : `availability_zone_hints=[${hints.join(', ')}]`;
}

/**
 * Refuses a binding of a network's port to a host whose cell lies outside the network's scope.
 * Throws HostNotFound for an unregistered host and HostNotInNetworkScope (naming the host's
 * cell, region and AZ and the network's scope) when out of scope.
 */
export function assertHostInScope(hostId: string, network: { id: string; availabilityZoneHints: readonly string[] }, view: TopologyView): void {
  const host = view.hosts.get(hostId);
  if (!host) throw domainError('HostNotFound', { host: hostId });
  const cell = view.cells.get(host.cell);
  if (!cell) throw domainError('CellNotFound', { cell: host.cell });
  if (network.availabilityZoneHints.length === 0) return;
  if (!cellInHints(cell, new Set(network.availabilityZoneHints))) {
    throw domainError('HostNotInNetworkScope', {
      host: hostId,
      cell: cell.name,
      region: cell.region,
      availability_zone: cell.availabilityZone,
      net_id: network.id,
      scope: describeScope(network.availabilityZoneHints),
    });
  }
}

/**
 * Refuses an interface of a scoped router on a network outside the router's scope: every cell
 * and region of the network's scope must be in the router's. A global router takes any network;
 * a global network may attach to a scoped router (it exists in every region, the router's too).
 */
export function assertNetworkInRouterScope(
  router: { id: string; availabilityZoneHints: readonly string[] },
  network: { id: string; availabilityZoneHints: readonly string[] },
  view: TopologyView,
): void {
  if (router.availabilityZoneHints.length === 0 || network.availabilityZoneHints.length === 0) return;
  const routerScope = resolveScope(router.availabilityZoneHints, view);
  const networkScope = resolveScope(network.availabilityZoneHints, view);
  const inside = [...networkScope.cells].every((c) => routerScope.cells.has(c)) && [...networkScope.regions].every((r) => routerScope.regions.has(r));
  if (!inside) {
    throw domainError('NetworkNotInRouterScope', {
      net_id: network.id,
      net_scope: describeScope(network.availabilityZoneHints),
      router_id: router.id,
      router_scope: describeScope(router.availabilityZoneHints),
    });
  }
}
