import { describe, expect, it } from 'vitest';
import { defaultGateway, defaultPools, parseCidr, poolCandidates, poolSize, rangesOverlap, validatePools } from './ipam';

describe('ipam', () => {
  it('computes Neutron default gateway and pools for IPv4 and IPv6', () => {
    const v4 = parseCidr('192.168.199.0/24');
    expect(defaultGateway(v4)).toBe('192.168.199.1');
    expect(defaultPools(v4, '192.168.199.1')).toEqual([{ start: '192.168.199.2', end: '192.168.199.254' }]);
    expect(defaultPools(v4, '192.168.199.100')).toEqual([{ start: '192.168.199.1', end: '192.168.199.99' }, { start: '192.168.199.101', end: '192.168.199.254' }]);
    expect(defaultPools(v4, null)).toEqual([{ start: '192.168.199.1', end: '192.168.199.254' }]);
    const v6 = parseCidr('2001:db8::/120');
    expect(defaultPools(v6, defaultGateway(v6))).toEqual([{ start: '2001:db8::2', end: '2001:db8::ff' }]);
    expect(poolSize(defaultPools(parseCidr('2001:db8::/64'), null))).toBe(2n ** 64n - 1n);
  });

  it('refuses non-canonical CIDRs and tiny v4 subnets', () => {
    expect(() => parseCidr('10.0.0.5/24')).toThrow(/10\.0\.0\.0\/24/);
    expect(() => parseCidr('10.0.0.0/31')).toThrow();
    expect(() => parseCidr('10.1/8')).toThrow();
  });

  it('validates pools and walks candidates from a cursor, wrapping once', () => {
    const r = parseCidr('10.0.0.0/29');
    expect(() => validatePools(r, [{ start: '10.0.0.1', end: '10.0.0.7' }], null)).toThrow(/spans beyond/);
    const pools = validatePools(r, [{ start: '10.0.0.2', end: '10.0.0.3' }, { start: '10.0.0.5', end: '10.0.0.6' }], '10.0.0.1');
    expect([...poolCandidates(pools, 4, 3n)]).toEqual(['10.0.0.6', '10.0.0.2', '10.0.0.3', '10.0.0.5']);
    expect(rangesOverlap(parseCidr('10.0.0.0/24'), parseCidr('10.0.0.128/25'))).toBe(true);
    expect(rangesOverlap(parseCidr('10.0.0.0/24'), parseCidr('10.0.1.0/24'))).toBe(false);
  });
});
