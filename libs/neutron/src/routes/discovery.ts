import { Type } from '@sinclair/typebox';
import { domainError } from '@trellis/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface ExtensionInfo {
  readonly alias: string;
  readonly name: string;
  readonly description: string;
}

const UPDATED = '2024-01-01T00:00:00-00:00';

/** Extensions Trellis really implements; advertising more would make clients send what we drop. */
export const TRELLIS_EXTENSIONS: readonly ExtensionInfo[] = [
  { alias: 'binding', name: 'Port Binding', description: 'Expose port bindings of a virtual port to external application' },
  { alias: 'binding-extended', name: 'Port Bindings Extended', description: 'Expose port bindings of a virtual port to external application' },
  { alias: 'availability_zone', name: 'Availability Zone', description: 'The availability zone extension.' },
  { alias: 'network_availability_zone', name: 'Network Availability Zone', description: 'Availability zone support for network.' },
  { alias: 'provider', name: 'Provider Network', description: 'Expose mapping of virtual networks to physical networks' },
  { alias: 'net-mtu', name: 'Network MTU', description: 'Provides MTU attribute for a network resource.' },
  { alias: 'external-net', name: 'Neutron external network', description: 'Adds external network attribute to network resource.' },
  { alias: 'port-security', name: 'Port Security', description: 'Provides port security' },
  { alias: 'net-mtu-writable', name: 'Network MTU (writable)', description: 'Provides a writable MTU attribute for a network resource.' },
  { alias: 'standard-attr-description', name: 'standard-attr-description', description: 'Extension to add descriptions to standard attributes' },
  { alias: 'standard-attr-revisions', name: 'Resource revision numbers', description: 'This extension will display the revision number of neutron resources.' },
  { alias: 'standard-attr-timestamp', name: 'Resource timestamps', description: 'Adds created_at and updated_at fields to all Neutron resources that have Neutron standard attributes.' },
  { alias: 'revision-if-match', name: 'If-Match constraints based on revision_number', description: "Extension indicating that If-Match based on revision_number is supported." },
  { alias: 'project-id', name: 'project_id field enabled', description: 'Extension that indicates that project_id field is enabled.' },
  { alias: 'pagination', name: 'Pagination support', description: 'Extension that indicates that pagination is enabled.' },
  { alias: 'sorting', name: 'Sorting support', description: 'Extension that indicates that sorting is enabled.' },
  { alias: 'filter-validation', name: 'Filter parameters validation', description: 'Provides validation on filter parameters.' },
];

const render = (e: ExtensionInfo) => ({ alias: e.alias, name: e.name, description: e.description, updated: UPDATED, links: [] });

const base = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** `GET /`, `GET /v2.0/`, `GET /v2.0/extensions[/{alias}]`: what clients discover before use. */
export function registerDiscoveryRoutes(app: FastifyInstance, extensions: readonly ExtensionInfo[] = TRELLIS_EXTENSIONS): void {
  app.get('/', async (request) => ({
    versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ href: `${base(request)}/v2.0/`, rel: 'self' }] }],
  }));
  const resources = ['networks', 'subnets', 'ports', 'extensions', 'availability_zones', ...extensions.filter((e) => e.alias === 'quotas').map(() => 'quotas'), ...extensions.filter((e) => e.alias === 'agent').map(() => 'agents'), ...extensions.filter((e) => e.alias === 'router').map(() => 'routers'), ...extensions.filter((e) => e.alias === 'subnet_allocation').map(() => 'subnetpools'), ...extensions.filter((e) => e.alias === 'security-group').flatMap(() => ['security-groups', 'security-group-rules'])];
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
