import { Collections, type Router } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { storeSpec } from '../../store-spec';

/** Secondary indexes of the routers collection. */
export const ROUTER_INDEXES = {
  /** Owner project (quota usage counts). */
  routersByProject: 'byProject',
} as const;

export const ROUTER_STORE: readonly CollectionSpec[] = [storeSpec<Router>(Collections.routers, { [ROUTER_INDEXES.routersByProject]: (r) => r.projectId })];
