import { describe, expect, it } from 'vitest';
import { ValidationCache } from './validation-cache';

describe('validation cache', () => {
  it('keeps an entry until the token expires or the max TTL passes, whichever is first', () => {
    let now = 1_000;
    const cache = new ValidationCache<string>(10, 500, () => now);
    cache.set('a', 'A', 1_200);
    cache.set('b', 'B', 10_000);
    now = 1_199;
    expect(cache.get('a')).toBe('A');
    now = 1_200;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('B');
    now = 1_500;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry beyond its size', () => {
    const cache = new ValidationCache<number>(2, 60_000);
    cache.set('a', 1, Date.now() + 60_000);
    cache.set('b', 2, Date.now() + 60_000);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, Date.now() + 60_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('keeps nothing with size 0 or TTL 0', () => {
    for (const cache of [new ValidationCache<number>(0, 1000), new ValidationCache<number>(10, 0)]) {
      cache.set('a', 1, Date.now() + 60_000);
      expect(cache.get('a')).toBeUndefined();
    }
  });
});
