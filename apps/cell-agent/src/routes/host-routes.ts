import { Type } from '@sinclair/typebox';
import { domainError, isErrorType, type Host } from '@trellis/domain';
import { assertAdmin } from '@trellis/neutron';
import type { FastifyInstance } from 'fastify';
import type { RegionGuard } from '../backend/region-guard';
import type { CentralClient } from '../central/central-client';
import { centralPath } from '../central/central-path';
import { hostFromJson } from '../central/host-json';
import type { LocalReplica } from '../replica/local-replica';

const Name = Type.String({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9._:-]+$' });
const strict = { additionalProperties: false } as const;
const Vtep = Type.String({ minLength: 1, maxLength: 64 });
const Version = Type.Optional(Type.String({ maxLength: 64 }));
const HostRegisterBody = Type.Object({ host: Type.Object({ id: Name, cell: Name, vtep: Vtep, agent_version: Version }, strict) }, strict);
const HeartbeatBody = Type.Object({ host: Type.Optional(Type.Object({ agent_version: Version }, strict)) }, strict);
const IdParams = Type.Object({ id: Name });

type Json = Record<string, unknown>;

export interface HostRoutesOptions {
  readonly region: string;
  readonly cells: readonly string[];
  readonly guard: RegionGuard;
  readonly central: CentralClient;
  readonly replica: LocalReplica;
}

const hostPath = (id: string) => centralPath('/admin/v1/hosts', id);

/**
 * Host inventory of this region's cells, relayed to central's topology admin API:
 * `POST /admin/v1/hosts` registers (or re-registers) a host, `PUT /admin/v1/hosts/{id}/heartbeat`
 * marks it up, `GET /admin/v1/hosts` lists this region's hosts from the replica.
 */
export function registerHostRoutes(app: FastifyInstance, options: HostRoutesOptions): void {
  const { region, cells, guard, central, replica } = options;

  const refuseCell = (hostId: string, cell: string, cellRegion: string | undefined) =>
    domainError('HostNotInRegion', {
      host: hostId,
      cell,
      host_region: cellRegion ?? '(not known here)',
      region,
      cells: cells.join(', '),
      remedy: 'register it through the cell-agent of its own region',
    });

  app.post('/admin/v1/hosts', { schema: { body: HostRegisterBody } }, async (request, reply) => {
    assertAdmin(request.neutronContext, 'create_host');
    const { host } = request.body as { host: { id: string; cell: string; vtep: string; agent_version?: string } };
    const cellRegion = (await replica.topology()).cells.get(host.cell)?.region;
    if (!guard.servesCell(host.cell) || (cellRegion !== undefined && cellRegion !== region)) throw refuseCell(host.id, host.cell, cellRegion);
    let answer: { status: number; json: { host: Json } };
    try {
      answer = await central.request<{ host: Json }>('POST', '/admin/v1/hosts', { body: { host } });
    } catch (err) {
      if (!isErrorType(err, 'AlreadyExists') && !isErrorType(err, 'Conflict')) throw err;
      // Re-registration (agent restart, new VTEP): update the existing record.
      const update = { cell: host.cell, vtep: host.vtep, agent_version: host.agent_version };
      answer = await central.request<{ host: Json }>('PUT', hostPath(host.id), { body: { host: update } });
    }
    await replica.storeFromCentral({ hosts: [hostFromJson(answer.json.host)] });
    return reply.code(answer.status === 201 ? 201 : 200).send({ host: answer.json.host });
  });

  app.put('/admin/v1/hosts/:id/heartbeat', { schema: { params: IdParams, body: Type.Optional(HeartbeatBody) } }, async (request) => {
    assertAdmin(request.neutronContext, 'update_host');
    const { id } = request.params as { id: string };
    const placement = await guard.placement(id);
    if (!guard.servesCell(placement.cell)) throw refuseCell(id, placement.cell, placement.region);
    const version = (request.body as { host?: { agent_version?: string } } | undefined)?.host?.agent_version;
    const answer = await central.request<{ host: Json }>('PUT', hostPath(id), { body: { host: { agent_state: 'up', ...(version === undefined ? {} : { agent_version: version }) } } });
    await replica.storeFromCentral({ hosts: [hostFromJson(answer.json.host)] });
    return { host: answer.json.host };
  });

  app.get('/admin/v1/hosts', async (request) => {
    assertAdmin(request.neutronContext, 'get_host');
    const topology = await replica.topology();
    const hosts = [...topology.hosts.values()].filter((h: Host) => guard.servesCell(h.cell));
    return {
      hosts: hosts.map((h) => ({
        id: h.id, cell: h.cell, region, availability_zone: topology.cells.get(h.cell)?.availabilityZone ?? null, vtep: h.vtep,
        agent_state: h.agentState, agent_version: h.agentVersion, last_heartbeat_at: h.lastHeartbeatAt, agent_controller: h.agentController ?? null,
        created_at: h.createdAt,
      })),
    };
  });
}
