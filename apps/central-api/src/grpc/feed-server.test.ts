import { FeedClient, type FeedEvent } from '@trellis/feed';
import { createLogger } from '@trellis/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';
import { startCentralFeedServer, type CentralFeedServer } from './feed-server';

const logger = createLogger({ name: 'central-feed-test', level: 'silent' });
let t: TestApp;
let feed: CentralFeedServer;
let client: FeedClient;

beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  feed = await startCentralFeedServer({ store: t.store, services: t.app.central, logger, listen: '127.0.0.1:0' });
  client = new FeedClient({ targets: [feed.address], logger, consumer: 'central-feed-test', callTimeoutMs: 3_000 });
});
afterEach(async () => {
  client.close();
  await feed.close();
  await t.close();
});

/** Watches from `afterRevision` until `done` holds for the changes seen (bounded by a timeout). */
async function watchUntil(afterRevision: number, done: (changes: { collection: string; key: unknown; value?: any }[]) => boolean, timeoutMs = 5_000) {
  const changes: { collection: string; key: unknown; value?: any }[] = [];
  const events: FeedEvent[] = [];
  const signal = AbortSignal.timeout(timeoutMs);
  for await (const event of client.watch({ afterRevision, signal })) {
    events.push(event);
    if (event.type === 'revision') changes.push(...event.changes);
    if (done(changes)) return { changes, events };
  }
  throw new Error(`feed ended before the expected changes: ${JSON.stringify(events).slice(0, 500)}`);
}

describe('central Feed over gRPC', () => {
  it('streams the revisions of REST writes in order', async () => {
    const start = await t.store.currentRevision();
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'fed' } })).json.network;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).json.port;
    const { changes, events } = await watchUntil(start, (c) => c.some((x) => x.collection === 'ports' && x.key === port.id));
    const revs = events.flatMap((e) => (e.type === 'revision' ? [e.revision] : []));
    expect(revs.length).toBeGreaterThanOrEqual(2);
    expect([...revs].sort((a, b) => a - b)).toEqual(revs);
    expect(revs[0]).toBeGreaterThan(start);
    expect(changes.find((c) => c.collection === 'networks')?.value).toMatchObject({ id: net.id, name: 'fed', segmentationId: net['provider:segmentation_id'] });
    expect(changes.find((c) => c.collection === 'ports')?.value).toMatchObject({ id: port.id, status: 'BUILD', macAddress: port.mac_address });
  });

  it('ReportPortStatus WIRED makes the bound port ACTIVE; stale and unknown reports change nothing', async () => {
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).json.port;
    expect(port.status).toBe('BUILD');
    const stale = await client.reportPortStatus({ portId: port.id, hostId: 'h2', wiring: 'wired', detail: '' });
    expect(stale.revision).toBe(0);
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('BUILD');
    const ack = await client.reportPortStatus({ portId: port.id, hostId: 'h1', wiring: 'wired', detail: '' });
    expect(ack.revision).toBe(await t.store.currentRevision());
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('ACTIVE');
    const failed = await client.reportPortStatus({ portId: port.id, hostId: 'h1', wiring: 'error', detail: 'veth missing' });
    expect(failed.revision).toBeGreaterThan(ack.revision);
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('ERROR');
    expect((await client.reportPortStatus({ portId: 'no-such-port', hostId: 'h1', wiring: 'wired', detail: '' })).revision).toBe(0);
  });

  it('ReportHostLiveness shows in the topology API and ignores stale reports', async () => {
    const now = Date.now();
    const up = await client.reportHostLiveness({ hostId: 'h1', connected: true, agentVersion: '1.2.3', lastSeenMs: now, controllerId: 'ctl-a' });
    expect(up.revision).toBeGreaterThan(0);
    const host = (await t.call('GET', '/admin/v1/hosts/h1')).json.host;
    expect(host).toMatchObject({ agent_state: 'up', agent_version: '1.2.3', last_heartbeat_at: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z') });
    const late = await client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: now - 60_000, controllerId: 'ctl-b' });
    expect(late.revision).toBe(0);
    expect((await t.call('GET', '/admin/v1/hosts/h1')).json.host.agent_state).toBe('up');
    expect((await client.reportHostLiveness({ hostId: 'ghost', connected: true, agentVersion: '', lastSeenMs: now, controllerId: 'ctl-a' })).revision).toBe(0);
  });

  it('a late "down" from a controller that no longer holds the host changes nothing', async () => {
    const now = Date.now();
    await client.reportHostLiveness({ hostId: 'h1', connected: true, agentVersion: '1', lastSeenMs: now, controllerId: 'ctl-a' });
    const moved = await client.reportHostLiveness({ hostId: 'h1', connected: true, agentVersion: '1', lastSeenMs: now + 1_000, controllerId: 'ctl-b' });
    expect(moved.revision).toBeGreaterThan(0);
    // ctl-a notices the lost stream only after its heartbeat timeout, later than ctl-b's "up".
    const late = await client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: now + 5_000, controllerId: 'ctl-a' });
    expect(late.revision).toBe(0);
    expect((await t.call('GET', '/admin/v1/hosts/h1')).json.host).toMatchObject({ agent_state: 'up', agent_controller: 'ctl-b' });
    const down = await client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: now + 6_000, controllerId: 'ctl-b' });
    expect(down.revision).toBeGreaterThan(0);
    expect((await t.call('GET', '/admin/v1/hosts/h1')).json.host).toMatchObject({ agent_state: 'down', agent_controller: 'ctl-b' });
  });
});
