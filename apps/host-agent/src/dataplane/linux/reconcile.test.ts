import { describe, expect, it } from 'vitest';
import { applyVniDelta, ipToBytes, macToBytes, type HostView } from '@trellis/l2';
import { parseBatchErrors, runBatch } from './batch';
import { planReconcile, type KernelListing, type LinkJson } from './reconcile';
import { bridgeAddress } from './bridge-address';
import { tapDeviceName } from './names';
import { FakeRunner } from './fake-runner.test-support';

const settings = { vtep: '10.0.0.1', dstPort: 4789, arpProxy: false };
const m = (n: number) => `fa:16:3e:00:00:0${n}`;
const NET = 'net100-aaaa-bbbb';
/** VNI 100's bridge (its port names network NET); VNI 200 has no local port, so its bridge is named after it. */
const BR100 = 'brqnet100-aaaa';
const BR200 = 'brqvni200';
const vxlan = (vni: number, master: string | undefined, extra: Partial<NonNullable<LinkJson['linkinfo']>['info_data']> = {}, mtu = 1450): LinkJson => ({
  ifname: `vxlan-${vni}`,
  mtu,
  master,
  linkinfo: { info_kind: 'vxlan', info_data: { id: vni, local: '10.0.0.1', port: 4789, learning: false, ...extra } },
});
/** A bridge as the backend leaves it: its MAC pinned (VNI 0 for bridges of VNIs no longer held). */
const bridge = (name: string, mtu = 1450, vni = Number(/\d+/.exec(name)?.[0] ?? 0)): LinkJson => ({ ifname: name, mtu, address: bridgeAddress('10.0.0.1', vni), linkinfo: { info_kind: 'bridge' } });

function desired(): HostView {
  const view: HostView = new Map();
  applyVniDelta(view, {
    vni: 100,
    mtu: 1450,
    floodAdd: [ipToBytes('10.0.0.2'), ipToBytes('10.0.0.3')],
    fdbUpsert: [
      { mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.2'), seq: 1 },
      { mac: macToBytes(m(2)), vtep: ipToBytes('10.0.0.3'), seq: 1 },
    ],
    neighAdd: [{ ip: ipToBytes('192.168.0.1'), mac: macToBytes(m(1)) }],
    localAdd: [{ portId: 'port-one-abcdef', mac: macToBytes(m(7)), networkId: NET }],
  });
  applyVniDelta(view, { vni: 200, floodAdd: [ipToBytes('10.0.0.4')] });
  return view;
}

/** A kernel with stale, wrong, correct and foreign state around what `desired()` wants. */
function messyListing(): KernelListing {
  return {
    links: [
      vxlan(100, BR100),
      bridge(BR100),
      vxlan(300, 'brqnet300-cccc'), // a VNI the host no longer holds
      bridge('brqnet300-cccc'),
      vxlan(301, 'brqnet301-dddd'), // another, whose bridge still holds a tap (not ours to delete)
      bridge('brqnet301-dddd'),
      { ifname: 'tapstale-301', master: 'brqnet301-dddd' },
      { ifname: 'vxlan0', linkinfo: { info_kind: 'vxlan', info_data: { id: 100, local: '10.0.0.1' } } }, // foreign
      { ifname: 'br-ex', linkinfo: { info_kind: 'bridge' } }, // foreign
      { ifname: tapDeviceName('port-one-abcdef') }, // tap present, not yet enslaved
    ],
    fdb: [
      { mac: '00:00:00:00:00:00', ifname: 'vxlan-100', dst: '10.0.0.2', flags: ['self'], state: 'permanent' },
      { mac: '00:00:00:00:00:00', ifname: 'vxlan-100', dst: '10.0.0.9', flags: ['self'], state: 'permanent' }, // stale flood
      { mac: m(1), ifname: 'vxlan-100', dst: '10.0.0.2', flags: ['self'], state: 'permanent' }, // correct
      { mac: m(2), ifname: 'vxlan-100', dst: '10.0.0.9', flags: ['self'], state: 'permanent' }, // wrong location
      { mac: m(3), ifname: 'vxlan-100', dst: '10.0.0.2', flags: ['self'], state: 'permanent' }, // stale
      { mac: '7a:ab:9c:c3:61:f2', ifname: 'vxlan-100', master: BR100, state: 'permanent' }, // bridge's own
      { mac: m(4), ifname: 'vxlan0', dst: '10.0.0.2', flags: ['self'] }, // foreign device
    ],
    neigh: [
      { dst: '192.168.0.1', dev: BR100, lladdr: m(1), state: ['PERMANENT'] },
      { dst: '192.168.0.9', dev: BR100, lladdr: m(9), state: ['PERMANENT'] }, // stale
      { dst: '192.168.0.8', dev: BR100, lladdr: m(8), state: ['REACHABLE'] }, // dynamic: not ours
      { dst: '10.9.9.9', dev: 'eth0', lladdr: m(5), state: ['PERMANENT'] }, // foreign
    ],
  };
}

const created = (vni: number, br: string) => [
  `link add vxlan-${vni} type vxlan id ${vni} local 10.0.0.1 dstport 4789 nolearning`,
  `link add ${br} type bridge`,
  `link set ${br} address ${bridgeAddress('10.0.0.1', vni)}`,
  `link set vxlan-${vni} master ${br}`,
  `link set vxlan-${vni} up`,
  `link set ${br} up`,
];

describe('planReconcile', () => {
  it('removes stale owned state, adds what is missing and leaves foreign state and taps alone', () => {
    const listing = messyListing();
    const plan = planReconcile(desired(), listing, settings, tapDeviceName);
    expect(plan.ip.map((l) => l.line)).toEqual([
      'link del vxlan-300',
      'link del brqnet300-cccc',
      'link del vxlan-301',
      'neigh flush to 192.168.0.9 dev brqnet100-aaaa nud permanent',
      `link set tapport-one-ab master ${BR100}`,
      'link set tapport-one-ab up',
      ...created(200, BR200),
    ]);
    expect(plan.bridge.map((l) => l.line)).toEqual([
      'fdb del 00:00:00:00:00:00 dev vxlan-100 dst 10.0.0.9',
      'fdb del fa:16:3e:00:00:02 dev vxlan-100 dst 10.0.0.9 self',
      'fdb del fa:16:3e:00:00:03 dev vxlan-100 dst 10.0.0.2 self',
      'fdb append 00:00:00:00:00:00 dev vxlan-100 dst 10.0.0.3',
      'fdb replace fa:16:3e:00:00:02 dev vxlan-100 dst 10.0.0.3 self permanent',
      'fdb append 00:00:00:00:00:00 dev vxlan-200 dst 10.0.0.4',
    ]);
    const all = [...plan.ip, ...plan.bridge].map((l) => l.line).join('\n');
    for (const foreign of ['vxlan0', 'br-ex', 'eth0', '192.168.0.8', 'tapstale-301', 'brqnet301-dddd']) expect(all).not.toContain(foreign);
    expect(plan.ports).toEqual([{ portId: 'port-one-abcdef', state: 'wired' }]);
    expect(plan.bridges).toEqual(new Map([[100, BR100], [200, BR200]]));
  });

  it('additive: keeps stale devices and every existing entry, adds only what is missing', () => {
    const plan = planReconcile(desired(), messyListing(), settings, tapDeviceName, 'additive');
    expect(plan.ip.map((l) => l.line)).toEqual([`link set tapport-one-ab master ${BR100}`, 'link set tapport-one-ab up', ...created(200, BR200)]);
    // m(2) sits elsewhere in the kernel (newer than the view): kept; only the missing flood entries are added.
    expect(plan.bridge.map((l) => l.line)).toEqual([
      'fdb append 00:00:00:00:00:00 dev vxlan-100 dst 10.0.0.3',
      'fdb append 00:00:00:00:00:00 dev vxlan-200 dst 10.0.0.4',
    ]);
    expect([...plan.bridges.keys()].sort()).toEqual([100, 200, 300, 301]);
  });

  it('adopts a bridge os-vif created with the tap already in it, and moves a VXLAN device into its network bridge', () => {
    const view = desired();
    const listing: KernelListing = {
      // os-vif made the network bridge and plugged the tap; the VXLAN device still sits in the VNI-named bridge.
      links: [vxlan(100, 'brqvni100'), bridge('brqvni100'), { ifname: BR100, mtu: 1450, address: 'fe:54:00:12:34:56', linkinfo: { info_kind: 'bridge' } }, { ifname: 'tapport-one-ab', master: BR100 }],
      fdb: [],
      neigh: [],
    };
    view.delete(200);
    const lines = planReconcile(view, listing, settings, tapDeviceName).ip.map((l) => l.line);
    expect(lines).toEqual([
      // Adopted as it is, but its MAC pinned (a later tap must not change it and flush its neighbours).
      `link set ${BR100} address ${bridgeAddress('10.0.0.1', 100)}`,
      `link set vxlan-100 master ${BR100}`,
      `neigh replace 192.168.0.1 lladdr fa:16:3e:00:00:01 dev ${BR100} nud permanent`,
    ]);
    // A bridge that does not exist yet is created and the existing VXLAN device moved into it.
    const noBridge = planReconcile(view, { links: [vxlan(100, undefined)], fdb: [], neigh: [] }, settings, tapDeviceName).ip.map((l) => l.line);
    expect(noBridge.slice(0, 7)).toEqual([
      `link add ${BR100} type bridge`,
      `link set ${BR100} address ${bridgeAddress('10.0.0.1', 100)}`,
      `link set vxlan-100 master ${BR100}`,
      'link set vxlan-100 mtu 1450',
      `link set ${BR100} mtu 1450`,
      'link set vxlan-100 up',
      `link set ${BR100} up`,
    ]);
  });

  it('recreates a misconfigured VXLAN device (keeping its bridge) and fixes the MTU of a good one', () => {
    const view = desired();
    const listing: KernelListing = {
      links: [vxlan(100, BR100, { learning: true }), bridge(BR100), vxlan(200, BR200, {}, 1500), bridge(BR200, 1500)],
      fdb: [],
      neigh: [],
    };
    view.get(200)!.mtu = 1400;
    const lines = planReconcile(view, listing, settings, tapDeviceName).ip.map((l) => l.line);
    expect(lines.slice(0, 3)).toEqual(['link del vxlan-100', 'link add vxlan-100 type vxlan id 100 local 10.0.0.1 dstport 4789 nolearning', `link add ${BR100} type bridge`]);
    expect(lines).not.toContain(`link del ${BR100}`);
    expect(lines).toContain('link set vxlan-200 mtu 1400');
    expect(lines).toContain(`link set ${BR200} mtu 1400`);
    expect(lines).not.toContain('link del vxlan-200');
  });

  it('is a no-op when the kernel already matches', () => {
    const view = desired();
    const listing: KernelListing = {
      links: [vxlan(100, BR100), bridge(BR100), vxlan(200, BR200, {}, 0), bridge(BR200, 0), { ifname: 'tapport-one-ab', master: BR100 }],
      fdb: [
        { mac: '00:00:00:00:00:00', ifname: 'vxlan-100', dst: '10.0.0.2' },
        { mac: '00:00:00:00:00:00', ifname: 'vxlan-100', dst: '10.0.0.3' },
        { mac: m(1), ifname: 'vxlan-100', dst: '10.0.0.2' },
        { mac: m(2), ifname: 'vxlan-100', dst: '10.0.0.3' },
        { mac: '00:00:00:00:00:00', ifname: 'vxlan-200', dst: '10.0.0.4' },
      ],
      neigh: [{ dst: '192.168.0.1', dev: BR100, lladdr: m(1), state: ['PERMANENT'] }],
    };
    const plan = planReconcile(view, listing, settings, tapDeviceName);
    expect(plan.ip).toEqual([]);
    expect(plan.bridge).toEqual([]);
    expect(plan.ports).toEqual([{ portId: 'port-one-abcdef', state: 'wired' }]);
  });
});

describe('batch runs', () => {
  it('parses per-line failures from -force -batch stderr', () => {
    const stderr = 'RTNETLINK answers: File exists\nCommand failed -:8\nCannot find device "vxlan-999"\nCommand failed -:10\n';
    expect(parseBatchErrors(stderr)).toEqual([
      { lineNo: 8, message: 'RTNETLINK answers: File exists' },
      { lineNo: 10, message: 'Cannot find device "vxlan-999"' },
    ]);
  });

  it('maps failures to VNIs, ignoring tolerated ones, and runs inside the netns', async () => {
    const runner = new FakeRunner();
    runner.batchResults.bridge.push({
      code: 1,
      stdout: '',
      stderr: 'RTNETLINK answers: No such file or directory\nCommand failed -:1\nRTNETLINK answers: Invalid argument\nCommand failed -:2\n',
    });
    const r = await runBatch(
      runner,
      'bridge',
      [
        { line: 'fdb del 00:00:00:00:00:00 dev vx-1 dst 10.0.0.2', vni: 1, tolerate: 'missing' },
        { line: 'fdb replace fa:16:3e:00:00:01 dev vx-2 dst 10.0.0.2 self permanent', vni: 2 },
        { line: 'fdb append 00:00:00:00:00:00 dev vx-3 dst 10.0.0.2', vni: 3, tolerate: 'exists' },
      ],
      'hostns-a',
    );
    expect(r.failedVnis).toEqual([2]);
    expect(r.failures[0].message).toContain('Invalid argument');
    expect(runner.calls[0].argv).toEqual(['ip', 'netns', 'exec', 'hostns-a', 'bridge', '-force', '-batch', '-']);
    expect(runner.calls[0].stdin!.split('\n')).toHaveLength(4);
  });

  it('fails every VNI of a script when the tool fails without per-line detail', async () => {
    const runner = new FakeRunner();
    runner.batchResults.ip.push({ code: 255, stdout: '', stderr: 'Object "foo" is unknown' });
    const r = await runBatch(runner, 'ip', [{ line: 'neigh replace x', vni: 4 }, { line: 'neigh replace y', vni: 6 }], undefined);
    expect(r.failedVnis).toEqual([4, 6]);
    expect(await runBatch(runner, 'ip', [], undefined)).toEqual({ failures: [], failedVnis: [] });
    expect(runner.calls).toHaveLength(1);
  });
});
