import { createLogger } from '@trellis/runtime';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeNova, unusedPort, type FakeNova } from './fake-nova';
import type { NovaPort } from './nova-event';
import { NovaNotifier, type NovaSettings } from './nova-notifier';

const SERVER_A = '3f2c1a9e-8d7b-4c6a-9e5f-1b2c3d4e5f60';
const SERVER_B = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const port = (id: string, status: string, over: Partial<NovaPort> = {}): NovaPort => ({ id, deviceId: SERVER_A, deviceOwner: 'compute:nova', status, ...over });

interface Harness {
  readonly notifier: NovaNotifier;
  readonly registry: Registry;
  readonly logs: Record<string, unknown>[];
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fakeNova(): Promise<FakeNova> {
  const nova = await startFakeNova();
  cleanups.push(() => nova.close());
  return nova;
}

function notifierFor(settings: NovaSettings): Harness {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ name: 'nova-test', level: 'debug', destination: { write: (line: string) => void logs.push(JSON.parse(line)) } });
  const registry = new Registry();
  const notifier = new NovaNotifier({ batchIntervalMs: 50, retryBaseDelayMs: 20, ...settings, logger, metrics: registry });
  cleanups.push(() => notifier.close(200));
  return { notifier, registry, logs };
}

async function metric(registry: Registry, name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (!m) throw new Error(`no metric ${name}`);
  const { values } = await m.get();
  return values.filter((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val)).reduce((sum, v) => sum + v.value, 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('NovaNotifier batching', () => {
  it('sends everything queued within one interval in a single POST, as Neutron shapes it', async () => {
    const nova = await fakeNova();
    const { notifier, registry } = notifierFor({ url: nova.url, batchIntervalMs: 250 });
    const t0 = Date.now();
    notifier.portStatusChanged({ port: port('p1', 'ACTIVE'), previousStatus: 'BUILD' });
    notifier.portDataChanged(port('p2', 'DOWN', { deviceId: SERVER_B }));
    notifier.portStatusChanged({ port: port('p3', 'ERROR'), previousStatus: 'DOWN' });
    notifier.portStatusChanged({ port: port('p1', 'DOWN'), previousStatus: 'ACTIVE' });
    notifier.portDeleted(port('p4', 'DOWN'));
    expect(notifier.depth).toBe(5);
    expect(await metric(registry, 'trellis_nova_event_queue_depth')).toBe(5);

    const [request] = await nova.waitForRequests(1);
    expect(request.atMs - t0).toBeGreaterThanOrEqual(200);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v2.1/os-server-external-events');
    expect(request.events).toEqual([
      { name: 'network-vif-plugged', server_uuid: SERVER_A, status: 'completed', tag: 'p1' },
      { name: 'network-changed', server_uuid: SERVER_B, tag: 'p2' },
      { name: 'network-vif-plugged', server_uuid: SERVER_A, status: 'failed', tag: 'p3' },
      { name: 'network-vif-unplugged', server_uuid: SERVER_A, status: 'completed', tag: 'p1' },
      { name: 'network-vif-deleted', server_uuid: SERVER_A, tag: 'p4' },
    ]);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['openstack-api-version']).toBe('compute 2.1');
    expect(request.headers['x-openstack-nova-api-version']).toBe('2.1');
    expect(request.headers['x-auth-token']).toBeUndefined();

    await sleep(400);
    expect(nova.requests).toHaveLength(1);
    expect(notifier.depth).toBe(0);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { name: 'network-vif-plugged', outcome: 'accepted' })).toBe(2);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { outcome: 'accepted' })).toBe(5);
  });

  it('starts a new batch for events queued after a send', async () => {
    const nova = await fakeNova();
    const { notifier } = notifierFor({ url: nova.url, batchIntervalMs: 50 });
    notifier.portDataChanged(port('p1', 'ACTIVE'));
    await nova.waitForRequests(1);
    notifier.portDataChanged(port('p2', 'ACTIVE'));
    notifier.portDataChanged(port('p3', 'ACTIVE'));
    const requests = await nova.waitForRequests(2);
    expect(requests.map((r) => r.events.map((e) => e.tag))).toEqual([['p1'], ['p2', 'p3']]);
  });

  it('splits a backlog into POSTs of at most maxEventsPerRequest, sent back to back', async () => {
    const nova = await fakeNova();
    const { notifier } = notifierFor({ url: nova.url, batchIntervalMs: 300, maxEventsPerRequest: 2 });
    for (let i = 1; i <= 5; i++) notifier.portDataChanged(port(`p${i}`, 'ACTIVE'));
    const requests = await nova.waitForRequests(3);
    expect(requests.map((r) => r.events.map((e) => e.tag))).toEqual([['p1', 'p2'], ['p3', 'p4'], ['p5']]);
    // The backlog is drained at once, not one interval per chunk.
    expect(requests[2].atMs - requests[0].atMs).toBeLessThan(250);
  });

  it('sends the token and accepts a catalog URL ending in /v2.1', async () => {
    const nova = await fakeNova();
    const { notifier } = notifierFor({ url: `${nova.url}/v2.1/`, token: 'secret-token' });
    notifier.portDeleted(port('p1', 'DOWN'));
    const [request] = await nova.waitForRequests(1);
    expect(request.url).toBe('/v2.1/os-server-external-events');
    expect(request.headers['x-auth-token']).toBe('secret-token');
  });

  it('queues nothing for ports that are not Nova instance ports', async () => {
    const nova = await fakeNova();
    const { notifier } = notifierFor({ url: nova.url });
    notifier.portStatusChanged({ port: port('p1', 'ACTIVE', { deviceOwner: 'network:dhcp' }), previousStatus: 'DOWN' });
    notifier.portDataChanged(port('p2', 'ACTIVE', { deviceId: '' }));
    notifier.portDeleted(port('p3', 'ACTIVE', { deviceId: 'not-a-uuid' }));
    notifier.portStatusChanged({ port: port('p4', 'BUILD'), previousStatus: 'DOWN' });
    expect(notifier.depth).toBe(0);
    await notifier.close();
    expect(nova.requests).toHaveLength(0);
  });
});

describe('NovaNotifier answers from Nova', () => {
  it('honours per-event codes of a 207 without resending refused events', async () => {
    const nova = await fakeNova();
    nova.script.push((r) => ({ status: 207, body: { events: r.events.map((e, i) => ({ ...e, code: [200, 404, 422][i], status: i === 0 ? 'completed' : 'failed' })) } }));
    const { notifier, registry, logs } = notifierFor({ url: nova.url });
    notifier.portStatusChanged({ port: port('p1', 'ACTIVE'), previousStatus: 'BUILD' });
    notifier.portDataChanged(port('p2', 'ACTIVE', { deviceId: SERVER_B }));
    notifier.portDeleted(port('p3', 'DOWN'));
    await nova.waitForRequests(1);
    await notifier.close();
    expect(nova.requests).toHaveLength(1);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { name: 'network-vif-plugged', outcome: 'accepted' })).toBe(1);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { name: 'network-changed', outcome: 'failed' })).toBe(1);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { name: 'network-vif-deleted', outcome: 'failed' })).toBe(1);
    expect(await metric(registry, 'trellis_nova_requests_total', { code: '207' })).toBe(1);
    const refused = logs.filter((l) => l.msg === 'nova did not accept event');
    expect(refused.map((l) => [l.tag, l.code, l.server_uuid])).toEqual([['p2', 404, SERVER_B], ['p3', 422, SERVER_A]]);
  });

  it('retries a batch after a 500 and then delivers it', async () => {
    const nova = await fakeNova();
    nova.script.push(() => ({ status: 500, body: { computeFault: { code: 500, message: 'boom' } } }));
    const { notifier, registry } = notifierFor({ url: nova.url, retryBaseDelayMs: 30 });
    notifier.portStatusChanged({ port: port('p1', 'ACTIVE'), previousStatus: 'DOWN' });
    const [first, second] = await nova.waitForRequests(2);
    expect(second.events).toEqual(first.events);
    expect(second.atMs - first.atMs).toBeGreaterThanOrEqual(25);
    await sleep(100);
    expect(nova.requests).toHaveLength(2);
    expect(await metric(registry, 'trellis_nova_requests_total', { code: '500' })).toBe(1);
    expect(await metric(registry, 'trellis_nova_requests_total', { code: '200' })).toBe(1);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { outcome: 'accepted' })).toBe(1);
    expect(await metric(registry, 'trellis_nova_events_dropped_total')).toBe(0);
  });

  it('retries with growing delays while Nova refuses connections, then delivers', async () => {
    const freePort = await unusedPort();
    const { notifier, registry, logs } = notifierFor({ url: `http://127.0.0.1:${freePort}`, retryBaseDelayMs: 100, maxRetries: 6 });
    notifier.portDeleted(port('p1', 'DOWN'));
    // Bounded wait for the first refused attempt, then bring Nova up on that port.
    for (let i = 0; i < 100 && (await metric(registry, 'trellis_nova_requests_total', { code: 'error' })) === 0; i++) await sleep(20);
    expect(logs.some((l) => l.msg === 'nova event batch failed; retrying' && String(l.detail).includes('ECONNREFUSED'))).toBe(true);
    const nova = await startFakeNova(freePort);
    cleanups.push(() => nova.close());
    const [request] = await nova.waitForRequests(1, 5000);
    expect(request.events).toEqual([{ name: 'network-vif-deleted', server_uuid: SERVER_A, tag: 'p1' }]);
    const delays = logs.filter((l) => l.msg === 'nova event batch failed; retrying').map((l) => l.retryInMs);
    expect(delays.slice(0, 2)).toEqual([100, 200].slice(0, delays.length));
    await sleep(50);
    expect(await metric(registry, 'trellis_nova_events_sent_total', { outcome: 'accepted' })).toBe(1);
  });

  it('drops a batch with a log after the bounded retries', async () => {
    const nova = await fakeNova();
    nova.respond = () => ({ status: 503 });
    const { notifier, registry, logs } = notifierFor({ url: nova.url, maxRetries: 2, retryBaseDelayMs: 10 });
    notifier.portDataChanged(port('p1', 'ACTIVE'));
    notifier.portDataChanged(port('p2', 'ACTIVE'));
    await nova.waitForRequests(3);
    for (let i = 0; i < 100 && notifier.depth > 0; i++) await sleep(10);
    await sleep(100);
    expect(nova.requests).toHaveLength(3);
    expect(await metric(registry, 'trellis_nova_events_dropped_total', { reason: 'retries_exhausted' })).toBe(2);
    expect(logs.filter((l) => l.msg === 'nova unreachable; event batch dropped')).toHaveLength(1);
  });

  it('does not resend a batch Nova rejects as a whole (e.g. 403)', async () => {
    const nova = await fakeNova();
    nova.respond = () => ({ status: 403, body: { forbidden: { code: 403, message: 'Policy does not allow' } } });
    const { notifier, registry, logs } = notifierFor({ url: nova.url });
    notifier.portDataChanged(port('p1', 'ACTIVE'));
    await nova.waitForRequests(1);
    await notifier.close();
    expect(nova.requests).toHaveLength(1);
    expect(await metric(registry, 'trellis_nova_events_dropped_total', { reason: 'rejected' })).toBe(1);
    expect(logs.find((l) => l.msg === 'nova refused event batch; dropped')).toMatchObject({ httpStatus: 403 });
  });
});

describe('NovaNotifier queue bound and close', () => {
  it('drops the oldest waiting events on overflow, counts them and logs once', async () => {
    const nova = await fakeNova();
    const { notifier, registry, logs } = notifierFor({ url: nova.url, queueLimit: 3, batchIntervalMs: 60_000 });
    for (let i = 1; i <= 6; i++) notifier.portDataChanged(port(`p${i}`, 'ACTIVE'));
    expect(notifier.depth).toBe(3);
    expect(await metric(registry, 'trellis_nova_events_dropped_total', { reason: 'overflow' })).toBe(3);
    expect(await metric(registry, 'trellis_nova_event_queue_depth')).toBe(3);
    expect(logs.filter((l) => l.msg === 'nova event queue full; dropping oldest events')).toHaveLength(1);
    await notifier.close();
    expect(nova.requests.map((r) => r.events.map((e) => e.tag))).toEqual([['p4', 'p5', 'p6']]);
  });

  it('close() sends queued events at once instead of waiting for the interval', async () => {
    const nova = await fakeNova();
    const { notifier, registry } = notifierFor({ url: nova.url, batchIntervalMs: 60_000 });
    notifier.portDataChanged(port('p1', 'ACTIVE'));
    notifier.portDeleted(port('p2', 'DOWN'));
    const t0 = Date.now();
    await notifier.close();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(nova.requests.map((r) => r.events.map((e) => e.tag))).toEqual([['p1', 'p2']]);
    // After close, events are refused rather than queued.
    notifier.portDataChanged(port('p3', 'ACTIVE'));
    expect(notifier.depth).toBe(0);
    expect(await metric(registry, 'trellis_nova_events_dropped_total', { reason: 'closed' })).toBe(1);
  });

  it('close() gives up after its timeout when Nova is unreachable', async () => {
    const nova = await fakeNova();
    nova.respond = () => ({ status: 502 });
    const { notifier, registry, logs } = notifierFor({ url: nova.url, batchIntervalMs: 60_000, maxRetries: 50, retryBaseDelayMs: 100 });
    notifier.portDataChanged(port('p1', 'ACTIVE'));
    notifier.portDataChanged(port('p2', 'ACTIVE'));
    const t0 = Date.now();
    await notifier.close(300);
    const took = Date.now() - t0;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2000);
    expect(nova.requests.length).toBeGreaterThanOrEqual(1);
    expect(notifier.depth).toBe(0);
    expect(await metric(registry, 'trellis_nova_events_dropped_total', { reason: 'closed' })).toBe(2);
    expect(logs.some((l) => l.msg === 'nova events dropped' && l.reason === 'closed')).toBe(true);
  });
});

describe('NovaNotifier on the request path', () => {
  it('never throws into the caller, even for a malformed port record', async () => {
    const nova = await fakeNova();
    const { notifier, logs } = notifierFor({ url: nova.url });
    const malformed = { id: 'p1', deviceId: SERVER_A, status: 'ACTIVE' } as unknown as NovaPort;
    expect(() => notifier.portDataChanged(malformed)).not.toThrow();
    expect(notifier.depth).toBe(0);
    expect(logs.find((l) => l.msg === 'nova event not queued')).toMatchObject({ portId: 'p1' });
  });
});
