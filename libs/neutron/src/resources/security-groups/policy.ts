import { DEFAULT_SECURITY_GROUP_NAME, domainError, type SecurityGroup, type SecurityGroupRule } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { canRead, canWrite } from '../../policy';

/**
 * Neutron's secure-RBAC security group defaults: a project's members create, change and delete
 * its groups and their rules; its readers only read (the edge refuses their writes); admins do
 * everything. A group or rule the caller may not read does not exist for it.
 */
export function assertSecurityGroupVisible(ctx: RequestContext, group: SecurityGroup): void {
  if (!canRead(ctx, group)) throw domainError('SecurityGroupNotFound', { id: group.id });
}

export function assertSecurityGroupRuleVisible(ctx: RequestContext, rule: SecurityGroupRule): void {
  if (!canRead(ctx, rule)) throw domainError('SecurityGroupRuleNotFound', { id: rule.id });
}

export type SecurityGroupAction = 'update_security_group' | 'delete_security_group' | 'create_security_group_rule' | 'delete_security_group_rule';

/** Refuses changes to a visible group (or rule) the caller does not own. */
export function assertSecurityGroupWritable(ctx: RequestContext, resource: { projectId: string }, action: SecurityGroupAction): void {
  if (!canWrite(ctx, resource)) throw domainError('PolicyNotAuthorized', { action });
}

/** Neutron lets only admins delete a project's `default` group (Tempest's cleanup does, as admin). */
export function assertDefaultGroupDeletable(ctx: RequestContext, group: SecurityGroup): void {
  if (group.name === DEFAULT_SECURITY_GROUP_NAME && !ctx.isAdmin) throw domainError('SecurityGroupCannotRemoveDefault', {});
}

/** Neutron's `SecurityGroupCannotUpdateDefault`: the `default` group keeps its name. */
export function assertDefaultGroupKeepsName(group: SecurityGroup, name: string | undefined): void {
  if (group.name === DEFAULT_SECURITY_GROUP_NAME && name !== undefined && name !== DEFAULT_SECURITY_GROUP_NAME) throw domainError('SecurityGroupCannotUpdateDefault', {});
}
