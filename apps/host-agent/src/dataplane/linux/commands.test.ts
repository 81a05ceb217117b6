import { describe, expect, it } from 'vitest';
import { applyVniDelta, ipToBytes, macToBytes, type HostView } from '@trellis/l2';
import { createVniLines, planChangeSets, type PlanContext } from './commands';
import { tapDeviceName, ownedDevice, IFNAME_MAX, vxlanDeviceName, bridgeDeviceName } from './names';

const settings = { vtep: '10.0.0.1', dstPort: 4789, arpProxy: false };
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({ settings, devices: new Set(), links: new Set(), portDevice: tapDeviceName, ...over });
const m = (n: number) => `fa:16:3e:00:00:0${n}`;

describe('device names', () => {
  it('fit IFNAMSIZ for the largest VNI and a full port id', () => {
    expect(vxlanDeviceName(16777215)).toBe('vx-16777215');
    expect(bridgeDeviceName(16777215).length).toBeLessThanOrEqual(IFNAME_MAX);
    expect(tapDeviceName('3f1b2c4d-aaaa-bbbb-cccc-0123456789ab')).toBe('tap3f1b2c4d-aa');
    expect(ownedDevice('vx-100')).toEqual({ kind: 'vxlan', vni: 100 });
    expect(ownedDevice('br-7')).toEqual({ kind: 'bridge', vni: 7 });
    for (const foreign of ['vxlan0', 'br-ex', 'br-0', 'vx-99999999', 'tapabc', 'vx-12a']) expect(ownedDevice(foreign), foreign).toBeUndefined();
  });
});

describe('planChangeSets', () => {
  it('creates a new VNI, then programs flood, unicast and neighbour entries and wires existing taps', () => {
    const view: HostView = new Map();
    const c = applyVniDelta(view, {
      vni: 100,
      mtu: 1450,
      floodAdd: [ipToBytes('10.0.0.2'), ipToBytes('10.0.0.3')],
      fdbUpsert: [{ mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.2'), seq: 1 }],
      neighAdd: [{ ip: ipToBytes('192.168.0.1'), mac: macToBytes(m(1)) }],
      localAdd: [
        { portId: 'aaaaaaaa-1111', mac: macToBytes(m(5)) },
        { portId: 'bbbbbbbb-2222', mac: macToBytes(m(6)) },
      ],
    });
    const plan = planChangeSets([c], ctx({ links: new Set(['tapaaaaaaaa-11']) }));
    expect(plan.ip.map((l) => l.line)).toEqual([
      'link add vx-100 type vxlan id 100 local 10.0.0.1 dstport 4789 nolearning',
      'link add br-100 type bridge',
      'link set vx-100 master br-100',
      'link set vx-100 mtu 1450',
      'link set br-100 mtu 1450',
      'link set vx-100 up',
      'link set br-100 up',
      'neigh replace 192.168.0.1 lladdr fa:16:3e:00:00:01 dev br-100 nud permanent',
      'link set tapaaaaaaaa-11 master br-100',
      'link set tapaaaaaaaa-11 up',
    ]);
    expect(plan.bridge.map((l) => l.line)).toEqual([
      'fdb append 00:00:00:00:00:00 dev vx-100 dst 10.0.0.2',
      'fdb append 00:00:00:00:00:00 dev vx-100 dst 10.0.0.3',
      'fdb replace fa:16:3e:00:00:01 dev vx-100 dst 10.0.0.2 self permanent',
    ]);
    expect(plan.ports).toEqual([
      { portId: 'aaaaaaaa-1111', state: 'wired' },
      { portId: 'bbbbbbbb-2222', state: 'pending', detail: 'device tapbbbbbbbb-22 does not exist yet' },
    ]);
    expect(new Set([...plan.ip, ...plan.bridge].map((l) => l.vni))).toEqual(new Set([100]));
  });

  it('emits removals (tolerating already-gone entries) and moves with a single replace', () => {
    const view: HostView = new Map();
    applyVniDelta(view, {
      vni: 5,
      floodAdd: [ipToBytes('10.0.0.2')],
      fdbUpsert: [{ mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.2'), seq: 1 }, { mac: macToBytes(m(2)), vtep: ipToBytes('10.0.0.2'), seq: 1 }],
      neighAdd: [{ ip: ipToBytes('fd00::1'), mac: macToBytes(m(1)) }],
    });
    const c = applyVniDelta(view, {
      vni: 5,
      mtu: 9000,
      floodRemove: [ipToBytes('10.0.0.2')],
      fdbWithdraw: [macToBytes(m(2))],
      fdbUpsert: [{ mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.9'), seq: 2 }],
      neighRemove: [ipToBytes('fd00::1')],
    });
    const plan = planChangeSets([c], ctx({ devices: new Set([5]) }));
    expect(plan.ip).toEqual([
      { line: 'link set vx-5 mtu 9000', vni: 5 },
      { line: 'link set br-5 mtu 9000', vni: 5 },
      { line: 'neigh del fd00::1 dev br-5', vni: 5, tolerate: 'missing' },
    ]);
    expect(plan.bridge).toEqual([
      { line: 'fdb del 00:00:00:00:00:00 dev vx-5 dst 10.0.0.2', vni: 5, tolerate: 'missing' },
      { line: 'fdb del fa:16:3e:00:00:02 dev vx-5 dst 10.0.0.2 self', vni: 5, tolerate: 'missing' },
      { line: 'fdb del fa:16:3e:00:00:02 dev vx-5 master', vni: 5, tolerate: 'missing' },
      { line: 'fdb replace fa:16:3e:00:00:01 dev vx-5 dst 10.0.0.9 self permanent', vni: 5 },
    ]);
  });

  it('deletes both devices when the host leaves a VNI and reports its ports unwired', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 9, floodAdd: [ipToBytes('10.0.0.2')], localAdd: [{ portId: 'p9', mac: macToBytes(m(9)) }] });
    const c = applyVniDelta(view, { vni: 9, leave: true });
    const plan = planChangeSets([c], ctx({ devices: new Set([9]), links: new Set(['tapp9']) }));
    expect(plan.ip.map((l) => l.line)).toEqual(['link del vx-9', 'link del br-9']);
    expect(plan.bridge).toEqual([]);
    expect(plan.ports).toEqual([{ portId: 'p9', state: 'unwired' }]);
  });

  it('puts neighbours on the VXLAN device and sets proxy with arpProxy', () => {
    const s = { ...settings, arpProxy: true, vtep: 'fd00::1' };
    expect(createVniLines(3, 0, s)[0].line).toBe('link add vx-3 type vxlan id 3 local fd00::1 dstport 4789 nolearning proxy');
    const view: HostView = new Map();
    const c = applyVniDelta(view, { vni: 3, neighAdd: [{ ip: ipToBytes('10.1.0.1'), mac: macToBytes(m(1)) }] });
    const plan = planChangeSets([c], ctx({ settings: s, devices: new Set([3]) }));
    expect(plan.ip.map((l) => l.line)).toEqual(['neigh replace 10.1.0.1 lladdr fa:16:3e:00:00:01 dev vx-3 nud permanent']);
  });
});
