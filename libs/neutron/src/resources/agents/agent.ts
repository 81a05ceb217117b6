import { createHash } from 'node:crypto';
import type { Host, TopologyView } from '@trellis/domain';

/**
 * Neutron's `agent` resource, derived from the topology: each compute host's Trellis host agent
 * is one L2 agent. Agents are not stored; only an operator's description is (on the host).
 */
export interface AgentView {
  readonly id: string;
  readonly agentType: string;
  readonly binary: string;
  readonly topic: string;
  readonly host: string;
  readonly adminStateUp: boolean;
  readonly alive: boolean;
  readonly createdAt: string;
  readonly startedAt: string;
  readonly heartbeatAt: string;
  readonly description: string;
  readonly availabilityZone: string | null;
  readonly configurations: Readonly<Record<string, unknown>>;
}

/**
 * The agent type of host agents. Hosts are wired the way Neutron's Linux bridge agent wires them
 * (brq bridges, tap devices, VXLAN with l2population-style FDBs), so that is the type clients
 * and dashboards know; the binary tells a Trellis agent apart.
 */
export const HOST_AGENT_TYPE = 'Linux bridge agent';
export const HOST_AGENT_BINARY = 'trellis-host-agent';
/** What Neutron's L2 agents report as topic (`constants.L2_AGENT_TOPIC`). */
export const L2_AGENT_TOPIC = 'N/A';

/** A stable UUID for an agent of `binary` on `host` (agents have UUIDs in Neutron). */
export function agentIdOf(binary: string, host: string): string {
  const h = createHash('sha1').update(`trellis-agent\n${binary}\n${host}`).digest('hex');
  // RFC 4122 name-based layout: version 5, variant 10.
  const variant = ((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The agent of one host; `alive` is the host agent's liveness as the controllers report it. */
export function hostAgent(host: Host, view: TopologyView): AgentView {
  const cell = view.cells.get(host.cell);
  return {
    id: agentIdOf(HOST_AGENT_BINARY, host.id),
    agentType: HOST_AGENT_TYPE,
    binary: HOST_AGENT_BINARY,
    topic: L2_AGENT_TOPIC,
    host: host.id,
    adminStateUp: true,
    alive: host.agentState === 'up',
    createdAt: host.createdAt,
    startedAt: host.createdAt,
    heartbeatAt: host.lastHeartbeatAt ?? host.createdAt,
    description: host.description ?? '',
    availabilityZone: cell?.availabilityZone ?? null,
    configurations: {
      tunneling_ip: host.vtep,
      tunnel_types: ['vxlan'],
      l2_population: true,
      cell: host.cell,
      region: cell?.region ?? null,
      agent_version: host.agentVersion,
    },
  };
}

/** Agents of the hosts in `cells` (every host when omitted), ordered by host. */
export function agentsOf(view: TopologyView, cells?: readonly string[]): AgentView[] {
  const wanted = cells === undefined ? undefined : new Set(cells);
  return [...view.hosts.values()]
    .filter((h) => wanted === undefined || wanted.has(h.cell))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((h) => hostAgent(h, view));
}
