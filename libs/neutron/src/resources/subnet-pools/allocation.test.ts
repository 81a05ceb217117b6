import type { SubnetPool } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { allocatePrefix, assertWithinPoolQuota, freePrefixes, quotaUnits } from './allocation';
import { prefixToString } from './prefixes';

function pool(prefixes: string[], lens: Partial<Pick<SubnetPool, 'minPrefixlen' | 'maxPrefixlen' | 'defaultPrefixlen' | 'defaultQuota'>> = {}): SubnetPool {
  const v6 = prefixes[0].includes(':');
  return {
    id: 'sp', name: '', description: '', projectId: 'p1', tags: [], revisionNumber: 1, createdAt: '', updatedAt: '',
    prefixes, ipVersion: v6 ? 6 : 4, minPrefixlen: v6 ? 48 : 8, maxPrefixlen: v6 ? 128 : 32, defaultPrefixlen: v6 ? 64 : 24,
    shared: false, isDefault: false, defaultQuota: null, allocationSerial: 0, ...lens,
  };
}

/** Allocates `n` blocks of `len` one after the other, as successive creates would. */
function allocateMany(p: SubnetPool, len: number, n: number): string[] {
  const taken: string[] = [];
  for (let i = 0; i < n; i++) taken.push(allocatePrefix(p, taken, { prefixlen: len }));
  return taken;
}

describe('allocatePrefix', () => {
  it('takes the first free block of the length, in address order (IPv4)', () => {
    const p = pool(['198.51.100.0/24']);
    expect(allocateMany(p, 26, 4)).toEqual(['198.51.100.0/26', '198.51.100.64/26', '198.51.100.128/26', '198.51.100.192/26']);
  });

  it('fills a hole left by a deleted subnet before splitting bigger free space', () => {
    const p = pool(['198.51.100.0/24']);
    const taken = ['198.51.100.0/26', '198.51.100.128/26'];
    expect(allocatePrefix(p, taken, { prefixlen: 26 })).toBe('198.51.100.64/26');
    expect(() => allocatePrefix(p, [...taken, '198.51.100.64/26', '198.51.100.192/26'], { prefixlen: 28 })).toThrow('Insufficient prefix space to allocate subnet size /28');
  });

  it('uses the smallest free block that holds the request (Neutron keeps big blocks for big requests)', () => {
    const p = pool(['198.51.100.0/24', '203.0.113.0/28']);
    expect(allocatePrefix(p, [], { prefixlen: 28 })).toBe('203.0.113.0/28');
    expect(allocatePrefix(p, ['203.0.113.0/28'], { prefixlen: 28 })).toBe('198.51.100.0/28');
  });

  it('refuses when the pool is exhausted, and a length outside the bounds', () => {
    const p = pool(['203.0.113.0/24'], { minPrefixlen: 25, maxPrefixlen: 28 });
    const taken = allocateMany(p, 25, 2);
    expect(taken).toEqual(['203.0.113.0/25', '203.0.113.128/25']);
    expect(() => allocatePrefix(p, taken, { prefixlen: 28 })).toThrow(expect.objectContaining({ type: 'SubnetAllocationError', httpStatus: 500 }));
    expect(() => allocatePrefix(p, [], { prefixlen: 29 })).toThrow('Unable to allocate subnet with prefix length 29, maximum allowed prefix is 28.');
    expect(() => allocatePrefix(p, [], { prefixlen: 24 })).toThrow('Unable to allocate subnet with prefix length 24, minimum allowed prefix is 25.');
  });

  it('takes a requested CIDR only inside the free space of the pool', () => {
    const p = pool(['198.51.100.0/24']);
    expect(allocatePrefix(p, ['198.51.100.0/25'], { cidr: '198.51.100.128/26' })).toBe('198.51.100.128/26');
    const refused = 'Cannot allocate requested subnet from the available set of prefixes';
    expect(() => allocatePrefix(p, ['198.51.100.0/25'], { cidr: '198.51.100.64/26' })).toThrow(refused);
    expect(() => allocatePrefix(p, [], { cidr: '203.0.113.0/26' })).toThrow(refused);
    expect(() => allocatePrefix({ ...p, minPrefixlen: 24 }, [], { cidr: '198.51.100.0/23' })).toThrow('minimum allowed prefix is 24');
  });

  it('allocates IPv6 blocks', () => {
    const p = pool(['2001:db8::/48'], { minPrefixlen: 48 });
    expect(allocateMany(p, 64, 3)).toEqual(['2001:db8::/64', '2001:db8:0:1::/64', '2001:db8:0:2::/64']);
    expect(allocatePrefix(p, ['2001:db8::/64'], { cidr: '2001:db8:0:ff::/64' })).toBe('2001:db8:0:ff::/64');
    expect(() => allocatePrefix(p, ['2001:db8::/49', '2001:db8:0:8000::/49'], { prefixlen: 64 })).toThrow('Insufficient prefix space to allocate subnet size /64');
  });

  it('never hands out overlapping blocks across mixed lengths', () => {
    const p = pool(['203.0.113.0/24']);
    const taken: string[] = [];
    for (const len of [28, 26, 27, 28, 29, 29, 28, 27]) taken.push(allocatePrefix(p, taken, { prefixlen: len }));
    const spans = taken.map((c) => freePrefixes(pool([c]), [])[0]).sort((a, b) => (a.first < b.first ? -1 : 1));
    for (let i = 1; i < spans.length; i++) expect(spans[i].first > spans[i - 1].last, taken.join(' ')).toBe(true);
  });
});

describe('free space and quotas', () => {
  it('lists the free blocks, smallest first', () => {
    expect(freePrefixes(pool(['198.51.100.0/24']), ['198.51.100.0/26']).map(prefixToString)).toEqual(['198.51.100.64/26', '198.51.100.128/25']);
  });

  it('counts IPv4 in addresses and IPv6 in /64s against default_quota', () => {
    expect(quotaUnits({ ipVersion: 4 }, ['198.51.100.0/24', '203.0.113.0/28'])).toBe(272n);
    expect(quotaUnits({ ipVersion: 6 }, ['2001:db8::/56', '2001:db8:1::/80'])).toBe(257n);
    const p = pool(['198.51.100.0/24'], { defaultQuota: 64 });
    expect(() => assertWithinPoolQuota(p, ['198.51.100.0/27'], '198.51.100.32/27')).not.toThrow();
    expect(() => assertWithinPoolQuota(p, ['198.51.100.0/27', '198.51.100.32/27'], '198.51.100.64/28')).toThrow('Per-tenant subnet pool prefix quota exceeded.');
  });
});
