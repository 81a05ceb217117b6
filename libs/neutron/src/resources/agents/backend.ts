import type { RequestContext } from '../../context';
import type { AgentView } from './agent';

/** What an agent update may change. */
export interface AgentUpdateInput {
  readonly adminStateUp?: boolean;
  readonly description?: string;
}

/**
 * What the agent routes need. Central derives agents from its topology; a region from its
 * replica's topology (its own cells) and forwards updates to central.
 */
export interface AgentBackend {
  listAgents(ctx: RequestContext): Promise<AgentView[]>;
  /** Throws AgentNotFound. */
  updateAgent(ctx: RequestContext, id: string, input: AgentUpdateInput): Promise<AgentView>;
}
