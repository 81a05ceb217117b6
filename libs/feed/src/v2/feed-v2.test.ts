import type { Server } from '@grpc/grpc-js';
import type { Host, Port, Router, Subnet } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedClient } from '../client/feed-client';
import { collectFeed, memoryLogger, startFeedServer, tempStore } from '../testing/feed-fixture';
import type { FeedEvent } from '../types';
import { encodeResource } from './projection';
import { checkResource, isRejected } from './resource-check';
import { SPEC_KINDS, STATUS_KINDS, type ResourceEvent } from './resources';

let store: Store;
let cleanupStore: () => Promise<void>;
let server: Server;
let client: FeedClient;
const { logger } = memoryLogger();

const host = (over: Partial<Host> = {}): Host => ({
  id: 'h1', cell: 'cell1', vtep: '192.0.2.1', agentState: 'unknown', agentVersion: '', lastHeartbeatAt: null, createdAt: '2026-01-01T00:00:00Z', ...over,
});
const port = (over: Partial<Port> = {}): Port =>
  ({
    id: 'p1', name: '', description: '', projectId: 't', tenantId: 't', createdAt: '', updatedAt: '', revisionNumber: 1, tags: [],
    networkId: 'n1', macAddress: 'fa:16:3e:00:00:01', fixedIps: [{ subnetId: 's1', ipAddress: '10.0.0.5' }], deviceId: 'vm1', deviceOwner: 'compute:nova',
    status: 'DOWN', adminStateUp: true, mobilitySeq: 0,
    bindings: [{ host: 'h1', status: 'ACTIVE', vnicType: 'normal', vifType: 'bridge', vifDetails: {}, profile: {} }],
    ...over,
  }) as Port;

const put = async (collection: string, value: { id: string }) => (await store.commit({ ops: [{ type: 'put', collection, key: value.id, value }] })).revision;

beforeEach(async () => {
  ({ store, cleanup: cleanupStore } = await tempStore());
  let target: string;
  ({ server, target } = await startFeedServer({ store, logger }));
  client = new FeedClient({ targets: [target], logger, consumer: 'v2-test', backoff: { initialMs: 20, maxMs: 200 } });
});

afterEach(async () => {
  client.close();
  server.forceShutdown();
  await cleanupStore();
});

const revisionsOf = (events: readonly ResourceEvent[]) => events.flatMap((e) => (e.type === 'revision' ? [e] : []));

describe('feed v2', () => {
  it('sends spec watchers only spec changes and status watchers only status changes; v1 still gets every row', async () => {
    const r1 = await put('hosts', host());
    const r2 = await put('ports', port());
    const r3 = await put('ports', port({ status: 'ACTIVE' })); // status only
    const r4 = await put('hosts', host({ agentState: 'up', lastHeartbeatAt: '2026-01-01T00:00:05Z' })); // liveness only
    const r5 = await put('ports', port({ status: 'ACTIVE', mobilitySeq: 1, bindings: [{ host: 'h2', status: 'ACTIVE', vnicType: 'normal', vifType: 'bridge', vifDetails: {}, profile: {} }] }));
    const reached = (r: number) => (events: readonly { type: string; revision?: number }[]) => events.some((e) => e.type === 'revision' && (e.revision ?? 0) >= r);

    const spec = revisionsOf(await collectFeed<ResourceEvent>((signal) => client.watchResources({ afterRevision: 0, kinds: SPEC_KINDS, signal }), reached(r5)));
    expect(spec.map((e) => e.revision)).toEqual([r1, r2, r5]);
    expect(spec.every((e) => e.rejected.length === 0)).toBe(true);
    expect(spec[2].changes).toEqual([
      { type: 'put', resource: { kind: 'port', id: 'p1', networkId: 'n1', macAddress: 'fa:16:3e:00:00:01', fixedIps: [{ subnetId: 's1', ipAddress: '10.0.0.5' }], mobilitySeq: 1, bindings: [{ host: 'h2', status: 'ACTIVE', failed: false }], deviceOwner: 'compute:nova', deviceId: 'vm1' } },
    ]);

    const status = revisionsOf(await collectFeed<ResourceEvent>((signal) => client.watchResources({ afterRevision: 0, kinds: STATUS_KINDS, signal }), reached(r4)));
    expect(status.map((e) => e.revision)).toEqual([r1, r2, r3, r4]);
    expect(status[2].changes).toEqual([{ type: 'put', resource: { kind: 'port_status', id: 'p1', status: 'ACTIVE' } }]);
    expect(status[3].changes).toEqual([{ type: 'put', resource: { kind: 'host_liveness', id: 'h1', agentState: 'up', agentVersion: '', lastHeartbeatMs: Date.parse('2026-01-01T00:00:05Z') } }]);

    // A v1 consumer on the same server keeps receiving storage rows, every revision.
    const v1 = await collectFeed<FeedEvent>((signal) => client.watch({ afterRevision: 0, collections: ['hosts', 'ports'], signal }), reached(r5));
    expect(v1.flatMap((e) => (e.type === 'revision' ? [e.revision] : []))).toEqual([r1, r2, r3, r4, r5]);
  });

  it('sends deletes of spec resources', async () => {
    await put('ports', port());
    const { revision } = await store.commit({ ops: [{ type: 'delete', collection: 'ports', key: 'p1' }] });
    const events = revisionsOf(await collectFeed<ResourceEvent>((signal) => client.watchResources({ afterRevision: 0, kinds: ['port'], signal }), (ev) => ev.some((e) => e.type === 'revision' && e.revision >= revision)));
    expect(events.at(-1)?.changes).toEqual([{ type: 'delete', kind: 'port', id: 'p1' }]);
  });
});

const subnet = (over: Partial<Subnet> = {}): Subnet =>
  ({
    id: 's1', name: '', description: '', projectId: 't', tenantId: 't', createdAt: '', updatedAt: '', revisionNumber: 1, tags: [],
    networkId: 'n1', cidr: '2001:db8:1::/64', ipVersion: 6, gatewayIp: '2001:db8:1::1', allocationPools: [], enableDhcp: true,
    dnsNameservers: ['2001:db8::53'], hostRoutes: [{ destination: '2001:db8:9::/64', nexthop: '2001:db8:1::9' }], ipv6AddressMode: 'slaac', ipv6RaMode: 'slaac',
    ...over,
  }) as Subnet;

const router = (over: Partial<Router> = {}): Router =>
  ({
    id: 'r1', name: '', description: '', projectId: 't', createdAt: '', updatedAt: '', revisionNumber: 1, tags: [], adminStateUp: true, status: 'ACTIVE',
    availabilityZoneHints: [], routes: [{ destination: '198.51.100.0/24', nexthop: '192.0.2.9' }],
    interfaces: [{ portId: 'p9', subnetId: 's4', networkId: 'n1', ipAddress: '192.0.2.1', macAddress: 'fa:16:3e:00:00:09' }],
    ...over,
  }) as Router;

describe('checkResource', () => {
  const portBytes = encodeResource('port', port());
  it('gives a router back with its interfaces and routes', () => {
    expect(checkResource('router', 'r1', encodeResource('router', router()))).toEqual({
      kind: 'router', id: 'r1', adminStateUp: true,
      interfaces: [{ portId: 'p9', subnetId: 's4', networkId: 'n1', ipAddress: '192.0.2.1', macAddress: 'fa:16:3e:00:00:09' }],
      routes: [{ destination: '198.51.100.0/24', nexthop: '192.0.2.9' }],
    });
  });
  it('gives a subnet back as central holds it', () => {
    expect(checkResource('subnet', 's1', encodeResource('subnet', subnet()))).toEqual({
      kind: 'subnet', id: 's1', networkId: 'n1', ipVersion: 6, cidr: '2001:db8:1::/64', gatewayIp: '2001:db8:1::1', enableDhcp: true,
      dnsNameservers: ['2001:db8::53'], hostRoutes: [{ destination: '2001:db8:9::/64', nexthop: '2001:db8:1::9' }], ipv6AddressMode: 'slaac', ipv6RaMode: 'slaac',
    });
    const v4 = checkResource('subnet', 's1', encodeResource('subnet', subnet({ ipVersion: 4, cidr: '192.0.2.0/24', gatewayIp: null, dnsNameservers: [], hostRoutes: [], ipv6AddressMode: null, ipv6RaMode: null })));
    expect(v4).toMatchObject({ ipVersion: 4, gatewayIp: null, ipv6AddressMode: null, ipv6RaMode: null });
  });
  it('accepts a resource of the contract', () => {
    expect(isRejected(checkResource('port', 'p1', portBytes))).toBe(false);
  });
  it.each([
    ['bytes that do not decode', 'port', 'p1', Uint8Array.from([0x1a, 0xff, 0xff, 0xff, 0xff, 0x0f])],
    ['no bytes', 'port', 'p1', new Uint8Array(0)],
    ['another kind under the change', 'host', 'p1', portBytes],
    ['an id other than the change', 'port', 'p2', portBytes],
    ['a port without a MAC', 'port', 'p1', encodeResource('port', port({ macAddress: '' }))],
    ['a host without a VTEP', 'host', 'h1', encodeResource('host', host({ vtep: '' }))],
    ['an unknown port status', 'port_status', 'p1', trellis.feed.v2.Resource.encode({ portStatus: { id: 'p1', status: 'WIRED' } }).finish()],
    ['a subnet whose CIDR is not of its version', 'subnet', 's1', encodeResource('subnet', subnet({ ipVersion: 4 }))],
    ['a subnet with a gateway outside its version', 'subnet', 's1', encodeResource('subnet', subnet({ gatewayIp: '192.0.2.1' }))],
    ['an IPv4 subnet with an IPv6 mode', 'subnet', 's1', encodeResource('subnet', subnet({ ipVersion: 4, cidr: '192.0.2.0/24', gatewayIp: null }))],
    ['a router interface without an address', 'router', 'r1', encodeResource('router', router({ interfaces: [{ ...router().interfaces[0], ipAddress: '' }] }))],
    ['a router route whose destination is not of its nexthop version', 'router', 'r1', encodeResource('router', router({ routes: [{ destination: '2001:db8::/64', nexthop: '192.0.2.9' }] }))],
    ['two ACTIVE bindings', 'port', 'p1', encodeResource('port', port({ bindings: [port().bindings[0], { ...port().bindings[0], host: 'h2' }] }))],
  ] as const)('rejects %s, with a reason', (_what, kind, id, bytes) => {
    const checked = checkResource(kind, id, bytes);
    expect(isRejected(checked)).toBe(true);
    expect(checked).toMatchObject({ kind, id, reason: expect.any(String) });
  });
});
