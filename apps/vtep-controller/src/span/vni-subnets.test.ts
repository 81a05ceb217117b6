import type { Subnet } from '@trellis/domain';
import { applyVniDelta, decodeVniDelta, diffViews, digestToWire, digestVniView, encodeVniDeltaSpec, type HostView } from '@trellis/l2';
import { readFileSync } from 'node:fs';
import { trellis } from '@trellis/proto';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { binding, deliver, expectedView, host, network, port } from '../testing/fixtures';
import { FullTableEncoder } from '../wire/full-table';
import { splitFullDelta } from '../server/snapshot';
import { recordChange } from './feed-changes';
import { SpanIndex, type RecordChange } from './span-index';

const T = '2024-01-01T00:00:00Z';
function subnet(id: string, networkId: string, cidr: string, extra: Partial<Subnet> = {}): Subnet {
  const v6 = cidr.includes(':');
  return {
    id, projectId: 'p', name: id, description: '', tags: [], revisionNumber: 1, createdAt: T, updatedAt: T,
    networkId, cidr, ipVersion: v6 ? 6 : 4, gatewayIp: v6 ? cidr.replace('::/64', '::1') : cidr.replace('0/24', '1'), allocationPools: [],
    enableDhcp: true, dnsNameservers: ['192.0.2.53'], hostRoutes: [{ destination: '203.0.113.0/24', nexthop: '10.0.0.9' }],
    ipv6AddressMode: null, ipv6RaMode: null, ...extra,
  };
}

const rc = (collection: string, id: string, value: unknown) => recordChange(collection, id, value) as RecordChange;
const dhcpPort = (ips: string[]) => ({ ...port({ id: 'dhcp-n1', networkId: 'n1', mac: 'fa:16:3e:dd:00:01', ips }), deviceOwner: 'network:dhcp' });

function setup() {
  const index = new SpanIndex();
  index.apply(1, [rc('hosts', 'h1', host('h1', '192.0.2.1')), rc('hosts', 'h2', host('h2', '192.0.2.2')), rc('networks', 'n1', network('n1', 100))]);
  return index;
}

describe('subnets in the span (addressing section)', () => {
  it('streams a VNI its subnets with the DHCP port address: joiners in the full table, members in the shared delta', () => {
    const index = setup();
    const views = new Map<string, HostView>();
    const check = () => {
      for (const h of ['h1', 'h2']) expect(diffViews(expectedView(index, h), views.get(h) ?? new Map())).toEqual([]);
    };
    // Subnet and DHCP port before any host joined: nothing is sent, the joiner gets them in full.
    deliver(index, index.apply(2, [rc('subnets', 's4', subnet('s4', 'n1', '10.0.0.0/24')), rc('ports', 'dhcp-n1', dhcpPort(['10.0.0.254']))]), views);
    const join = index.apply(3, [rc('ports', 'p1', port({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.2'], bindings: [binding('h1')] }))]);
    const full = join.vnis[0].perHost.get('h1')!;
    expect(full.full).toBe(true);
    const [s4] = decodeVniDelta(full).subnets;
    expect(s4).toMatchObject({ id: 's4', cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1', dhcpServerIp: '10.0.0.254', dhcpServerMac: 'fa:16:3e:dd:00:01', dnsNameservers: ['192.0.2.53'] });
    deliver(index, join, views);
    deliver(index, index.apply(4, [rc('ports', 'p2', port({ id: 'p2', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.3'], bindings: [binding('h2')] }))]), views);
    check();

    // A new subnet: one shared delta for both members, nothing else in it.
    const add = index.apply(5, [rc('subnets', 's6', subnet('s6', 'n1', '2001:db8:1::/64', { ipv6AddressMode: 'slaac', ipv6RaMode: 'slaac' }))]);
    expect(add.vnis).toHaveLength(1);
    expect(add.vnis[0].perHost.size).toBe(0);
    expect(decodeVniDelta(add.vnis[0].shared!).subnets.map((s) => [s.id, s.ipv6RaMode, s.dhcpServerIp])).toEqual([['s6', 'slaac', '']]);
    deliver(index, add, views);
    check();

    // The DHCP port gets its address there: the subnet changes for the members.
    const dhcp = index.apply(6, [rc('ports', 'dhcp-n1', dhcpPort(['10.0.0.254', '2001:db8:1::f816:3eff:fedd:1']))]);
    expect(decodeVniDelta(dhcp.vnis[0].shared!).subnets.map((s) => s.dhcpServerIp)).toEqual(['2001:db8:1:0:f816:3eff:fedd:1']);
    deliver(index, dhcp, views);
    check();

    // A port move and a subnet change in one revision: the per-host deltas carry both.
    const both = index.apply(7, [
      rc('subnets', 's4', subnet('s4', 'n1', '10.0.0.0/24', { dnsNameservers: ['198.51.100.53'] })),
      rc('ports', 'p1', port({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.2'], bindings: [binding('h2')], seq: 1 })),
    ]);
    deliver(index, both, views);
    check();
    expect(views.get('h2')!.get(100)!.subnets.get('s4')!.dnsNameservers).toEqual(['198.51.100.53']);

    // Delete: subnet_remove to the members; digests cover the subnets.
    const gone = index.apply(8, [rc('subnets', 's6', undefined)]);
    expect(decodeVniDelta(gone.vnis[0].shared!).subnetRemove).toEqual(['s6']);
    deliver(index, gone, views);
    check();
    for (const h of ['h2']) {
      const view = views.get(h)!.get(100)!;
      expect(digestVniView(view)).toBe(index.hostVniDigest(h, 100));
      view.subnets.clear();
      // What an agent without the addressing section reports is accepted too (hostVniDigestL2).
      expect(digestVniView(view)).toBe(index.hostVniDigestL2(h, 100));
    }
  });

  it('the snapshot encoder and the split path carry the subnets; the bytes decode with the generated code', () => {
    const index = setup();
    index.apply(2, [
      rc('subnets', 's4', subnet('s4', 'n1', '10.0.0.0/24')),
      rc('ports', 'dhcp-n1', dhcpPort(['10.0.0.254'])),
      rc('ports', 'p1', port({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.2'], bindings: [binding('h1')] })),
    ]);
    const bytes = new FullTableEncoder(index).encode('h1', 100, 1000)!;
    const wire = trellis.l2.v1.VniDelta.decode(bytes);
    expect(wire.subnets.map((s) => s.id)).toEqual(['s4']);
    const view: HostView = new Map();
    applyVniDelta(view, wire);
    expect(diffViews(expectedView(index, 'h1'), view)).toEqual([]);
    expect(digestToWire(digestVniView(view.get(100)!))).toBe(digestToWire(index.hostVniDigest('h1', 100)));
    // Over the entry limit: the first (full) piece carries them.
    const pieces = splitFullDelta(index.fullDelta('h1', 100), 1);
    expect(pieces[0].subnets).toHaveLength(1);
    // Hand-encoded and generated encodings agree.
    const generated = trellis.l2.v1.VniDelta.decode(trellis.l2.v1.VniDelta.encode(encodeVniDeltaSpec(index.fullDelta('h1', 100))).finish());
    expect(generated.subnets).toEqual(wire.subnets);
  });

  it('an agent that predates fields 13/14 decodes the delta and skips them', () => {
    const index = setup();
    index.apply(2, [rc('subnets', 's4', subnet('s4', 'n1', '10.0.0.0/24')), rc('ports', 'p1', port({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.2'], bindings: [binding('h1')] }))]);
    const bytes = new FullTableEncoder(index).encode('h1', 100, 1000)!;
    // The previous release's schema: distribution.proto without fields 13 and 14 (and Subnet).
    const text = readFileSync(new URL('../../../../proto/trellis/l2/v1/distribution.proto', import.meta.url), 'utf8')
      .split('\n').filter((l) => !/= 1[34];$/.test(l.trim()) || !/subnet/.test(l)).join('\n');
    const OldVniDelta = protobuf.parse(text).root.lookupType('trellis.l2.v1.VniDelta');
    expect(OldVniDelta.fields.subnets).toBeUndefined();
    const old = OldVniDelta.toObject(OldVniDelta.decode(bytes)) as trellis.l2.v1.IVniDelta;
    expect(old.subnets).toBeUndefined();
    const oldView: HostView = new Map();
    applyVniDelta(oldView, old);
    const newView: HostView = new Map();
    applyVniDelta(newView, trellis.l2.v1.VniDelta.decode(bytes));
    expect(newView.get(100)!.subnets.size).toBe(1);
    newView.get(100)!.subnets.clear();
    expect(diffViews(newView, oldView)).toEqual([]);
  });
});

