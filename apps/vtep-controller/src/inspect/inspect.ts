import { digestToWire, vniEntryCount } from '@trellis/l2';
import type { Controller } from '../controller/controller';
import type { Session } from '../server/session';

/** One host as the controller sees it: stream state, lag, span and digest agreement. */
export interface HostSummary {
  readonly host: string;
  readonly cell: string | null;
  readonly vtep: string | null;
  readonly connected: boolean;
  readonly ackedRevision: number;
  readonly lagRevisions: number;
  readonly spanVnis: number;
  /** Revision of the host's last digest report (null: none on this stream yet). */
  readonly digestRevision: number | null;
  /** When that report arrived (controller clock, ISO time). */
  readonly digestAt: string | null;
  /** Span VNIs whose last reported digest differs from what the host should hold, or that it did not report. */
  readonly divergentVnis: readonly number[];
}

export interface VniTable {
  readonly vni: number;
  readonly entries: number;
  readonly expectedDigest: number;
  readonly reportedDigest: number | null;
  readonly flood: readonly string[];
  readonly fdb: ReadonlyArray<{ readonly mac: string; readonly vtep: string; readonly seq: number }>;
  readonly neighbours: ReadonlyArray<{ readonly ip: string; readonly mac: string }>;
  readonly localPorts: readonly string[];
}

/** Where one port, MAC or IP is: its VNI, the VTEP behind it, the mobility sequence, and the hosts that hold it. */
export interface Whereabouts {
  readonly portId: string;
  readonly networkId: string;
  readonly vni: number;
  readonly mac: string;
  readonly ips: readonly string[];
  readonly seq: number;
  readonly activeHost: string | null;
  readonly vtep: string | null;
  readonly bindings: ReadonlyArray<{ readonly host: string; readonly inactive: boolean }>;
  /** Hosts that receive this entry (every other member of the VNI), with the revision each acked. */
  readonly heldBy: ReadonlyArray<{ readonly host: string; readonly ackedRevision: number | null }>;
}

function sessionOf(ctl: Controller, host: string): Session | undefined {
  for (const s of ctl.sessions.values()) if (s.attached && s.hostId === host) return s;
  return undefined;
}

function divergent(ctl: Controller, host: string, session: Session | undefined): number[] {
  const report = session?.lastDigests;
  if (report === undefined) return [];
  const out: number[] = [];
  for (const vni of ctl.index.spanOf(host)) {
    const wire = report.vnis.get(vni);
    if (wire === undefined || wire !== digestToWire(ctl.index.hostVniDigest(host, vni))) out.push(vni);
  }
  for (const vni of report.vnis.keys()) if (!ctl.index.spanOf(host).has(vni)) out.push(vni);
  return out.sort((a, b) => a - b);
}

/** Every registered or connected host, sorted by id. */
export function hostSummaries(ctl: Controller): HostSummary[] {
  const ids = new Set<string>(ctl.index.hosts.keys());
  for (const s of ctl.sessions.values()) if (s.attached) ids.add(s.hostId);
  return [...ids].sort().map((id) => hostSummary(ctl, id));
}

export function hostSummary(ctl: Controller, host: string): HostSummary {
  const rec = ctl.index.hosts.get(host);
  const session = sessionOf(ctl, host);
  return {
    host,
    cell: rec?.cell ?? null,
    vtep: rec?.vtep ?? null,
    connected: session !== undefined,
    ackedRevision: session?.ackedRevision ?? 0,
    lagRevisions: session?.lagRevisions ?? 0,
    spanVnis: ctl.index.spanOf(host).size,
    digestRevision: session?.lastDigests?.revision ?? null,
    digestAt: session?.lastDigests ? new Date(session.lastDigests.atMs).toISOString() : null,
    divergentVnis: divergent(ctl, host, session),
  };
}

/** The tables `host` must hold, VNI by VNI, with the digest it last reported for each; undefined for an unknown host. */
export function hostTables(ctl: Controller, host: string): VniTable[] | undefined {
  if (!ctl.index.hosts.has(host) && sessionOf(ctl, host) === undefined) return undefined;
  const reported = sessionOf(ctl, host)?.lastDigests?.vnis;
  return [...ctl.index.spanOf(host)].sort((a, b) => a - b).map((vni) => {
    const view = ctl.index.hostVniView(host, vni);
    return {
      vni,
      entries: vniEntryCount(view),
      expectedDigest: digestToWire(ctl.index.hostVniDigest(host, vni)),
      reportedDigest: reported?.get(vni) ?? null,
      flood: [...view.flood].sort(),
      fdb: [...view.fdb].map(([mac, e]) => ({ mac, vtep: e.vtep, seq: e.seq })),
      neighbours: [...view.neigh].map(([ip, mac]) => ({ ip, mac })),
      localPorts: [...view.local.keys()],
    };
  });
}

/** Finds a port by id, MAC or IP (every VNI is searched for a MAC or IP). */
export function where(ctl: Controller, query: { port?: string; mac?: string; ip?: string }): Whereabouts[] {
  const found: Whereabouts[] = [];
  for (const port of ctl.index.ports.values()) {
    const match = (query.port !== undefined && port.id === query.port) || (query.mac !== undefined && port.mac === query.mac.toLowerCase()) || (query.ip !== undefined && port.ips.includes(query.ip));
    if (!match) continue;
    const vni = ctl.index.networks.get(port.networkId)?.vni ?? 0;
    const placement = vni !== 0 ? ctl.index.ownerOfMac(vni, port.mac) : undefined;
    const owns = placement?.portId === port.id;
    const heldBy = [...ctl.index.membersOf(vni).keys()]
      .filter((h) => h !== (owns ? placement!.active : null))
      .sort()
      .map((h) => ({ host: h, ackedRevision: sessionOf(ctl, h)?.ackedRevision ?? null }));
    found.push({
      portId: port.id,
      networkId: port.networkId,
      vni,
      mac: port.mac,
      ips: port.ips,
      seq: port.seq,
      activeHost: owns ? placement!.active : null,
      vtep: owns ? placement!.activeVtep : null,
      bindings: port.bindings.map((b) => ({ host: b.host, inactive: b.inactive })),
      heldBy,
    });
  }
  return found;
}

/**
 * Resends a connected host's full tables: every VNI of its span, and every VNI it reported
 * outside its span (that one it is told to leave). Undefined when the host is not connected.
 */
export function resyncHost(ctl: Controller, host: string): number[] | undefined {
  const session = sessionOf(ctl, host);
  if (session === undefined) return undefined;
  const vnis = new Set(ctl.index.spanOf(host));
  for (const vni of session.lastDigests?.vnis.keys() ?? []) vnis.add(vni);
  const list = [...vnis].sort((a, b) => a - b);
  ctl.resync(session, list, 'operator request');
  return list;
}
