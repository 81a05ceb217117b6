import { describe, expect, it } from 'vitest';
import type { NetworkView } from './backend';
import { networkCreateInput, networkUpdateInput } from './input';
import { NETWORK_ATTRIBUTES, networkFromJson, networkToJson } from './json';

const ctx = { projectId: 'p1', userId: 'u1', roles: ['member'], isAdmin: false };

const view: NetworkView = {
  network: {
    id: 'n1', name: 'net', description: 'd', projectId: 'p1', tags: ['t'], revisionNumber: 3, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z',
    adminStateUp: true, status: 'ACTIVE', shared: true, mtu: 1450, networkType: 'vxlan', segmentationId: 77, availabilityZoneHints: ['az1'], portSecurityEnabled: true, routerExternal: true,
  },
  subnetIds: ['s1'],
  availabilityZones: ['az1'],
};

describe('network JSON', () => {
  it("renders Neutron's fields and round-trips", () => {
    const json = networkToJson(view);
    expect(json).toMatchObject({ tenant_id: 'p1', 'provider:segmentation_id': 77, 'provider:physical_network': null, 'router:external': true, subnets: ['s1'] });
    expect(networkFromJson(JSON.parse(JSON.stringify(json)))).toEqual(view);
    expect(NETWORK_ATTRIBUTES).toEqual(expect.arrayContaining(['shared', 'provider:network_type', 'availability_zones', 'tags']));
  });

  it('round-trips a local network without a VNI', () => {
    const local: NetworkView = { ...view, network: { ...view.network, networkType: 'local', segmentationId: null, shared: false, routerExternal: false, status: 'DOWN' } };
    expect(networkFromJson(networkToJson(local))).toEqual(local);
  });
});

describe('network inputs', () => {
  it('defaults as Neutron does and converts string values', () => {
    expect(networkCreateInput(ctx, { mtu: '1400', shared: 'false' })).toEqual({
      projectId: 'p1', name: '', description: '', adminStateUp: true, shared: false, mtu: 1400, networkType: 'vxlan', segmentationId: undefined,
      availabilityZoneHints: [], portSecurityEnabled: true, routerExternal: false, tags: [],
    });
    expect(networkUpdateInput({ name: 'x', admin_state_up: 'false' })).toEqual({ name: 'x', adminStateUp: false });
  });
});
