import { domainError } from '@trellis/domain';
import { agentsOf, hostAgent, type AgentBackend, type AgentUpdateInput, type AgentView, type RequestContext } from '@trellis/neutron';
import type { TopologyService } from './topology-service';

/**
 * The agent routes' backend on central: every host of the topology. An agent's description is
 * kept on its host; `admin_state_up` stays true, since Trellis schedules nothing by agent (a
 * request to set it false is refused rather than silently ignored).
 */
export class CentralAgents implements AgentBackend {
  constructor(private readonly topology: TopologyService) {}

  async listAgents(_ctx: RequestContext): Promise<AgentView[]> {
    return agentsOf(await this.topology.view());
  }

  async updateAgent(ctx: RequestContext, id: string, input: AgentUpdateInput): Promise<AgentView> {
    const agent = (await this.listAgents(ctx)).find((a) => a.id === id);
    if (!agent) throw domainError('AgentNotFound', { id });
    if (input.adminStateUp === false) {
      throw domainError('Conflict', { msg: `admin_state_up of agent ${id} cannot be set to false: Trellis schedules nothing by agent; keep instances off host ${agent.host} with Nova (openstack compute service set --disable)` });
    }
    if (input.description === undefined || input.description === agent.description) return agent;
    const host = await this.topology.updateHost(agent.host, { description: input.description });
    return hostAgent(host, await this.topology.view());
  }
}
