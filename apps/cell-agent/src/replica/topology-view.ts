import { Collections, resolveScope, type AvailabilityZone, type Cell, type Host, type Region, type TopologyView } from '@trellis/domain';
import type { Change, Item } from '@trellis/store';

/** A mutable topology, built from store items and patched with feed changes. */
export interface MutableTopology {
  regions: Map<string, Region>;
  zones: Map<string, AvailabilityZone>;
  cells: Map<string, Cell>;
  hosts: Map<string, Host>;
}

const keyString = (key: Item<unknown>['key']): string => (Array.isArray(key) ? key.join('/') : String(key));

export function emptyTopology(): MutableTopology {
  return { regions: new Map(), zones: new Map(), cells: new Map(), hosts: new Map() };
}

/** The topology map a collection's items live in, if it is a topology collection. */
function mapOf(topology: MutableTopology, collection: string): Map<string, unknown> | undefined {
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

export function topologyFromItems(collections: ReadonlyMap<string, readonly Item<unknown>[]>): MutableTopology {
  const topology = emptyTopology();
  for (const [name, items] of collections) {
    const map = mapOf(topology, name);
    if (map) for (const item of items) map.set(keyString(item.key), item.value);
  }
  return topology;
}

/** A change as the feed or a local commit carries it. */
export type TopologyChange = Pick<Change, 'type' | 'collection' | 'key' | 'value'>;

/** Applies topology changes in place; returns true when any change was a topology change. */
export function patchTopology(topology: MutableTopology, changes: readonly TopologyChange[]): boolean {
  let touched = false;
  for (const change of changes) {
    const map = mapOf(topology, change.collection);
    if (!map) continue;
    touched = true;
    if (change.type === 'put') map.set(keyString(change.key), change.value);
    else map.delete(keyString(change.key));
  }
  return touched;
}

/** True when any binding of the port is on a host of one of `cells`. */
export function portInCells(port: { bindings: readonly { host: string }[] }, cells: ReadonlySet<string>, topology: TopologyView): boolean {
  return port.bindings.some((b) => {
    const cell = topology.hosts.get(b.host)?.cell;
    return cell !== undefined && cells.has(cell);
  });
}

/**
 * Whether a scoped resource (a router) reaches one of this agent's cells: global, or one of the
 * cells its hints resolve to is ours.
 */
export function scopeReachesCells(hints: readonly string[], cells: ReadonlySet<string>, topology: TopologyView): boolean {
  if (hints.length === 0) return true;
  for (const cell of resolveScope(hints, topology).cells) if (cells.has(cell)) return true;
  return false;
}
