import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HostAgent } from '@trellis/host-agent/src/agent/host-agent';
import { registerHostAgentMetrics } from '@trellis/host-agent/src/metrics/host-agent-metrics';
import { createMetricsRegistry } from '@trellis/runtime';
import type { Controller } from '@trellis/vtep-controller/src/controller/controller';
import { registerControllerMetrics } from '@trellis/vtep-controller/src/metrics/controller-metrics';
import { describe, expect, it } from 'vitest';

// Every series the Grafana dashboard queries must be one the processes export: a renamed
// metric breaks the dashboard silently otherwise.
const root = path.resolve(import.meta.dirname, '../..');
const dashboard = JSON.parse(readFileSync(path.join(root, 'docs/grafana/trellis-distribution.json'), 'utf8')) as {
  panels: Array<{ title: string; targets: Array<{ expr: string }> }>;
};

function exportedNames(): Set<string> {
  const registry = createMetricsRegistry('check', { processMetrics: false });
  // Registration reads nothing from the controller or agent; values are read at scrape time.
  registerControllerMetrics(registry, {} as Controller);
  registerHostAgentMetrics(registry, new EventEmitter() as unknown as HostAgent);
  const names = new Set(registry.getMetricsAsArray().map((m) => m.name));
  // central-api's series are registered inside its fastify plugin; read their names from it.
  const plugin = readFileSync(path.join(root, 'apps/central-api/src/metrics/metrics-plugin.ts'), 'utf8');
  for (const m of plugin.matchAll(/name: '(trellis_[a-z_]+)'/g)) names.add(m[1]);
  return names;
}

describe('docs/grafana/trellis-distribution.json', () => {
  it('queries only series that Trellis exports', () => {
    const names = exportedNames();
    const queried = dashboard.panels.flatMap((p) => p.targets.flatMap((t) => [...t.expr.matchAll(/\b(trellis_[a-z_]+)/g)].map((m) => m[1])));
    expect(queried.length).toBeGreaterThan(10);
    const missing = queried.filter((q) => !names.has(q) && !names.has(q.replace(/_(bucket|sum|count)$/, '')));
    expect(missing).toEqual([]);
  });
});
