import { describe, expect, it } from 'vitest';
import { bindingCreateBody, portCreateBody, portUpdateBody } from './port-bodies';

describe('port bodies for central', () => {
  it('says only what the input said', () => {
    expect(portCreateBody({ projectId: 'p1', networkId: 'n1', name: '', description: '', adminStateUp: true, deviceId: '', deviceOwner: '', tags: [], fixedIps: [{ subnetId: 's1' }] }))
      .toEqual({ network_id: 'n1', project_id: 'p1', name: '', description: '', admin_state_up: true, device_id: '', device_owner: '', fixed_ips: [{ subnet_id: 's1' }] });
    expect(portUpdateBody({ hostId: '' })).toEqual({ 'binding:host_id': '' });
    expect(portUpdateBody({ securityGroups: [] })).toEqual({ security_groups: [] });
    expect(portCreateBody({ projectId: 'p1', networkId: 'n1', name: '', description: '', adminStateUp: true, deviceId: '', deviceOwner: '', tags: [], securityGroups: ['g1'] }))
      .toMatchObject({ security_groups: ['g1'] });
    expect(bindingCreateBody({ host: 'h1' })).toEqual({ host: 'h1' });
  });
});
