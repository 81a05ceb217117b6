import { describe, expect, it } from 'vitest';
import { canonicalCidr, cidrMatcher, decodeRouterDelta, digestRouterView, encodeRouterDelta, leaveRouterDelta, routerNeighbours, routerView, routerViewsEqual } from './router';

const r1 = routerView(
  'r1',
  [
    { networkId: 'nB', vni: 101, subnetId: 'sB', portId: 'p2', cidr: '2001:db8:2::/64', ip: '2001:db8:2::1', routerMac: 'fa:16:3e:ff:00:0b' },
    { networkId: 'nA', vni: 100, subnetId: 'sA', portId: 'p1', cidr: '10.1.0.0/24', ip: '10.1.0.1', routerMac: 'fa:16:3e:ff:00:0a' },
  ],
  [{ destination: '198.51.100.0/24', nexthop: '10.1.0.9' }],
);

describe('router views', () => {
  it('round-trip through the wire form; canonical order makes equal views equal, with equal digests', () => {
    const d = decodeRouterDelta(encodeRouterDelta(r1));
    expect(d.leave).toBe(false);
    if (d.leave) return;
    expect(d.view).toEqual(r1);
    expect(r1.interfaces.map((i) => i.portId)).toEqual(['p1', 'p2']);
    const shuffled = routerView('r1', [...r1.interfaces].reverse(), r1.routes);
    expect(routerViewsEqual(shuffled, r1)).toBe(true);
    expect(digestRouterView(shuffled)).toBe(digestRouterView(r1));
    expect(routerViewsEqual(routerView('r1', r1.interfaces, []), r1)).toBe(false);
    expect(decodeRouterDelta(leaveRouterDelta('r1'))).toEqual({ routerId: 'r1', leave: true });
  });

  it('refuses a malformed delta', () => {
    expect(() => decodeRouterDelta({ full: true })).toThrow(/router_id/);
    expect(() => decodeRouterDelta({ routerId: 'r' })).toThrow(/neither full nor leave/);
    expect(() => decodeRouterDelta({ routerId: 'r', full: true, interfaces: [{ vni: 0 }] })).toThrow(/VNI 0/);
    const wire = encodeRouterDelta(r1);
    expect(() => decodeRouterDelta({ ...wire, interfaces: [{ ...wire.interfaces![0], routerMac: new Uint8Array(5) }] })).toThrow();
    expect(() => decodeRouterDelta({ ...wire, routes: [{ destination: '10.0.0.0', nexthop: new Uint8Array([10, 0, 0, 1]) }] })).toThrow(/prefix/);
  });

  it('CIDRs: canonical text and membership (IPv4 and IPv6, non-octet prefixes)', () => {
    expect(canonicalCidr('2001:DB8:0::/64')).toBe('2001:db8::/64');
    expect(() => canonicalCidr('10.0.0.0/33')).toThrow();
    const in25 = cidrMatcher('192.0.2.128/25');
    expect(in25('192.0.2.200')).toBe(true);
    expect(in25('192.0.2.100')).toBe(false);
    expect(in25('2001:db8::1')).toBe(false);
    expect(cidrMatcher('2001:db8:2::/64')('2001:db8:2::5')).toBe(true);
  });

  it('remote instances of the router: neighbours of its VNIs inside the interface subnet, never the gateway itself', () => {
    const neigh = new Map([
      [100, new Map([['10.1.0.5', 'fa:16:3e:00:00:05'], ['10.1.0.1', 'fa:16:3e:ff:00:0a'], ['10.9.0.5', 'fa:16:3e:00:00:09']])],
      [101, new Map([['2001:db8:2::7', 'fa:16:3e:00:00:07']])],
    ]);
    expect([...routerNeighbours(r1, (vni) => neigh.get(vni))]).toEqual([
      ['10.1.0.5', { mac: 'fa:16:3e:00:00:05', portId: 'p1' }],
      ['2001:db8:2::7', { mac: 'fa:16:3e:00:00:07', portId: 'p2' }],
    ]);
  });
});
