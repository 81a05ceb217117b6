import fc from 'fast-check';
import { isErrorType } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { bytesToIp, macToBytes } from './address';
import { packFdbGroup, packNeighbours } from './packed-entries';
import { stageFdbGroup, stageNeighbours } from './stage-packed';

const mac = (n: number) => macToBytes(`fa:16:3e:00:00:${n.toString(16).padStart(2, '0')}`);
const address = fc.oneof(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.uint8Array({ minLength: 16, maxLength: 16 }));

describe('stageNeighbours / stageFdbGroup', () => {
  it('render every address as bytesToIp does', () => {
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 6 }), (ips) => {
        const neigh = new Map<string, string>();
        stageNeighbours(packNeighbours(ips.map((ip, i) => ({ ip, mac: mac(i) }))), neigh);
        expect([...neigh.keys()].sort()).toEqual([...new Set(ips.map(bytesToIp))].sort());
        const fdb = new Map<string, { vtep: string; seq: number }>();
        stageFdbGroup(packFdbGroup(ips[0], [{ mac: mac(1), seq: 3 }]), fdb);
        expect(fdb.get('fa:16:3e:00:00:01')).toEqual({ vtep: bytesToIp(ips[0]), seq: 3 });
      }),
      { numRuns: 300 },
    );
    const neigh = new Map<string, string>();
    const edge = [[0, 0, 0, 0], [255, 255, 255, 255], [10, 0, 100, 9], [1, 22, 3, 44], [100, 10, 1, 0]];
    stageNeighbours(packNeighbours(edge.map((ip) => ({ ip: Uint8Array.from(ip), mac: mac(1) }))), neigh);
    expect([...neigh.keys()]).toEqual(['0.0.0.0', '255.255.255.255', '10.0.100.9', '1.22.3.44', '100.10.1.0']);
  });

  it('keep the winning location of a MAC sent twice, and share entry objects of equal sequence', () => {
    const vtep = Uint8Array.of(10, 0, 0, 2);
    const fdb = new Map<string, { vtep: string; seq: number }>();
    stageFdbGroup(packFdbGroup(vtep, [{ mac: mac(1), seq: 5 }, { mac: mac(2), seq: 5 }, { mac: mac(3), seq: 6 }]), fdb);
    stageFdbGroup(packFdbGroup(Uint8Array.of(10, 0, 0, 1), [{ mac: mac(1), seq: 5 }, { mac: mac(2), seq: 6 }]), fdb);
    stageFdbGroup(packFdbGroup(Uint8Array.of(10, 0, 0, 3), [{ mac: mac(3), seq: 6 }]), fdb);
    expect(fdb.get('fa:16:3e:00:00:01')).toEqual({ vtep: '10.0.0.2', seq: 5 });
    expect(fdb.get('fa:16:3e:00:00:02')).toEqual({ vtep: '10.0.0.1', seq: 6 });
    expect(fdb.get('fa:16:3e:00:00:03')).toEqual({ vtep: '10.0.0.3', seq: 6 });
    const shared = new Map<string, { vtep: string; seq: number }>();
    stageFdbGroup(packFdbGroup(vtep, [{ mac: mac(1), seq: 5 }, { mac: mac(2), seq: 5 }]), shared);
    expect(shared.get('fa:16:3e:00:00:01')).toBe(shared.get('fa:16:3e:00:00:02'));
  });

  it('throw InvalidInput on truncated or malformed elements', () => {
    const bad: Array<() => void> = [
      () => stageNeighbours(Uint8Array.of(4, 10, 0, 0), new Map()),
      () => stageNeighbours(Uint8Array.of(5, 10, 0, 0, 1, 1, 2, 3, 4, 5, 6), new Map()),
      () => stageNeighbours(Uint8Array.of(4, 10, 0, 0, 1, 1, 2, 3), new Map()),
      () => stageFdbGroup(new Uint8Array(0), new Map()),
      () => stageFdbGroup(Uint8Array.of(4, 10, 0), new Map()),
      () => stageFdbGroup(Uint8Array.of(4, 10, 0, 0, 1, 1, 2, 3, 4, 5, 6, 0x80, 0x80, 0x80, 0x80, 0x80, 1), new Map()),
    ];
    for (const f of bad) {
      let caught: unknown;
      try {
        f();
      } catch (err) {
        caught = err;
      }
      expect(isErrorType(caught, 'InvalidInput')).toBe(true);
    }
  });
});
