import { createMetricsRegistry } from '@trellis/runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { binding, host, network, port } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';
import { registerControllerMetrics } from './controller-metrics';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The value of the series `name` whose labels include `labels` (e.g. 'host="h1"'), or undefined. */
function series(text: string, name: string, ...labels: string[]): number | undefined {
  const line = text.split('\n').find((l) => (l.startsWith(name + ' ') || l.startsWith(name + '{')) && labels.every((x) => l.includes(x)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('registerControllerMetrics', () => {
  it('exports streams, per-host lag and the controller counters read at scrape time', async () => {
    const h = await new Harness().start();
    cleanups.push(() => h.dispose());
    const registry = createMetricsRegistry('vtep-controller', { processMetrics: false });
    registerControllerMetrics(registry, h.ctl);
    h.commit(['hosts', 'h1', host('h1', '192.0.2.1', 'cell1')], ['hosts', 'h2', host('h2', '192.0.2.2', 'cell2')], ['networks', 'n1', network('n1', 100)]);
    h.commit(['ports', 'a', port({ id: 'a', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], bindings: [binding('h1')], seq: 0 })]);

    const t1 = new TestHost('h1', '192.0.2.1').connect(h.address);
    cleanups.push(() => t1.close());
    await waitFor(() => t1.token !== undefined && t1.token.revision >= h.ctl.revision, 'h1 to converge');
    await waitFor(() => [...h.ctl.sessions.values()].some((s) => s.ackedRevision >= h.ctl.revision), 'h1 ack');

    const text = await registry.metrics();
    expect(series(text, 'trellis_controller_streams', 'state="attached"')).toBe(1);
    expect(series(text, 'trellis_controller_snapshots_total')).toBe(1);
    expect(series(text, 'trellis_controller_revision')).toBe(h.ctl.revision);
    expect(series(text, 'trellis_controller_host_lag_revisions', 'host="h1"')).toBe(0);
    expect(series(text, 'trellis_controller_sent_bytes_total')).toBeGreaterThan(0);

    // Revisions outside h1's span are never sent to it: they are no lag.
    h.commit(['networks', 'n2', network('n2', 200)]);
    h.commit(['ports', 'z', port({ id: 'z', networkId: 'n2', mac: 'fa:16:3e:00:00:09', ips: ['10.0.1.9'], bindings: [binding('h2')], seq: 0 })]);
    expect(series(await registry.metrics(), 'trellis_controller_host_lag_revisions', 'host="h1"')).toBe(0);

    // Revisions the host received but did not ack show as lag.
    t1.autoAck = false;
    h.commit(['ports', 'b', port({ id: 'b', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings: [binding('h2')], seq: 0 })]);
    h.commit(['ports', 'c', port({ id: 'c', networkId: 'n1', mac: 'fa:16:3e:00:00:03', ips: ['10.0.0.3'], bindings: [binding('h2')], seq: 0 })]);
    await waitFor(() => t1.token !== undefined && t1.token.revision >= h.ctl.revision, 'h1 to receive');
    // Lag counts revisions of central's history: from what h1 acked to what it was last sent,
    // including the two n2 revisions in between that it never needed.
    expect(series(await registry.metrics(), 'trellis_controller_host_lag_revisions', 'host="h1"')).toBe(4);

    t1.close();
    await waitFor(() => h.ctl.sessions.size === 0, 'h1 stream closed');
    const after = await registry.metrics();
    expect(after).not.toContain('host="h1"');
    expect(series(after, 'trellis_controller_streams', 'state="attached"')).toBe(0);
  });
});
