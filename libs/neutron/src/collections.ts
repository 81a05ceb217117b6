import { Collections, type Cell, type Host } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { NETWORK_INDEXES } from './resources/networks/store';
import { PORT_INDEXES } from './resources/ports/store';
import { NEUTRON_RESOURCES } from './resources/registry';
import { ROUTER_INDEXES } from './resources/routers/store';
import { SECURITY_GROUP_INDEXES } from './resources/security-groups/store';
import { SUBNETPOOL_INDEXES } from './resources/subnet-pools/store';
import { SUBNET_INDEXES } from './resources/subnets/store';
import { storeSpec } from './store-spec';

export { portHosts } from './resources/ports/store';

const TOPOLOGY_INDEXES = {
  hostsByCell: 'byCell',
  cellsByRegion: 'byRegion',
} as const;

/** Secondary index names, shared by every reader of the central store and its replicas. */
export const Indexes = { ...PORT_INDEXES, ...SUBNET_INDEXES, ...TOPOLOGY_INDEXES, ...NETWORK_INDEXES, ...ROUTER_INDEXES, ...SUBNETPOOL_INDEXES, ...SECURITY_GROUP_INDEXES } as const;

/** The topology the resources are placed on (regions, zones, cells, hosts). */
const TOPOLOGY_STORE: readonly CollectionSpec[] = [
  storeSpec(Collections.regions),
  storeSpec(Collections.zones),
  storeSpec<Cell>(Collections.cells, { [Indexes.cellsByRegion]: (c) => c.region }),
  storeSpec<Host>(Collections.hosts, { [Indexes.hostsByCell]: (h) => h.cell }),
];

/**
 * Collection specs of the Neutron-facing store (central-api and cell-agent replicas): the
 * topology, every registered resource's collections, and the idempotency records of the API.
 * Pass them to the store at open time so the indexes are maintained inside every transaction.
 */
export const NEUTRON_COLLECTIONS: readonly CollectionSpec[] = [
  ...TOPOLOGY_STORE,
  ...NEUTRON_RESOURCES.flatMap((r) => r.storeCollections ?? []),
  storeSpec(Collections.idempotency),
];
