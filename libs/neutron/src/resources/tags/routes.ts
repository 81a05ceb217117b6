import { domainError, type StandardAttrs } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { NetworkWriteBackend, NeutronBackend } from '../../backend';
import type { RequestContext } from '../../context';
import { canWrite } from '../../policy';
import { visibleNetwork } from '../networks/routes';
import { visiblePort } from '../ports/routes';
import type { RouterBackend } from '../routers/backend';
import { visibleRouter } from '../routers/routes';
import type { SecurityGroupBackend } from '../security-groups/backend';
import { visibleSecurityGroup } from '../security-groups/routes';
import type { SubnetPoolBackend } from '../subnet-pools/backend';
import { visibleSubnetPool } from '../subnet-pools/routes';
import { IdParams } from '../../schemas/common';
import { TagParams, TagsBody } from './schema';

type TaggedCollection = 'networks' | 'subnets' | 'ports' | 'routers' | 'subnetpools' | 'security-groups';

/** The optional resources' backends, tagged when mounted. */
export interface OptionalTagged {
  readonly routers?: RouterBackend;
  readonly subnetPools?: SubnetPoolBackend;
  readonly securityGroups?: SecurityGroupBackend;
}

/** Reading and replacing the tags of one resource the caller may change. */
interface Tagger {
  read(ctx: RequestContext, id: string): Promise<StandardAttrs>;
  write(ctx: RequestContext, id: string, tags: readonly string[]): Promise<void>;
}

function taggers(backend: NeutronBackend, writes: NetworkWriteBackend, { routers, subnetPools: pools, securityGroups }: OptionalTagged): Partial<Record<TaggedCollection, Tagger>> {
  const owned = <T extends StandardAttrs>(ctx: RequestContext, resource: T, action: string): T => {
    if (!canWrite(ctx, resource)) throw domainError('PolicyNotAuthorized', { action });
    return resource;
  };
  return {
    networks: {
      read: async (ctx, id) => owned(ctx, (await visibleNetwork(backend, ctx, id)).network, 'update_network:tags'),
      write: async (ctx, id, tags) => void (await writes.updateNetwork(ctx, id, { tags }, {})),
    },
    subnets: {
      read: async (ctx, id) => {
        const subnet = await backend.getSubnet(ctx, id);
        if (!canWrite(ctx, subnet)) throw domainError('SubnetNotFound', { subnet_id: id });
        return subnet;
      },
      write: async (ctx, id, tags) => void (await writes.updateSubnet(ctx, id, { tags }, {})),
    },
    ports: {
      read: async (ctx, id) => owned(ctx, await visiblePort(backend, ctx, id), 'update_port:tags'),
      write: async (ctx, id, tags) => void (await backend.updatePort(ctx, id, { tags }, {})),
    },
    ...(routers === undefined
      ? {}
      : {
          routers: {
            read: async (ctx: RequestContext, id: string) => owned(ctx, (await visibleRouter(routers, ctx, id)).router, 'update_router:tags'),
            write: async (ctx: RequestContext, id: string, tags: readonly string[]) => void (await routers.updateRouter(ctx, id, { tags }, {})),
          },
        }),
    ...(pools === undefined
      ? {}
      : {
          subnetpools: {
            read: async (ctx: RequestContext, id: string) => owned(ctx, await visibleSubnetPool(pools, ctx, id), 'update_subnetpool:tags'),
            write: async (ctx: RequestContext, id: string, tags: readonly string[]) => void (await pools.updateSubnetPool(ctx, id, { tags }, {})),
          },
        }),
    ...(securityGroups === undefined
      ? {}
      : {
          'security-groups': {
            read: async (ctx: RequestContext, id: string) => owned(ctx, (await visibleSecurityGroup(securityGroups, ctx, id)).group, 'update_security_group:tags'),
            write: async (ctx: RequestContext, id: string, tags: readonly string[]) => void (await securityGroups.updateSecurityGroup(ctx, id, { tags }, {})),
          },
        }),
  };
}

const sorted = (tags: Iterable<string>) => [...new Set(tags)].sort();

/**
 * `standard-attr-tag`: `/v2.0/{networks|subnets|ports|routers|subnetpools|security-groups}/{id}/tags[/{tag}]`
 * (the optional resources when mounted). Every change bumps the resource's revision, as in Neutron.
 */
export function registerTagRoutes(app: FastifyInstance, backend: NeutronBackend, writes: NetworkWriteBackend, optional: OptionalTagged = {}): void {
  const all = taggers(backend, writes, optional);
  for (const collection of ['networks', 'subnets', 'ports', 'routers', 'subnetpools', 'security-groups'] as const) {
    const t = all[collection];
    if (t === undefined) continue;
    const base = `/v2.0/${collection}/:id/tags`;
    const notFound = (tag: string, id: string) => domainError('TagNotFound', { tag, resource: collection.replace(/s$/, '').replace('-', '_'), resource_id: id });

    app.get(base, { schema: { params: IdParams } }, async (request) => {
      const { id } = request.params as { id: string };
      return { tags: sorted((await t.read(request.neutronContext, id)).tags) };
    });
    app.get(`${base}/:tag`, { schema: { params: TagParams } }, async (request, reply) => {
      const { id, tag } = request.params as { id: string; tag: string };
      if (!(await t.read(request.neutronContext, id)).tags.includes(tag)) throw notFound(tag, id);
      return reply.code(204).send();
    });
    app.put(base, { schema: { params: IdParams, body: TagsBody } }, async (request) => {
      const { id } = request.params as { id: string };
      const tags = sorted((request.body as { tags: string[] }).tags);
      await t.read(request.neutronContext, id);
      await t.write(request.neutronContext, id, tags);
      return { tags };
    });
    app.put(`${base}/:tag`, { schema: { params: TagParams } }, async (request, reply) => {
      const { id, tag } = request.params as { id: string; tag: string };
      const current = await t.read(request.neutronContext, id);
      if (!current.tags.includes(tag)) await t.write(request.neutronContext, id, sorted([...current.tags, tag]));
      return reply.code(201).send();
    });
    app.delete(base, { schema: { params: IdParams } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if ((await t.read(request.neutronContext, id)).tags.length > 0) await t.write(request.neutronContext, id, []);
      return reply.code(204).send();
    });
    app.delete(`${base}/:tag`, { schema: { params: TagParams } }, async (request, reply) => {
      const { id, tag } = request.params as { id: string; tag: string };
      const current = await t.read(request.neutronContext, id);
      if (!current.tags.includes(tag)) throw notFound(tag, id);
      await t.write(request.neutronContext, id, current.tags.filter((x) => x !== tag));
      return reply.code(204).send();
    });
  }
}

/** Discovery entries, advertised wherever the routes are mounted. */
export const TAG_EXTENSIONS = [
  { alias: 'standard-attr-tag', name: 'Tag support for resources with standard attribute', description: 'Enables to set tag on resources with standard attribute.' },
] as const;
