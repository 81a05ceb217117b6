import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_CENTRAL_CONFIG } from './config';
import { startFakeNova, type FakeNova } from './nova/fake-nova';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

// buildApp wires the Nova notifier, the metrics plugin and the live-events WebSocket.
let t: TestApp | undefined;
let nova: FakeNova | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await t?.close();
  await nova?.close();
  t = undefined;
  nova = undefined;
});

describe('buildApp wiring', () => {
  it('sends network-vif-plugged to Nova when a wiring report makes a compute port ACTIVE', async () => {
    nova = await startFakeNova();
    t = await startTestApp({ nova: { ...DEFAULT_CENTRAL_CONFIG.nova, url: nova.url, batchIntervalMs: 20 } });
    await seedTopology(t);
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
    const vm = randomUUID();
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, device_owner: 'compute:az1', device_id: vm, 'binding:host_id': 'h1' } })).json.port;
    expect(port.status).toBe('BUILD');
    await t.app.central.ports.setPortWiring(port.id, 'h1', true);
    const [request] = await nova.waitForRequests(1);
    expect(request.url).toBe('/v2.1/os-server-external-events');
    expect(request.events).toEqual([{ name: 'network-vif-plugged', server_uuid: vm, status: 'completed', tag: port.id }]);
  });

  it('serves Prometheus metrics with request counts by route and the store revision', async () => {
    t = await startTestApp();
    await t.call('POST', '/v2.0/networks', { network: { name: 'n' } });
    await t.call('GET', '/v2.0/networks');
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/trellis_http_requests_total\{[^}]*method="POST",route="\/v2\.0\/networks",status="201"[^}]*\} 1/);
    expect(res.body).toMatch(new RegExp(`trellis_store_revision\\{[^}]*\\} ${await t.store.currentRevision()}`));
    expect(res.body).toContain('trellis_live_event_subscribers');
  });

  it('streams store changes to admins over the live-events WebSocket and refuses members', async () => {
    t = await startTestApp();
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${address.replace('http', 'ws')}/v2.0/trellis/events?after_revision=0&collections=networks`;
    const refused = await new Promise<number>((resolve) => {
      const ws = new WebSocket(url, { headers: member('p1') });
      ws.on('error', () => {}); // the refused upgrade also surfaces as an error event
      sockets.push(ws);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
    });
    expect(refused).toBe(403);

    const messages: any[] = [];
    const ws = new WebSocket(url);
    ws.on('error', (err) => messages.push({ error: String(err) }));
    sockets.push(ws);
    const created = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no network change seen: ${JSON.stringify(messages)}`)), 5_000);
      ws.on('message', (data) => {
        messages.push(JSON.parse(String(data)));
        if (messages.some((m) => m.type === 'changes' && m.changes.some((c: any) => c.value?.name === 'live'))) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await new Promise((resolve) => ws.once('open', resolve));
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'live' } })).json.network;
    await created;
    expect(messages[0]).toEqual({ type: 'subscribed', after_revision: 0 });
    const change = messages.flatMap((m) => (m.type === 'changes' ? m.changes : []))[0];
    expect(change).toMatchObject({ type: 'put', collection: 'networks', key: net.id, value: { id: net.id, name: 'live' } });
  });
});
