import { domainError, type Subnet } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../../context';
import { preconditionOf } from '../../if-match';
import { assertAttributesAllowed, canRead, canWrite } from '../../policy';
import { itemsOf, listParamsOf, listReply, showReply } from '../../routes/list-reply';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import type { NetworkReadBackend } from '../networks/backend';
import { visibleNetwork } from '../networks/routes';
import type { SubnetReadBackend, SubnetWrites } from './backend';
import { subnetCreateInput, subnetUpdateInput } from './input';
import { SUBNET_ATTRIBUTES, subnetToJson } from './json';
import { networkSharedLookup, readableSubnets } from './policy';
import { SubnetCreateRequest, SubnetUpdateRequest, type SubnetCreateBody, type SubnetUpdateBody } from './schema';

/** What the subnet routes read: subnets, and their networks (visibility, `shared`). */
export type SubnetRouteBackend = NetworkReadBackend & SubnetReadBackend;

/** Subnet filters: the attributes plus Neutron's filter-only `shared` (the network's flag). */
const SUBNET_FILTERS = [...SUBNET_ATTRIBUTES, 'shared'];

/** `?shared=…`: subnets whose network's `shared` matches one of the wanted values. */
async function onSharedNetworks(backend: NetworkReadBackend, ctx: RequestContext, subnets: Subnet[], wanted: readonly string[]): Promise<Subnet[]> {
  const accepted = new Set(wanted.map((w) => ['true', '1', 'yes', 'on'].includes(w.toLowerCase())));
  const isShared = networkSharedLookup(backend, ctx);
  const out: Subnet[] = [];
  for (const s of subnets) {
    if (accepted.has(await isShared(s.networkId))) out.push(s);
  }
  return out;
}

async function visibleSubnet(backend: SubnetRouteBackend, ctx: RequestContext, id: string): Promise<Subnet> {
  const subnet = await backend.getSubnet(ctx, id);
  if ((await readableSubnets(backend, ctx, [subnet])).length === 0) throw domainError('SubnetNotFound', { subnet_id: id });
  return subnet;
}

/** `/v2.0/subnets`: reads always; writes when `writes` is given. */
export function registerSubnetRoutes(app: FastifyInstance, backend: SubnetRouteBackend, writes?: SubnetWrites): void {
  app.get('/v2.0/subnets', { schema: { querystring: ListQuery } }, async (request) => {
    const { shared, ...filters } = listParamsOf(request, 'subnets', SUBNET_FILTERS).filters;
    const params = { ...listParamsOf(request, 'subnets', SUBNET_FILTERS), filters };
    const ctx = request.neutronContext;
    let subnets = await readableSubnets(backend, ctx, await backend.listSubnets(ctx, filters));
    if (shared) subnets = await onSharedNetworks(backend, ctx, subnets, shared);
    return listReply(request, 'subnets', params, subnets.map(subnetToJson));
  });

  app.get('/v2.0/subnets/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { subnet: showReply(ctx, request, subnetToJson(await visibleSubnet(backend, ctx, id))) };
  });

  if (!writes) return;

  app.post('/v2.0/subnets', { schema: { body: SubnetCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<SubnetCreateBody>(request.body as Record<string, unknown>, 'subnet', 'subnets');
    for (const item of items) {
      assertAttributesAllowed(ctx, 'create_subnet', item);
      // Only the network's owner (or an admin) adds subnets, even to a shared network.
      const net = await visibleNetwork(backend, ctx, item.network_id);
      if (!canWrite(ctx, net.network)) throw domainError('PolicyNotAuthorized', { action: 'create_subnet' });
    }
    const created = (await writes.createSubnets(ctx, items.map((b) => subnetCreateInput(ctx, b)))).map((s) => showReply(ctx, request, subnetToJson(s)));
    return reply.code(201).send(bulk ? { subnets: created } : { subnet: created[0] });
  });

  app.put('/v2.0/subnets/:id', { schema: { params: IdParams, body: SubnetUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const current = await visibleSubnet(backend, ctx, id);
    if (!canWrite(ctx, current)) throw domainError('PolicyNotAuthorized', { action: 'update_subnet' });
    const body = (request.body as { subnet: SubnetUpdateBody }).subnet;
    const subnet = await writes.updateSubnet(ctx, id, subnetUpdateInput(body), preconditionOf(request));
    return { subnet: showReply(ctx, request, subnetToJson(subnet)) };
  });

  app.delete('/v2.0/subnets/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const current = await visibleSubnet(backend, ctx, id);
    if (!canRead(ctx, current) || !canWrite(ctx, current)) throw domainError('PolicyNotAuthorized', { action: 'delete_subnet' });
    await writes.deleteSubnet(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });
}
