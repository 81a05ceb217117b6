import type { CliIo, Endpoints } from '../cli-io';
import { requestJson } from '../http';
import { progress } from '../progress';
import { table } from '../table';
import { listHosts, type ControllerHost } from './hosts';
import { readTopology } from './topology';

export interface DoctorOptions {
  readonly repair: boolean;
  /** With repair: wait up to this long for every repaired host to report agreeing digests. */
  readonly waitSeconds: number;
  /** A host acked this many revisions behind is reported as lagging. */
  readonly maxLag: number;
}

export interface Finding {
  readonly host: string;
  readonly problem: 'divergent' | 'lagging' | 'no stream';
  readonly detail: string;
  readonly vnis: readonly number[];
}

export interface DoctorReport {
  readonly revision: number;
  readonly hostsChecked: number;
  readonly findings: readonly Finding[];
  readonly repaired: ReadonlyArray<{ readonly host: string; readonly vnis: readonly number[] }>;
  /** Hosts still divergent after the repair wait (empty when all agreed again, or no wait). */
  readonly stillDivergent: readonly string[];
}

function findingsOf(hosts: readonly ControllerHost[], registered: ReadonlyMap<string, string>, maxLag: number): Finding[] {
  const out: Finding[] = [];
  for (const h of hosts) {
    if (h.divergentVnis.length > 0) {
      out.push({ host: h.host, problem: 'divergent', detail: `last digest report (revision ${h.digestRevision}) disagrees on ${h.divergentVnis.length} VNI(s)`, vnis: h.divergentVnis });
    }
    if (h.connected && h.lagRevisions > maxLag) out.push({ host: h.host, problem: 'lagging', detail: `${h.lagRevisions} revisions behind`, vnis: [] });
    if (!h.connected && h.spanVnis > 0 && registered.has(h.host)) {
      out.push({ host: h.host, problem: 'no stream', detail: `has ports on ${h.spanVnis} VNI(s) but no stream to this controller (central says agent ${registered.get(h.host)})`, vnis: [] });
    }
  }
  return out;
}

/**
 * Compares what every host should hold (the controller's view) with what it last reported (its
 * per-VNI digests), names the diverging hosts and VNIs, and with `repair` resends those hosts'
 * full tables, showing progress, then optionally waits until they report agreement.
 */
export async function doctor(io: CliIo, endpoints: Endpoints, options: DoctorOptions): Promise<DoctorReport> {
  const [{ revision, hosts }, topology] = await Promise.all([listHosts(endpoints), readTopology(endpoints)]);
  const registered = new Map(topology.hosts.map((h) => [h.id, h.agent_state]));
  const findings = findingsOf(hosts, registered, options.maxLag);
  const divergent = [...new Set(findings.filter((f) => f.problem === 'divergent').map((f) => f.host))];
  const repaired: Array<{ host: string; vnis: number[] }> = [];
  let stillDivergent: string[] = [];
  if (options.repair && divergent.length > 0) {
    const bar = progress(io, 'resyncing', divergent.length);
    for (const host of divergent) {
      const r = await requestJson<{ host: string; resynced: number[] }>(endpoints, `${endpoints.controller}/v1/hosts/${encodeURIComponent(host)}/resync`, 'POST');
      repaired.push({ host, vnis: r.resynced });
      bar.tick(host);
    }
    bar.done();
    if (options.waitSeconds > 0) stillDivergent = await waitForAgreement(io, endpoints, hosts, divergent, options.waitSeconds);
    else stillDivergent = divergent;
  }
  return { revision, hostsChecked: hosts.length, findings, repaired, stillDivergent };
}

/** Polls until each host has sent a digest report after the repair and that report agrees. */
async function waitForAgreement(io: CliIo, endpoints: Endpoints, before: readonly ControllerHost[], hosts: readonly string[], waitSeconds: number): Promise<string[]> {
  const since = new Map(before.map((h) => [h.host, h.digestAt ?? '']));
  const pending = new Set(hosts);
  const bar = progress(io, 'waiting for hosts to report agreement', hosts.length);
  const deadline = Date.now() + waitSeconds * 1000;
  while (pending.size > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const { hosts: now } = await listHosts(endpoints);
    for (const h of now) {
      if (!pending.has(h.host)) continue;
      const reportedAgain = (h.digestAt ?? '') > (since.get(h.host) ?? '');
      if (reportedAgain && h.divergentVnis.length === 0) {
        pending.delete(h.host);
        bar.tick(h.host);
      }
    }
  }
  bar.done();
  return [...pending];
}

export function renderDoctor(r: DoctorReport): string {
  const lines = [`checked ${r.hostsChecked} host(s) at revision ${r.revision}`];
  if (r.findings.length === 0) lines.push('every host agrees with the controller');
  else lines.push(table(['host', 'problem', 'vnis', 'detail'], r.findings.map((f) => [f.host, f.problem, f.vnis.join(',') || '-', f.detail])));
  for (const x of r.repaired) lines.push(`resynced ${x.host}: VNIs ${x.vnis.join(',')}`);
  if (r.repaired.length > 0) lines.push(r.stillDivergent.length === 0 ? 'repaired hosts now agree' : `still divergent: ${r.stillDivergent.join(', ')}`);
  return lines.join('\n');
}
