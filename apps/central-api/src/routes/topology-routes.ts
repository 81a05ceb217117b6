import { Type } from '@sinclair/typebox';
import { domainError, knownZones, type Cell, type Host, type TopologyView } from '@trellis/domain';
import { assertAdmin } from '@trellis/neutron';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TopologyService } from '../services/topology-service';

const Name = Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9._:-]+$' });
const NameParams = Type.Object({ name: Name });
const strict = { additionalProperties: false } as const;
const Desc = Type.Optional(Type.String({ maxLength: 255 }));

const RegionBody = Type.Object({ region: Type.Object({ name: Name, description: Desc }, strict) }, strict);
const ZoneBody = Type.Object({ availability_zone: Type.Object({ name: Name, description: Desc }, strict) }, strict);
const CellBody = Type.Object({ cell: Type.Object({ name: Name, region: Name, availability_zone: Name }, strict) }, strict);
const HostCreateBody = Type.Object({ host: Type.Object({ id: Name, cell: Name, vtep: Type.String({ minLength: 1, maxLength: 64 }), agent_version: Type.Optional(Type.String({ maxLength: 64 })) }, strict) }, strict);
const HostUpdateBody = Type.Object(
  { host: Type.Object({ cell: Type.Optional(Name), vtep: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), agent_state: Type.Optional(Type.Union([Type.Literal('unknown'), Type.Literal('up'), Type.Literal('down')])), agent_version: Type.Optional(Type.String({ maxLength: 64 })) }, { ...strict, minProperties: 1 }) },
  strict,
);

const cellJson = (c: Cell) => ({ name: c.name, region: c.region, availability_zone: c.availabilityZone, created_at: c.createdAt });
const hostJson = (h: Host, view: TopologyView) => {
  const cell = view.cells.get(h.cell);
  return {
    id: h.id, cell: h.cell, region: cell?.region ?? null, availability_zone: cell?.availabilityZone ?? null, vtep: h.vtep,
    agent_state: h.agentState, agent_version: h.agentVersion, last_heartbeat_at: h.lastHeartbeatAt, agent_controller: h.agentController ?? null, created_at: h.createdAt,
  };
};

const admin = (request: FastifyRequest, action: string) => assertAdmin(request.neutronContext, action);
const PREFIX = '/admin/v1';

/**
 * The topology admin API (admin only): regions, availability zones, cells, hosts. Bodies use
 * Neutron's one-key wrapping (`{"cell": {...}}`) so the same client code fits.
 */
export function registerTopologyRoutes(app: FastifyInstance, topology: TopologyService): void {
  app.get(`${PREFIX}/regions`, async (request) => {
    admin(request, 'get_region');
    const view = await topology.view();
    return { regions: [...view.regions.values()].map((r) => ({ name: r.name, description: r.description, cells: [...view.cells.values()].filter((c) => c.region === r.name).map((c) => c.name), created_at: r.createdAt })) };
  });
  app.get(`${PREFIX}/regions/:name`, { schema: { params: NameParams } }, async (request) => {
    admin(request, 'get_region');
    const { name } = request.params as { name: string };
    const view = await topology.view();
    const r = view.regions.get(name);
    if (!r) throw domainError('RegionNotFound', { region: name });
    return { region: { name: r.name, description: r.description, cells: [...view.cells.values()].filter((c) => c.region === r.name).map((c) => c.name), created_at: r.createdAt } };
  });
  app.post(`${PREFIX}/regions`, { schema: { body: RegionBody } }, async (request, reply) => {
    admin(request, 'create_region');
    const { region } = request.body as { region: { name: string; description?: string } };
    const r = await topology.createRegion(region.name, region.description ?? '');
    return reply.code(201).send({ region: { name: r.name, description: r.description, cells: [], created_at: r.createdAt } });
  });
  app.delete(`${PREFIX}/regions/:name`, { schema: { params: NameParams } }, async (request, reply) => {
    admin(request, 'delete_region');
    await topology.deleteRegion((request.params as { name: string }).name);
    return reply.code(204).send();
  });

  app.get(`${PREFIX}/availability_zones`, async (request) => {
    admin(request, 'get_availability_zone');
    const view = await topology.view();
    return { availability_zones: [...knownZones(view)].sort().map((name) => ({ name, description: view.zones.get(name)?.description ?? '', explicit: view.zones.has(name), cells: [...view.cells.values()].filter((c) => c.availabilityZone === name).map((c) => c.name) })) };
  });
  app.post(`${PREFIX}/availability_zones`, { schema: { body: ZoneBody } }, async (request, reply) => {
    admin(request, 'create_availability_zone');
    const { availability_zone: z } = request.body as { availability_zone: { name: string; description?: string } };
    const zone = await topology.createZone(z.name, z.description ?? '');
    return reply.code(201).send({ availability_zone: { name: zone.name, description: zone.description, explicit: true, cells: [] } });
  });
  app.delete(`${PREFIX}/availability_zones/:name`, { schema: { params: NameParams } }, async (request, reply) => {
    admin(request, 'delete_availability_zone');
    await topology.deleteZone((request.params as { name: string }).name);
    return reply.code(204).send();
  });

  app.get(`${PREFIX}/cells`, async (request) => {
    admin(request, 'get_cell');
    return { cells: [...(await topology.view()).cells.values()].map(cellJson) };
  });
  app.get(`${PREFIX}/cells/:name`, { schema: { params: NameParams } }, async (request) => {
    admin(request, 'get_cell');
    const { name } = request.params as { name: string };
    const cell = (await topology.view()).cells.get(name);
    if (!cell) throw domainError('CellNotFound', { cell: name });
    return { cell: cellJson(cell) };
  });
  app.post(`${PREFIX}/cells`, { schema: { body: CellBody } }, async (request, reply) => {
    admin(request, 'create_cell');
    const { cell } = request.body as { cell: { name: string; region: string; availability_zone: string } };
    return reply.code(201).send({ cell: cellJson(await topology.createCell(cell.name, cell.region, cell.availability_zone)) });
  });
  app.delete(`${PREFIX}/cells/:name`, { schema: { params: NameParams } }, async (request, reply) => {
    admin(request, 'delete_cell');
    await topology.deleteCell((request.params as { name: string }).name);
    return reply.code(204).send();
  });

  app.get(`${PREFIX}/hosts`, async (request) => {
    admin(request, 'get_host');
    const view = await topology.view();
    return { hosts: [...view.hosts.values()].map((h) => hostJson(h, view)) };
  });
  app.get(`${PREFIX}/hosts/:name`, { schema: { params: NameParams } }, async (request) => {
    admin(request, 'get_host');
    const { name } = request.params as { name: string };
    const view = await topology.view();
    const host = view.hosts.get(name);
    if (!host) throw domainError('HostNotFound', { host: name });
    return { host: hostJson(host, view) };
  });
  app.post(`${PREFIX}/hosts`, { schema: { body: HostCreateBody } }, async (request, reply) => {
    admin(request, 'create_host');
    const { host } = request.body as { host: { id: string; cell: string; vtep: string; agent_version?: string } };
    const created = await topology.createHost({ id: host.id, cell: host.cell, vtep: host.vtep, agentVersion: host.agent_version });
    return reply.code(201).send({ host: hostJson(created, await topology.view()) });
  });
  app.put(`${PREFIX}/hosts/:name`, { schema: { params: NameParams, body: HostUpdateBody } }, async (request) => {
    admin(request, 'update_host');
    const { host } = request.body as { host: { cell?: string; vtep?: string; agent_state?: Host['agentState']; agent_version?: string } };
    const updated = await topology.updateHost((request.params as { name: string }).name, { cell: host.cell, vtep: host.vtep, agentState: host.agent_state, agentVersion: host.agent_version });
    return { host: hostJson(updated, await topology.view()) };
  });
  app.delete(`${PREFIX}/hosts/:name`, { schema: { params: NameParams } }, async (request, reply) => {
    admin(request, 'delete_host');
    await topology.deleteHost((request.params as { name: string }).name);
    return reply.code(204).send();
  });
}
