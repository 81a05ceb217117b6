import { describe, expect, it } from 'vitest';
import { parseIpPrefix } from './ip-prefix';

describe('IP prefixes', () => {
  it('normalise to the network in canonical text', () => {
    expect(parseIpPrefix('10.1.2.3/8')).toEqual({ cidr: '10.0.0.0/8', ethertype: 'IPv4' });
    expect(parseIpPrefix('0.0.0.0/0')).toEqual({ cidr: '0.0.0.0/0', ethertype: 'IPv4' });
    expect(parseIpPrefix('2001:DB8:0:0:1::1/64')).toEqual({ cidr: '2001:db8::/64', ethertype: 'IPv6' });
    expect(parseIpPrefix('::/0')).toEqual({ cidr: '::/0', ethertype: 'IPv6' });
    expect(parseIpPrefix('fe80::1')).toEqual({ cidr: 'fe80::1/128', ethertype: 'IPv6' });
    expect(parseIpPrefix('1:0:0:2:0:0:0:3').cidr).toBe('1:0:0:2::3/128');
    expect(parseIpPrefix('1:0:2:0:3:0:4:0').cidr).toBe('1:0:2:0:3:0:4:0/128');
    expect(parseIpPrefix('::ffff:10.0.0.1/128').cidr).toBe('::ffff:a00:1/128');
    expect(() => parseIpPrefix('10.0.0.0/')).toThrow('Invalid CIDR');
  });
});
