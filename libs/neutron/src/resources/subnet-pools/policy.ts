import { domainError, type SubnetPool } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { canRead, canWrite } from '../../policy';
import { toBool } from '../../schemas/common';

/**
 * Neutron's subnet pool defaults: readable by admins, the owner project and, when shared, by
 * everyone (a pool the caller may not read does not exist for it); changed and deleted by admins
 * and the owner; `shared` and `is_default` set by admins only.
 */
export function assertSubnetPoolVisible(ctx: RequestContext, pool: SubnetPool): void {
  if (!canRead(ctx, pool)) throw domainError('SubnetPoolNotFound', { subnetpool_id: pool.id });
}

export type SubnetPoolAction = 'update_subnetpool' | 'delete_subnetpool';

/** Refuses changes to a visible pool the caller does not own. */
export function assertSubnetPoolWritable(ctx: RequestContext, pool: SubnetPool, action: SubnetPoolAction): void {
  if (!canWrite(ctx, pool)) throw domainError('PolicyNotAuthorized', { action });
}

/**
 * `is_default` is admin-only (`shared` is refused by the common rule). As Neutron's attribute
 * policies, a create that sends the default (false) has not set it; an update that names it has.
 */
export function assertDefaultFlagAllowed(ctx: RequestContext, action: 'create_subnetpool' | 'update_subnetpool', body: Readonly<{ is_default?: boolean | string }>): void {
  if (ctx.isAdmin || body.is_default === undefined) return;
  if (action === 'update_subnetpool' || toBool(body.is_default)) throw domainError('PolicyNotAuthorized', { action: `${action}:is_default` });
}
