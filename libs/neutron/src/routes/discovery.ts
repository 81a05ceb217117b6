import { Type } from '@sinclair/typebox';
import { domainError } from '@trellis/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NEUTRON_RESOURCES } from '../resources/registry';

export interface ExtensionInfo {
  readonly alias: string;
  readonly name: string;
  readonly description: string;
}

const UPDATED = '2024-01-01T00:00:00-00:00';

/**
 * Extensions of the API as a whole (standard attributes, If-Match, paging, sorting, filters);
 * each resource's own are in its descriptor (resources/registry.ts).
 */
export const API_EXTENSIONS: readonly ExtensionInfo[] = [
  { alias: 'standard-attr-description', name: 'standard-attr-description', description: 'Extension to add descriptions to standard attributes' },
  { alias: 'standard-attr-revisions', name: 'Resource revision numbers', description: 'This extension will display the revision number of neutron resources.' },
  { alias: 'standard-attr-timestamp', name: 'Resource timestamps', description: 'Adds created_at and updated_at fields to all Neutron resources that have Neutron standard attributes.' },
  { alias: 'revision-if-match', name: 'If-Match constraints based on revision_number', description: "Extension indicating that If-Match based on revision_number is supported." },
  { alias: 'project-id', name: 'project_id field enabled', description: 'Extension that indicates that project_id field is enabled.' },
  { alias: 'pagination', name: 'Pagination support', description: 'Extension that indicates that pagination is enabled.' },
  { alias: 'sorting', name: 'Sorting support', description: 'Extension that indicates that sorting is enabled.' },
  { alias: 'filter-validation', name: 'Filter parameters validation', description: 'Provides validation on filter parameters.' },
];

/** Every extension Trellis implements (advertising more would make clients send what we drop). */
export const TRELLIS_EXTENSIONS: readonly ExtensionInfo[] = [...NEUTRON_RESOURCES.flatMap((r) => r.extensions), ...API_EXTENSIONS];

const render = (e: ExtensionInfo) => ({ alias: e.alias, name: e.name, description: e.description, updated: UPDATED, links: [] });

const base = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * `GET /`, `GET /v2.0/`, `GET /v2.0/extensions[/{alias}]`: what clients discover before use.
 * `collections` are the resources' (`extensions` is added); by default every registered one.
 */
export function registerDiscoveryRoutes(
  app: FastifyInstance,
  extensions: readonly ExtensionInfo[] = TRELLIS_EXTENSIONS,
  collections: readonly string[] = NEUTRON_RESOURCES.flatMap((r) => r.collections),
): void {
  app.get('/', async (request) => ({
    versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ href: `${base(request)}/v2.0/`, rel: 'self' }] }],
  }));
  const resources = [...collections, 'extensions'];
  const v2 = async (request: FastifyRequest) => ({
    resources: resources.map((c) => ({ name: c.replace(/s$/, '').replace(/ie$/, 'y'), collection: c, links: [{ href: `${base(request)}/v2.0/${c}`, rel: 'self' }] })),
  });
  app.get('/v2.0', v2);
  app.get('/v2.0/', v2);
  app.get('/v2.0/extensions', async () => ({ extensions: extensions.map(render) }));
  app.get('/v2.0/extensions/:alias', { schema: { params: Type.Object({ alias: Type.String({ maxLength: 255 }) }) } }, async (request) => {
    const { alias } = request.params as { alias: string };
    const found = extensions.find((e) => e.alias === alias);
    if (!found) throw domainError('ExtensionNotFound', { alias });
    return { extension: render(found) };
  });
}
