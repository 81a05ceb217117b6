import fc from 'fast-check';
import { isErrorType } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import { describe, expect, it } from 'vitest';
import { ipToBytes, macToBytes } from './address';
import { applyVniDelta } from './apply-delta';
import { encodeVniDeltaSpec } from './delta-codec';
import type { VniDeltaSpec } from './delta-spec';
import { stageVniDelta } from './stage-delta';
import { diffViews, type HostView } from './view';

const mac = (n: number) => macToBytes(`fa:16:3e:00:00:${n.toString(16).padStart(2, '0')}`);
const vteps = ['10.0.0.1', '10.0.0.2', '2001:db8::7'];
const viaWire = (d: VniDeltaSpec) => trellis.l2.v1.VniDelta.decode(trellis.l2.v1.VniDelta.encode(encodeVniDeltaSpec(d)).finish());

const piece: fc.Arbitrary<VniDeltaSpec> = fc.record({
  vni: fc.constantFrom(1, 2),
  full: fc.boolean(),
  mtu: fc.constantFrom(0, 1450),
  floodAdd: fc.array(fc.constantFrom(...vteps).map(ipToBytes), { maxLength: 3 }),
  fdbUpsert: fc.array(
    fc.record({ mac: fc.integer({ min: 0, max: 5 }).map(mac), vtep: fc.constantFrom(...vteps).map(ipToBytes), seq: fc.constantFrom(0, 1, 2, 300, 2 ** 32 - 1) }),
    { maxLength: 8 },
  ),
  neighAdd: fc.array(fc.record({ ip: fc.constantFrom('192.168.0.1', '192.168.0.2', 'fd00::9').map(ipToBytes), mac: fc.integer({ min: 0, max: 5 }).map(mac) }), { maxLength: 4 }),
  localAdd: fc.array(fc.record({ portId: fc.constantFrom('p1', 'p2'), mac: fc.constant(mac(99)), ips: fc.constant([ipToBytes('10.9.0.1')]), seq: fc.nat(3) }), { maxLength: 2 }),
});

describe('stageVniDelta', () => {
  it('stages snapshot pieces exactly like an add-only applyVniDelta, packed or per entry', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const expected: HostView = new Map();
        const packed: HostView = new Map();
        const objects: HostView = new Map();
        for (const d of pieces) {
          applyVniDelta(expected, { ...d, full: false, leave: false });
          stageVniDelta(packed, viaWire(d));
          stageVniDelta(objects, d);
        }
        expect(diffViews(expected, packed)).toEqual([]);
        expect(diffViews(expected, objects)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('applies removals too when a piece carries them', () => {
    const view: HostView = new Map();
    stageVniDelta(view, viaWire({ vni: 4, floodAdd: [ipToBytes('10.0.0.1'), ipToBytes('10.0.0.2')] }));
    stageVniDelta(view, viaWire({ vni: 4, floodRemove: [ipToBytes('10.0.0.1')] }));
    expect([...view.get(4)!.flood]).toEqual(['10.0.0.2']);
  });

  it('throws InvalidInput on a malformed packed record', () => {
    const group = encodeVniDeltaSpec({ vni: 4, fdbUpsert: [{ mac: mac(1), vtep: ipToBytes('10.0.0.1'), seq: 1 }] }).fdbUpsert![0];
    for (const bad of [group.subarray(0, 9), Uint8Array.of(6, 1, 2, 3, 4, 5, 6)]) {
      let caught: unknown;
      try {
        stageVniDelta(new Map(), { vni: 4, fdbUpsert: [bad] });
      } catch (err) {
        caught = err;
      }
      expect(isErrorType(caught, 'InvalidInput')).toBe(true);
    }
  });
});
