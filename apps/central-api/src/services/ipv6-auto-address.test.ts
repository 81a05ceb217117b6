import { describe, expect, it } from 'vitest';
import { eui64Address, isAutoAddressSubnet, takesAutoAddresses, validateIpv6Modes } from './ipv6-auto-address';

describe('eui64Address', () => {
  it('derives the modified EUI-64 address from the MAC, flipping the U/L bit', () => {
    expect(eui64Address('2001:db8:77::/64', 'fa:16:3e:73:c9:c5')).toBe('2001:db8:77:0:f816:3eff:fe73:c9c5');
    expect(eui64Address('2001:db8::/64', '00:00:00:00:00:01')).toBe('2001:db8::200:ff:fe00:1');
    expect(eui64Address('2001:db8:1:2::/64', '02:ff:ff:ff:ff:ff')).toBe('2001:db8:1:2:ff:ffff:feff:ffff');
  });
});

describe('address modes', () => {
  it('treats SLAAC and DHCPv6-stateless (in either attribute) as automatic', () => {
    expect(isAutoAddressSubnet({ ipv6AddressMode: 'slaac', ipv6RaMode: null })).toBe(true);
    expect(isAutoAddressSubnet({ ipv6AddressMode: null, ipv6RaMode: 'dhcpv6-stateless' })).toBe(true);
    expect(isAutoAddressSubnet({ ipv6AddressMode: 'dhcpv6-stateful', ipv6RaMode: 'dhcpv6-stateful' })).toBe(false);
    expect(isAutoAddressSubnet({ ipv6AddressMode: null, ipv6RaMode: null })).toBe(false);
    expect(takesAutoAddresses('network:router_interface')).toBe(false);
    expect(takesAutoAddresses('network:router_gateway')).toBe(true);
    expect(takesAutoAddresses('compute:nova')).toBe(true);
  });

  const base = { ipVersion: 6, prefix: 64, cidr: '2001:db8::/64', enableDhcp: true, ipv6AddressMode: null, ipv6RaMode: null };
  const message = (f: () => void) => {
    try {
      f();
    } catch (err) {
      return (err as Error).message;
    }
    return 'accepted';
  };

  it('refuses what Neutron refuses, with its messages', () => {
    expect(message(() => validateIpv6Modes({ ...base, ipVersion: 4, ipv6RaMode: 'slaac' }))).toBe('Invalid input for operation: ipv6_ra_mode is not valid when ip_version is 4.');
    expect(message(() => validateIpv6Modes({ ...base, ipVersion: 4, ipv6AddressMode: 'slaac' }))).toBe('Invalid input for operation: ipv6_address_mode is not valid when ip_version is 4.');
    expect(message(() => validateIpv6Modes({ ...base, ipv6RaMode: 'slaac', ipv6AddressMode: 'dhcpv6-stateful' }))).toContain(
      "ipv6_ra_mode set to 'slaac' with ipv6_address_mode set to 'dhcpv6-stateful' is not valid. If both attributes are set, they must be the same value",
    );
    expect(message(() => validateIpv6Modes({ ...base, prefix: 80, cidr: '2001:db8::/80', ipv6AddressMode: 'slaac' }))).toContain(
      'Invalid CIDR 2001:db8::/80 for IPv6 address mode. OpenStack uses the EUI-64 address format, which requires the prefix to be /64',
    );
    expect(message(() => validateIpv6Modes({ ...base, enableDhcp: false, ipv6AddressMode: 'slaac' }))).toContain('cannot be set when enable_dhcp is set to False');
  });

  it('accepts one mode alone, equal modes, and stateful on any prefix', () => {
    expect(message(() => validateIpv6Modes({ ...base, ipv6AddressMode: 'slaac' }))).toBe('accepted');
    expect(message(() => validateIpv6Modes({ ...base, ipv6RaMode: 'dhcpv6-stateless', ipv6AddressMode: 'dhcpv6-stateless' }))).toBe('accepted');
    expect(message(() => validateIpv6Modes({ ...base, prefix: 120, cidr: '2001:db8::/120', ipv6AddressMode: 'dhcpv6-stateful' }))).toBe('accepted');
  });
});
