import { agentFromJson, agentsOf, type AgentBackend, type AgentUpdateInput, type AgentView, type RequestContext } from '@trellis/neutron';
import type { CentralClient } from '../central/central-client';
import type { LocalReplica } from '../replica/local-replica';

export interface RegionalAgentsOptions {
  readonly cells: readonly string[];
  readonly replica: LocalReplica;
  readonly central: CentralClient;
}

/**
 * Agents at a regional endpoint: the host agents of this region's cells, from the replica's
 * topology (so the list stays up while central is away). Updates go to central, which keeps an
 * agent's description on its host; the feed brings it back here.
 */
export class RegionalAgents implements AgentBackend {
  constructor(private readonly options: RegionalAgentsOptions) {}

  async listAgents(_ctx: RequestContext): Promise<AgentView[]> {
    return agentsOf(await this.options.replica.topology(), this.options.cells);
  }

  async updateAgent(ctx: RequestContext, id: string, input: AgentUpdateInput): Promise<AgentView> {
    const body = { agent: { ...(input.adminStateUp === undefined ? {} : { admin_state_up: input.adminStateUp }), ...(input.description === undefined ? {} : { description: input.description }) } };
    const answer = await this.options.central.request<{ agent: Record<string, unknown> }>('PUT', `/v2.0/agents/${encodeURIComponent(id)}`, { ctx, body });
    return agentFromJson(answer.json.agent);
  }
}
