import { Collections, type Subnet } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { storeSpec } from '../../store-spec';

/** Secondary indexes of the subnets collection. */
export const SUBNET_INDEXES = {
  subnetsByNetwork: 'byNetwork',
  /** Owner project (quota usage counts). */
  subnetsByProject: 'byProject',
  /** The pool the subnet's CIDR was allocated from (pool in use, free prefix space). */
  subnetsByPool: 'byPool',
} as const;

export const SUBNET_STORE: readonly CollectionSpec[] = [
  storeSpec<Subnet>(Collections.subnets, {
    [SUBNET_INDEXES.subnetsByNetwork]: (s) => s.networkId,
    [SUBNET_INDEXES.subnetsByProject]: (s) => s.projectId,
    [SUBNET_INDEXES.subnetsByPool]: (s) => s.subnetpoolId ?? undefined,
  }),
];
