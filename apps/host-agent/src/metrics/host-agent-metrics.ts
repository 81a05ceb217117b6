import { vniEntryCount } from '@trellis/l2';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { HostAgent } from '../agent/host-agent';

interface AppliedEvent {
  readonly kind: 'snapshot' | 'delta' | 'heartbeat';
  readonly revision: number;
  /** Time from the message's arrival to its last kernel (or memory) change; absent for heartbeats. */
  readonly applyMs?: number;
}

/**
 * Registers the host-agent's series on `registry`, fed by the agent's events (one counter step
 * per version, never per entry) and read from its view at scrape time: connection state,
 * sessions by how they started (snapshot or resume), the applied revision, the apply latency
 * histogram and failed applies (kernel programming errors, each one nacked and resynced).
 */
export function registerHostAgentMetrics(registry: Registry, agent: HostAgent): void {
  const connected = new Gauge({ name: 'trellis_host_agent_connected', help: '1 while a controller stream is open.', registers: [registry] });
  const sessions = new Counter({ name: 'trellis_host_agent_sessions_total', help: 'Controller sessions welcomed, by how they started.', labelNames: ['start'], registers: [registry] });
  const applied = new Counter({ name: 'trellis_host_agent_versions_applied_total', help: 'Snapshots and deltas applied.', labelNames: ['kind'], registers: [registry] });
  const failed = new Counter({
    name: 'trellis_host_agent_apply_failures_total',
    help: 'Versions whose apply failed in the dataplane (nacked; the controller resends the VNIs).',
    registers: [registry],
  });
  const revision = new Gauge({ name: 'trellis_host_agent_applied_revision', help: 'Revision of the last version applied.', registers: [registry] });
  const latency = new Histogram({
    name: 'trellis_host_agent_apply_seconds',
    help: 'Time from a version arriving to its last dataplane change.',
    labelNames: ['kind'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'trellis_host_agent_view_entries',
    help: 'Entries the agent holds (flood VTEPs, FDB, neighbours, local ports) over its VNIs.',
    labelNames: ['table'],
    registers: [registry],
    collect() {
      let vnis = 0;
      let entries = 0;
      for (const v of agent.view.values()) {
        vnis++;
        entries += vniEntryCount(v);
      }
      this.set({ table: 'vnis' }, vnis);
      this.set({ table: 'entries' }, entries);
    },
  });
  sessions.inc({ start: 'snapshot' }, 0);
  sessions.inc({ start: 'resume' }, 0);
  failed.inc(0);
  connected.set(0);

  agent.on('session', () => connected.set(1));
  agent.on('disconnected', () => connected.set(0));
  agent.on('welcome', (welcome: { snapshot?: boolean | null }) => sessions.inc({ start: welcome.snapshot ? 'snapshot' : 'resume' }));
  agent.on('nacked', () => failed.inc());
  agent.on('applied', (event: AppliedEvent) => {
    revision.set(event.revision);
    if (event.kind === 'heartbeat') return;
    applied.inc({ kind: event.kind });
    if (event.applyMs !== undefined) latency.observe({ kind: event.kind }, event.applyMs / 1000);
  });
}
