import type { Host, Network, Port, Router, Subnet } from '@trellis/domain';
import type { Change } from '@trellis/store';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeResource, projectChange, sameProjection } from './projection';
import { RESOURCE_KINDS, SPEC_KINDS, type ResourceKind } from './resources';

const host = (over: Partial<Host> = {}): Host => ({
  id: 'h1', cell: 'cell1', vtep: '192.0.2.1', agentState: 'unknown', agentVersion: '', lastHeartbeatAt: null, createdAt: '2026-01-01T00:00:00Z', ...over,
});
const network = (over: Partial<Network> = {}): Network => ({ id: 'n1', networkType: 'vxlan', segmentationId: 100, mtu: 1450, ...over }) as Network;
const port = (over: Partial<Port> = {}): Port =>
  ({
    id: 'p1', name: '', description: '', projectId: 't', tenantId: 't', createdAt: '', updatedAt: '', revisionNumber: 1, tags: [],
    networkId: 'n1', macAddress: 'fa:16:3e:00:00:01', fixedIps: [{ subnetId: 's1', ipAddress: '10.0.0.5' }], deviceId: 'vm1', deviceOwner: 'compute:nova',
    status: 'DOWN', adminStateUp: true, mobilitySeq: 0,
    bindings: [{ host: 'h1', status: 'ACTIVE', vnicType: 'normal', vifType: 'bridge', vifDetails: {}, profile: {} }],
    ...over,
  }) as Port;
const subnet = (over: Partial<Subnet> = {}): Subnet =>
  ({ id: 's1', networkId: 'n1', ipVersion: 4, cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1', enableDhcp: true, dnsNameservers: ['10.0.0.2'], hostRoutes: [{ destination: '0.0.0.0/0', nexthop: '10.0.0.1' }], ...over }) as Subnet;
const router = (over: Partial<Router> = {}): Router =>
  ({ id: 'r1', adminStateUp: true, interfaces: [{ portId: 'p9', subnetId: 's1', networkId: 'n1', ipAddress: '10.0.0.1', macAddress: 'fa:16:3e:00:00:09' }], routes: [], ...over }) as Router;

/** Deep copy: rows decoded from the log never share objects with the previous value. */
const copy = <T>(v: T): T => structuredClone(v);

const sameBytes = (kind: ResourceKind, a: unknown, b: unknown) => encodeResource(kind, a).equals(encodeResource(kind, b));

describe('sameProjection', () => {
  it('recognises a status write and a heartbeat through spec kinds, as separate copies', () => {
    const before = port({ status: 'BUILD' });
    const after = copy({ ...before, status: 'ACTIVE', revisionNumber: 2, updatedAt: 'later' }) as Port;
    expect(sameProjection('port', after, before)).toBe(true);
    expect(sameProjection('port_status', after, before)).toBe(false);
    const h = host();
    expect(sameProjection('host', copy({ ...h, agentState: 'up', lastHeartbeatAt: '2026-12-07T00:00:00Z' }), h)).toBe(true);
    expect(sameProjection('host_liveness', copy({ ...h, agentState: 'up' }), h)).toBe(false);
  });

  it('is false when a projected field changes (a move, a new address, a failed binding, a route)', () => {
    const p = port();
    expect(sameProjection('port', port({ bindings: [{ ...p.bindings[0], host: 'h2' }] }), p)).toBe(false);
    expect(sameProjection('port', port({ fixedIps: [{ subnetId: 's1', ipAddress: '10.0.0.6' }] }), p)).toBe(false);
    expect(sameProjection('port', port({ bindings: [{ ...p.bindings[0], vifType: 'binding_failed' }] }), p)).toBe(false);
    expect(sameProjection('port', port({ bindings: [...p.bindings, { ...p.bindings[0], host: 'h2', status: 'INACTIVE' }] }), p)).toBe(false);
    expect(sameProjection('subnet', subnet({ hostRoutes: [] }), subnet())).toBe(false);
    expect(sameProjection('router', router({ routes: [{ destination: '10.1.0.0/16', nexthop: '10.0.0.3' }] }), router())).toBe(false);
    expect(sameProjection('network', network({ mtu: 9000 }), network())).toBe(false);
  });

  it('never says equal when the encoded projections differ (random rows, every kind)', () => {
    const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
    const portArb = fc.record({
      status: pick('DOWN', 'BUILD', 'ACTIVE'),
      macAddress: pick('fa:16:3e:00:00:01', 'fa:16:3e:00:00:02'),
      mobilitySeq: pick(0, 1, undefined),
      deviceId: pick('vm1', ''),
      fixedIps: fc.array(fc.record({ subnetId: pick('s1', 's2'), ipAddress: pick('10.0.0.5', '10.0.0.6') }), { maxLength: 2 }),
      bindings: fc.array(fc.record({ host: pick('h1', 'h2'), status: pick('ACTIVE', 'INACTIVE'), vifType: pick('bridge', 'binding_failed'), vnicType: pick('normal'), vifDetails: fc.constant({}), profile: fc.constant({}) }), { maxLength: 2 }),
    }).map((o) => port(o as Partial<Port>));
    const rows: Record<ResourceKind, fc.Arbitrary<unknown>> = {
      port: portArb,
      port_status: portArb,
      host: fc.record({ vtep: pick('192.0.2.1', '192.0.2.2'), cell: pick('c1', 'c2'), agentState: pick('up', 'down') }).map((o) => host(o as Partial<Host>)),
      host_liveness: fc.record({ agentState: pick('up', 'down'), lastHeartbeatAt: pick(null, '2026-12-07T00:00:00Z') }).map((o) => host(o as Partial<Host>)),
      network: fc.record({ segmentationId: pick(100, 0, undefined), mtu: pick(1450, 9000) }).map((o) => network(o as Partial<Network>)),
      subnet: fc.record({ gatewayIp: pick('10.0.0.1', null), dnsNameservers: fc.array(pick('10.0.0.2', '10.0.0.3'), { maxLength: 2 }) }).map((o) => subnet(o as Partial<Subnet>)),
      router: fc.record({ adminStateUp: fc.boolean(), routes: fc.array(fc.record({ destination: pick('10.1.0.0/16'), nexthop: pick('10.0.0.3', '10.0.0.4') }), { maxLength: 2 }) }).map((o) => router(o as Partial<Router>)),
    };
    for (const kind of RESOURCE_KINDS) {
      fc.assert(
        fc.property(rows[kind], rows[kind], (a, b) => {
          if (sameProjection(kind, a, b)) expect(sameBytes(kind, a, b)).toBe(true);
          expect(sameProjection(kind, a, copy(a))).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('projectChange', () => {
  const put = (value: unknown, prevValue?: unknown): Change =>
    ({ type: 'put', collection: 'ports', key: 'p1', value, ...(prevValue === undefined ? {} : { prevValue }), createRevision: 1, modRevision: 2, version: 2 }) as Change;

  it('gives nothing for a status write through spec kinds and the new port for a move', () => {
    const before = port({ status: 'BUILD' });
    const out: unknown[] = [];
    projectChange(put(copy({ ...before, status: 'ACTIVE' }), before), SPEC_KINDS, out as never[]);
    expect(out).toEqual([]);
    const moved = port({ bindings: [{ ...before.bindings[0], host: 'h2' }] });
    projectChange(put(moved, before), SPEC_KINDS, out as never[]);
    expect(out).toHaveLength(1);
    expect(Buffer.from((out[0] as { resource: Uint8Array }).resource).equals(encodeResource('port', moved))).toBe(true);
  });
});
