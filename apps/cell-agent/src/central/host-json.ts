import type { Host } from '@trellis/domain';
import { str, type WireJson } from '@trellis/neutron';

/** A host as the topology admin API renders it. */
export function hostFromJson(j: WireJson): Host {
  return {
    id: str(j.id),
    cell: str(j.cell),
    vtep: str(j.vtep),
    agentState: j.agent_state === 'up' || j.agent_state === 'down' ? j.agent_state : 'unknown',
    agentVersion: str(j.agent_version),
    lastHeartbeatAt: typeof j.last_heartbeat_at === 'string' ? j.last_heartbeat_at : null,
    ...(typeof j.agent_controller === 'string' ? { agentController: j.agent_controller } : {}),
    createdAt: str(j.created_at),
  };
}
