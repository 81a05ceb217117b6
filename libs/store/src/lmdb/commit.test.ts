import { Packr } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import { sizeBound, valueSize } from './commit';

const exact = new Packr({ useRecords: false });

describe('value size bound', () => {
  const samples: unknown[] = [
    undefined,
    { a: undefined },
    [undefined, 1, 'x', undefined],
    // The shape of a stored port: optional fields present with undefined values.
    { id: 'p1', name: '', fixedIps: [{ subnetId: 's', ipAddress: '10.0.0.2' }], unboundVnicType: undefined, unboundProfile: undefined, bindings: [{ host: 'h1', profile: {} }] },
    { nested: { deeper: { list: [undefined, { x: undefined, y: 'é€😀' }] } } },
  ];

  it('bounds plain data with undefined values from above, without the exact encoding', () => {
    for (const v of samples) {
      const bound = sizeBound(v, 1024 * 1024);
      expect(Number.isFinite(bound)).toBe(true);
      expect(bound).toBeGreaterThanOrEqual(exact.pack(v).length);
    }
  });

  it('falls back to the exact size near the limit, so a value with undefined fields is still refused past it', () => {
    const v = { s: 'y'.repeat(40), u: undefined };
    const size = exact.pack(v).length;
    expect(valueSize(v, size)).toBe(size);
    expect(valueSize(v, size - 1)).toBe(size);
  });
});
