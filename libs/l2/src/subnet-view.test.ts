import { describe, expect, it } from 'vitest';
import { applyVniDelta } from './apply-delta';
import { digestVniView } from './digest';
import { stageVniDelta } from './stage-delta';
import { subnetFromWire, subnetToWire, type SubnetView } from './subnet-view';
import type { HostView } from './view';

const s4: SubnetView = {
  id: 's4', ipVersion: 4, cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1', enableDhcp: true, dnsNameservers: ['192.0.2.53'],
  hostRoutes: [{ destination: '203.0.113.0/24', nexthop: '10.0.0.9' }], ipv6AddressMode: '', ipv6RaMode: '', dhcpServerIp: '10.0.0.254', dhcpServerMac: 'fa:16:3e:dd:00:01',
};

describe('subnets in a VNI view', () => {
  it('round-trips the wire form and refuses what does not parse', () => {
    expect(subnetFromWire(subnetToWire(s4))).toEqual(s4);
    expect(() => subnetFromWire({ ...subnetToWire(s4), cidr: '10.0.0.0' })).toThrow(/not a CIDR/);
    expect(() => subnetFromWire({ ...subnetToWire(s4), ipVersion: 5 })).toThrow(/ip_version/);
    expect(() => subnetFromWire({ ...subnetToWire(s4), ipv6RaMode: 'bogus' })).toThrow(/IPv6 mode/);
    expect(() => subnetFromWire({ ...subnetToWire(s4), gatewayIp: new Uint8Array(3) })).toThrow();
  });

  it('applies upserts and removals with change sets; a malformed subnet leaves the view untouched; digests cover subnets', () => {
    const view: HostView = new Map();
    let c = applyVniDelta(view, { vni: 7, subnets: [subnetToWire(s4)] });
    expect(c.subnetSet.map((s) => s.id)).toEqual(['s4']);
    const d1 = digestVniView(view.get(7)!);
    c = applyVniDelta(view, { vni: 7, subnets: [subnetToWire(s4)] });
    expect(c.subnetSet).toEqual([]);
    c = applyVniDelta(view, { vni: 7, subnets: [subnetToWire({ ...s4, dnsNameservers: [] })] });
    expect(c.subnetSet).toHaveLength(1);
    expect(digestVniView(view.get(7)!)).not.toBe(d1);
    expect(() => applyVniDelta(view, { vni: 7, subnetRemove: ['s4'], subnets: [{ ...subnetToWire(s4), id: '' }] })).toThrow();
    expect(view.get(7)!.subnets.has('s4')).toBe(true);
    c = applyVniDelta(view, { vni: 7, subnetRemove: ['s4'] });
    expect(c.subnetRemove.map((s) => s.id)).toEqual(['s4']);
    expect(view.get(7)!.subnets.size).toBe(0);
    // A full table replaces the subnets; staging (snapshots) keeps them.
    applyVniDelta(view, { vni: 7, subnets: [subnetToWire(s4)] });
    applyVniDelta(view, { vni: 7, full: true, mtu: 1450 });
    expect(view.get(7)!.subnets.size).toBe(0);
    const staged: HostView = new Map();
    stageVniDelta(staged, { vni: 7, full: true, mtu: 1450, subnets: [subnetToWire(s4)] });
    expect(staged.get(7)!.subnets.get('s4')).toEqual(s4);
  });
});
