import { Counter, Gauge, type Registry } from 'prom-client';

/** The agent's own series, registered on the app's registry. */
export interface AgentMetrics {
  readonly centralReachable: Gauge;
  readonly feedPosition: Gauge;
  readonly feedChanges: Counter<'outcome'>;
  readonly snapshots: Counter;
  readonly materialised: Counter<'kind'>;
  readonly scopeRefusals: Counter<'kind'>;
  readonly forwardedWrites: Counter<'operation' | 'outcome'>;
}

export function createAgentMetrics(registry: Registry): AgentMetrics {
  const registers = [registry];
  return {
    centralReachable: new Gauge({ name: 'trellis_cell_agent_central_reachable', help: '1 while central-api answers, 0 while the agent serves from its replica only', registers }),
    feedPosition: new Gauge({ name: 'trellis_cell_agent_feed_revision', help: 'Last central revision applied to the local replica', registers }),
    feedChanges: new Counter({ name: 'trellis_cell_agent_feed_changes_total', help: 'Feed changes applied to, skipped or rejected (refused by the value check: alert on any) by the replica', labelNames: ['outcome'], registers }),
    snapshots: new Counter({ name: 'trellis_cell_agent_feed_snapshots_total', help: 'Snapshots applied because the feed position was compacted', registers }),
    materialised: new Counter({ name: 'trellis_cell_agent_materialised_total', help: 'Resources fetched from central on first use', labelNames: ['kind'], registers }),
    scopeRefusals: new Counter({ name: 'trellis_cell_agent_scope_refusals_total', help: 'Reads or binds refused because the resource or host is outside this region', labelNames: ['kind'], registers }),
    forwardedWrites: new Counter({ name: 'trellis_cell_agent_forwarded_writes_total', help: 'Writes forwarded to central', labelNames: ['operation', 'outcome'], registers }),
  };
}
