import type { NetworkCreateInput, NetworkUpdateInput, SubnetCreateInput, SubnetUpdateInput } from '@trellis/neutron';
import { defined } from './defined';

/** Network and subnet inputs back into the request bodies central expects (forwarded writes). */

export function networkCreateBody(i: NetworkCreateInput): Record<string, unknown> {
  return defined({
    project_id: i.projectId,
    name: i.name,
    description: i.description,
    admin_state_up: i.adminStateUp,
    // Defaults are left out: a member may not even name admin-only attributes (shared, provider:*).
    shared: i.shared ? true : undefined,
    mtu: i.mtu,
    'provider:network_type': i.networkType !== 'vxlan' || i.segmentationId !== undefined ? i.networkType : undefined,
    'provider:segmentation_id': i.segmentationId,
    availability_zone_hints: i.availabilityZoneHints.length > 0 ? [...i.availabilityZoneHints] : undefined,
    port_security_enabled: i.portSecurityEnabled,
    'router:external': i.routerExternal ? true : undefined,
    tags: i.tags.length > 0 ? [...i.tags] : undefined,
  });
}

export function networkUpdateBody(i: NetworkUpdateInput): Record<string, unknown> {
  return defined({ name: i.name, description: i.description, admin_state_up: i.adminStateUp, shared: i.shared, mtu: i.mtu, port_security_enabled: i.portSecurityEnabled, 'router:external': i.routerExternal });
}

export function subnetCreateBody(i: SubnetCreateInput): Record<string, unknown> {
  return defined({
    project_id: i.projectId,
    network_id: i.networkId,
    name: i.name,
    description: i.description,
    cidr: i.cidr,
    ip_version: i.ipVersion,
    subnetpool_id: i.subnetpoolId,
    prefixlen: i.prefixlen,
    use_default_subnetpool: i.useDefaultSubnetpool,
    gateway_ip: i.gatewayIp,
    allocation_pools: i.allocationPools?.map((p) => ({ start: p.start, end: p.end })),
    enable_dhcp: i.enableDhcp,
    dns_nameservers: [...i.dnsNameservers],
    host_routes: i.hostRoutes.map((r) => ({ destination: r.destination, nexthop: r.nexthop })),
    ipv6_address_mode: i.ipv6AddressMode ?? undefined,
    ipv6_ra_mode: i.ipv6RaMode ?? undefined,
    tags: i.tags.length > 0 ? [...i.tags] : undefined,
  });
}

export function subnetUpdateBody(i: SubnetUpdateInput): Record<string, unknown> {
  return defined({
    name: i.name,
    description: i.description,
    gateway_ip: i.gatewayIp,
    allocation_pools: i.allocationPools?.map((p) => ({ start: p.start, end: p.end })),
    enable_dhcp: i.enableDhcp,
    dns_nameservers: i.dnsNameservers ? [...i.dnsNameservers] : undefined,
    host_routes: i.hostRoutes?.map((r) => ({ destination: r.destination, nexthop: r.nexthop })),
  });
}
