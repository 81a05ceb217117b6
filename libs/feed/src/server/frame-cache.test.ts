import { describe, expect, it } from 'vitest';
import { FrameCache } from './frame-cache';

describe('FrameCache', () => {
  it('produces each (revision, filter) once, caches "nothing" too, and stays bounded by empty results', () => {
    const cache = new FrameCache(64 * 1024);
    let produced = 0;
    const empty = () => (produced++, undefined);
    expect(cache.frame(1, 'v2:port', empty)).toBeUndefined();
    expect(cache.frame(1, 'v2:port', empty)).toBeUndefined();
    expect(produced).toBe(1);
    const bytes = Buffer.from([1, 2, 3]);
    expect(cache.frame(2, 'v2:port', () => bytes)).toBe(bytes);
    expect(cache.frame(2, 'v2:port', () => Buffer.from([9]))).toBe(bytes);
    for (let r = 3; r < 100_000; r++) cache.frame(r, 'v2:port', empty);
    expect(cache.size).toBeLessThanOrEqual(1024);
  });
});
