import { domainError } from '@trellis/domain';
import type { RequestContext } from '../../context';

/**
 * Neutron's agent policy is admin only. As Neutron does, an agent a caller may not see does not
 * exist for it: lists leave it out, single-agent calls answer AgentNotFound.
 */
export function assertAgentVisible(ctx: RequestContext, id: string): void {
  if (!ctx.isAdmin) throw domainError('AgentNotFound', { id });
}
