import { describe, expect, it } from 'vitest';
import { initialRules, ruleKey } from './default-rules';
import { parseIpPrefix } from './ip-prefix';
import { PROJECT_DEFAULT, newPortGroups, updatedPortGroups } from './port-groups';

describe('port security groups', () => {
  it("gives a new port its project's default unless it names groups, has no port security or is Neutron's own", () => {
    expect(newPortGroups(undefined, true, 'compute:nova')).toBe(PROJECT_DEFAULT);
    expect(newPortGroups(undefined, false, '')).toEqual([]);
    expect(newPortGroups(undefined, true, 'network:router_interface')).toEqual([]);
    expect(newPortGroups(undefined, true, 'network:dhcp')).toEqual([]);
    expect(newPortGroups(['a', 'b', 'a'], true, '')).toEqual(['a', 'b']);
    expect(newPortGroups([], false, '')).toEqual([]);
    expect(() => newPortGroups(['a'], false, '')).toThrow(expect.objectContaining({ type: 'PortSecurityAndIPRequiredForSecurityGroups' }));
  });

  it('keeps groups across updates and refuses port security off while groups remain', () => {
    expect(updatedPortGroups(['a'], undefined, true)).toEqual(['a']);
    expect(updatedPortGroups(['a'], ['b', 'c'], true)).toEqual(['b', 'c']);
    expect(updatedPortGroups(['a'], [], false)).toEqual([]);
    expect(() => updatedPortGroups(['a'], undefined, false)).toThrow(expect.objectContaining({ type: 'PortSecurityPortHasSecurityGroup' }));
    expect(() => updatedPortGroups([], ['a'], false)).toThrow(expect.objectContaining({ type: 'PortSecurityAndIPRequiredForSecurityGroups' }));
  });
});

describe('initial rules', () => {
  it("are Neutron's: egress anywhere; the default group also admits its own members", () => {
    expect(initialRules('g', false).map((r) => [r.direction, r.ethertype, r.remoteGroupId])).toEqual([['egress', 'IPv4', null], ['egress', 'IPv6', null]]);
    expect(initialRules('g', true).map((r) => [r.direction, r.ethertype, r.remoteGroupId])).toEqual([
      ['egress', 'IPv4', null], ['egress', 'IPv6', null], ['ingress', 'IPv4', 'g'], ['ingress', 'IPv6', 'g'],
    ]);
  });

  it('see a rule naming a protocol by number as the one naming it by name', () => {
    const [rule] = initialRules('g', false);
    expect(ruleKey({ ...rule, protocol: 'tcp' })).toBe(ruleKey({ ...rule, protocol: '6' }));
    expect(ruleKey({ ...rule, protocol: 'tcp', description: 'x' })).toBe(ruleKey({ ...rule, protocol: 'tcp' }));
    expect(ruleKey({ ...rule, protocol: 'udp' })).not.toBe(ruleKey({ ...rule, protocol: 'tcp' }));
  });
});

describe('IP prefixes', () => {
  it('normalise to the network in canonical text', () => {
    expect(parseIpPrefix('10.1.2.3/8')).toEqual({ cidr: '10.0.0.0/8', ethertype: 'IPv4' });
    expect(parseIpPrefix('0.0.0.0/0')).toEqual({ cidr: '0.0.0.0/0', ethertype: 'IPv4' });
    expect(parseIpPrefix('2001:DB8:0:0:1::1/64')).toEqual({ cidr: '2001:db8::/64', ethertype: 'IPv6' });
    expect(parseIpPrefix('::/0')).toEqual({ cidr: '::/0', ethertype: 'IPv6' });
    expect(parseIpPrefix('fe80::1')).toEqual({ cidr: 'fe80::1/128', ethertype: 'IPv6' });
    expect(parseIpPrefix('::ffff:10.0.0.1/128').cidr).toBe('::ffff:a00:1/128');
    expect(() => parseIpPrefix('10.0.0.0/')).toThrow('Invalid CIDR');
  });
});
