import { networkToJson, portToJson, subnetToJson, type StoredPort } from '@trellis/neutron';
import type { Network, Subnet } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { networkFromJson, portFromJson, subnetFromJson } from './neutron-json';
import { remoteError } from './remote-error';

const std = { projectId: 'p1', name: 'n', description: 'd', tags: ['t'], revisionNumber: 3, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z' };

describe('Neutron JSON round trip', () => {
  it('reads back what the shared serializers write (network, subnet, bound port)', () => {
    const network: Network = { ...std, id: 'n1', adminStateUp: true, status: 'ACTIVE', shared: true, mtu: 1450, networkType: 'vxlan', segmentationId: 77, availabilityZoneHints: ['az1'], portSecurityEnabled: true, routerExternal: true };
    expect(networkFromJson(networkToJson({ network, subnetIds: [], availabilityZones: [] }))).toEqual(network);
    const subnet: Subnet = { ...std, id: 's1', networkId: 'n1', cidr: '10.0.0.0/24', ipVersion: 4, gatewayIp: null, allocationPools: [{ start: '10.0.0.2', end: '10.0.0.9' }], enableDhcp: false, dnsNameservers: ['10.0.0.53'], hostRoutes: [], ipv6AddressMode: null, ipv6RaMode: null };
    expect(subnetFromJson(subnetToJson(subnet))).toEqual(subnet);
    const port: StoredPort = {
      ...std, id: 'p', networkId: 'n1', macAddress: 'fa:16:3e:00:00:01', fixedIps: [{ subnetId: 's1', ipAddress: '10.0.0.5' }], deviceId: 'vm', deviceOwner: 'compute:az1',
      status: 'BUILD', adminStateUp: true, mobilitySeq: 0, portSecurityEnabled: false, securityGroups: ['g1'], bindings: [{ host: 'h1', status: 'ACTIVE', vnicType: 'normal', vifType: 'ovs', vifDetails: { a: 1 }, profile: { b: 2 } }],
    };
    expect(portFromJson(portToJson(port))).toEqual(port);
  });

  it("keeps the replica's inactive bindings and mobility sequence when only the port JSON is known", () => {
    const previous = { mobilitySeq: 4, bindings: [{ host: 'h9', status: 'INACTIVE', vnicType: 'normal', vifType: 'ovs', vifDetails: {}, profile: {} }] } as unknown as StoredPort;
    const port = portFromJson({ id: 'p', 'binding:host_id': 'h1', 'binding:vif_type': 'ovs' }, { previous });
    expect(port.bindings.map((b) => [b.host, b.status])).toEqual([['h1', 'ACTIVE'], ['h9', 'INACTIVE']]);
    expect(port.mobilitySeq).toBe(4);
  });

  it("turns central's NeutronError into the same type and message, and unknown types into the status's family", () => {
    const known = remoteError(409, { NeutronError: { type: 'MacAddressInUse', message: 'central says so', detail: '' } });
    expect([known.type, known.message, known.httpStatus]).toEqual(['MacAddressInUse', 'central says so', 409]);
    const unknown = remoteError(400, { NeutronError: { type: 'HTTPClientError', message: 'odd', detail: '' } });
    expect([unknown.type, unknown.message]).toEqual(['BadRequest', 'odd']);
    expect(remoteError(502, 'not json').httpStatus).toBe(500);
  });
});
