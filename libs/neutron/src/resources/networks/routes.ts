import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../../context';
import { preconditionOf } from '../../if-match';
import { assertAttributesAllowed, canRead } from '../../policy';
import { itemsOf, listParamsOf, listReply, showReply } from '../../routes/list-reply';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import type { NetworkReadBackend, NetworkView, NetworkWrites } from './backend';
import { networkCreateInput, networkUpdateInput } from './input';
import { NETWORK_ATTRIBUTES, networkToJson } from './json';
import { assertNetworkVisible, assertNetworkWritable } from './policy';
import { NetworkCreateRequest, NetworkUpdateRequest, type NetworkCreateBody, type NetworkUpdateBody } from './schema';

/** Reads a network the caller may see, else NetworkNotFound (Neutron hides what you cannot read). */
export async function visibleNetwork(backend: NetworkReadBackend, ctx: RequestContext, id: string): Promise<NetworkView> {
  const view = await backend.getNetwork(ctx, id);
  assertNetworkVisible(ctx, view.network, id);
  return view;
}

/** `/v2.0/networks`: reads always; writes when `writes` is given. */
export function registerNetworkRoutes(app: FastifyInstance, backend: NetworkReadBackend, writes?: NetworkWrites): void {
  app.get('/v2.0/networks', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'networks', NETWORK_ATTRIBUTES);
    const ctx = request.neutronContext;
    const views = await backend.listNetworks(ctx, params.filters);
    return listReply(request, 'networks', params, views.filter((v) => canRead(ctx, v.network)).map(networkToJson));
  });

  app.get('/v2.0/networks/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { network: showReply(ctx, request, networkToJson(await visibleNetwork(backend, ctx, id))) };
  });

  if (!writes) return;

  app.post('/v2.0/networks', { schema: { body: NetworkCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<NetworkCreateBody>(request.body as Record<string, unknown>, 'network', 'networks');
    for (const item of items) assertAttributesAllowed(ctx, 'create_network', item);
    const created = (await writes.createNetworks(ctx, items.map((b) => networkCreateInput(ctx, b)))).map((v) => showReply(ctx, request, networkToJson(v)));
    return reply.code(201).send(bulk ? { networks: created } : { network: created[0] });
  });

  app.put('/v2.0/networks/:id', { schema: { params: IdParams, body: NetworkUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const body = (request.body as { network: NetworkUpdateBody }).network;
    assertNetworkWritable(ctx, (await visibleNetwork(backend, ctx, id)).network, 'update_network');
    assertAttributesAllowed(ctx, 'update_network', body);
    const view = await writes.updateNetwork(ctx, id, networkUpdateInput(body), preconditionOf(request));
    return { network: showReply(ctx, request, networkToJson(view)) };
  });

  app.delete('/v2.0/networks/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    assertNetworkWritable(ctx, (await visibleNetwork(backend, ctx, id)).network, 'delete_network');
    await writes.deleteNetwork(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });
}
