import { Type, type Static } from '@sinclair/typebox';
import { BoolLike, Description, single } from '../../schemas/common';

/** `PUT /v2.0/agents/{id}`: the two attributes Neutron lets an admin change. */
export const AgentUpdate = Type.Object({ admin_state_up: Type.Optional(BoolLike), description: Type.Optional(Description) }, { additionalProperties: false });
export type AgentUpdateBody = Static<typeof AgentUpdate>;
export const AgentUpdateRequest = single('agent', AgentUpdate);
