import type { Endpoints } from '../cli-io';
import { requestJson } from '../http';
import { table } from '../table';

interface RegionJson { name: string; cells: string[] }
interface ZoneJson { name: string; cells: string[] }
interface CellJson { name: string; region: string; availability_zone: string }
export interface HostJson { id: string; cell: string; region: string | null; availability_zone: string | null; vtep: string; agent_state: string; last_heartbeat_at: string | null }

export interface Topology {
  readonly regions: RegionJson[];
  readonly availability_zones: ZoneJson[];
  readonly cells: CellJson[];
  readonly hosts: HostJson[];
}

/** Regions, availability zones, cells and hosts (with agent liveness) from central's admin API. */
export async function readTopology(endpoints: Endpoints): Promise<Topology> {
  const base = `${endpoints.central}/admin/v1`;
  const [regions, zones, cells, hosts] = await Promise.all([
    requestJson<{ regions: RegionJson[] }>(endpoints, `${base}/regions`),
    requestJson<{ availability_zones: ZoneJson[] }>(endpoints, `${base}/availability_zones`),
    requestJson<{ cells: CellJson[] }>(endpoints, `${base}/cells`),
    requestJson<{ hosts: HostJson[] }>(endpoints, `${base}/hosts`),
  ]);
  return { regions: regions.regions, availability_zones: zones.availability_zones, cells: cells.cells, hosts: hosts.hosts };
}

/** The topology as a tree: region → cell (AZ) → host (VTEP, agent state). */
export function renderTopology(t: Topology): string {
  const lines: string[] = [];
  for (const region of [...t.regions].sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(`region ${region.name}`);
    for (const cell of t.cells.filter((c) => c.region === region.name).sort((a, b) => a.name.localeCompare(b.name))) {
      lines.push(`  cell ${cell.name} (az ${cell.availability_zone})`);
      for (const h of t.hosts.filter((x) => x.cell === cell.name).sort((a, b) => a.id.localeCompare(b.id))) {
        lines.push(`    host ${h.id}  vtep ${h.vtep}  agent ${h.agent_state}${h.last_heartbeat_at ? `  seen ${h.last_heartbeat_at}` : ''}`);
      }
    }
  }
  lines.push('', table(['availability zone', 'cells'], t.availability_zones.map((z) => [z.name, z.cells.join(', ') || '-'])));
  return lines.join('\n');
}
