import { describe, expect, it } from 'vitest';
import { growthOf } from './growth';

describe('growthOf', () => {
  it('finds linear growth', () => {
    const g = growthOf([100, 300, 1000, 3000].map((x) => [x, 2 * x] as const))!;
    expect(g.exponent).toBeCloseTo(1, 5);
    expect(g.law).toMatch(/linear/);
    expect(g.bendsAt).toBeUndefined();
  });

  it('finds a flat curve and a quadratic one', () => {
    expect(growthOf([[10, 5], [100, 5], [1000, 5]])!.law).toMatch(/flat/);
    expect(growthOf([[10, 100], [100, 10_000], [1000, 1_000_000]])!.exponent).toBeCloseTo(2, 5);
  });

  it('says where a linear curve bends upwards', () => {
    const g = growthOf([[100, 100], [300, 300], [1000, 1000], [3000, 30_000]])!;
    expect(g.bendsAt).toBe(1000);
    expect(g.segments.map((s) => Math.round(s.exponent))).toEqual([1, 1, 3]);
  });

  it('ignores unmeasured points and needs two', () => {
    expect(growthOf([[100, Number.NaN], [300, 3]])).toBeUndefined();
    expect(growthOf([[100, 1], [300, Number.NaN], [1000, 10]])!.exponent).toBeCloseTo(1, 5);
  });
});
