import { decodeRouterDelta, digestMatches, digestRouterView, encodeRouterDelta, type RouterView } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import { Status } from '../server/host-stream';
import { StreamError, type Session } from '../server/session';
import type { Controller } from './controller';
import type { BindingRecord } from '../span/records';
import type { PortWiring } from './types';

/** Default of ControllerOptions.maxPortStatusesPerMessage (hosts send at most 256). */
export const DEFAULT_MAX_PORT_STATUSES = 512;

const Wiring = trellis.l2.v1.Wiring;
const WIRING_NAMES: Partial<Record<number, PortWiring>> = {
  [Wiring.WIRING_WIRED]: 'wired',
  [Wiring.WIRING_UNWIRED]: 'unwired',
  [Wiring.WIRING_ERROR]: 'error',
};

/** Router view → digest of the router as a host holds it after decoding the view's RouterDelta. */
const hostRouterDigests = new WeakMap<RouterView, bigint>();

/**
 * The digest a host reports for `view` once it applied it: computed on the view's wire form
 * decoded as the host decodes it (addresses and CIDRs in the receiver's canonical text), so a
 * record kept in another spelling cannot mismatch forever. Cached per view (a change makes a new one).
 */
function hostRouterDigest(view: RouterView): bigint {
  let d = hostRouterDigests.get(view);
  if (d === undefined) {
    let held: RouterView = view;
    try {
      const decoded = decodeRouterDelta(encodeRouterDelta(view));
      if (!decoded.leave) held = decoded.view;
    } catch {
      // A view the host would nack: its own digest (a mismatch resends it, the host nacks, as before).
    }
    d = digestRouterView(held);
    hostRouterDigests.set(view, d);
  }
  return d;
}

function boundTo(bindings: readonly BindingRecord[], host: string): boolean {
  for (let i = 0; i < bindings.length; i++) if (bindings[i].host === host) return true;
  return false;
}

/** What a host asks or tells after hello: acks, nacks, port status, digests. */
export class HostRequests {
  constructor(private readonly ctl: Controller) {}

  /** An ack confirms its nonce and everything sent before it; an unknown nonce is logged once. */
  ack(session: Session, ack: trellis.l2.v1.IAck): void {
    this.ctl.counters.acks++;
    if (this.settle(session, ack.nonce ?? '') === undefined) this.unknownNonce(session, ack.nonce ?? '', 'ack');
  }

  /** A nack makes the controller resend the named VNIs' full tables (all of the span if none). */
  nack(session: Session, nack: trellis.l2.v1.INack): void {
    const nonce = nack.nonce ?? '';
    if (this.settle(session, nonce) === undefined) this.unknownNonce(session, nonce, 'nack');
    const vnis = nack.vnis && nack.vnis.length > 0 ? nack.vnis : [...this.ctl.index.spanOf(session.hostId)];
    session.log.warn({ host: session.hostId, nonce, vnis, detail: nack.errorDetail ?? '' }, 'host nacked a delta');
    this.ctl.resync(session, new Set(vnis), 'nack');
  }

  /**
   * A host's batch of port statuses. The whole message is validated first (1 to
   * `maxPortStatusesPerMessage` entries, each with a port_id and a wiring state): bad input ends
   * the stream with INVALID_ARGUMENT before any entry is relayed. Entries for ports not bound
   * to this host are stale (normal after a move or delete) and dropped; the rest go to central
   * through the batching reporter.
   */
  portStatuses(session: Session, batch: trellis.l2.v1.IPortStatusBatch): void {
    const statuses = batch.statuses ?? [];
    const limit = this.ctl.options.maxPortStatusesPerMessage ?? DEFAULT_MAX_PORT_STATUSES;
    if (statuses.length === 0) throw new StreamError(Status.INVALID_ARGUMENT, 'port_statuses carries no status');
    if (statuses.length > limit) {
      throw new StreamError(Status.INVALID_ARGUMENT, `port_statuses carries ${statuses.length} statuses, over the limit of ${limit} per message`);
    }
    for (let i = 0; i < statuses.length; i++) {
      if ((statuses[i].portId ?? '') === '' || WIRING_NAMES[statuses[i].wiring ?? 0] === undefined) {
        throw new StreamError(Status.INVALID_ARGUMENT, `port_statuses[${i}] needs a port_id and a wiring state`);
      }
    }
    this.ctl.counters.portStatusMessages++;
    this.ctl.counters.portStatuses += statuses.length;
    // Optimization: 50,000 reports arrive when 1,000 hosts attach at once; each goes to the
    // reporter as fields (no report object, no closure per binding check).
    const hostId = session.hostId;
    const ports = this.ctl.index.ports;
    const reporter = this.ctl.statusReporter;
    let stale = 0;
    for (let i = 0; i < statuses.length; i++) {
      const st = statuses[i];
      const port = ports.get(st.portId!);
      if (port === undefined || !boundTo(port.bindings, hostId)) stale++;
      // The index's own id string, not the one just decoded: a report may wait a while.
      else reporter.report(port.id, hostId, WIRING_NAMES[st.wiring ?? 0]!, st.detail ?? '');
    }
    if (stale > 0) session.log.debug({ host: session.hostId, stale }, 'port statuses for ports not bound to this host; ignored');
  }

  /**
   * Compares the host's per-VNI digests with the controller's view of that host. A report at an
   * older revision than what was last sent is stale and skipped. Mismatching VNIs, span VNIs
   * the host did not report and reported VNIs outside its span are resynced, and only those.
   *
   * Routers likewise, but only when the report says `routers_included` (an agent that predates
   * router digests reports none and must not be told to re-take its routers every round):
   * a router whose digest differs or that the host did not report is resent whole, a reported
   * router the host does not route for gets its leave. A VNI resync carries every router the
   * host routes for anyway (plus those leaves); a router-only mismatch resends just those routers.
   */
  digests(session: Session, report: trellis.l2.v1.IDigests): void {
    this.ctl.counters.digestReports++;
    if ((report.revision ?? 0) < session.lastSentRevision) return;
    const reported = new Map<number, number>();
    for (const d of report.vnis ?? []) reported.set(d.vni ?? 0, Number(d.digest ?? 0));
    const host = session.hostId;
    const span = this.ctl.index.spanOf(host);
    const wrong = new Set<number>();
    const seen = new Set<number>();
    for (const d of report.vnis ?? []) {
      const vni = d.vni ?? 0;
      seen.add(vni);
      if (!span.has(vni)) wrong.add(vni);
      else if (!this.digestOk(Number(d.digest ?? 0), host, vni)) wrong.add(vni);
    }
    for (const vni of span) if (!seen.has(vni)) wrong.add(vni);

    const routing = this.ctl.index.routing;
    const held = routing.routersOf(host);
    const wrongRouters = new Set<string>();
    let reportedRouters: Map<string, number> | undefined;
    if (report.routersIncluded === true) {
      reportedRouters = new Map();
      for (const r of report.routers ?? []) reportedRouters.set(r.routerId ?? '', Number(r.digest ?? 0));
      for (const [id, wire] of reportedRouters) {
        const view = held.has(id) ? routing.viewOf(id) : undefined;
        if (view === undefined || !digestMatches(wire, hostRouterDigest(view))) wrongRouters.add(id);
      }
      for (const id of held) if (!reportedRouters.has(id)) wrongRouters.add(id);
    }
    session.lastDigests = { revision: Number(report.revision ?? 0), atMs: Date.now(), vnis: reported, ...(reportedRouters ? { routers: reportedRouters } : {}) };
    if (wrong.size === 0 && wrongRouters.size === 0) return;
    this.ctl.counters.digestMismatches++;
    this.ctl.counters.routerResyncs += wrongRouters.size;
    if (wrong.size === 0) {
      this.ctl.resync(session, [], 'router digest mismatch', [...wrongRouters].sort());
      return;
    }
    const routers = new Set(held);
    for (const id of wrongRouters) routers.add(id);
    this.ctl.resync(session, wrong, 'digest mismatch', [...routers].sort());
  }

  /**
   * A VNI's digest matches when it covers the L2 table and the subnets; or the L2 table alone,
   * which is what a host-agent that predates the subnet fields computes (it never holds them).
   */
  private digestOk(wire: number, host: string, vni: number): boolean {
    const index = this.ctl.index;
    return digestMatches(wire, index.hostVniDigest(host, vni)) || digestMatches(wire, index.hostVniDigestL2(host, vni));
  }

  private settle(session: Session, nonce: string): number | undefined {
    const revision = session.outstanding.get(nonce);
    if (revision === undefined) return undefined;
    for (const key of session.outstanding.keys()) {
      session.outstanding.delete(key);
      if (key === nonce) break;
    }
    if (revision > session.ackedRevision) session.ackedRevision = revision;
    return revision;
  }

  private unknownNonce(session: Session, nonce: string, what: string): void {
    if (session.unknownNonceLogged) return;
    session.unknownNonceLogged = true;
    session.log.warn({ host: session.hostId, nonce, what }, 'ack or nack for a nonce this stream never sent (or already settled); ignored');
  }
}
