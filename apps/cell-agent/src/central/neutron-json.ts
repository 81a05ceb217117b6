import type { Host, Network, PortBinding, Subnet, VnicType } from '@trellis/domain';
import type { BindingCreateInput, PortCreateInput, PortUpdateInput, StoredPort } from '@trellis/neutron';

/**
 * Neutron JSON (what central's REST API answers) back into domain values, and domain inputs into
 * the request bodies central expects. The inverse of libs/neutron's serializers.
 */
// Parsed wire JSON: every field is checked where it is read.
type Json = Record<string, any>;

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...(v as object) } : {});
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function standard(j: Json) {
  return {
    id: str(j.id),
    projectId: str(j.project_id, str(j.tenant_id)),
    name: str(j.name),
    description: str(j.description),
    tags: list<string>(j.tags),
    revisionNumber: typeof j.revision_number === 'number' ? j.revision_number : 0,
    createdAt: str(j.created_at),
    updatedAt: str(j.updated_at),
  };
}

export function networkFromJson(j: Json): Network {
  return {
    ...standard(j),
    adminStateUp: j.admin_state_up !== false,
    status: j.status ?? 'ACTIVE',
    shared: j.shared === true,
    mtu: typeof j.mtu === 'number' ? j.mtu : 1450,
    networkType: j['provider:network_type'] === 'local' ? 'local' : 'vxlan',
    segmentationId: typeof j['provider:segmentation_id'] === 'number' ? j['provider:segmentation_id'] : null,
    availabilityZoneHints: list<string>(j.availability_zone_hints),
    portSecurityEnabled: j.port_security_enabled !== false,
    routerExternal: j['router:external'] === true,
  };
}

export function subnetFromJson(j: Json): Subnet {
  return {
    ...standard(j),
    networkId: str(j.network_id),
    cidr: str(j.cidr),
    ipVersion: j.ip_version === 6 ? 6 : 4,
    gatewayIp: typeof j.gateway_ip === 'string' ? j.gateway_ip : null,
    allocationPools: list<Json>(j.allocation_pools).map((p) => ({ start: str(p.start), end: str(p.end) })),
    enableDhcp: j.enable_dhcp !== false,
    dnsNameservers: list<string>(j.dns_nameservers),
    hostRoutes: list<Json>(j.host_routes).map((r) => ({ destination: str(r.destination), nexthop: str(r.nexthop) })),
    ipv6AddressMode: j.ipv6_address_mode ?? null,
    ipv6RaMode: j.ipv6_ra_mode ?? null,
    ...(typeof j.subnetpool_id === 'string' ? { subnetpoolId: j.subnetpool_id } : {}),
  };
}

export function bindingFromJson(j: Json): PortBinding {
  return {
    host: str(j.host),
    status: j.status === 'INACTIVE' ? 'INACTIVE' : 'ACTIVE',
    vnicType: (j.vnic_type ?? 'normal') as VnicType,
    vifType: str(j.vif_type, 'unbound'),
    vifDetails: obj(j.vif_details),
    profile: obj(j.profile),
  };
}

/**
 * A port from its JSON. `bindings` (from `/ports/{id}/bindings`) gives every binding; without it
 * the active one is rebuilt from `binding:*` and INACTIVE bindings are kept from `previous`.
 */
export function portFromJson(j: Json, options: { bindings?: readonly PortBinding[]; previous?: StoredPort } = {}): StoredPort {
  const host = str(j['binding:host_id']);
  const vnicType = (j['binding:vnic_type'] ?? 'normal') as VnicType;
  const profile = obj(j['binding:profile']);
  let bindings: PortBinding[];
  if (options.bindings) bindings = [...options.bindings];
  else {
    const inactive = (options.previous?.bindings ?? []).filter((b) => b.status === 'INACTIVE' && b.host !== host);
    bindings = host === '' ? inactive : [{ host, status: 'ACTIVE', vnicType, vifType: str(j['binding:vif_type'], 'unbound'), vifDetails: obj(j['binding:vif_details']), profile }, ...inactive];
  }
  const bound = bindings.some((b) => b.status === 'ACTIVE');
  return {
    ...standard(j),
    networkId: str(j.network_id),
    macAddress: str(j.mac_address),
    fixedIps: list<Json>(j.fixed_ips).map((f) => ({ subnetId: str(f.subnet_id), ipAddress: str(f.ip_address) })),
    deviceId: str(j.device_id),
    deviceOwner: str(j.device_owner),
    status: j.status ?? 'DOWN',
    adminStateUp: j.admin_state_up !== false,
    bindings,
    // Only the feed carries central's mobility sequence; keep what the replica already had.
    mobilitySeq: options.previous?.mobilitySeq ?? 0,
    portSecurityEnabled: j.port_security_enabled !== false,
    securityGroups: list<unknown>(j.security_groups).filter((g): g is string => typeof g === 'string'),
    ...(bound ? {} : { unboundVnicType: vnicType, unboundProfile: profile }),
  };
}

/** A host as the topology admin API renders it. */
export function hostFromJson(j: Json): Host {
  return {
    id: str(j.id),
    cell: str(j.cell),
    vtep: str(j.vtep),
    agentState: j.agent_state === 'up' || j.agent_state === 'down' ? j.agent_state : 'unknown',
    agentVersion: str(j.agent_version),
    lastHeartbeatAt: typeof j.last_heartbeat_at === 'string' ? j.last_heartbeat_at : null,
    ...(typeof j.agent_controller === 'string' ? { agentController: j.agent_controller } : {}),
    createdAt: str(j.created_at),
  };
}

const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const fixedIpsBody = (f: PortCreateInput['fixedIps']) => f?.map((x) => defined({ subnet_id: x.subnetId, ip_address: x.ipAddress }));

/** `POST /v2.0/ports` item for central. */
export function portCreateBody(input: PortCreateInput): Record<string, unknown> {
  return defined({
    network_id: input.networkId,
    project_id: input.projectId,
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
    tags: input.tags.length > 0 ? [...input.tags] : undefined,
  });
}

/** `PUT /v2.0/ports/{id}` body for central. */
export function portUpdateBody(input: PortUpdateInput): Record<string, unknown> {
  return defined({
    name: input.name,
    description: input.description,
    admin_state_up: input.adminStateUp,
    fixed_ips: fixedIpsBody(input.fixedIps),
    device_id: input.deviceId,
    device_owner: input.deviceOwner,
    'binding:host_id': input.hostId,
    'binding:profile': input.profile,
    'binding:vnic_type': input.vnicType,
    port_security_enabled: input.portSecurityEnabled,
    security_groups: input.securityGroups === undefined ? undefined : [...input.securityGroups],
    mac_address: input.macAddress,
  });
}

export function bindingCreateBody(input: BindingCreateInput): Record<string, unknown> {
  return defined({ host: input.host, vnic_type: input.vnicType, profile: input.profile });
}
