import { FeedClient, type FeedEvent } from '@trellis/feed';
import { createLogger } from '@trellis/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';
import { PortService } from '../services/port-service';
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

  it('ReportPortStatuses WIRED makes the bound port ACTIVE; stale and unknown reports change nothing', async () => {
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).json.port;
    expect(port.status).toBe('BUILD');
    const [stale, unknown] = await client.reportPortStatuses([
      { portId: port.id, hostId: 'h2', wiring: 'wired', detail: '' },
      { portId: 'no-such-port', hostId: 'h1', wiring: 'wired', detail: '' },
    ]);
    expect([stale.revision, unknown.revision]).toEqual([0, 0]);
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('BUILD');
    const [ack] = await client.reportPortStatuses([{ portId: port.id, hostId: 'h1', wiring: 'wired', detail: '' }]);
    expect(ack.revision).toBe(await t.store.currentRevision());
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('ACTIVE');
    const [again] = await client.reportPortStatuses([{ portId: port.id, hostId: 'h1', wiring: 'wired', detail: '' }]);
    expect(again.revision).toBe(0);
    const [failed] = await client.reportPortStatuses([{ portId: port.id, hostId: 'h1', wiring: 'error', detail: 'veth missing' }]);
    expect(failed.revision).toBeGreaterThan(ack.revision);
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('ERROR');
  });

  it('applies a batch of 50 reports in one store commit, with one status event per port', async () => {
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'bulk' } })).json.network;
    const created = await t.call('POST', '/v2.0/ports', { ports: Array.from({ length: 50 }, () => ({ network_id: net.id, 'binding:host_id': 'h1' })) });
    const ids: string[] = created.json.ports.map((p: { id: string }) => p.id);
    const events: string[] = [];
    t.app.central.ports.events.on('status', (e) => events.push(`${e.port.id} ${e.previous}->${e.current}`));
    const before = await t.store.currentRevision();
    // One stale report (another host) and a port reported twice (the last report wins) ride along.
    const reports = [
      { portId: 'no-such-port', hostId: 'h2', wiring: 'unwired' as const, detail: '' },
      ...ids.map((id) => ({ portId: id, hostId: 'h1', wiring: 'wired' as const, detail: '' })),
      { portId: ids[1], hostId: 'h1', wiring: 'error' as const, detail: 'no veth' },
    ];
    const acks = await client.reportPortStatuses(reports);
    expect(acks).toHaveLength(52);
    expect(await t.store.currentRevision()).toBe(before + 1);
    expect(acks[0].revision).toBe(0); // unknown port
    expect(acks[1].revision).toBe(before + 1);
    expect(acks[2].revision).toBe(0); // superseded by the later ERROR report for the same port
    expect(acks.slice(3).every((a) => a.revision === before + 1)).toBe(true);
    expect(events).toHaveLength(50);
    expect(events).toContain(`${ids[1]} BUILD->ERROR`);
    expect(events.filter((e) => e.endsWith('BUILD->ACTIVE'))).toHaveLength(49);
    const listed = (await t.call('GET', `/v2.0/ports?network_id=${net.id}`)).json.ports as { id: string; status: string }[];
    expect(listed.filter((p) => p.status === 'ACTIVE')).toHaveLength(49);
    expect(listed.find((p) => p.id === ids[1])?.status).toBe('ERROR');
  });

  it('splits a batch into commits of wiringPortsPerCommit ports and keeps per-port results', async () => {
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'chunks' } })).json.network;
    const created = await t.call('POST', '/v2.0/ports', { ports: Array.from({ length: 10 }, () => ({ network_id: net.id, 'binding:host_id': 'h1' })) });
    const ids: string[] = created.json.ports.map((p: { id: string }) => p.id);
    const { networks, topology } = t.app.central;
    const ports = new PortService(t.store, networks, topology, { vif: { vifType: 'ovs', vifDetails: {} }, macPrefix: 'fa:16:3e', now: () => '2026-01-01T00:00:00Z', wiringPortsPerCommit: 4 });
    const before = await t.store.currentRevision();
    const results = await ports.setPortWirings([...ids.map((id) => ({ portId: id, host: 'h1', wired: true })), { portId: 'gone', host: 'h1', wired: true }]);
    expect(await t.store.currentRevision()).toBe(before + 3);
    expect(results.slice(0, 10).map((r) => r?.revision)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3].map((n) => before + n));
    expect(results.slice(0, 10).every((r) => r?.status === 'ACTIVE')).toBe(true);
    expect(results[10]).toBeUndefined();
  });

  it("keeps every host's report of a port in one batch: the migration source's cannot hide the destination's", async () => {
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'migrating' } })).json.network;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).json.port;
    expect((await t.call('POST', `/v2.0/ports/${port.id}/bindings`, { binding: { host: 'h2' } })).status).toBe(201);
    expect((await t.call('PUT', `/v2.0/ports/${port.id}/bindings/h2/activate`)).status).toBe(200);
    // One batch: the destination's wired report, then the source's unwired report of the same port.
    const acks = await client.reportPortStatuses([
      { portId: port.id, hostId: 'h2', wiring: 'wired', detail: '' },
      { portId: port.id, hostId: 'h1', wiring: 'unwired', detail: '' },
    ]);
    expect(acks).toHaveLength(2);
    expect((await t.call('GET', `/v2.0/ports/${port.id}`)).json.port.status).toBe('ACTIVE');
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
    const late = await client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: now + 2_000, controllerId: 'ctl-a' });
    expect(late.revision).toBe(0);
    expect((await t.call('GET', '/admin/v1/hosts/h1')).json.host).toMatchObject({ agent_state: 'up', agent_controller: 'ctl-b' });
    const down = await client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: now + 3_000, controllerId: 'ctl-b' });
    expect(down.revision).toBeGreaterThan(0);
    expect((await t.call('GET', '/admin/v1/hosts/h1')).json.host).toMatchObject({ agent_state: 'down', agent_controller: 'ctl-b' });
  });
});

describe('central Feed v2: routers', () => {
  it('shows a router with its interface (the port\'s transaction) and its removal, in the `router` kind', async () => {
    const start = await t.store.currentRevision();
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'routed' } })).json.network;
    const subnet = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '198.51.100.0/24' } })).json.subnet;
    const router = (await t.call('POST', '/v2.0/routers', { router: { name: 'r' } })).json.router;
    const added = await t.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id });
    expect(added.status).toBe(200);
    const port = (await t.call('GET', `/v2.0/ports/${added.json.port_id}`)).json.port;
    const routerPuts: any[] = [];
    const signal = AbortSignal.timeout(5_000);
    for await (const event of client.watchResources({ afterRevision: start, kinds: ['router', 'port'], signal })) {
      if (event.type !== 'revision') continue;
      const puts = event.changes.flatMap((c) => (c.type === 'put' ? [c.resource] : []));
      const withInterface = puts.find((r) => r.kind === 'router' && r.interfaces.length > 0);
      if (withInterface) {
        // The interface port and the router row change at one revision.
        expect(puts.some((r) => r.kind === 'port' && r.id === port.id)).toBe(true);
        routerPuts.push(withInterface);
        break;
      }
    }
    expect(routerPuts[0]).toMatchObject({
      kind: 'router', id: router.id, adminStateUp: true,
      interfaces: [{ portId: port.id, subnetId: subnet.id, networkId: net.id, ipAddress: '198.51.100.1', macAddress: port.mac_address }],
    });

    const before = await t.store.currentRevision();
    expect((await t.call('PUT', `/v2.0/routers/${router.id}/remove_router_interface`, { subnet_id: subnet.id })).status).toBe(200);
    for await (const event of client.watchResources({ afterRevision: before, kinds: ['router', 'port'], signal: AbortSignal.timeout(5_000) })) {
      if (event.type !== 'revision') continue;
      const routerPut = event.changes.find((c) => c.type === 'put' && c.resource.kind === 'router');
      expect(routerPut).toMatchObject({ resource: { id: router.id, interfaces: [] } });
      expect(event.changes).toContainEqual({ type: 'delete', kind: 'port', id: port.id });
      break;
    }
  });
});
