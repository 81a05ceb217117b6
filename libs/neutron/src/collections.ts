import { Collections, activeBinding, type Cell, type Host, type Network, type Router, type Subnet } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import type { StoredPort } from './resources/ports/backend';

/** Secondary index names, shared by every reader of the central store and its replicas. */
export const Indexes = {
  portsByNetwork: 'byNetwork',
  /** The host of the port's active binding (what `?binding:host_id=` asks for). */
  portsByHost: 'byHost',
  /**
   * The host of the port's inactive (migration destination) binding. The store keeps one key per
   * index entry, so "every binding host" is the union of byHost and byMigrationHost; Nova never
   * creates more than one inactive binding per port.
   */
  portsByMigrationHost: 'byMigrationHost',
  portsByDevice: 'byDevice',
  /** Owner project (quota usage counts). */
  portsByProject: 'byProject',
  subnetsByNetwork: 'byNetwork',
  subnetsByProject: 'byProject',
  hostsByCell: 'byCell',
  cellsByRegion: 'byRegion',
  networksByVni: 'byVni',
  networksByProject: 'byProject',
  /** Owner project (quota usage counts). */
  routersByProject: 'byProject',
} as const;

// Index functions are typed per collection here; the store sees values as unknown.
const spec = <T>(name: string, indexes?: CollectionSpec<T>['indexes']): CollectionSpec => ({ name, indexes }) as CollectionSpec;

/**
 * Collection specs of the Neutron-facing store (central-api and cell-agent replicas). Pass them
 * to the store at open time so the indexes are maintained inside every transaction.
 */
export const NEUTRON_COLLECTIONS: readonly CollectionSpec[] = [
  spec(Collections.regions),
  spec(Collections.zones),
  spec<Cell>(Collections.cells, { [Indexes.cellsByRegion]: (c) => c.region }),
  spec<Host>(Collections.hosts, { [Indexes.hostsByCell]: (h) => h.cell }),
  spec<Network>(Collections.networks, {
    [Indexes.networksByVni]: (n) => n.segmentationId ?? undefined,
    [Indexes.networksByProject]: (n) => n.projectId,
  }),
  spec<Subnet>(Collections.subnets, { [Indexes.subnetsByNetwork]: (s) => s.networkId, [Indexes.subnetsByProject]: (s) => s.projectId }),
  spec<StoredPort>(Collections.ports, {
    [Indexes.portsByNetwork]: (p) => p.networkId,
    [Indexes.portsByHost]: (p) => activeBinding(p)?.host,
    [Indexes.portsByMigrationHost]: (p) => p.bindings.find((b) => b.status === 'INACTIVE')?.host,
    [Indexes.portsByDevice]: (p) => (p.deviceId === '' ? undefined : p.deviceId),
    [Indexes.portsByProject]: (p) => p.projectId,
  }),
  spec<Router>(Collections.routers, { [Indexes.routersByProject]: (r) => r.projectId }),
  spec(Collections.vnis),
  spec(Collections.macs),
  spec(Collections.ips),
  spec(Collections.quotas),
  spec(Collections.idempotency),
];

/** Hosts of all bindings, the active one first. */
export function portHosts(port: Pick<StoredPort, 'bindings'>): string[] {
  const active = activeBinding(port);
  const rest = port.bindings.filter((b) => b !== active).map((b) => b.host);
  return active ? [active.host, ...rest] : rest;
}
