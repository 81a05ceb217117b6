import type { RequestContext } from '../../context';
import { toBool } from '../../schemas/common';
import { defined, projectOf } from '../common-input';
import type { BindingCreateInput, FixedIpRequest, PortCreateInput, PortUpdateInput } from './backend';
import type { BindingCreateBody, PortCreateBody, PortUpdateBody } from './schema';

const fixedIps = (list: PortCreateBody['fixed_ips']): FixedIpRequest[] | undefined =>
  list?.map((f) => defined({ subnetId: f.subnet_id, ipAddress: f.ip_address }));

export function portCreateInput(ctx: RequestContext, b: PortCreateBody): PortCreateInput {
  return defined({
    projectId: projectOf(ctx, b),
    networkId: b.network_id,
    name: b.name ?? '',
    description: b.description ?? '',
    adminStateUp: b.admin_state_up === undefined ? true : toBool(b.admin_state_up),
    macAddress: b.mac_address,
    fixedIps: fixedIps(b.fixed_ips),
    deviceId: b.device_id ?? '',
    deviceOwner: b.device_owner ?? '',
    hostId: b['binding:host_id'] === '' || b['binding:host_id'] === null ? undefined : b['binding:host_id'],
    profile: b['binding:profile'],
    vnicType: b['binding:vnic_type'],
    portSecurityEnabled: b.port_security_enabled === undefined ? undefined : toBool(b.port_security_enabled),
    securityGroups: b.security_groups === undefined ? undefined : (b.security_groups ?? []),
    tags: b.tags ?? [],
  });
}

export function portUpdateInput(b: PortUpdateBody): PortUpdateInput {
  return defined({
    name: b.name,
    description: b.description,
    adminStateUp: b.admin_state_up === undefined ? undefined : toBool(b.admin_state_up),
    fixedIps: fixedIps(b.fixed_ips),
    deviceId: b.device_id,
    deviceOwner: b.device_owner,
    hostId: b['binding:host_id'] === null ? '' : b['binding:host_id'],
    profile: b['binding:profile'],
    vnicType: b['binding:vnic_type'],
    portSecurityEnabled: b.port_security_enabled === undefined ? undefined : toBool(b.port_security_enabled),
    securityGroups: b.security_groups === undefined ? undefined : (b.security_groups ?? []),
    macAddress: b.mac_address,
  });
}

export function bindingCreateInput(b: BindingCreateBody): BindingCreateInput {
  return defined({ host: b.host, vnicType: b.vnic_type, profile: b.profile });
}
