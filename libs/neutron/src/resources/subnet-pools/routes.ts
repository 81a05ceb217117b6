import type { SubnetPool } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../../context';
import { preconditionOf } from '../../if-match';
import { assertAttributesAllowed, canRead } from '../../policy';
import { itemsOf, listParamsOf, listReply, showReply } from '../../routes/list-reply';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import type { SubnetPoolBackend } from './backend';
import { subnetPoolCreateInput, subnetPoolUpdateInput } from './input';
import { SUBNETPOOL_ATTRIBUTES, subnetPoolToJson } from './json';
import { assertDefaultFlagAllowed, assertSubnetPoolVisible, assertSubnetPoolWritable } from './policy';
import { SubnetPoolCreateRequest, SubnetPoolUpdateRequest, type SubnetPoolCreateBody, type SubnetPoolUpdateBody } from './schema';

/** Reads a pool the caller may see, else SubnetPoolNotFound (Neutron hides what you cannot read). */
export async function visibleSubnetPool(backend: SubnetPoolBackend, ctx: RequestContext, id: string): Promise<SubnetPool> {
  const pool = await backend.getSubnetPool(ctx, id);
  assertSubnetPoolVisible(ctx, pool);
  return pool;
}

/** `subnet_allocation`: `/v2.0/subnetpools[/{id}]`. */
export function registerSubnetPoolRoutes(app: FastifyInstance, backend: SubnetPoolBackend): void {
  app.get('/v2.0/subnetpools', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'subnetpools', SUBNETPOOL_ATTRIBUTES);
    const ctx = request.neutronContext;
    const pools = await backend.listSubnetPools(ctx, params.filters);
    return listReply(request, 'subnetpools', params, pools.filter((p) => canRead(ctx, p)).map(subnetPoolToJson));
  });

  app.get('/v2.0/subnetpools/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { subnetpool: showReply(ctx, request, subnetPoolToJson(await visibleSubnetPool(backend, ctx, id))) };
  });

  app.post('/v2.0/subnetpools', { schema: { body: SubnetPoolCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<SubnetPoolCreateBody>(request.body as Record<string, unknown>, 'subnetpool', 'subnetpools');
    for (const item of items) {
      assertAttributesAllowed(ctx, 'create_subnetpool', item);
      assertDefaultFlagAllowed(ctx, 'create_subnetpool', item);
    }
    const created = (await backend.createSubnetPools(ctx, items.map((b) => subnetPoolCreateInput(ctx, b)))).map((p) => showReply(ctx, request, subnetPoolToJson(p)));
    return reply.code(201).send(bulk ? { subnetpools: created } : { subnetpool: created[0] });
  });

  app.put('/v2.0/subnetpools/:id', { schema: { params: IdParams, body: SubnetPoolUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const body = (request.body as { subnetpool: SubnetPoolUpdateBody }).subnetpool;
    assertSubnetPoolWritable(ctx, await visibleSubnetPool(backend, ctx, id), 'update_subnetpool');
    assertDefaultFlagAllowed(ctx, 'update_subnetpool', body);
    const pool = await backend.updateSubnetPool(ctx, id, subnetPoolUpdateInput(body), preconditionOf(request));
    return { subnetpool: showReply(ctx, request, subnetPoolToJson(pool)) };
  });

  app.delete('/v2.0/subnetpools/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    assertSubnetPoolWritable(ctx, await visibleSubnetPool(backend, ctx, id), 'delete_subnetpool');
    await backend.deleteSubnetPool(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });
}

/** Discovery entries, advertised wherever the routes are mounted. */
export const SUBNETPOOL_EXTENSIONS = [
  { alias: 'subnet_allocation', name: 'Subnet Allocation', description: 'Enables allocation of subnets from a subnet pool' },
  { alias: 'default-subnetpools', name: 'Default Subnetpools', description: 'Provides ability to mark and use a subnetpool as the default.' },
] as const;
