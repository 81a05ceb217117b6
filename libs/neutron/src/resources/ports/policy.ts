import { domainError } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { canRead } from '../../policy';
import type { StoredPort } from './backend';

/** Ports are never shared: a port the caller does not own does not exist for it (`id` as asked). */
export function assertPortVisible(ctx: RequestContext, port: StoredPort, id = port.id): void {
  if (!canRead(ctx, port)) throw domainError('PortNotFound', { port_id: id });
}

/**
 * Port attributes that only the network's owner (or an admin or the service role) may set, as in
 * Neutron's defaults (`create_port:mac_address`, `create_port:fixed_ips:ip_address`,
 * `create_port:device_owner` for `network:*` owners, `create_port:port_security_enabled`, and the
 * same for update): a member using someone else's shared network may not pick an address, a MAC,
 * turn port security off or pose as a router or DHCP port on it.
 */
export function assertPortAttributesOnNetwork(ctx: RequestContext, verb: 'create' | 'update', body: Readonly<Record<string, unknown>>, network: { projectId: string }): void {
  if (ctx.isAdmin || ctx.isService === true || network.projectId === ctx.projectId) return;
  const refuse = (attribute: string) => {
    throw domainError('PolicyNotAuthorized', { action: `${verb}_port:${attribute}` });
  };
  if (typeof body.device_owner === 'string' && body.device_owner.startsWith('network:')) refuse('device_owner');
  if (body.mac_address !== undefined) refuse('mac_address');
  if (body.port_security_enabled !== undefined) refuse('port_security_enabled');
  if (Array.isArray(body.fixed_ips) && body.fixed_ips.some((f) => typeof f === 'object' && f !== null && 'ip_address' in f)) refuse('fixed_ips:ip_address');
}
