import { Counter, Gauge, type Registry } from 'prom-client';
import type { Controller } from '../controller/controller';
import type { ControllerCounters } from '../controller/types';

/** The controller's counters exported as Prometheus counters (name suffix `_total` added). */
const COUNTERS: ReadonlyArray<readonly [keyof ControllerCounters, string, string]> = [
  ['snapshots', 'trellis_controller_snapshots', 'Full snapshots sent to hosts (a host that could not resume).'],
  ['resumes', 'trellis_controller_resumes', 'Host streams resumed from their token with only the missed deltas.'],
  ['resyncs', 'trellis_controller_resyncs', 'VNI and router resyncs sent after a nack or a digest mismatch.'],
  ['routerResyncs', 'trellis_controller_router_resyncs', 'Routers resent to a host (whole, or their leave) because its router digests disagreed.'],
  ['digestReports', 'trellis_controller_digest_reports', 'Per-VNI digest reports received from hosts.'],
  ['digestMismatches', 'trellis_controller_digest_mismatches', 'Digest reports that disagreed with the controller (each repaired by a resync).'],
  ['evictions', 'trellis_controller_evictions', 'Host streams cut off because their queue passed the limit.'],
  ['deltaMessages', 'trellis_controller_delta_messages', 'Delta messages queued to host streams.'],
  ['coalescedDeltas', 'trellis_controller_coalesced_deltas', 'Live deltas merged into one still waiting in a host queue.'],
  ['vniEncodes', 'trellis_controller_vni_encodes', 'Per-VNI delta encodes (shared plus per-host).'],
  ['acks', 'trellis_controller_acks', 'Acks received from hosts.'],
  ['portStatuses', 'trellis_controller_port_statuses', 'Port wiring statuses received from hosts.'],
  ['portStatusReports', 'trellis_controller_port_status_reports', 'Port wiring reports relayed to central.'],
  ['feedRejected', 'trellis_controller_feed_rejected', 'Feed values refused (undecodable or failing the contract check); what was held for them is kept. Alert on any.'],
];

/**
 * Registers the vtep-controller's series on `registry`, read from the controller at scrape time
 * (nothing is counted twice on the hot path): stream counts, the index revision, per-host lag in
 * revisions and queued bytes, and the counters above. Per-host series carry a `host` label, one
 * per attached host.
 */
export function registerControllerMetrics(registry: Registry, ctl: Controller): void {
  for (const [key, name, help] of COUNTERS) {
    new Counter({
      name: `${name}_total`,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(ctl.counters[key]);
      },
    });
  }
  new Gauge({
    name: 'trellis_controller_revision',
    help: 'Central revision the controller index has applied.',
    registers: [registry],
    collect() {
      this.set(ctl.revision);
    },
  });
  new Gauge({
    name: 'trellis_controller_streams',
    help: 'Host streams open, attached (said hello) or not.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      let attached = 0;
      for (const s of ctl.sessions.values()) if (s.attached) attached++;
      this.set({ state: 'attached' }, attached);
      this.set({ state: 'connecting' }, ctl.sessions.size - attached);
    },
  });
  new Gauge({
    name: 'trellis_controller_host_lag_revisions',
    help: 'Revisions sent to the host and not yet acked (0: it applied everything it was sent).',
    labelNames: ['host'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of ctl.sessions.values()) if (s.attached) this.set({ host: s.hostId }, s.lagRevisions);
    },
  });
  new Gauge({
    name: 'trellis_controller_host_queue_bytes',
    help: 'Bytes queued to a host stream and not yet taken by the transport.',
    labelNames: ['host'],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of ctl.sessions.values()) if (s.attached) this.set({ host: s.hostId }, s.out.backlogBytes);
    },
  });
  new Gauge({
    name: 'trellis_controller_status_reports_waiting',
    help: 'Port status reports waiting to be relayed to central.',
    registers: [registry],
    collect() {
      this.set(ctl.statusReporter.waiting);
    },
  });
  new Counter({
    name: 'trellis_controller_sent_bytes_total',
    help: 'Bytes handed to host streams since start.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(ctl.sentBytes());
    },
  });
}
