import { isDomainError } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { securityGroupCreateInput, securityGroupRuleCreateInput, securityGroupUpdateInput } from './input';
import type { SecurityGroupRuleCreateBody } from './schema';

const ctx = { projectId: 'p1', userId: 'u1', roles: ['member'], isAdmin: false };

/** The NeutronError type and message a rule body is refused with. */
function refusal(body: Omit<SecurityGroupRuleCreateBody, 'security_group_id'>): [string, string] {
  try {
    securityGroupRuleCreateInput({ security_group_id: 'g1', ...body });
  } catch (err) {
    if (isDomainError(err)) return [err.type, err.message];
    throw err;
  }
  throw new Error('accepted');
}

describe('security group inputs', () => {
  it('defaults as Neutron does; `default` is taken, in any case, on create and rename', () => {
    expect(securityGroupCreateInput(ctx, {})).toEqual({ projectId: 'p1', name: '', description: '', tags: [] });
    expect(securityGroupCreateInput(ctx, { name: 'web', tenant_id: 'p2' })).toMatchObject({ projectId: 'p2', name: 'web' });
    expect(() => securityGroupCreateInput(ctx, { name: 'Default' })).toThrow('Default security group already exists.');
    expect(() => securityGroupUpdateInput({ name: 'default' })).toThrow('Default security group already exists.');
    expect(securityGroupUpdateInput({ description: 'x' })).toEqual({ description: 'x' });
  });
});

describe('security group rule inputs', () => {
  it('normalises what it accepts: ethertype case, protocol names and numbers, prefixes to their network', () => {
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'ingress' })).toEqual({
      securityGroupId: 'g1', direction: 'ingress', ethertype: 'IPv4', protocol: null, portRangeMin: null, portRangeMax: null, remoteIpPrefix: null, remoteGroupId: null, description: '',
    });
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'egress', ethertype: 'ipv6', protocol: 'TCP', port_range_min: '80', port_range_max: 81, remote_ip_prefix: '2001:db8::5/64' }))
      .toMatchObject({ ethertype: 'IPv6', protocol: 'tcp', portRangeMin: 80, portRangeMax: 81, remoteIpPrefix: '2001:db8::/64' });
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'ingress', protocol: 17 }).protocol).toBe('17');
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'ingress', protocol: 'any' }).protocol).toBeNull();
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'ingress', remote_ip_prefix: '10.1.2.3' }).remoteIpPrefix).toBe('10.1.2.3/32');
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'ingress', protocol: 'icmp', port_range_min: 8, port_range_max: null })).toMatchObject({ portRangeMin: 8, portRangeMax: null });
    expect(securityGroupRuleCreateInput({ security_group_id: 'g1', direction: 'ingress', project_id: 'p2' }).projectId).toBe('p2');
  });

  it('refuses bad values with Neutron\'s exception types and messages', () => {
    expect(refusal({ direction: 'sideways' })[0]).toBe('SecurityGroupRuleInvalidDirection');
    expect(refusal({ direction: 'ingress', ethertype: 'bad_ethertype' })).toEqual(['SecurityGroupRuleInvalidEtherType', "Security group rule for ethertype 'bad_ethertype' not supported. Allowed values are ['IPv4', 'IPv6']."]);
    expect(refusal({ direction: 'ingress', protocol: 'bad_protocol_name' })[0]).toBe('SecurityGroupRuleInvalidProtocol');
    expect(refusal({ direction: 'ingress', protocol: 256 })[0]).toBe('SecurityGroupRuleInvalidProtocol');
    for (const prefix of ['192.168.1./24', '192.168.1.1/33', 'bad_prefix', '256']) {
      expect(refusal({ direction: 'ingress', protocol: 'tcp', remote_ip_prefix: prefix })).toEqual(['InvalidCIDR', `Invalid CIDR ${prefix} given as IP prefix.`]);
    }
  });

  it('checks port ranges per protocol as Tempest expects', () => {
    const tcp = (min: number | null, max: number | null) => refusal({ direction: 'ingress', protocol: 'tcp', port_range_min: min, port_range_max: max })[1];
    expect(tcp(-16, 80)).toContain('Invalid value for port -16');
    expect(tcp(80, 79)).toContain('port_range_min must be <= port_range_max');
    expect(tcp(80, 65536)).toContain('Invalid value for port 65536');
    expect(tcp(null, 6)).toContain('port_range_min must be <= port_range_max');
    expect(tcp(0, 10)).toBe('Invalid value for port 0.');
    const icmp = (min: number | null, max: number | null) => refusal({ direction: 'ingress', protocol: 'icmp', port_range_min: min, port_range_max: max })[1];
    expect(icmp(1, 256)).toBe('Invalid value for ICMP code (port_range_max) 256. It must be 0 to 255.');
    expect(icmp(-1, 25)).toContain('Invalid value');
    expect(icmp(null, 6)).toContain('ICMP type (port-range-min) is missing');
    expect(icmp(300, 1)).toContain('Invalid value for ICMP type');
    expect(refusal({ direction: 'ingress', port_range_min: 1, port_range_max: 2 })[0]).toBe('SecurityGroupProtocolRequiredWithPorts');
  });

  it('refuses contradictions: both kinds of remote, a prefix of the other family, an IPv6 protocol over IPv4', () => {
    expect(refusal({ direction: 'ingress', remote_ip_prefix: '10.0.0.0/8', remote_group_id: 'g2' })[0]).toBe('SecurityGroupRemoteGroupAndRemoteIpPrefix');
    expect(refusal({ direction: 'ingress', ethertype: 'IPv6', remote_ip_prefix: '10.100.0.0/16' })).toEqual(['SecurityGroupRuleParameterConflict', 'Conflicting value ethertype IPv6 for CIDR 10.100.0.0/16.']);
    expect(refusal({ direction: 'ingress', ethertype: 'IPv4', remote_ip_prefix: '2001:db8::/64' })[0]).toBe('SecurityGroupRuleParameterConflict');
    expect(refusal({ direction: 'ingress', ethertype: 'IPv4', protocol: 'ipv6-icmp' })[0]).toBe('SecurityGroupEthertypeConflictWithProtocol');
  });
});
