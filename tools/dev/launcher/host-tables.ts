import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One VNI's table as a host-agent persisted it (`host-state.json`, format 1). */
export interface VniTable {
  readonly vni: number;
  readonly mtu: number;
  readonly flood: readonly string[];
  readonly fdb: ReadonlyArray<readonly [mac: string, vtep: string, seq: number]>;
  readonly neigh: ReadonlyArray<readonly [ip: string, mac: string]>;
  readonly local: ReadonlyArray<{ readonly portId: string; readonly mac: string; readonly ips: readonly string[]; readonly inactive: boolean }>;
}

/** What a host-agent has applied: its VNI tables and the central revision they reflect. */
export interface HostTables {
  readonly hostId: string;
  readonly revision: number | undefined;
  readonly vnis: readonly VniTable[];
}

interface StateFile {
  format: number;
  token?: { revision: number };
  vnis: VniTable[];
}

/**
 * Reads a host-agent's persisted state (`<dataDir>/host-state.json`). The agent writes it after
 * each applied version, atomically (temp file + rename), so a read never sees half a file.
 * No file yet = nothing applied.
 */
export async function readHostTables(hostId: string, agentDataDir: string): Promise<HostTables> {
  let text: string;
  try {
    text = await readFile(path.join(agentDataDir, 'host-state.json'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { hostId, revision: undefined, vnis: [] };
    throw err;
  }
  const file = JSON.parse(text) as StateFile;
  if (file.format !== 1) throw new Error(`${hostId}: unknown host-state format ${String(file.format)}`);
  return { hostId, revision: file.token?.revision, vnis: [...file.vnis].sort((a, b) => a.vni - b.vni) };
}

/** Names for MACs in printed tables (e.g. the instance a MAC belongs to). */
export type MacLabels = ReadonlyMap<string, string>;

/** The tables of one host as indented text lines. */
export function formatHostTables(tables: HostTables, heading: string, labels: MacLabels): string[] {
  const lines = [`  ${heading}  applied revision ${tables.revision ?? '-'}`];
  if (tables.vnis.length === 0) lines.push('    (no VNIs)');
  const label = (mac: string) => (labels.has(mac) ? ` ${labels.get(mac)}` : '');
  for (const t of tables.vnis) {
    const pad = ' '.repeat(`    VNI ${t.vni}  `.length);
    lines.push(`    VNI ${t.vni}  flood: ${t.flood.length ? [...t.flood].sort().join(', ') : '(none)'}`);
    for (const [mac, vtep, seq] of t.fdb) lines.push(`${pad}fdb:   ${mac}${label(mac)} → ${vtep} (seq ${seq})`);
    for (const [ip, mac] of t.neigh) lines.push(`${pad}neigh: ${ip} → ${mac}`);
    for (const p of t.local) lines.push(`${pad}local: ${p.mac}${label(p.mac)} ${p.ips.join(',')}${p.inactive ? ' (inactive binding)' : ''}`);
  }
  return lines;
}

/** Where every port should be, for checking that the hosts converged. */
export interface ExpectedPort {
  readonly mac: string;
  readonly ip: string;
  readonly vni: number;
  /** Host of the active binding. */
  readonly host: string;
}

/**
 * Differences between the hosts' tables and what the port placement implies: each host holds
 * exactly the VNIs where it has a port, floods to exactly the other members' VTEPs, has an FDB
 * entry (MAC → active host's VTEP) and a neighbour for each remote port, and its own ports as
 * local ports. Empty = converged.
 */
export function divergence(tables: readonly HostTables[], ports: readonly ExpectedPort[], vtepOf: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const host of tables) {
    const memberVnis = new Set(ports.filter((p) => p.host === host.hostId).map((p) => p.vni));
    const held = new Map(host.vnis.map((t) => [t.vni, t]));
    for (const vni of held.keys()) if (!memberVnis.has(vni)) problems.push(`${host.hostId} still holds VNI ${vni}`);
    for (const vni of memberVnis) {
      const t = held.get(vni);
      if (!t) {
        problems.push(`${host.hostId} lacks VNI ${vni}`);
        continue;
      }
      const members = new Set(ports.filter((p) => p.vni === vni && p.host !== host.hostId).map((p) => vtepOf.get(p.host) ?? p.host));
      const flood = new Set(t.flood);
      if (flood.size !== members.size || [...members].some((v) => !flood.has(v))) problems.push(`${host.hostId} VNI ${vni} floods to [${[...flood]}], expected [${[...members]}]`);
      const fdb = new Map(t.fdb.map(([mac, vtep]) => [mac, vtep]));
      const neigh = new Map(t.neigh.map(([ip, mac]) => [ip, mac]));
      const local = new Set(t.local.filter((l) => !l.inactive).map((l) => l.mac));
      for (const p of ports.filter((x) => x.vni === vni)) {
        if (p.host === host.hostId) {
          if (!local.has(p.mac)) problems.push(`${host.hostId} VNI ${vni} lacks local port ${p.mac}`);
          continue;
        }
        const want = vtepOf.get(p.host);
        if (fdb.get(p.mac) !== want) problems.push(`${host.hostId} VNI ${vni} has ${p.mac} → ${fdb.get(p.mac) ?? 'nothing'}, expected ${want}`);
        if (neigh.get(p.ip) !== p.mac) problems.push(`${host.hostId} VNI ${vni} lacks neighbour ${p.ip} → ${p.mac}`);
      }
      const known = new Set(ports.filter((x) => x.vni === vni).map((x) => x.mac));
      for (const mac of fdb.keys()) if (!known.has(mac)) problems.push(`${host.hostId} VNI ${vni} has a stale FDB entry ${mac}`);
    }
  }
  return problems;
}
