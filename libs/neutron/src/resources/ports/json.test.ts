import { describe, expect, it } from 'vitest';
import type { StoredPort } from './backend';
import { bindingCreateInput, portCreateInput, portUpdateInput } from './input';
import { PORT_ATTRIBUTES, bindingFromJson, bindingToJson, portFromJson, portToJson } from './json';

const ctx = { projectId: 'p1', userId: 'u1', roles: ['member'], isAdmin: false };
const std = { projectId: 'p1', name: 'n', description: 'd', tags: ['t'], revisionNumber: 3, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z' };

const bound: StoredPort = {
  ...std, id: 'p', networkId: 'n1', macAddress: 'fa:16:3e:00:00:01', fixedIps: [{ subnetId: 's1', ipAddress: '10.0.0.5' }], deviceId: 'vm', deviceOwner: 'compute:az1',
  status: 'BUILD', adminStateUp: true, mobilitySeq: 0, portSecurityEnabled: false, securityGroups: ['g1'], bindings: [{ host: 'h1', status: 'ACTIVE', vnicType: 'normal', vifType: 'ovs', vifDetails: { a: 1 }, profile: { b: 2 } }],
};

describe('port JSON', () => {
  it('flattens the active binding into binding:* and round-trips a bound port', () => {
    const json = portToJson(bound);
    expect(json).toMatchObject({ 'binding:host_id': 'h1', 'binding:vif_type': 'ovs', security_groups: ['g1'], port_security_enabled: false });
    expect(portFromJson(JSON.parse(JSON.stringify(json)))).toEqual(bound);
    expect(PORT_ATTRIBUTES).toEqual(expect.arrayContaining(['binding:host_id', 'device_id', 'mac_address']));
  });

  it('round-trips an unbound port with the vnic type and profile it keeps for its binding', () => {
    const unbound: StoredPort = { ...bound, bindings: [], status: 'DOWN', unboundVnicType: 'direct', unboundProfile: { pci: 'x' } };
    expect(portToJson(unbound)).toMatchObject({ 'binding:host_id': '', 'binding:vif_type': 'unbound', 'binding:vnic_type': 'direct' });
    expect(portFromJson(portToJson(unbound))).toEqual(unbound);
  });

  it('round-trips every binding when they are given, and keeps the inactive ones and mobility sequence of the previous port otherwise', () => {
    const inactive = { host: 'h9', status: 'INACTIVE', vnicType: 'normal', vifType: 'unbound', vifDetails: {}, profile: {} } as const;
    const migrating: StoredPort = { ...bound, mobilitySeq: 4, bindings: [...bound.bindings, inactive] };
    expect(migrating.bindings.map((b) => bindingFromJson(bindingToJson(b)))).toEqual(migrating.bindings);
    expect(portFromJson(portToJson(migrating), { bindings: migrating.bindings, previous: migrating })).toEqual(migrating);
    const port = portFromJson({ id: 'p', 'binding:host_id': 'h1', 'binding:vif_type': 'ovs' }, { previous: migrating });
    expect(port.bindings.map((b) => [b.host, b.status])).toEqual([['h1', 'ACTIVE'], ['h9', 'INACTIVE']]);
    expect(port.mobilitySeq).toBe(4);
  });
});

describe('port inputs', () => {
  it('reads an empty or null host as unbound', () => {
    expect(portCreateInput(ctx, { network_id: 'n1', 'binding:host_id': '' })).not.toHaveProperty('hostId');
    expect(portCreateInput(ctx, { network_id: 'n1', 'binding:host_id': null })).not.toHaveProperty('hostId');
    expect(portUpdateInput({ 'binding:host_id': null })).toEqual({ hostId: '' });
    expect(bindingCreateInput({ host: 'h2', vnic_type: 'direct' })).toEqual({ host: 'h2', vnicType: 'direct' });
  });
});
