import { describe, expect, it } from 'vitest';
import type { RouterView } from './backend';
import { routerCreateInput, routerInterfaceInput, routerUpdateInput } from './input';
import { ROUTER_ATTRIBUTES, routerFromJson, routerInterfaceInfoFromJson, routerInterfaceInfoToJson, routerToJson } from './json';

const ctx = { projectId: 'p1', userId: 'u1', roles: ['member'], isAdmin: false };

const view: RouterView = {
  router: {
    id: 'r1', name: 'edge', description: 'd', projectId: 'p1', tags: ['t'], revisionNumber: 3, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z',
    adminStateUp: false, status: 'ACTIVE', availabilityZoneHints: ['az1'], routes: [{ destination: '203.0.113.0/24', nexthop: '198.51.100.5' }],
    interfaces: [{ portId: 'p', subnetId: 's', networkId: 'n', ipAddress: '198.51.100.1', macAddress: 'fa:16:3e:00:00:01' }],
  },
  availabilityZones: ['az1'],
};

describe('router JSON', () => {
  it('renders Neutron\'s fields (no gateway) and round-trips with the interfaces given back', () => {
    const json = routerToJson(view);
    expect(json).toMatchObject({ tenant_id: 'p1', project_id: 'p1', external_gateway_info: null, admin_state_up: false, availability_zones: ['az1'] });
    expect(json).not.toHaveProperty('interfaces');
    expect(routerFromJson(JSON.parse(JSON.stringify(json)), view.router.interfaces)).toEqual(view);
    expect(ROUTER_ATTRIBUTES).toEqual(expect.arrayContaining(['routes', 'availability_zone_hints', 'external_gateway_info', 'status']));
  });

  it('round-trips the interface info of add/remove_router_interface', () => {
    const info = { routerId: 'r1', projectId: 'p1', portId: 'p', networkId: 'n', subnetId: 's', subnetIds: ['s'] };
    expect(routerInterfaceInfoToJson(info)).toEqual({ id: 'r1', tenant_id: 'p1', project_id: 'p1', port_id: 'p', network_id: 'n', subnet_id: 's', subnet_ids: ['s'] });
    expect(routerInterfaceInfoFromJson(routerInterfaceInfoToJson(info))).toEqual(info);
  });
});

describe('router inputs', () => {
  it('defaults as Neutron does and reads an empty gateway as none', () => {
    expect(routerCreateInput(ctx, { external_gateway_info: {} })).toEqual({ projectId: 'p1', name: '', description: '', adminStateUp: true, availabilityZoneHints: [], tags: [], gateway: null });
    expect(routerCreateInput(ctx, { admin_state_up: 'false', external_gateway_info: { network_id: 'x' } })).toMatchObject({ adminStateUp: false, gateway: { networkId: 'x' } });
    expect(routerUpdateInput({ routes: null })).toEqual({ routes: [] });
    expect(routerUpdateInput({ name: 'n' })).toEqual({ name: 'n' });
  });

  it('wants subnet_id or port_id; both only on remove', () => {
    expect(() => routerInterfaceInput({}, 'add')).toThrow('Either subnet_id or port_id must be specified');
    expect(() => routerInterfaceInput(undefined, 'remove')).toThrow('Either subnet_id or port_id must be specified');
    expect(() => routerInterfaceInput({ subnet_id: 's', port_id: 'p' }, 'add')).toThrow('Cannot specify both subnet-id and port-id');
    expect(routerInterfaceInput({ subnet_id: 's', port_id: 'p' }, 'remove')).toEqual({ subnetId: 's', portId: 'p' });
  });
});
