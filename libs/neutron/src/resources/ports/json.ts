import { VIF_TYPE_UNBOUND, VNIC_TYPES, activeBinding, type PortBinding, type VnicType } from '@trellis/domain';
import { standardFromJson, standardToJson } from '../../json/standard-attrs';
import { dict, objects, oneOf, str, strings, type NeutronJson, type WireJson } from '../../json/wire';
import type { StoredPort } from './backend';

const vnicTypeOf = (v: unknown): VnicType => oneOf(v, VNIC_TYPES, 'normal');

/** `port` with its active binding flattened into `binding:*` (unbound: host "" and vif "unbound"). */
export function portToJson(p: StoredPort): NeutronJson {
  const active = activeBinding(p);
  // Optimization: Object.assign onto the standard attributes (see networkToJson).
  return Object.assign(standardToJson(p), {
    network_id: p.networkId,
    mac_address: p.macAddress,
    fixed_ips: p.fixedIps.map((f) => ({ subnet_id: f.subnetId, ip_address: f.ipAddress })),
    device_id: p.deviceId,
    device_owner: p.deviceOwner,
    status: p.status,
    admin_state_up: p.adminStateUp,
    security_groups: [...(p.securityGroups ?? [])],
    allowed_address_pairs: [],
    extra_dhcp_opts: [],
    'binding:host_id': active?.host ?? '',
    'binding:vnic_type': active?.vnicType ?? p.unboundVnicType ?? 'normal',
    'binding:profile': { ...(active?.profile ?? p.unboundProfile ?? {}) },
    'binding:vif_type': active?.vifType ?? VIF_TYPE_UNBOUND,
    'binding:vif_details': { ...(active?.vifDetails ?? {}) },
    port_security_enabled: p.portSecurityEnabled !== false,
  });
}

/** Where portFromJson takes what a port's JSON does not carry. */
export interface PortFromJsonOptions {
  /** Every binding (from `/ports/{id}/bindings`); without it only the active one is known. */
  readonly bindings?: readonly PortBinding[];
  /** The port as last known: its INACTIVE bindings and mobility sequence are kept. */
  readonly previous?: StoredPort;
}

/**
 * The inverse of portToJson. `bindings` gives every binding; without it the active one is
 * rebuilt from `binding:*` and INACTIVE bindings are kept from `previous`.
 */
export function portFromJson(j: WireJson, options: PortFromJsonOptions = {}): StoredPort {
  const host = str(j['binding:host_id']);
  const vnicType = vnicTypeOf(j['binding:vnic_type']);
  const profile = dict(j['binding:profile']);
  let bindings: PortBinding[];
  if (options.bindings) bindings = [...options.bindings];
  else {
    const inactive = (options.previous?.bindings ?? []).filter((b) => b.status === 'INACTIVE' && b.host !== host);
    bindings = host === '' ? inactive : [{ host, status: 'ACTIVE', vnicType, vifType: str(j['binding:vif_type'], VIF_TYPE_UNBOUND), vifDetails: dict(j['binding:vif_details']), profile }, ...inactive];
  }
  const bound = bindings.some((b) => b.status === 'ACTIVE');
  return {
    ...standardFromJson(j),
    networkId: str(j.network_id),
    macAddress: str(j.mac_address),
    fixedIps: objects(j.fixed_ips).map((f) => ({ subnetId: str(f.subnet_id), ipAddress: str(f.ip_address) })),
    deviceId: str(j.device_id),
    deviceOwner: str(j.device_owner),
    status: oneOf(j.status, ['DOWN', 'BUILD', 'ACTIVE', 'ERROR'], 'DOWN'),
    adminStateUp: j.admin_state_up !== false,
    bindings,
    // Only the feed carries central's mobility sequence; keep what was known.
    mobilitySeq: options.previous?.mobilitySeq ?? 0,
    portSecurityEnabled: j.port_security_enabled !== false,
    securityGroups: strings(j.security_groups),
    ...(bound ? {} : { unboundVnicType: vnicType, unboundProfile: profile }),
  };
}

/** One entry of `/ports/{id}/bindings` (binding-extended). */
export function bindingToJson(b: PortBinding): NeutronJson {
  return { host: b.host, vif_type: b.vifType, vif_details: { ...b.vifDetails }, vnic_type: b.vnicType, profile: { ...b.profile }, status: b.status };
}

export function bindingFromJson(j: WireJson): PortBinding {
  return {
    host: str(j.host),
    status: j.status === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
    vnicType: vnicTypeOf(j.vnic_type),
    vifType: str(j.vif_type, VIF_TYPE_UNBOUND),
    vifDetails: dict(j.vif_details),
    profile: dict(j.profile),
  };
}

/** Attribute names ports may be filtered and sorted on. */
export const PORT_ATTRIBUTES: readonly string[] = Object.keys(
  portToJson({
    id: '', name: '', description: '', projectId: '', tags: [], revisionNumber: 0, createdAt: '', updatedAt: '',
    networkId: '', macAddress: '', fixedIps: [], deviceId: '', deviceOwner: '', status: 'DOWN', adminStateUp: true, bindings: [], mobilitySeq: 0,
  }),
);
