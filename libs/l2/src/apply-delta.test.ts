import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isErrorType } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import { ipToBytes, macToBytes } from './address';
import { applyVniDelta, fdbLocationWins } from './apply-delta';
import { applyChangeSet, isEmptyChangeSet } from './change-set';
import { encodeVniDeltaSpec, vniDeltaFromView } from './delta-codec';
import type { VniDeltaSpec } from './delta-spec';
import { canonicalEntries, digestVniView } from './digest';
import { cloneHostView, diffViews, emptyVniView, viewsEqual, type HostView } from './view';

type IVniDelta = VniDeltaSpec;
const viaWire = (d: VniDeltaSpec) => trellis.l2.v1.VniDelta.decode(trellis.l2.v1.VniDelta.encode(encodeVniDeltaSpec(d)).finish());
const mac = (n: number) => `fa:16:3e:00:00:${n.toString(16).padStart(2, '0')}`;
const fdb = (m: number, vtep: string, seq: number) => ({ mac: macToBytes(mac(m)), vtep: ipToBytes(vtep), seq });
const local = (id: string, m: number, ips: string[], extra: Partial<trellis.l2.v1.ILocalPort> = {}) => ({
  portId: id,
  mac: macToBytes(mac(m)),
  ips: ips.map(ipToBytes),
  mtu: 1450,
  ...extra,
});

describe('applyVniDelta', () => {
  it('creates a VNI from its first delta and reports every addition', () => {
    const view: HostView = new Map();
    const c = applyVniDelta(view, {
      vni: 7,
      mtu: 1450,
      floodAdd: [ipToBytes('10.0.0.2'), ipToBytes('fd00::2')],
      fdbUpsert: [fdb(1, '10.0.0.2', 0)],
      neighAdd: [{ ip: ipToBytes('192.168.1.1'), mac: macToBytes(mac(1)) }],
      localAdd: [local('p9', 9, ['192.168.1.9'])],
    });
    expect(c.created).toBe(true);
    expect(c.mtu).toBe(1450);
    expect(c.floodAdd).toEqual(['10.0.0.2', 'fd00::2']);
    expect(c.fdbSet).toEqual([{ mac: mac(1), vtep: '10.0.0.2', seq: 0 }]);
    expect(c.neighSet).toEqual([{ ip: '192.168.1.1', mac: mac(1) }]);
    expect(c.localSet.map((p) => p.portId)).toEqual(['p9']);
    const t = view.get(7)!;
    expect(t.local.get('p9')).toEqual({ portId: 'p9', mac: mac(9), ips: ['192.168.1.9'], inactive: false, seq: 0, mtu: 1450 });
  });

  it('applies removals before additions and reports only real changes', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 7, floodAdd: [ipToBytes('10.0.0.2')], fdbUpsert: [fdb(1, '10.0.0.2', 1)] });
    const c = applyVniDelta(view, {
      vni: 7,
      floodRemove: [ipToBytes('10.0.0.2'), ipToBytes('10.0.0.77')],
      floodAdd: [ipToBytes('10.0.0.2')],
      fdbWithdraw: [macToBytes(mac(1)), macToBytes(mac(50))],
      neighRemove: [ipToBytes('192.168.1.50')],
      localRemove: ['nope'],
    });
    expect(c.floodRemove).toEqual(['10.0.0.2']);
    expect(c.floodAdd).toEqual(['10.0.0.2']);
    expect(c.fdbRemove).toEqual([{ mac: mac(1), vtep: '10.0.0.2', seq: 1 }]);
    expect(c.neighRemove).toEqual([]);
    expect(view.get(7)!.flood.has('10.0.0.2')).toBe(true);
    expect(view.get(7)!.fdb.size).toBe(0);
    expect(isEmptyChangeSet(applyVniDelta(view, { vni: 7, floodAdd: [ipToBytes('10.0.0.2')] }))).toBe(true);
  });

  it('never applies an older location (MAC mobility)', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.3', 5)] });
    const stale = applyVniDelta(view, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.2', 4)] });
    expect(stale.fdbSet).toEqual([]);
    expect(stale.staleIgnored).toBe(1);
    expect(view.get(1)!.fdb.get(mac(1))).toEqual({ vtep: '10.0.0.3', seq: 5 });
    const moved = applyVniDelta(view, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.4', 6)] });
    expect(moved.fdbSet).toEqual([{ mac: mac(1), vtep: '10.0.0.4', seq: 6, previousVtep: '10.0.0.3' }]);
    const bumped = applyVniDelta(view, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.4', 7)] });
    expect(bumped.fdbSet).toEqual([{ mac: mac(1), vtep: '10.0.0.4', seq: 7 }]);
    const duplicate = applyVniDelta(view, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.4', 7)] });
    expect(isEmptyChangeSet(duplicate)).toBe(true);
    expect(duplicate.staleIgnored).toBe(0);
  });

  it('breaks equal-sequence ties by the higher VTEP text, whatever the order', () => {
    expect(fdbLocationWins({ vtep: '10.0.0.9', seq: 3 }, { vtep: '10.0.0.10', seq: 3 })).toBe(true);
    expect(fdbLocationWins({ vtep: '10.0.0.10', seq: 3 }, { vtep: '10.0.0.9', seq: 3 })).toBe(false);
    expect(fdbLocationWins({ vtep: '10.0.0.1', seq: 4 }, { vtep: '10.0.0.9', seq: 3 })).toBe(true);
    const a: HostView = new Map();
    const b: HostView = new Map();
    applyVniDelta(a, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.9', 3)] });
    applyVniDelta(a, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.10', 3)] });
    applyVniDelta(b, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.10', 3)] });
    applyVniDelta(b, { vni: 1, fdbUpsert: [fdb(1, '10.0.0.9', 3)] });
    expect(a.get(1)!.fdb.get(mac(1))!.vtep).toBe('10.0.0.9');
    expect(viewsEqual(a, b)).toBe(true);
  });

  it('replaces the table on a full delta and reports the difference', () => {
    const view: HostView = new Map();
    applyVniDelta(view, {
      vni: 3,
      mtu: 1400,
      floodAdd: [ipToBytes('10.0.0.2'), ipToBytes('10.0.0.3')],
      fdbUpsert: [fdb(1, '10.0.0.2', 1), fdb(2, '10.0.0.3', 1)],
      localAdd: [local('a', 10, []), local('b', 11, [])],
    });
    const c = applyVniDelta(view, {
      vni: 3,
      full: true,
      floodAdd: [ipToBytes('10.0.0.3'), ipToBytes('10.0.0.4')],
      fdbUpsert: [fdb(2, '10.0.0.4', 2), fdb(3, '10.0.0.4', 0)],
      localAdd: [local('b', 11, [], { inactive: true })],
    });
    expect(c.created).toBe(false);
    expect(c.mtu).toBeUndefined();
    expect(c.floodRemove).toEqual(['10.0.0.2']);
    expect(c.floodAdd).toEqual(['10.0.0.4']);
    expect(c.fdbRemove.map((e) => e.mac)).toEqual([mac(1)]);
    expect(c.fdbSet).toEqual([
      { mac: mac(2), vtep: '10.0.0.4', seq: 2, previousVtep: '10.0.0.3' },
      { mac: mac(3), vtep: '10.0.0.4', seq: 0 },
    ]);
    expect(c.localRemove.map((p) => p.portId)).toEqual(['a']);
    expect(c.localSet.map((p) => [p.portId, p.inactive])).toEqual([['b', true]]);
    expect(view.get(3)!.mtu).toBe(1400);
  });

  it('drops the table on leave and names what went with it', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 3, floodAdd: [ipToBytes('10.0.0.2')], localAdd: [local('a', 10, [])] });
    const c = applyVniDelta(view, { vni: 3, leave: true, floodAdd: [ipToBytes('10.0.0.9')] });
    expect(c.removed).toBe(true);
    expect(c.floodRemove).toEqual(['10.0.0.2']);
    expect(c.localRemove.map((p) => p.portId)).toEqual(['a']);
    expect(view.has(3)).toBe(false);
    expect(isEmptyChangeSet(applyVniDelta(view, { vni: 3, leave: true }))).toBe(true);
  });

  it('rejects a malformed delta as a whole, leaving the view untouched', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 3, floodAdd: [ipToBytes('10.0.0.2')] });
    const before = cloneHostView(view);
    const group = Uint8Array.of(4, 10, 0, 0, 5, 0xfa, 0x16, 0x3e, 0, 0, 1, 3);
    const bad: Array<IVniDelta | trellis.l2.v1.IVniDelta> = [
      { vni: 3, floodAdd: [ipToBytes('10.0.0.5')], fdbUpsert: [{ mac: new Uint8Array(5), vtep: ipToBytes('10.0.0.5'), seq: 0 }] },
      // Packed wire elements: a good group next to a truncated one, a bad VTEP length, a
      // sequence varint that never ends, a withdrawal that is not whole MACs, a short neighbour.
      { vni: 3, fdbUpsert: [group, group.subarray(0, 10)] },
      { vni: 3, fdbUpsert: [Uint8Array.of(5, 10, 0, 0, 5, 1)] },
      { vni: 3, fdbUpsert: [Uint8Array.of(4, 10, 0, 0, 5, 1, 2, 3, 4, 5, 6, 0x80, 0x80, 0x80, 0x80, 0x80, 1)] },
      { vni: 3, fdbWithdraw: [new Uint8Array(7)] },
      { vni: 3, neighAdd: [Uint8Array.of(4, 10, 0, 0, 5, 1, 2, 3)] },
      { vni: 3, floodRemove: [ipToBytes('10.0.0.2')], neighAdd: [{ ip: new Uint8Array(3), mac: macToBytes(mac(1)) }] },
      { vni: 0, floodAdd: [ipToBytes('10.0.0.5')] },
      { vni: 0x1000000 },
      { vni: 3, localAdd: [{ portId: '', mac: macToBytes(mac(1)) }] },
    ];
    for (const d of bad) {
      let caught: unknown;
      try {
        applyVniDelta(view, d);
      } catch (err) {
        caught = err;
      }
      expect(isErrorType(caught, 'InvalidInput')).toBe(true);
    }
    expect(diffViews(before, view)).toEqual([]);
  });

  it('round-trips a table through vniDeltaFromView', () => {
    const view: HostView = new Map();
    applyVniDelta(view, {
      vni: 9,
      mtu: 9000,
      floodAdd: [ipToBytes('2001:db8::1')],
      fdbUpsert: [fdb(4, '2001:db8::1', 3)],
      neighAdd: [{ ip: ipToBytes('fd00::4'), mac: macToBytes(mac(4)) }],
      localAdd: [local('x', 5, ['fd00::5', '10.9.0.5'], { seq: 2, inactive: true })],
    });
    const copy: HostView = new Map();
    const c = applyVniDelta(copy, vniDeltaFromView(view.get(9)!));
    expect(c.created).toBe(true);
    expect(diffViews(view, copy)).toEqual([]);
    expect(digestVniView(copy.get(9)!)).toBe(digestVniView(view.get(9)!));
  });
});

describe('properties', () => {
  const vteps = ['10.0.0.1', '10.0.0.2', '10.0.0.10', 'fd00::1'];
  const upsert = fc.record({ m: fc.integer({ min: 0, max: 7 }), vtep: fc.constantFrom(...vteps), seq: fc.integer({ min: 0, max: 6 }) });

  it('any delivery order of upserts converges to the max-sequence location per MAC', () => {
    fc.assert(
      fc.property(fc.array(upsert, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (ups, chunk) => {
        const view: HostView = new Map();
        for (let i = 0; i < ups.length; i += chunk) {
          applyVniDelta(view, { vni: 42, fdbUpsert: ups.slice(i, i + chunk).map((u) => fdb(u.m, u.vtep, u.seq)) });
        }
        const expected = new Map<string, { vtep: string; seq: number }>();
        for (const u of ups) {
          const cur = expected.get(mac(u.m));
          const better = !cur || u.seq > cur.seq || (u.seq === cur.seq && u.vtep > cur.vtep);
          if (better) expected.set(mac(u.m), { vtep: u.vtep, seq: u.seq });
        }
        const got = view.get(42)!.fdb;
        expect(got.size).toBe(expected.size);
        for (const [m, e] of expected) expect(got.get(m)).toEqual(e);
      }),
      { numRuns: 300 },
    );
  });

  const anyDelta: fc.Arbitrary<IVniDelta> = fc.record({
    vni: fc.constantFrom(1, 2),
    full: fc.boolean(),
    leave: fc.constantFrom(false, false, false, false, true),
    mtu: fc.constantFrom(0, 1450, 9000),
    floodAdd: fc.array(fc.constantFrom(...vteps).map(ipToBytes), { maxLength: 3 }),
    floodRemove: fc.array(fc.constantFrom(...vteps).map(ipToBytes), { maxLength: 2 }),
    fdbUpsert: fc.array(upsert.map((u) => fdb(u.m, u.vtep, u.seq)), { maxLength: 4 }),
    fdbWithdraw: fc.array(fc.integer({ min: 0, max: 7 }).map((m) => macToBytes(mac(m))), { maxLength: 2 }),
    neighAdd: fc.array(fc.record({ ip: fc.constantFrom('192.168.0.1', 'fd00::9').map(ipToBytes), mac: fc.integer({ min: 0, max: 7 }).map((m) => macToBytes(mac(m))) }), { maxLength: 2 }),
    neighRemove: fc.array(fc.constantFrom('192.168.0.1', 'fd00::9').map(ipToBytes), { maxLength: 1 }),
    localAdd: fc.array(fc.record({ portId: fc.constantFrom('p1', 'p2'), mac: fc.constant(macToBytes(mac(99))), inactive: fc.boolean(), seq: fc.nat(3) }), { maxLength: 2 }),
    localRemove: fc.array(fc.constantFrom('p1', 'p2'), { maxLength: 1 }),
  });

  it('change sets replay the view exactly and the digest tracks every change', () => {
    fc.assert(
      fc.property(fc.array(anyDelta, { maxLength: 25 }), (deltas) => {
        const view: HostView = new Map();
        const mirror: HostView = new Map();
        const wire: HostView = new Map();
        const entriesOf = (vni: number) => {
          const t = view.get(vni);
          return t ? canonicalEntries(t).sort().join('\n') : undefined;
        };
        for (const d of deltas) {
          const vni = d.vni!;
          const beforeEntries = entriesOf(vni);
          const before = view.get(vni) ? digestVniView(view.get(vni)!) : undefined;
          const c = applyVniDelta(view, d);
          applyChangeSet(mirror, c);
          expect(diffViews(view, mirror)).toEqual([]);
          // The packed wire form applies exactly like the per-entry form.
          applyVniDelta(wire, viaWire(d));
          expect(diffViews(view, wire)).toEqual([]);
          const after = view.get(vni) ? digestVniView(view.get(vni)!) : undefined;
          // The digest changes exactly when the digested entries change (held VNI on both sides).
          if (before !== undefined && after !== undefined) {
            if (entriesOf(vni) === beforeEntries) expect(after).toBe(before);
            else expect(after).not.toBe(before);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('local port network id', () => {
  const lp = (networkId?: string) => ({ portId: 'p1', mac: macToBytes('fa:16:3e:00:00:01'), networkId });

  it('is kept from the wire, changes the port when it arrives later, and stays out of the digest', () => {
    const view: HostView = new Map();
    applyVniDelta(view, trellis.l2.v1.VniDelta.decode(trellis.l2.v1.VniDelta.encode(encodeVniDeltaSpec({ vni: 5, localAdd: [lp()] })).finish()));
    expect(view.get(5)!.local.get('p1')!.networkId).toBeUndefined();
    const digestBefore = digestVniView(view.get(5)!);
    const c = applyVniDelta(view, { vni: 5, full: true, localAdd: [lp('net-1')] });
    expect(c.localSet.map((p) => p.networkId)).toEqual(['net-1']);
    expect(view.get(5)!.local.get('p1')!.networkId).toBe('net-1');
    expect(digestVniView(view.get(5)!)).toBe(digestBefore);
    expect(vniDeltaFromView(view.get(5)!).localAdd![0].networkId).toBe('net-1');
    expect(isEmptyChangeSet(applyVniDelta(view, { vni: 5, localAdd: [lp('net-1')] }))).toBe(true);
  });
});
