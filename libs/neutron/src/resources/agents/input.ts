import { toBool } from '../../schemas/common';
import type { AgentUpdateInput } from './backend';
import type { AgentUpdateBody } from './schema';

export function agentUpdateInput(body: AgentUpdateBody): AgentUpdateInput {
  return {
    ...(body.admin_state_up === undefined ? {} : { adminStateUp: toBool(body.admin_state_up) }),
    ...(body.description === undefined ? {} : { description: body.description }),
  };
}
