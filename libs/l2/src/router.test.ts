import { describe, expect, it } from 'vitest';
import { digestMatches, digestToWire } from './digest';
import { canonicalCidr, cidrMatcher, decodeRouterDelta, digestRouterView, encodeRouterDelta, leaveRouterDelta, routerDigests, routerNeighbours, routerView, routerViewsEqual, type RouterView } from './router';

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

  it('router digests: every field counts, list order does not; one wire digest per router, by id', () => {
    const [i1, i2] = r1.interfaces;
    const variants: RouterView[] = [
      routerView('r2', r1.interfaces, r1.routes),
      routerView('r1', [i2], r1.routes),
      routerView('r1', r1.interfaces, []),
      routerView('r1', [{ ...i1, ip: '10.1.0.2' }, i2], r1.routes),
      routerView('r1', [{ ...i1, routerMac: 'fa:16:3e:ff:00:0c' }, i2], r1.routes),
      routerView('r1', [{ ...i1, cidr: '10.1.0.0/25' }, i2], r1.routes),
      routerView('r1', [{ ...i1, vni: 102 }, i2], r1.routes),
      routerView('r1', [{ ...i1, subnetId: 'sX' }, i2], r1.routes),
      routerView('r1', [{ ...i1, networkId: 'nX' }, i2], r1.routes),
      routerView('r1', [{ ...i1, portId: 'p3' }, i2], r1.routes),
      routerView('r1', r1.interfaces, [{ destination: '198.51.100.0/24', nexthop: '10.1.0.8' }]),
      routerView('r1', r1.interfaces, [{ destination: '198.51.101.0/24', nexthop: '10.1.0.9' }]),
    ];
    const wire = new Set([r1, ...variants].map((r) => digestToWire(digestRouterView(r))));
    expect(wire.size).toBe(variants.length + 1);
    // What the host digests after decoding equals what the sender digests.
    const d = decodeRouterDelta(encodeRouterDelta(r1));
    if (d.leave) throw new Error('expected a full router');
    expect(digestRouterView(d.view)).toBe(digestRouterView(r1));

    const r0 = routerView('r0', [i1], []);
    const report = routerDigests([r1, r0]);
    expect(report.map((x) => x.routerId)).toEqual(['r0', 'r1']);
    expect(digestMatches(report[1].digest as number, digestRouterView(r1))).toBe(true);
    expect(digestMatches(report[0].digest as number, digestRouterView(r1))).toBe(false);
    expect(routerDigests(new Map<string, RouterView>().values())).toEqual([]);
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
