import { domainError, macToBytes, type Subnet } from '@trellis/domain';
import { bigToIp, parseCidr } from './ipam';

/**
 * IPv6 address modes as Neutron implements them (neutron-lib `ipv6_utils`): on SLAAC and
 * DHCPv6-stateless subnets a port's address is derived from its MAC (EUI-64), never drawn
 * from the pools, and never chosen by the client.
 */
export const IPV6_MODES = ['slaac', 'dhcpv6-stateful', 'dhcpv6-stateless'] as const;
const AUTO_MODES: ReadonlySet<string> = new Set(['slaac', 'dhcpv6-stateless']);

/**
 * Device owners that get no automatic address and may name one (neutron-lib
 * `ROUTER_INTERFACE_OWNERS_SNAT`): a router interface holds the subnet's gateway instead.
 */
export const ROUTER_INTERFACE_OWNERS_SNAT: ReadonlySet<string> = new Set([
  'network:router_interface',
  'network:ha_router_replicated_interface',
  'network:router_interface_distributed',
  'network:router_centralized_snat',
]);

/** `ipv6_utils.is_auto_address_subnet`: either mode is SLAAC or DHCPv6-stateless. */
export function isAutoAddressSubnet(subnet: Pick<Subnet, 'ipv6AddressMode' | 'ipv6RaMode'>): boolean {
  return (subnet.ipv6AddressMode !== null && AUTO_MODES.has(subnet.ipv6AddressMode)) || (subnet.ipv6RaMode !== null && AUTO_MODES.has(subnet.ipv6RaMode));
}

/** True when a port with this owner takes automatic addresses (everything but router interfaces). */
export function takesAutoAddresses(deviceOwner: string): boolean {
  return !ROUTER_INTERFACE_OWNERS_SNAT.has(deviceOwner);
}

/**
 * The modified EUI-64 address of `mac` on a /64 (RFC 4291 appendix A): the MAC split by
 * ff:fe, with the universal/local bit flipped. `2001:db8::/64` + `fa:16:3e:73:c9:c5` →
 * `2001:db8::f816:3eff:fe73:c9c5`.
 */
export function eui64Address(cidr: string, mac: string): string {
  const range = parseCidr(cidr, 6, false);
  const m = macToBytes(mac);
  const iid = [m[0] ^ 0x02, m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]].reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
  return bigToIp(range.first | iid, 6);
}

/**
 * Neutron's create-time checks of the IPv6 attributes (`_validate_subnet`,
 * `_validate_ipv6_attributes`), in its order and with its messages; all InvalidInput.
 */
export function validateIpv6Modes(s: { ipVersion: number; prefix: number; cidr: string; enableDhcp: boolean; ipv6AddressMode: string | null; ipv6RaMode: string | null }): void {
  const bad = (error_message: string) => domainError('InvalidInput', { error_message });
  const raSet = s.ipv6RaMode !== null;
  const addressSet = s.ipv6AddressMode !== null;
  if (s.ipVersion === 4) {
    if (raSet) throw bad('ipv6_ra_mode is not valid when ip_version is 4');
    if (addressSet) throw bad('ipv6_address_mode is not valid when ip_version is 4');
    return;
  }
  if ((raSet || addressSet) && !s.enableDhcp) throw bad('ipv6_ra_mode or ipv6_address_mode cannot be set when enable_dhcp is set to False');
  if (raSet && addressSet && s.ipv6RaMode !== s.ipv6AddressMode) {
    throw bad(`ipv6_ra_mode set to '${s.ipv6RaMode}' with ipv6_address_mode set to '${s.ipv6AddressMode}' is not valid. If both attributes are set, they must be the same value`);
  }
  if (isAutoAddressSubnet(s) && s.prefix !== 64) {
    throw bad(`Invalid CIDR ${s.cidr} for IPv6 address mode. OpenStack uses the EUI-64 address format, which requires the prefix to be /64`);
  }
}
