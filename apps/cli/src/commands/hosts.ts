import type { Endpoints } from '../cli-io';
import { CliError } from '../cli-io';
import { requestJson } from '../http';
import { table } from '../table';

/** A host as the controller's inspection API reports it (`GET /v1/hosts`). */
export interface ControllerHost {
  host: string;
  cell: string | null;
  vtep: string | null;
  connected: boolean;
  ackedRevision: number;
  lagRevisions: number;
  spanVnis: number;
  digestRevision: number | null;
  digestAt: string | null;
  divergentVnis: number[];
}

export interface HostTables {
  revision: number;
  host: ControllerHost;
  vnis: Array<{
    vni: number;
    entries: number;
    expectedDigest: number;
    reportedDigest: number | null;
    flood: string[];
    fdb: Array<{ mac: string; vtep: string; seq: number }>;
    neighbours: Array<{ ip: string; mac: string }>;
    localPorts: string[];
  }>;
}

export async function listHosts(endpoints: Endpoints): Promise<{ revision: number; hosts: ControllerHost[] }> {
  return requestJson(endpoints, `${endpoints.controller}/v1/hosts`);
}

export function renderHosts(hosts: readonly ControllerHost[]): string {
  return table(
    ['host', 'cell', 'vtep', 'stream', 'acked', 'lag', 'vnis', 'digest at', 'divergent vnis'],
    hosts.map((h) => [h.host, h.cell, h.vtep, h.connected ? 'up' : 'down', h.ackedRevision, h.lagRevisions, h.spanVnis, h.digestRevision, h.divergentVnis.join(',') || '-']),
  );
}

export async function showHost(endpoints: Endpoints, host: string): Promise<HostTables> {
  if (host === '') throw new CliError('a host id is required', 2);
  return requestJson(endpoints, `${endpoints.controller}/v1/hosts/${encodeURIComponent(host)}`);
}

/** A host's tables as the controller holds them, with the digest the host last reported per VNI. */
export function renderHostTables(t: HostTables): string {
  const h = t.host;
  const lines = [
    `host ${h.host}  cell ${h.cell ?? '-'}  vtep ${h.vtep ?? '-'}  stream ${h.connected ? 'up' : 'down'}  acked ${h.ackedRevision} of ${t.revision} (lag ${h.lagRevisions})`,
  ];
  for (const v of t.vnis) {
    const agree = v.reportedDigest === null ? 'not reported' : v.reportedDigest === v.expectedDigest ? 'host agrees' : 'HOST DIFFERS';
    lines.push('', `vni ${v.vni}: ${v.entries} entries, digest ${v.expectedDigest} (${agree})`);
    lines.push(`  flood: ${v.flood.join(' ') || '-'}`);
    if (v.localPorts.length > 0) lines.push(`  local ports: ${v.localPorts.join(' ')}`);
    if (v.fdb.length > 0) lines.push(table(['  mac', 'vtep', 'seq'], v.fdb.map((e) => [`  ${e.mac}`, e.vtep, e.seq])));
    if (v.neighbours.length > 0) lines.push(table(['  ip', 'mac'], v.neighbours.map((e) => [`  ${e.ip}`, e.mac])));
  }
  return lines.join('\n');
}
