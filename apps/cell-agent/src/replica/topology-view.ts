import { Collections, emptyTopology, resolveScope, topologyMapOf, type MutableTopology, type TopologyView } from '@trellis/domain';
import type { Change, Item } from '@trellis/store';

export type { MutableTopology } from '@trellis/domain';

const keyString = (key: Item<unknown>['key']): string => (Array.isArray(key) ? key.join('/') : String(key));

export function topologyFromItems(collections: ReadonlyMap<string, readonly Item<unknown>[]>): MutableTopology {
  const topology = emptyTopology();
  for (const [name, items] of collections) {
    const map = topologyMapOf(topology, name);
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
    const map = topologyMapOf(topology, change.collection);
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
