import { Collections } from './collections';
/**
 * The deployment topology: regions (one cell-agent each), Nova cells (one region, one AZ each),
 * availability zones (may span regions) and compute hosts (one cell each, one VTEP address each).
 */

export interface Region {
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
}

export interface AvailabilityZone {
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
}

export interface Cell {
  readonly name: string;
  readonly region: string;
  readonly availabilityZone: string;
  readonly createdAt: string;
}

export type AgentState = 'unknown' | 'up' | 'down';

export interface Host {
  /** The compute host name, as nova-compute reports it in `binding:host_id`. */
  readonly id: string;
  readonly cell: string;
  /** The VXLAN tunnel endpoint, IPv4 or IPv6, canonical text form. */
  readonly vtep: string;
  readonly agentState: AgentState;
  readonly agentVersion: string;
  /** ISO time of the last heartbeat or stream activity; null before the first. */
  readonly lastHeartbeatAt: string | null;
  /**
   * The distribution controller that last reported the agent connected; only that controller's
   * "down" counts (a controller that lost the host late must not mark it down where it now runs).
   */
  readonly agentController?: string;
  /** The operator's note on the host's agent (`description` of its Neutron agent). */
  readonly description?: string;
  readonly createdAt: string;
}

/** A consistent view of the topology, enough to resolve scopes and place hosts. */
export interface TopologyView {
  readonly regions: ReadonlyMap<string, Region>;
  readonly zones: ReadonlyMap<string, AvailabilityZone>;
  readonly cells: ReadonlyMap<string, Cell>;
  readonly hosts: ReadonlyMap<string, Host>;
}

/** Names of every availability zone that exists, explicit or named by a cell. */
export function knownZones(view: TopologyView): Set<string> {
  const zones = new Set(view.zones.keys());
  for (const cell of view.cells.values()) zones.add(cell.availabilityZone);
  return zones;
}

/** A topology held in memory and patched change by change (central's cache, a region's copy). */
export interface MutableTopology {
  regions: Map<string, Region>;
  zones: Map<string, AvailabilityZone>;
  cells: Map<string, Cell>;
  hosts: Map<string, Host>;
}

export function emptyTopology(): MutableTopology {
  return { regions: new Map(), zones: new Map(), cells: new Map(), hosts: new Map() };
}

/** The map of `topology` that holds a collection's items, if it is a topology collection. */
export function topologyMapOf(topology: MutableTopology, collection: string): Map<string, unknown> | undefined {
  switch (collection) {
    case Collections.regions:
      return topology.regions;
    case Collections.zones:
      return topology.zones;
    case Collections.cells:
      return topology.cells;
    case Collections.hosts:
      return topology.hosts;
    default:
      return undefined;
  }
}
