import { Collections } from '@trellis/domain';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import type { CollectionSpec } from '@trellis/store';

/** The agent's own bookkeeping (the feed position), in the same LMDB as the replica. */
export const AGENT_META = 'agentMeta';
export const FEED_POSITION_KEY = 'feedPosition';

/** Everything the agent's LMDB holds: the Neutron collections it replicates plus its metadata. */
export const CELL_AGENT_COLLECTIONS: readonly CollectionSpec[] = [...NEUTRON_COLLECTIONS, { name: AGENT_META }];

export const TOPOLOGY_COLLECTIONS: readonly string[] = [Collections.regions, Collections.zones, Collections.cells, Collections.hosts];

/** What the agent watches on central's feed (allocation tables are central's business). */
export const SYNC_COLLECTIONS: readonly string[] = [...TOPOLOGY_COLLECTIONS, Collections.networks, Collections.subnets, Collections.ports, Collections.routers];
