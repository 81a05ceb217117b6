import { ipToBytes } from '@trellis/l2';
import { createLogger, createMetricsRegistry } from '@trellis/runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { HostAgent } from '../agent/host-agent';
import { MemoryBackend } from '../dataplane/memory-backend';
import { FakeController } from '../testing/fake-controller';
import { registerHostAgentMetrics } from './host-agent-metrics';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function series(text: string, name: string, ...labels: string[]): number | undefined {
  const line = text.split('\n').find((l) => (l.startsWith(name + ' ') || l.startsWith(name + '{')) && labels.every((x) => l.includes(x)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('registerHostAgentMetrics', () => {
  it('counts sessions, applied versions and failed applies, and observes apply latency', async () => {
    const ctl = await new FakeController().start();
    cleanups.push(() => ctl.stop());
    const backend = new MemoryBackend();
    const agent = new HostAgent({
      hostId: 'host-a', vtep: '192.0.2.1', targets: [ctl.target], backend, logger: createLogger({ name: 't', level: 'silent' }),
      digestIntervalMs: 0, ackDelayMs: 0, backoff: { initialMs: 20, maxMs: 100 },
    });
    const registry = createMetricsRegistry('host-agent', { processMetrics: false });
    registerHostAgentMetrics(registry, agent);
    await agent.start();
    cleanups.push(() => agent.stop());

    const s = await ctl.session(0);
    await s.next((m) => m.kind === 'hello');
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 5 } });
    s.send({ snapshotChunk: { revision: 5, vnis: [{ vni: 1, full: true, mtu: 1450, floodAdd: [ipToBytes('192.0.2.2')] }] } });
    s.send({ snapshotEnd: { revision: 5, nonce: 'n-5', token: { epoch: 'e1', revision: 5, subscriptionVersion: 1 } } });
    await s.next((m) => m.ack?.nonce === 'n-5');

    backend.failNextApply('injected');
    s.send({ delta: { revision: 6, nonce: 'n-6', vnis: [{ vni: 1, floodAdd: [ipToBytes('192.0.2.3')] }], token: { epoch: 'e1', revision: 6, subscriptionVersion: 1 } } });
    await s.next((m) => m.kind === 'nack');
    s.send({ delta: { revision: 7, nonce: 'n-7', vnis: [{ vni: 1, floodAdd: [ipToBytes('192.0.2.4')] }], token: { epoch: 'e1', revision: 7, subscriptionVersion: 1 } } });
    await s.next((m) => m.ack?.nonce === 'n-7');

    const text = await registry.metrics();
    expect(series(text, 'trellis_host_agent_connected')).toBe(1);
    expect(series(text, 'trellis_host_agent_sessions_total', 'start="snapshot"')).toBe(1);
    expect(series(text, 'trellis_host_agent_sessions_total', 'start="resume"')).toBe(0);
    expect(series(text, 'trellis_host_agent_versions_applied_total', 'kind="snapshot"')).toBe(1);
    expect(series(text, 'trellis_host_agent_versions_applied_total', 'kind="delta"')).toBe(1);
    expect(series(text, 'trellis_host_agent_apply_failures_total')).toBe(1);
    expect(series(text, 'trellis_host_agent_applied_revision')).toBe(7);
    expect(series(text, 'trellis_host_agent_apply_seconds_count', 'kind="delta"')).toBe(1);
    expect(series(text, 'trellis_host_agent_view_entries', 'table="vnis"')).toBe(1);
  });
});
