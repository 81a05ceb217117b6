import { domainError, type Router } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { canRead, canWrite } from '../../policy';

/**
 * Neutron's secure-RBAC router defaults: a project's members create, change and delete its
 * routers and add or remove their interfaces; its readers only read (the edge refuses their
 * writes); admins do everything. A router the caller may not read does not exist for it.
 */
export function assertRouterVisible(ctx: RequestContext, router: Router): void {
  if (!canRead(ctx, router)) throw domainError('RouterNotFound', { router_id: router.id });
}

export type RouterAction = 'update_router' | 'delete_router' | 'add_router_interface' | 'remove_router_interface';

/** Refuses changes to a visible router the caller does not own. */
export function assertRouterWritable(ctx: RequestContext, router: Router, action: RouterAction): void {
  if (!canWrite(ctx, router)) throw domainError('PolicyNotAuthorized', { action });
}
