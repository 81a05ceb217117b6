import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyPart } from '../store';
import { decodeKey, encodeKey, KeyLayout, prefixEnd } from './etcd-keys';

const part = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((s) => !s.includes('\u0000')), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
const tuple = fc.array(part, { minLength: 1, maxLength: 4 });

/** Tuple order: numbers before strings, numbers numerically, strings by UTF-8 bytes, shorter first. */
function compareTuples(a: readonly KeyPart[], b: readonly KeyPart[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (typeof x !== typeof y) return typeof x === 'number' ? -1 : 1;
    const c = typeof x === 'number' ? Math.sign(x - (y as number)) : Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y as string, 'utf8'));
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

const normalize = (t: readonly KeyPart[]) => t.map((p) => (Object.is(p, -0) ? 0 : p));

describe('etcd key encoding', () => {
  it('round-trips scalar and tuple keys', () => {
    expect(decodeKey(encodeKey('net-1', 'c'))).toBe('net-1');
    expect(decodeKey(encodeKey(42, 'c'))).toBe(42);
    expect(decodeKey(encodeKey(['sub/1', '10.0.0.5'], 'c'))).toEqual(['sub/1', '10.0.0.5']);
    fc.assert(fc.property(tuple.filter((t) => t.length > 1), (t) => {
      expect(decodeKey(encodeKey(t, 'c'))).toEqual(normalize(t));
    }));
  });

  it('orders encoded keys exactly like tuples', () => {
    fc.assert(
      fc.property(tuple, tuple, (a, b) => {
        expect(Math.sign(Buffer.compare(encodeKey(a, 'c'), encodeKey(b, 'c')))).toBe(compareTuples(normalize(a), normalize(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes a tuple prefix a byte prefix, and nothing else', () => {
    fc.assert(
      fc.property(tuple, tuple, (a, b) => {
        const isTuplePrefix = a.length <= b.length && compareTuples(normalize(a), normalize(b.slice(0, a.length))) === 0;
        expect(encodeKey(b, 'c').subarray(0, encodeKey(a, 'c').length).equals(encodeKey(a, 'c'))).toBe(isTuplePrefix);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects keys that cannot be encoded', () => {
    expect(() => encodeKey([], 'ports')).toThrow(/Invalid key for collection ports: .*empty tuple/);
    expect(() => encodeKey(Number.NaN, 'ports')).toThrow(/non-finite/);
    expect(() => encodeKey({} as unknown as KeyPart, 'ports')).toThrow(/unsupported part type object/);
  });

  it('lays out data and index keys under separate prefixes', () => {
    const layout = new KeyLayout('/t/');
    expect(layout.dataKey('ports', 'p1').toString()).toBe('/t/d/ports/sp1 ');
    expect(layout.parseDataKey(layout.dataKey('ports', ['a', 7]))).toEqual({ collection: 'ports', key: ['a', 7] });
    expect(layout.parseDataKey(Buffer.from('/t/i/ports/x'))).toBeUndefined();
    const entry = layout.indexEntryKey('ports', 'byNetwork', 'n1', 'p1');
    expect(entry.toString()).toBe('/t/i/ports/byNetwork/sn1 #sp1 ');
    const prefix = layout.indexValuePrefix('ports', 'byNetwork', 'n1');
    expect(layout.parseIndexEntryKey(entry, prefix.length)).toBe('p1');
    // Index value "n1" does not match entries of "n10".
    expect(layout.indexEntryKey('ports', 'byNetwork', 'n10', 'p1').subarray(0, prefix.length).equals(prefix)).toBe(false);
    expect(prefixEnd(Buffer.from('ab'))).toEqual(Buffer.from('ac'));
    expect(prefixEnd(Buffer.from([0x61, 0xff]))).toEqual(Buffer.from('b'));
  });
});
