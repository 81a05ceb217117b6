import { Collections, type Network } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { storeSpec } from '../../store-spec';

/** Secondary indexes of the networks collection. */
export const NETWORK_INDEXES = {
  networksByVni: 'byVni',
  /** Owner project (quota usage counts). */
  networksByProject: 'byProject',
} as const;

/** Networks, and the VNIs allocated to them. */
export const NETWORK_STORE: readonly CollectionSpec[] = [
  storeSpec<Network>(Collections.networks, {
    [NETWORK_INDEXES.networksByVni]: (n) => n.segmentationId ?? undefined,
    [NETWORK_INDEXES.networksByProject]: (n) => n.projectId,
  }),
  storeSpec(Collections.vnis),
];
