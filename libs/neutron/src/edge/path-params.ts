import { domainError, type DomainError } from '@trellis/domain';
import type { FastifyRequest } from 'fastify';
import { isImpossibleId } from './text';

/** The NotFound a collection's routes raise for an id, as Neutron names it. */
function notFound(route: string, params: Readonly<Record<string, string>>, param: string): DomainError {
  const id = params.id ?? '';
  if (param === 'host' && route.startsWith('/v2.0/ports/')) return domainError('PortBindingNotFound', { port_id: id, host: params.host ?? '' });
  if (route.startsWith('/v2.0/ports/')) return domainError('PortNotFound', { port_id: id });
  if (route.startsWith('/v2.0/networks/')) return domainError('NetworkNotFound', { net_id: id });
  if (route.startsWith('/v2.0/subnets/')) return domainError('SubnetNotFound', { subnet_id: id });
  return domainError('NotFound', { resource: `${param} ${params[param] ?? ''}` });
}

/**
 * Refuses path parameters no resource can carry (empty, `.`/`..`, NUL, unpaired surrogates, over
 * `maxBytes` UTF-8 bytes) with the route's own 404, before they reach a store key (LMDB refuses
 * NUL and long keys with a 500) or a forwarded URL (where `..` would resolve to another route).
 */
export function checkPathParams(request: FastifyRequest, maxBytes: number): void {
  const params = request.params as Readonly<Record<string, string>> | undefined;
  const route = request.routeOptions.url;
  if (!params || route === undefined) return;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && isImpossibleId(value, maxBytes)) throw notFound(route, params, name);
  }
}
