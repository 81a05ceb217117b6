import { domainError } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../../context';
import { preconditionOf } from '../../if-match';
import { assertAdmin, assertAttributesAllowed, canRead, canWrite } from '../../policy';
import { itemsOf, listParamsOf, listReply, showReply } from '../../routes/list-reply';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import type { NetworkReadBackend } from '../networks/backend';
import { visibleNetwork } from '../networks/routes';
import type { PortBackend, StoredPort } from './backend';
import { portCreateInput, portUpdateInput } from './input';
import { PORT_ATTRIBUTES, portToJson } from './json';
import { assertPortAttributesOnNetwork, assertPortVisible } from './policy';
import { PortCreateRequest, PortUpdateRequest, type PortCreateBody, type PortUpdateBody } from './schema';

/** What the port routes read and write: ports, and their networks (ownership, `shared`). */
export type PortRouteBackend = NetworkReadBackend & PortBackend;

/** A port the caller owns (ports are never shared), else PortNotFound. */
export async function visiblePort(backend: Pick<PortBackend, 'getPort'>, ctx: RequestContext, id: string): Promise<StoredPort> {
  const port = await backend.getPort(ctx, id);
  assertPortVisible(ctx, port, id);
  return port;
}

/** `/v2.0/ports`. */
export function registerPortRoutes(app: FastifyInstance, backend: PortRouteBackend): void {
  app.get('/v2.0/ports', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'ports', PORT_ATTRIBUTES);
    const ctx = request.neutronContext;
    const ports = await backend.listPorts(ctx, params.filters);
    return listReply(request, 'ports', params, ports.filter((p) => canRead(ctx, p)).map(portToJson));
  });

  app.get('/v2.0/ports/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { port: showReply(ctx, request, portToJson(await visiblePort(backend, ctx, id))) };
  });

  app.post('/v2.0/ports', { schema: { body: PortCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<PortCreateBody>(request.body as Record<string, unknown>, 'port', 'ports');
    for (const item of items) {
      assertAttributesAllowed(ctx, 'create_port', item);
      // Members may create ports on their own and on shared networks; an external network they
      // can read is not enough (Neutron's network ownership check answers 403).
      const net = await visibleNetwork(backend, ctx, item.network_id);
      if (!canWrite(ctx, net.network) && !net.network.shared) throw domainError('PolicyNotAuthorized', { action: 'create_port' });
      assertPortAttributesOnNetwork(ctx, 'create', item as Record<string, unknown>, net.network);
    }
    const created = (await backend.createPorts(ctx, items.map((b) => portCreateInput(ctx, b)))).map((p) => showReply(ctx, request, portToJson(p)));
    return reply.code(201).send(bulk ? { ports: created } : { port: created[0] });
  });

  app.put('/v2.0/ports/:id', { schema: { params: IdParams, body: PortUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const current = await visiblePort(backend, ctx, id);
    const body = (request.body as { port: PortUpdateBody }).port;
    assertAttributesAllowed(ctx, 'update_port', body);
    assertPortAttributesOnNetwork(ctx, 'update', body as Record<string, unknown>, (await backend.getNetwork(ctx, current.networkId)).network);
    if (body.mac_address !== undefined) assertAdmin(ctx, 'update_port:mac_address');
    const port = await backend.updatePort(ctx, id, portUpdateInput(body), preconditionOf(request));
    return { port: showReply(ctx, request, portToJson(port)) };
  });

  app.delete('/v2.0/ports/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    await visiblePort(backend, ctx, id);
    await backend.deletePort(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });
}
