import { domainError, type Network } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { canRead, canWrite } from '../../policy';

/**
 * Neutron's network defaults: readable by the owner, and by everyone when shared or external
 * (`rule:shared or rule:external`); a network the caller may not read does not exist for it
 * (NetworkNotFound naming the id as asked).
 */
export function assertNetworkVisible(ctx: RequestContext, network: Network, id = network.id): void {
  if (!canRead(ctx, network)) throw domainError('NetworkNotFound', { net_id: id });
}

/** Refuses changes to a visible network the caller does not own. */
export function assertNetworkWritable(ctx: RequestContext, network: Network, action: 'update_network' | 'delete_network'): void {
  if (!canWrite(ctx, network)) throw domainError('PolicyNotAuthorized', { action });
}
