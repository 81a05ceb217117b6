import type { NeutronJson } from '../../json/wire';
import type { AgentView } from './agent';

/** Neutron's agent timestamps: `2024-01-01 00:00:00` (UTC, no zone). */
export function agentTime(iso: string): string {
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '');
}

const isoOf = (text: unknown): string => (typeof text === 'string' && text !== '' ? `${text.replace(' ', 'T')}Z` : '');

/** `agent` as Neutron renders it (agent, agent availability zone and resources-synced fields). */
export function agentToJson(a: AgentView): NeutronJson {
  return {
    id: a.id,
    agent_type: a.agentType,
    binary: a.binary,
    topic: a.topic,
    host: a.host,
    admin_state_up: a.adminStateUp,
    alive: a.alive,
    created_at: agentTime(a.createdAt),
    started_at: agentTime(a.startedAt),
    heartbeat_timestamp: agentTime(a.heartbeatAt),
    description: a.description,
    availability_zone: a.availabilityZone,
    configurations: { ...a.configurations },
    resources_synced: null,
  };
}

// Parsed wire JSON: every field is checked where it is read.
type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The inverse of agentToJson (a regional endpoint reading central's answer). */
export function agentFromJson(j: Json): AgentView {
  return {
    id: str(j.id),
    agentType: str(j.agent_type),
    binary: str(j.binary),
    topic: str(j.topic),
    host: str(j.host),
    adminStateUp: j.admin_state_up !== false,
    alive: j.alive === true,
    createdAt: isoOf(j.created_at),
    startedAt: isoOf(j.started_at),
    heartbeatAt: isoOf(j.heartbeat_timestamp),
    description: str(j.description),
    availabilityZone: typeof j.availability_zone === 'string' ? j.availability_zone : null,
    configurations: typeof j.configurations === 'object' && j.configurations !== null ? { ...(j.configurations as Json) } : {},
  };
}

/** Attribute names agents may be filtered and sorted on. */
export const AGENT_ATTRIBUTES: readonly string[] = Object.keys(
  agentToJson({ id: '', agentType: '', binary: '', topic: '', host: '', adminStateUp: true, alive: true, createdAt: '', startedAt: '', heartbeatAt: '', description: '', availabilityZone: null, configurations: {} }),
);
