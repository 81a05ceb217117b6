import type { Subnet } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { subnetCreateInput, subnetUpdateInput } from './input';
import { SUBNET_ATTRIBUTES, subnetFromJson, subnetToJson } from './json';

const ctx = { projectId: 'p1', userId: 'u1', roles: ['member'], isAdmin: false };

const subnet: Subnet = {
  id: 's1', name: 'sub', description: 'd', projectId: 'p1', tags: ['t'], revisionNumber: 2, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z',
  networkId: 'n1', cidr: '10.0.0.0/24', ipVersion: 4, gatewayIp: '10.0.0.1', allocationPools: [{ start: '10.0.0.2', end: '10.0.0.9' }], enableDhcp: false,
  dnsNameservers: ['10.0.0.53'], hostRoutes: [{ destination: '192.0.2.0/24', nexthop: '10.0.0.254' }], ipv6AddressMode: null, ipv6RaMode: null,
};

describe('subnet JSON', () => {
  it("renders Neutron's fields and round-trips", () => {
    const json = subnetToJson(subnet);
    expect(json).toMatchObject({ tenant_id: 'p1', segment_id: null, subnetpool_id: null, service_types: [] });
    expect(subnetFromJson(JSON.parse(JSON.stringify(json)))).toEqual(subnet);
    expect(SUBNET_ATTRIBUTES).toEqual(expect.arrayContaining(['cidr', 'network_id', 'gateway_ip']));
  });

  it('round-trips a subnet allocated from a subnet pool', () => {
    const pooled: Subnet = { ...subnet, subnetpoolId: 'sp1' };
    expect(subnetToJson(pooled)).toMatchObject({ subnetpool_id: 'sp1' });
    expect(subnetFromJson(JSON.parse(JSON.stringify(subnetToJson(pooled))))).toEqual(pooled);
  });

  it('round-trips an IPv6 subnet without a gateway', () => {
    const v6: Subnet = { ...subnet, cidr: '2001:db8::/64', ipVersion: 6, gatewayIp: null, allocationPools: [], ipv6AddressMode: 'slaac', ipv6RaMode: 'slaac' };
    expect(subnetFromJson(subnetToJson(v6))).toEqual(v6);
  });
});

describe('subnet inputs', () => {
  it('defaults as Neutron does; updates say only what was given', () => {
    expect(subnetCreateInput(ctx, { network_id: 'n1', cidr: '10.0.0.0/24', tenant_id: 'p2' })).toMatchObject({ projectId: 'p2', enableDhcp: true, dnsNameservers: [], hostRoutes: [], ipv6AddressMode: null });
    expect(subnetUpdateInput({ gateway_ip: null })).toEqual({ gatewayIp: null });
  });
});
