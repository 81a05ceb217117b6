import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OverlayMap } from './overlay-map';

const same = (a: number, b: number) => a === b;

describe('OverlayMap', () => {
  it('is an independent copy: later changes of the source do not reach it', () => {
    const source = new Map([['a', 1], ['b', 2]]);
    const o = OverlayMap.copyOf(source);
    source.set('c', 3);
    source.delete('a');
    expect([...o.toMap()]).toEqual([['a', 1], ['b', 2]]);
    expect(o.equals(new Map([['a', 1], ['b', 2]]), same)).toBe(true);
    expect(o.equals(source, same)).toBe(false);
  });

  it('copies values with copyValue', () => {
    const source = new Map([['a', { n: 1 }]]);
    const o = OverlayMap.copyOf(source, (v) => ({ ...v }));
    source.get('a')!.n = 9;
    expect(o.toMap().get('a')).toEqual({ n: 1 });
  });

  it('compares equal maps in another order, and unequal ones of the same size', () => {
    const o = OverlayMap.copyOf(new Map([['a', 1], ['b', 2], ['c', 3]]));
    expect(o.equals(new Map([['c', 3], ['a', 1], ['b', 2]]), same)).toBe(true);
    expect(o.equals(new Map([['a', 1], ['b', 2], ['d', 3]]), same)).toBe(false);
    expect(o.equals(new Map([['a', 1], ['b', 2], ['c', 4]]), same)).toBe(false);
    expect(o.equals(new Map([['a', 1], ['b', 2]]), same)).toBe(false);
    // A differing value first in the same order (lockstep), and after the order diverged (lookups).
    expect(o.equals(new Map([['a', 9], ['b', 2], ['c', 3]]), same)).toBe(false);
    expect(o.equals(new Map([['a', 1], ['c', 3], ['b', 7]]), same)).toBe(false);
  });

  it('behaves like a Map under any sequence of sets and deletes (compactions included)', () => {
    const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }), fc.array(op, { maxLength: 300 }), (base, ops) => {
        const model = new Map(base.map(([k, v]) => [`k${k}`, v]));
        const o = OverlayMap.copyOf(model);
        for (const [del, k, v] of ops) {
          if (del) {
            model.delete(`k${k}`);
            o.delete(`k${k}`);
          } else {
            model.set(`k${k}`, v);
            o.set(`k${k}`, v);
          }
        }
        const got = o.toMap();
        expect(new Map([...got].sort())).toEqual(new Map([...model].sort()));
        expect(o.equals(model, same)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
