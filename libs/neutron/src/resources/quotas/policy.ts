import { domainError } from '@trellis/domain';
import type { RequestContext } from '../../context';

/**
 * Neutron's quota policy: a project reads its own quotas (`get_quota`: admin or project reader);
 * listing every project's, changing and resetting them are admin only.
 */
export function assertQuotaReadable(ctx: RequestContext, projectId: string): void {
  if (!ctx.isAdmin && ctx.projectId !== projectId) throw domainError('PolicyNotAuthorized', { action: 'get_quota' });
}

export function assertQuotaAdmin(ctx: RequestContext, action: 'get_quota' | 'update_quota' | 'delete_quota'): void {
  if (!ctx.isAdmin) throw domainError('PolicyNotAuthorized', { action });
}
