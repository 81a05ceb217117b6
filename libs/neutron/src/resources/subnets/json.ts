import type { Subnet } from '@trellis/domain';
import { standardFromJson, standardToJson } from '../../json/standard-attrs';
import { nullableStr, objects, str, strings, type NeutronJson, type WireJson } from '../../json/wire';

/** `subnet` as Neutron shows it (no segments, no service types). */
export function subnetToJson(s: Subnet): NeutronJson {
  // Optimization: Object.assign onto the standard attributes (see networkToJson).
  return Object.assign(standardToJson(s), {
    network_id: s.networkId,
    cidr: s.cidr,
    ip_version: s.ipVersion,
    gateway_ip: s.gatewayIp,
    allocation_pools: s.allocationPools.map((p) => ({ start: p.start, end: p.end })),
    enable_dhcp: s.enableDhcp,
    dns_nameservers: [...s.dnsNameservers],
    host_routes: s.hostRoutes.map((r) => ({ destination: r.destination, nexthop: r.nexthop })),
    ipv6_address_mode: s.ipv6AddressMode,
    ipv6_ra_mode: s.ipv6RaMode,
    segment_id: null,
    subnetpool_id: s.subnetpoolId ?? null,
    service_types: [],
  });
}

/** The inverse of subnetToJson (what a region reads back from central's answers). */
export function subnetFromJson(j: WireJson): Subnet {
  return {
    ...standardFromJson(j),
    networkId: str(j.network_id),
    cidr: str(j.cidr),
    ipVersion: j.ip_version === 6 ? 6 : 4,
    gatewayIp: nullableStr(j.gateway_ip),
    allocationPools: objects(j.allocation_pools).map((p) => ({ start: str(p.start), end: str(p.end) })),
    enableDhcp: j.enable_dhcp !== false,
    dnsNameservers: strings(j.dns_nameservers),
    hostRoutes: objects(j.host_routes).map((r) => ({ destination: str(r.destination), nexthop: str(r.nexthop) })),
    ipv6AddressMode: nullableStr(j.ipv6_address_mode),
    ipv6RaMode: nullableStr(j.ipv6_ra_mode),
    ...(typeof j.subnetpool_id === 'string' ? { subnetpoolId: j.subnetpool_id } : {}),
  };
}

/** Attribute names subnets may be filtered and sorted on. */
export const SUBNET_ATTRIBUTES: readonly string[] = Object.keys(
  subnetToJson({
    id: '', name: '', description: '', projectId: '', tags: [], revisionNumber: 0, createdAt: '', updatedAt: '',
    networkId: '', cidr: '', ipVersion: 4, gatewayIp: null, allocationPools: [], enableDhcp: true, dnsNameservers: [], hostRoutes: [], ipv6AddressMode: null, ipv6RaMode: null,
  }),
);
