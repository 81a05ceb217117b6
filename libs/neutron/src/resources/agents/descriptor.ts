import type { ResourceDescriptor } from '../descriptor';
import { AGENT_EXTENSIONS, registerAgentRoutes } from './routes';

/** `agent`, derived from the topology, where an AgentBackend is given. */
export const agentsResource: ResourceDescriptor = {
  name: 'agents',
  collections: ['agents'],
  extensions: AGENT_EXTENSIONS,
  mountedWhen: (mount) => mount.agents !== undefined,
  register: (app, mount) => {
    if (mount.agents) registerAgentRoutes(app, mount.agents);
  },
};
