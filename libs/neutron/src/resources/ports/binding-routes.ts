import { domainError } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import { assertAdmin } from '../../policy';
import { IdParams } from '../../schemas/common';
import type { PortBackend, PortBindingBackend } from './backend';
import { bindingCreateInput } from './input';
import { bindingToJson } from './json';
import { visiblePort } from './routes';
import { BindingCreateRequest, BindingParams, type BindingCreateBody } from './schema';

/** binding-extended: `/v2.0/ports/{id}/bindings[/{host}[/activate]]`, admin only as in Neutron. */
export function registerPortBindingRoutes(app: FastifyInstance, backend: Pick<PortBackend, 'getPort'> & PortBindingBackend): void {
  app.get('/v2.0/ports/:id/bindings', { schema: { params: IdParams } }, async (request) => {
    const ctx = request.neutronContext;
    assertAdmin(ctx, 'get_port_binding');
    const { id } = request.params as { id: string };
    await visiblePort(backend, ctx, id);
    return { bindings: (await backend.listBindings(ctx, id)).map(bindingToJson) };
  });

  app.get('/v2.0/ports/:id/bindings/:host', { schema: { params: BindingParams } }, async (request) => {
    const ctx = request.neutronContext;
    assertAdmin(ctx, 'get_port_binding');
    const { id, host } = request.params as { id: string; host: string };
    await visiblePort(backend, ctx, id);
    const binding = (await backend.listBindings(ctx, id)).find((b) => b.host === host);
    if (!binding) throw domainError('PortBindingNotFound', { port_id: id, host });
    return { binding: bindingToJson(binding) };
  });

  app.post('/v2.0/ports/:id/bindings', { schema: { params: IdParams, body: BindingCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    assertAdmin(ctx, 'create_port_binding');
    const { id } = request.params as { id: string };
    await visiblePort(backend, ctx, id);
    const body = (request.body as { binding: BindingCreateBody }).binding;
    const binding = await backend.createBinding(ctx, id, bindingCreateInput(body));
    return reply.code(201).send({ binding: bindingToJson(binding) });
  });

  app.put('/v2.0/ports/:id/bindings/:host/activate', { schema: { params: BindingParams } }, async (request) => {
    const ctx = request.neutronContext;
    assertAdmin(ctx, 'activate');
    const { id, host } = request.params as { id: string; host: string };
    await visiblePort(backend, ctx, id);
    return { binding: bindingToJson(await backend.activateBinding(ctx, id, host)) };
  });

  app.delete('/v2.0/ports/:id/bindings/:host', { schema: { params: BindingParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    assertAdmin(ctx, 'delete_port_binding');
    const { id, host } = request.params as { id: string; host: string };
    await visiblePort(backend, ctx, id);
    await backend.deleteBinding(ctx, id, host);
    return reply.code(204).send();
  });
}
