import type { RequestContext } from '../../context';
import { toBool, toInt } from '../../schemas/common';
import { defined, projectOf } from '../common-input';
import type { SubnetCreateInput, SubnetUpdateInput } from './backend';
import type { SubnetCreateBody, SubnetUpdateBody } from './schema';

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
