import type { AllocationPool, HostRoute, NetworkType, VnicType } from '@trellis/domain';
import type { RequestContext } from './context';
import { toBool, toInt } from './schemas/common';
import type { NetworkCreateBody, NetworkUpdateBody } from './schemas/network';
import type { BindingCreateBody, PortCreateBody, PortUpdateBody } from './schemas/port';
import type { SubnetCreateBody, SubnetUpdateBody } from './schemas/subnet';

/** Validated, converted requests in domain terms; what backends receive. */
export interface NetworkCreateInput {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly adminStateUp: boolean;
  readonly shared: boolean;
  readonly mtu?: number;
  readonly networkType: NetworkType;
  readonly segmentationId?: number;
  readonly availabilityZoneHints: readonly string[];
  readonly portSecurityEnabled: boolean;
  readonly routerExternal: boolean;
  readonly tags: readonly string[];
}
export type NetworkUpdateInput = Partial<Pick<NetworkCreateInput, 'name' | 'description' | 'adminStateUp' | 'shared' | 'mtu' | 'portSecurityEnabled' | 'routerExternal' | 'tags'>>;

export interface SubnetCreateInput {
  readonly projectId: string;
  readonly networkId: string;
  readonly name: string;
  readonly description: string;
  /** Absent: allocated from the subnet pool. */
  readonly cidr?: string;
  readonly ipVersion?: number;
  /** subnet_allocation: the pool the CIDR comes from, the length wanted without a CIDR. */
  readonly subnetpoolId?: string;
  readonly prefixlen?: number;
  readonly useDefaultSubnetpool?: boolean;
  /** undefined = default (first address); null = no gateway. */
  readonly gatewayIp?: string | null;
  readonly allocationPools?: readonly AllocationPool[];
  readonly enableDhcp: boolean;
  readonly dnsNameservers: readonly string[];
  readonly hostRoutes: readonly HostRoute[];
  readonly ipv6AddressMode: string | null;
  readonly ipv6RaMode: string | null;
  readonly tags: readonly string[];
}
export type SubnetUpdateInput = Partial<Pick<SubnetCreateInput, 'name' | 'description' | 'gatewayIp' | 'allocationPools' | 'enableDhcp' | 'dnsNameservers' | 'hostRoutes' | 'tags'>>;

export interface FixedIpRequest {
  readonly subnetId?: string;
  readonly ipAddress?: string;
}

export interface PortCreateInput {
  readonly projectId: string;
  readonly networkId: string;
  readonly name: string;
  readonly description: string;
  readonly adminStateUp: boolean;
  readonly macAddress?: string;
  /** undefined = one address from every subnet of the first IP version available (Neutron). */
  readonly fixedIps?: readonly FixedIpRequest[];
  readonly deviceId: string;
  readonly deviceOwner: string;
  /** Non-empty = bind to this host at create. */
  readonly hostId?: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly vnicType?: VnicType;
  /** undefined = the network's port_security_enabled (Neutron's inheritance at create). */
  readonly portSecurityEnabled?: boolean;
  /** undefined = the project's default group (see newPortGroups). */
  readonly securityGroups?: readonly string[];
  readonly tags: readonly string[];
}
export interface PortUpdateInput {
  readonly name?: string;
  readonly description?: string;
  readonly adminStateUp?: boolean;
  readonly fixedIps?: readonly FixedIpRequest[];
  readonly deviceId?: string;
  readonly deviceOwner?: string;
  /** "" = unbind. */
  readonly hostId?: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly vnicType?: VnicType;
  readonly portSecurityEnabled?: boolean;
  readonly securityGroups?: readonly string[];
  readonly macAddress?: string;
  /** Set through the tags sub-resource only. */
  readonly tags?: readonly string[];
}

export interface BindingCreateInput {
  readonly host: string;
  readonly vnicType?: VnicType;
  readonly profile?: Readonly<Record<string, unknown>>;
}

/** `If-Match: revision_number=N` → the revision the caller expects. */
export interface Precondition {
  readonly revisionNumber?: number;
}

const projectOf = (ctx: RequestContext, body: { project_id?: string; tenant_id?: string }) => body.project_id ?? body.tenant_id ?? ctx.projectId;
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function networkCreateInput(ctx: RequestContext, b: NetworkCreateBody): NetworkCreateInput {
  return {
    projectId: projectOf(ctx, b),
    name: b.name ?? '',
    description: b.description ?? '',
    adminStateUp: b.admin_state_up === undefined ? true : toBool(b.admin_state_up),
    shared: b.shared === undefined ? false : toBool(b.shared),
    mtu: b.mtu === undefined ? undefined : toInt(b.mtu),
    networkType: b['provider:network_type'] ?? 'vxlan',
    segmentationId: b['provider:segmentation_id'] === undefined ? undefined : toInt(b['provider:segmentation_id']),
    availabilityZoneHints: b.availability_zone_hints ?? [],
    portSecurityEnabled: b.port_security_enabled === undefined ? true : toBool(b.port_security_enabled),
    routerExternal: b['router:external'] === undefined ? false : toBool(b['router:external']),
    tags: b.tags ?? [],
  };
}

export function networkUpdateInput(b: NetworkUpdateBody): NetworkUpdateInput {
  return defined({
    name: b.name,
    description: b.description,
    adminStateUp: b.admin_state_up === undefined ? undefined : toBool(b.admin_state_up),
    shared: b.shared === undefined ? undefined : toBool(b.shared),
    mtu: b.mtu === undefined ? undefined : toInt(b.mtu),
    portSecurityEnabled: b.port_security_enabled === undefined ? undefined : toBool(b.port_security_enabled),
    routerExternal: b['router:external'] === undefined ? undefined : toBool(b['router:external']),
  });
}

export function subnetCreateInput(ctx: RequestContext, b: SubnetCreateBody): SubnetCreateInput {
  return {
    projectId: projectOf(ctx, b),
    networkId: b.network_id,
    name: b.name ?? '',
    description: b.description ?? '',
    cidr: b.cidr,
    ipVersion: b.ip_version === undefined ? undefined : toInt(b.ip_version),
    ...(b.subnetpool_id ? { subnetpoolId: b.subnetpool_id } : {}),
    ...(b.prefixlen === undefined ? {} : { prefixlen: toInt(b.prefixlen) }),
    ...(b.use_default_subnetpool === undefined ? {} : { useDefaultSubnetpool: toBool(b.use_default_subnetpool) }),
    gatewayIp: b.gateway_ip,
    allocationPools: b.allocation_pools,
    enableDhcp: b.enable_dhcp === undefined ? true : toBool(b.enable_dhcp),
    dnsNameservers: b.dns_nameservers ?? [],
    hostRoutes: b.host_routes ?? [],
    ipv6AddressMode: b.ipv6_address_mode ?? null,
    ipv6RaMode: b.ipv6_ra_mode ?? null,
    tags: b.tags ?? [],
  };
}

export function subnetUpdateInput(b: SubnetUpdateBody): SubnetUpdateInput {
  return defined({
    name: b.name,
    description: b.description,
    gatewayIp: b.gateway_ip,
    allocationPools: b.allocation_pools,
    enableDhcp: b.enable_dhcp === undefined ? undefined : toBool(b.enable_dhcp),
    dnsNameservers: b.dns_nameservers,
    hostRoutes: b.host_routes,
  });
}

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
