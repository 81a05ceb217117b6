import type { SubnetPool } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { newPoolShape, updatedPoolShape } from './rules';
import { compact, difference, parsePrefix, prefixToString } from './prefixes';

describe('pool prefixes', () => {
  it('parses as neutron-lib validates subnets', () => {
    expect(prefixToString(parsePrefix('2001:db8::5/64'))).toBe('2001:db8::/64');
    expect(() => parsePrefix('198.51.100.5/24')).toThrow("'198.51.100.5/24' isn't a recommended CIDR, use '198.51.100.0/24'");
    expect(() => parsePrefix('198.51.100.0')).toThrow('is not a valid IP subnet');
    expect(() => parsePrefix('nope/8')).toThrow('is not a valid IP subnet');
  });

  it('compacts and subtracts as netaddr does', () => {
    const p = (...c: string[]) => c.map((x) => parsePrefix(x));
    expect(compact(p('198.51.100.128/25', '198.51.100.0/25', '198.51.100.64/26')).map(prefixToString)).toEqual(['198.51.100.0/24']);
    expect(difference(p('198.51.100.0/24'), p('198.51.100.64/26')).map(prefixToString)).toEqual(['198.51.100.0/26', '198.51.100.128/25']);
  });
});

describe('pool shape', () => {
  it('defaults the lengths as Neutron does and derives the IP version', () => {
    expect(newPoolShape(['203.0.113.0/24', '198.51.100.0/24'], {})).toEqual({ prefixes: ['198.51.100.0/24', '203.0.113.0/24'], ipVersion: 4, minPrefixlen: 8, maxPrefixlen: 32, defaultPrefixlen: 8 });
    expect(newPoolShape(['2001:db8::/32'], { defaultPrefixlen: 64 })).toMatchObject({ ipVersion: 6, minPrefixlen: 64, maxPrefixlen: 128, defaultPrefixlen: 64 });
  });

  it('refuses empty, mixed and out-of-order bounds', () => {
    expect(() => newPoolShape([], {})).toThrow('Empty subnet pool prefix list.');
    expect(() => newPoolShape(['198.51.100.0/24', '2001:db8::/32'], {})).toThrow('Cannot mix IPv4 and IPv6 prefixes in a subnet pool.');
    expect(() => newPoolShape(['198.51.100.0/24'], { minPrefixlen: 28, maxPrefixlen: 26 })).toThrow('Illegal prefix bounds: min_prefixlen=28, max_prefixlen=26.');
    expect(() => newPoolShape(['198.51.100.0/24'], { maxPrefixlen: 33 })).toThrow('Illegal prefix bounds: max_prefixlen=33, ip_version_max=32.');
    expect(() => newPoolShape(['198.51.100.0/24'], { minPrefixlen: 24, defaultPrefixlen: 20 })).toThrow('default_prefixlen=20, min_prefixlen=24');
    expect(() => newPoolShape(['198.51.100.0/24'], { minPrefixlen: -1 })).toThrow("Prefix '-1' not supported in IPv4 pool.");
  });

  it('lets an update add prefixes but not remove them', () => {
    const pool = { ...newPoolShape(['198.51.100.0/25'], { minPrefixlen: 24 }) } as unknown as SubnetPool;
    expect(updatedPoolShape(pool, ['198.51.100.0/24'], { defaultPrefixlen: 26 })).toMatchObject({ prefixes: ['198.51.100.0/24'], defaultPrefixlen: 26 });
    expect(() => updatedPoolShape(pool, ['203.0.113.0/24'], {})).toThrow('Illegal update to prefixes: Existing prefixes must be a subset of the new prefixes.');
    expect(() => updatedPoolShape(pool, ['2001:db8::/32'], {})).toThrow('Cannot mix IPv4 and IPv6');
    expect(() => updatedPoolShape(pool, undefined, { maxPrefixlen: 20 })).toThrow('Illegal prefix bounds');
  });
});
