import { describe, expect, it } from 'vitest';
import { applyVniDelta, ipToBytes, macToBytes, type HostView } from '@trellis/l2';
import { createVniLines, planChangeSets, type PlanContext } from './commands';
import { bridgeAddress } from './bridge-address';
import { tapDeviceName } from './names';

const settings = { vtep: '10.0.0.1', dstPort: 4789, arpProxy: false };
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({ settings, bridges: new Map(), links: new Map(), portDevice: tapDeviceName, ...over });
const links = (...entries: Array<[string, string?]>) => new Map(entries.map(([name, master]) => [name, { master }]));
const m = (n: number) => `fa:16:3e:00:00:0${n}`;
const NET = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const BR = 'brq6f1c2a3b-4d';

describe('planChangeSets', () => {
  it('creates a new VNI in its network bridge (adopted if it exists), programs entries and wires existing taps', () => {
    const view: HostView = new Map();
    const c = applyVniDelta(view, {
      vni: 100,
      mtu: 1450,
      floodAdd: [ipToBytes('10.0.0.2'), ipToBytes('10.0.0.3')],
      fdbUpsert: [{ mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.2'), seq: 1 }],
      neighAdd: [{ ip: ipToBytes('192.168.0.1'), mac: macToBytes(m(1)) }],
      localAdd: [
        { portId: 'aaaaaaaa-1111', mac: macToBytes(m(5)), networkId: NET },
        { portId: 'bbbbbbbb-2222', mac: macToBytes(m(6)), networkId: NET },
      ],
    });
    const plan = planChangeSets([c], ctx({ links: links(['tapaaaaaaaa-11']) }));
    expect(plan.ip.map((l) => l.line)).toEqual([
      'link add vxlan-100 type vxlan id 100 local 10.0.0.1 dstport 4789 nolearning',
      `link add ${BR} type bridge`,
      // Pinned: a tap plugged later must not change the bridge's MAC (that flushes its neighbours).
      `link set ${BR} address ${bridgeAddress('10.0.0.1', 100)}`,
      `link set vxlan-100 master ${BR}`,
      'link set vxlan-100 mtu 1450',
      `link set ${BR} mtu 1450`,
      'link set vxlan-100 up',
      `link set ${BR} up`,
      `neigh replace 192.168.0.1 lladdr fa:16:3e:00:00:01 dev ${BR} nud permanent`,
      `link set tapaaaaaaaa-11 master ${BR}`,
      'link set tapaaaaaaaa-11 up',
    ]);
    // os-vif may have created the bridge already: adopted, not an error.
    expect(plan.ip[1].tolerate).toBe('exists');
    expect(plan.bridge.map((l) => l.line)).toEqual([
      'fdb append 00:00:00:00:00:00 dev vxlan-100 dst 10.0.0.2',
      'fdb append 00:00:00:00:00:00 dev vxlan-100 dst 10.0.0.3',
      'fdb replace fa:16:3e:00:00:01 dev vxlan-100 dst 10.0.0.2 self permanent',
    ]);
    expect(plan.ports).toEqual([
      { portId: 'aaaaaaaa-1111', state: 'wired' },
      { portId: 'bbbbbbbb-2222', state: 'pending', detail: 'device tapbbbbbbbb-22 does not exist yet' },
    ]);
    expect(plan.bridges).toEqual(new Map([[100, BR]]));
    expect(new Set([...plan.ip, ...plan.bridge].map((l) => l.vni))).toEqual(new Set([100]));
  });

  it('names the bridge after the VNI when no local port names its network (older controller)', () => {
    const c = applyVniDelta(new Map(), { vni: 7, localAdd: [{ portId: 'p7', mac: macToBytes(m(7)) }] });
    const plan = planChangeSets([c], ctx());
    expect(plan.ip[1].line).toBe('link add brqvni7 type bridge');
    expect(plan.bridges.get(7)).toBe('brqvni7');
  });

  it('emits removals (tolerating already-gone entries) and moves with a single replace on a known VNI', () => {
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
    const plan = planChangeSets([c], ctx({ bridges: new Map([[5, BR]]) }));
    expect(plan.ip).toEqual([
      { line: 'link set vxlan-5 mtu 9000', vni: 5 },
      { line: `link set ${BR} mtu 9000`, vni: 5 },
      { line: `neigh flush to fd00::1 dev ${BR} nud permanent`, vni: 5, tolerate: 'missing' },
    ]);
    expect(plan.bridge).toEqual([
      { line: 'fdb del 00:00:00:00:00:00 dev vxlan-5 dst 10.0.0.2', vni: 5, tolerate: 'missing' },
      { line: 'fdb del fa:16:3e:00:00:02 dev vxlan-5 dst 10.0.0.2 self', vni: 5, tolerate: 'missing' },
      { line: 'fdb del fa:16:3e:00:00:02 dev vxlan-5 master', vni: 5, tolerate: 'missing' },
      { line: 'fdb replace fa:16:3e:00:00:01 dev vxlan-5 dst 10.0.0.9 self permanent', vni: 5 },
    ]);
  });

  it('on leaving a VNI: deletes its VXLAN device, takes its ports out of the bridge, deletes the bridge once empty, never a tap', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 9, floodAdd: [ipToBytes('10.0.0.2')], localAdd: [{ portId: 'p9', mac: macToBytes(m(9)), networkId: NET }] });
    const c = applyVniDelta(view, { vni: 9, leave: true });
    const known = new Map([[9, BR]]);
    const plan = planChangeSets([c], ctx({ bridges: known, links: links(['vxlan-9', BR], ['tapp9', BR]) }));
    expect(plan.ip.map((l) => l.line)).toEqual(['link del vxlan-9', 'link set tapp9 nomaster', `link del ${BR}`]);
    expect(plan.bridge).toEqual([]);
    expect(plan.ports).toEqual([{ portId: 'p9', state: 'unwired' }]);
    // Another tap still in the bridge (a port this host does not know): the bridge stays.
    const kept = planChangeSets([c], ctx({ bridges: known, links: links(['vxlan-9', BR], ['tapp9', BR], ['tapforeign', BR]) }));
    expect(kept.ip.map((l) => l.line)).toEqual(['link del vxlan-9', 'link set tapp9 nomaster']);
    for (const p of [plan, kept]) expect(p.ip.some((l) => /link del tap/.test(l.line))).toBe(false);
  });

  it('takes a removed port out of the bridge only when it is in it', () => {
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 4, localAdd: [{ portId: 'p1', mac: macToBytes(m(1)), networkId: NET }, { portId: 'p2', mac: macToBytes(m(2)), networkId: NET }] });
    const c = applyVniDelta(view, { vni: 4, localRemove: ['p1', 'p2'] });
    const plan = planChangeSets([c], ctx({ bridges: new Map([[4, BR]]), links: links(['tapp1', BR], ['tapp2', 'brqother']) }));
    expect(plan.ip.map((l) => l.line)).toEqual(['link set tapp1 nomaster']);
  });

  it('puts neighbours on the VXLAN device and sets proxy with arpProxy', () => {
    const s = { ...settings, arpProxy: true, vtep: 'fd00::1' };
    expect(createVniLines(3, BR, 0, s)[0].line).toBe('link add vxlan-3 type vxlan id 3 local fd00::1 dstport 4789 nolearning proxy');
    const view: HostView = new Map();
    const c = applyVniDelta(view, { vni: 3, neighAdd: [{ ip: ipToBytes('10.1.0.1'), mac: macToBytes(m(1)) }] });
    const plan = planChangeSets([c], ctx({ settings: s, bridges: new Map([[3, BR]]) }));
    expect(plan.ip.map((l) => l.line)).toEqual(['neigh replace 10.1.0.1 lladdr fa:16:3e:00:00:01 dev vxlan-3 nud permanent']);
  });
});
