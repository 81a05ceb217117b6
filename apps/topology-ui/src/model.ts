import type { AgentState, ControllerHostJson, HostJson, LiveChangeJson, NetworkJson, Snapshot } from './api-types';

/** A host as the topology panel shows it: liveness from central, lag and health from the controller. */
export interface HostRow {
  readonly id: string;
  readonly vtep: string;
  readonly agentState: AgentState;
  readonly lastHeartbeatAt: string | null;
  readonly controller: ControllerHostJson | undefined;
}

export interface CellNode {
  readonly name: string;
  readonly availabilityZone: string;
  readonly hosts: readonly HostRow[];
}

export interface RegionNode {
  readonly name: string;
  readonly cells: readonly CellNode[];
}

const byName = <T extends { readonly name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** Regions → cells (with their AZ) → hosts, sorted by name; cells of an unknown region are left out. */
export function regionTree(s: Snapshot): RegionNode[] {
  const controllerHosts = new Map((s.controller.hosts ?? []).map((h) => [h.host, h]));
  const hostRow = (h: HostJson): HostRow => ({ id: h.id, vtep: h.vtep, agentState: h.agent_state, lastHeartbeatAt: h.last_heartbeat_at, controller: controllerHosts.get(h.id) });
  return [...s.regions].sort(byName).map((r) => ({
    name: r.name,
    cells: s.cells
      .filter((c) => c.region === r.name)
      .sort(byName)
      .map((c) => ({
        name: c.name,
        availabilityZone: c.availability_zone,
        hosts: s.hosts
          .filter((h) => h.cell === c.name)
          .sort((a, b) => a.id.localeCompare(b.id))
          .map(hostRow),
      })),
  }));
}

/** Where a network exists: everywhere (no hints) or the AZs/regions its hints name. */
export interface NetworkScope {
  readonly global: boolean;
  readonly hints: readonly string[];
  readonly zones: readonly string[];
}

export function networkScope(n: NetworkJson): NetworkScope {
  return { global: n.availability_zone_hints.length === 0, hints: [...n.availability_zone_hints].sort(), zones: [...n.availability_zones].sort() };
}

export interface MeshMember {
  readonly host: string;
  readonly vtep: string | null;
  readonly cell: string | null;
  readonly ports: number;
}

/** One VNI's tunnel mesh: every host with a bound port on the network floods to every other. */
export interface VniMesh {
  readonly vni: number | null;
  readonly network: NetworkJson;
  readonly members: readonly MeshMember[];
}

/**
 * The mesh per VNI from the ports' active bindings (`binding:host_id`): the hosts the controller
 * puts in each VNI's span. Networks without bound ports are listed with no members.
 */
export function meshByVni(s: Snapshot): VniMesh[] {
  const hosts = new Map(s.hosts.map((h) => [h.id, h]));
  const counts = new Map<string, Map<string, number>>();
  for (const p of s.ports) {
    const host = p['binding:host_id'];
    if (host === '') continue;
    const perHost = counts.get(p.network_id) ?? new Map<string, number>();
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    counts.set(p.network_id, perHost);
  }
  return s.networks
    .map((network) => ({
      vni: network['provider:segmentation_id'],
      network,
      members: [...(counts.get(network.id) ?? new Map<string, number>())]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([host, ports]) => ({ host, vtep: hosts.get(host)?.vtep ?? null, cell: hosts.get(host)?.cell ?? null, ports })),
    }))
    .sort((a, b) => (a.vni ?? Number.MAX_SAFE_INTEGER) - (b.vni ?? Number.MAX_SAFE_INTEGER) || a.network.name.localeCompare(b.network.name));
}

/** "12 s ago", "4 min ago", "never" — heartbeat ages for people. */
export function age(iso: string | null, nowMs: number): string {
  if (iso === null) return 'never';
  const ms = nowMs - Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s} s ago`;
  if (s < 7200) return `${Math.round(s / 60)} min ago`;
  return `${Math.round(s / 3600)} h ago`;
}

/** The collections whose changes the page reloads, and what each one reloads. */
export type Reload = 'topology' | 'networks' | 'ports';

export function reloadsFor(collection: string): Reload | undefined {
  switch (collection) {
    case 'regions':
    case 'zones':
    case 'cells':
    case 'hosts':
      return 'topology';
    case 'networks':
    case 'subnets':
      return 'networks';
    case 'ports':
      return 'ports';
    default:
      return undefined;
  }
}

/** One line of the event log: `put networks blue (3f2a…)`. */
export function describeChange(change: LiveChangeJson): string {
  const key = typeof change.key === 'string' || typeof change.key === 'number' ? String(change.key) : JSON.stringify(change.key);
  const name = nameOf(change.value);
  return `${change.type} ${change.collection} ${name !== undefined && name !== key ? `${name} (${key})` : key}`;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
