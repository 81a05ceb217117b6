import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalEntries, digestMatches, digestToWire, digestVniView, entryHash, fnv1a64 } from './digest';
import { emptyVniView, type VniView } from './view';

function sample(): VniView {
  const v = emptyVniView(100, 1450);
  v.flood.add('10.0.0.2');
  v.flood.add('2001:db8::3');
  v.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.2', seq: 1 });
  v.fdb.set('fa:16:3e:00:00:02', { vtep: '2001:db8::3', seq: 4 });
  v.neigh.set('192.168.0.1', 'fa:16:3e:00:00:01');
  v.local.set('p1', { portId: 'p1', mac: 'fa:16:3e:00:00:09', ips: ['192.168.0.9', '192.168.0.10'], inactive: false, seq: 0, mtu: 1450 });
  return v;
}

describe('fnv1a64', () => {
  it('matches the published test vectors', () => {
    expect(fnv1a64('')).toBe(0xcbf29ce484222325n);
    expect(fnv1a64('a')).toBe(0xaf63dc4c8601ec8cn);
    expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
  });

  it('hashes non-ASCII text by its UTF-8 bytes', () => {
    // Reference: a straightforward BigInt FNV-1a over the UTF-8 bytes.
    const ref = (s: string) => {
      let h = 0xcbf29ce484222325n;
      for (const b of new TextEncoder().encode(s)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
      return h;
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => fnv1a64(s) === ref(s)), { numRuns: 100 });
  });
});

describe('digestVniView', () => {
  it('is the sum mod 2^64 of the finalized entry hashes, over the documented canonical strings', () => {
    const v = sample();
    const entries = canonicalEntries(v);
    expect(entries).toContain('f|10.0.0.2');
    expect(entries).toContain('m|fa:16:3e:00:00:02|2001:db8::3|4');
    expect(entries).toContain('n|192.168.0.1|fa:16:3e:00:00:01');
    expect(entries).toContain('l|p1|fa:16:3e:00:00:09|192.168.0.10,192.168.0.9|0');
    const sum = entries.reduce((acc, s) => BigInt.asUintN(64, acc + entryHash(s)), 0n);
    expect(digestVniView(v)).toBe(sum);
    expect(digestVniView(emptyVniView(1))).toBe(0n);
  });

  it('does not depend on insertion order', () => {
    const keys = fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(keys, fc.func(fc.integer()), (ks, order) => {
        const a = emptyVniView(5);
        const b = emptyVniView(5);
        const shuffled = [...ks].sort((x, y) => order(x) - order(y) || x - y);
        for (const k of ks) a.fdb.set(`fa:16:3e:00:00:${k.toString(16).padStart(2, '0')}`, { vtep: `10.0.0.${k}`, seq: k });
        for (const k of shuffled) b.fdb.set(`fa:16:3e:00:00:${k.toString(16).padStart(2, '0')}`, { vtep: `10.0.0.${k}`, seq: k });
        for (const k of shuffled) b.flood.add(`10.1.0.${k}`);
        for (const k of ks) a.flood.add(`10.1.0.${k}`);
        return digestVniView(a) === digestVniView(b);
      }),
      { numRuns: 100 },
    );
  });

  it('changes when any single entry changes', () => {
    const base = digestVniView(sample());
    const mutations: Array<(v: VniView) => void> = [
      (v) => v.flood.add('10.0.0.99'),
      (v) => v.flood.delete('10.0.0.2'),
      (v) => v.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.2', seq: 2 }),
      (v) => v.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.3', seq: 1 }),
      (v) => v.fdb.delete('fa:16:3e:00:00:02'),
      (v) => v.neigh.set('192.168.0.1', 'fa:16:3e:00:00:02'),
      (v) => v.neigh.set('192.168.0.2', 'fa:16:3e:00:00:02'),
      (v) => (v.local.get('p1')!.inactive = true),
      (v) => v.local.get('p1')!.ips.pop(),
      (v) => v.local.delete('p1'),
    ];
    const seen = new Set<bigint>([base]);
    for (const mutate of mutations) {
      const v = sample();
      mutate(v);
      const d = digestVniView(v);
      expect(d).not.toBe(base);
      seen.add(d);
    }
    expect(seen.size).toBe(mutations.length + 1);
  });

  it('does not cancel out two last-bit changes (plain FNV-1a sums would)', () => {
    const a = sample();
    const b = sample();
    b.neigh.set('192.168.0.1', 'fa:16:3e:00:00:00'); // last byte 0x31 → 0x30
    b.local.get('p1')!.inactive = true; // last byte 0x30 → 0x31
    const plain = (v: VniView) => canonicalEntries(v).reduce((acc, s) => BigInt.asUintN(64, acc + fnv1a64(s)), 0n);
    expect(plain(b)).toBe(plain(a)); // the weakness the finalizer removes
    expect(digestVniView(b)).not.toBe(digestVniView(a));
  });

  it('ignores the order of a local port\'s IPs', () => {
    const a = sample();
    const b = sample();
    b.local.get('p1')!.ips.reverse();
    expect(digestVniView(a)).toBe(digestVniView(b));
  });
});

describe('digest wire form', () => {
  it('survives the protobuf fixed64 number round trip', async () => {
    const { trellis } = await import('@trellis/proto');
    for (const d of [0n, 1n, 0xffffffffffffffffn, 0x8000000000000000n, digestVniView(sample())]) {
      const wire = digestToWire(d);
      const bytes = trellis.l2.v1.VniDigest.encode({ vni: 1, digest: wire, entries: 1 }).finish();
      const back = trellis.l2.v1.VniDigest.decode(bytes).digest as unknown as number;
      expect(Number(back)).toBe(wire);
      expect(digestMatches(Number(back), d)).toBe(true);
    }
    expect(digestMatches(digestToWire(5n << 20n), 6n << 20n)).toBe(false);
  });
});
