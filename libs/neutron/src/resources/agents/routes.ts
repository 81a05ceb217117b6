import { domainError } from '@trellis/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import { listParamsOf, listReply, showReply } from '../../routes/list-reply';
import type { AgentView } from './agent';
import type { AgentBackend } from './backend';
import { agentUpdateInput } from './input';
import { AGENT_ATTRIBUTES, agentToJson } from './json';
import { assertAgentVisible } from './policy';
import { AgentUpdateRequest, type AgentUpdateBody } from './schema';

/**
 * `agent`: `/v2.0/agents[/{id}]`, admin only. Agents come from the topology, so they are
 * neither created nor deleted here: DELETE answers 409 naming the topology call that removes a
 * host (a Neutron agent deleted while alive would come back at its next report anyway).
 */
export function registerAgentRoutes(app: FastifyInstance, backend: AgentBackend): void {
  const find = async (request: FastifyRequest, id: string): Promise<AgentView> => {
    assertAgentVisible(request.neutronContext, id);
    const agent = (await backend.listAgents(request.neutronContext)).find((a) => a.id === id);
    if (!agent) throw domainError('AgentNotFound', { id });
    return agent;
  };

  app.get('/v2.0/agents', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'agents', AGENT_ATTRIBUTES);
    const ctx = request.neutronContext;
    const agents = ctx.isAdmin ? await backend.listAgents(ctx) : [];
    return listReply(request, 'agents', params, agents.map(agentToJson));
  });

  app.get('/v2.0/agents/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const { id } = request.params as { id: string };
    return { agent: showReply(request.neutronContext, request, agentToJson(await find(request, id))) };
  });

  app.put('/v2.0/agents/:id', { schema: { params: IdParams, body: AgentUpdateRequest } }, async (request) => {
    const { id } = request.params as { id: string };
    await find(request, id);
    const body = (request.body as { agent: AgentUpdateBody }).agent;
    const agent = await backend.updateAgent(request.neutronContext, id, agentUpdateInput(body));
    return { agent: showReply(request.neutronContext, request, agentToJson(agent)) };
  });

  app.delete('/v2.0/agents/:id', { schema: { params: IdParams } }, async (request) => {
    const { id } = request.params as { id: string };
    const agent = await find(request, id);
    throw domainError('Conflict', { msg: `agent ${id} is the host agent of ${agent.host}, which the topology holds; remove the host with DELETE /admin/v1/hosts/${agent.host}` });
  });
}

/** Discovery entries, advertised wherever the routes are mounted. */
export const AGENT_EXTENSIONS = [
  { alias: 'agent', name: 'agent', description: 'The agent management extension.' },
] as const;
