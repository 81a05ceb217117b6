import { Counter } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetricsRegistry } from './metrics';
import { startOpsServer, type HealthResult, type OpsServer } from './ops-server';

describe('startOpsServer', () => {
  let server: OpsServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the registry at /metrics and the checks at /healthz and /readyz', async () => {
    const registry = createMetricsRegistry('vtep-controller', { processMetrics: false });
    new Counter({ name: 'trellis_ops_test_total', help: 'test', registers: [registry] }).inc(3);
    let ready: HealthResult = { ok: false, detail: { feed: 'disconnected' } };
    server = await startOpsServer({ host: '127.0.0.1', port: 0, registry, live: () => ({ ok: true }), ready: () => ready });
    const base = `http://127.0.0.1:${server.port}`;

    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('trellis_ops_test_total{app="vtep-controller"} 3');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ status: 'unavailable', feed: 'disconnected' });
    ready = { ok: true };
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('answers other paths 404 and writes 405', async () => {
    const registry = createMetricsRegistry('host-agent', { processMetrics: false });
    server = await startOpsServer({ host: '127.0.0.1', port: 0, registry, live: () => ({ ok: true }), ready: () => ({ ok: true }) });
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
