import { Collections, type SubnetPool } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { storeSpec } from '../../store-spec';

/** Secondary indexes of the subnet pools collection. */
export const SUBNETPOOL_INDEXES = {
  /** Owner project (quota usage counts). */
  subnetPoolsByProject: 'byProject',
} as const;

export const SUBNETPOOL_STORE: readonly CollectionSpec[] = [storeSpec<SubnetPool>(Collections.subnetpools, { [SUBNETPOOL_INDEXES.subnetPoolsByProject]: (p) => p.projectId })];
