import type { BindingCreateInput, PortCreateInput, PortUpdateInput } from '@trellis/neutron';
import { defined } from './defined';

/** Port and binding inputs back into the request bodies central expects (forwarded writes). */

const fixedIpsBody = (f: PortCreateInput['fixedIps']) => f?.map((x) => defined({ subnet_id: x.subnetId, ip_address: x.ipAddress }));

/** The attributes a create and an update both carry. */
function mutableAttributes(input: PortCreateInput | PortUpdateInput): Record<string, unknown> {
  return {
    name: input.name,
    description: input.description,
    admin_state_up: input.adminStateUp,
    mac_address: input.macAddress,
    fixed_ips: fixedIpsBody(input.fixedIps),
    device_id: input.deviceId,
    device_owner: input.deviceOwner,
    'binding:host_id': input.hostId,
    'binding:profile': input.profile,
    'binding:vnic_type': input.vnicType,
    port_security_enabled: input.portSecurityEnabled,
    security_groups: input.securityGroups === undefined ? undefined : [...input.securityGroups],
  };
}

/** `POST /v2.0/ports` item for central. */
export function portCreateBody(input: PortCreateInput): Record<string, unknown> {
  return defined({ network_id: input.networkId, project_id: input.projectId, ...mutableAttributes(input), tags: input.tags.length > 0 ? [...input.tags] : undefined });
}

/** `PUT /v2.0/ports/{id}` body for central. */
export function portUpdateBody(input: PortUpdateInput): Record<string, unknown> {
  return defined(mutableAttributes(input));
}

export function bindingCreateBody(input: BindingCreateInput): Record<string, unknown> {
  return defined({ host: input.host, vnic_type: input.vnicType, profile: input.profile });
}
