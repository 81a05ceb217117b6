import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestContext } from '../../context';
import { preconditionOf } from '../../if-match';
import { assertAttributesAllowed, canRead } from '../../policy';
import { itemsOf, listParamsOf, listReply, showReply } from '../../routes/list-reply';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import type { RouterBackend, RouterView } from './backend';
import { routerCreateInput, routerInterfaceInput, routerUpdateInput } from './input';
import { ROUTER_ATTRIBUTES, routerInterfaceInfoToJson, routerToJson } from './json';
import { assertRouterVisible, assertRouterWritable } from './policy';
import { RouterCreateRequest, RouterInterfaceRequest, RouterUpdateRequest, type RouterCreateBody, type RouterInterfaceBody, type RouterUpdateBody } from './schema';

/** Reads a router the caller may see, else RouterNotFound (Neutron hides what you cannot read). */
export async function visibleRouter(backend: RouterBackend, ctx: RequestContext, id: string): Promise<RouterView> {
  const view = await backend.getRouter(ctx, id);
  assertRouterVisible(ctx, view.router);
  return view;
}

/**
 * `router` (with `extraroute` and `router_availability_zone`): `/v2.0/routers[/{id}]` and the
 * `add_router_interface` / `remove_router_interface` actions.
 */
export function registerRouterRoutes(app: FastifyInstance, backend: RouterBackend): void {
  app.get('/v2.0/routers', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'routers', ROUTER_ATTRIBUTES);
    const ctx = request.neutronContext;
    const views = await backend.listRouters(ctx, params.filters);
    return listReply(request, 'routers', params, views.filter((v) => canRead(ctx, v.router)).map(routerToJson));
  });

  app.get('/v2.0/routers/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { router: showReply(ctx, request, routerToJson(await visibleRouter(backend, ctx, id))) };
  });

  app.post('/v2.0/routers', { schema: { body: RouterCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<RouterCreateBody>(request.body as Record<string, unknown>, 'router', 'routers');
    for (const item of items) assertAttributesAllowed(ctx, 'create_router', item);
    const created = (await backend.createRouters(ctx, items.map((b) => routerCreateInput(ctx, b)))).map((v) => showReply(ctx, request, routerToJson(v)));
    return reply.code(201).send(bulk ? { routers: created } : { router: created[0] });
  });

  app.put('/v2.0/routers/:id', { schema: { params: IdParams, body: RouterUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const body = (request.body as { router: RouterUpdateBody }).router;
    assertRouterWritable(ctx, (await visibleRouter(backend, ctx, id)).router, 'update_router');
    const view = await backend.updateRouter(ctx, id, routerUpdateInput(body), preconditionOf(request));
    return { router: showReply(ctx, request, routerToJson(view)) };
  });

  app.delete('/v2.0/routers/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    assertRouterWritable(ctx, (await visibleRouter(backend, ctx, id)).router, 'delete_router');
    await backend.deleteRouter(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });

  const interfaceAction = (op: 'add' | 'remove') => async (request: FastifyRequest) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const input = routerInterfaceInput(request.body as RouterInterfaceBody | undefined, op);
    assertRouterWritable(ctx, (await visibleRouter(backend, ctx, id)).router, op === 'add' ? 'add_router_interface' : 'remove_router_interface');
    const info = op === 'add' ? await backend.addRouterInterface(ctx, id, input) : await backend.removeRouterInterface(ctx, id, input);
    return routerInterfaceInfoToJson(info);
  };
  app.put('/v2.0/routers/:id/add_router_interface', { schema: { params: IdParams, body: RouterInterfaceRequest } }, interfaceAction('add'));
  app.put('/v2.0/routers/:id/remove_router_interface', { schema: { params: IdParams, body: RouterInterfaceRequest } }, interfaceAction('remove'));
}

/** Discovery entries, advertised wherever the routes are mounted. */
export const ROUTER_EXTENSIONS = [
  { alias: 'router', name: 'Neutron L3 Router', description: 'Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a NAT gateway.' },
  { alias: 'router_availability_zone', name: 'Router Availability Zone', description: 'Availability zone support for router.' },
  { alias: 'extraroute', name: 'Neutron Extra Route', description: 'Extra routes configuration for L3 router' },
] as const;
