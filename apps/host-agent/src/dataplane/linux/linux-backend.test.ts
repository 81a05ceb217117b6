import { describe, expect, it } from 'vitest';
import { applyVniDelta, ipToBytes, macToBytes, type HostView } from '@trellis/l2';
import { createLogger } from '@trellis/runtime';
import { DataplaneApplyError } from '../backend';
import { FakeRunner } from './fake-runner.test-support';
import { LinuxBackend } from './linux-backend';

const logger = createLogger({ name: 'linux-backend-test', level: 'silent' });
const m = (n: number) => `fa:16:3e:00:00:0${n}`;

describe('LinuxBackend', () => {
  it('reconciles, then applies deltas without recreating devices it knows', async () => {
    const runner = new FakeRunner();
    const backend = new LinuxBackend({ vtep: '10.0.0.1', logger, runner, netns: 'h1' });
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 10, floodAdd: [ipToBytes('10.0.0.2')] });
    await backend.reconcile(view);
    expect(runner.calls.slice(0, 3).every((c) => c.argv.slice(0, 4).join(' ') === 'ip netns exec h1')).toBe(true);
    expect(runner.scripts('ip')[0][0]).toBe('link add vx-10 type vxlan id 10 local 10.0.0.1 dstport 4789 nolearning');
    expect(runner.scripts('bridge')[0]).toEqual(['fdb append 00:00:00:00:00:00 dev vx-10 dst 10.0.0.2']);

    const c1 = applyVniDelta(view, { vni: 10, fdbUpsert: [{ mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.2'), seq: 1 }] });
    const c2 = applyVniDelta(view, { vni: 11, floodAdd: [ipToBytes('10.0.0.3')] });
    runner.calls.length = 0;
    await backend.apply([c1, c2]);
    const ip = runner.scripts('ip').flat();
    expect(ip.some((l) => l.includes('vx-10 type vxlan'))).toBe(false);
    expect(ip[0]).toBe('link add vx-11 type vxlan id 11 local 10.0.0.1 dstport 4789 nolearning');
    expect(runner.scripts('bridge')).toEqual([
      ['fdb replace fa:16:3e:00:00:01 dev vx-10 dst 10.0.0.2 self permanent', 'fdb append 00:00:00:00:00:00 dev vx-11 dst 10.0.0.3'],
    ]);
    // No listing when no local port is involved: one ip and one bridge run.
    expect(runner.calls).toHaveLength(2);
  });

  it('reports failed VNIs and errors for their local ports, keeping the others', async () => {
    const runner = new FakeRunner();
    runner.links = [{ ifname: 'tapp1' }, { ifname: 'tapp2' }];
    const backend = new LinuxBackend({ vtep: '10.0.0.1', logger, runner });
    await backend.reconcile(new Map());
    const view: HostView = new Map();
    const a = applyVniDelta(view, { vni: 1, localAdd: [{ portId: 'p1', mac: macToBytes(m(1)) }] });
    const b = applyVniDelta(view, { vni: 2, localAdd: [{ portId: 'p2', mac: macToBytes(m(2)) }] });
    // Line 1 of the ip script is vni 1's `link add`; make it fail.
    runner.batchResults.ip.push({ code: 1, stdout: '', stderr: 'RTNETLINK answers: Operation not supported\nCommand failed -:1\n' });
    let caught: unknown;
    try {
      await backend.apply([a, b]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DataplaneApplyError);
    const err = caught as DataplaneApplyError;
    expect(err.vnis).toEqual([1]);
    expect(err.ports).toEqual([
      { portId: 'p1', state: 'error', detail: 'dataplane apply failed' },
      { portId: 'p2', state: 'wired' },
    ]);
    // VNI 1's devices are not known to exist, so the next attempt creates them again; VNI 2's are.
    runner.calls.length = 0;
    await backend.apply([{ ...a }, applyVniDelta(view, { vni: 2, floodAdd: [ipToBytes('10.0.0.5')] })]);
    const lines = runner.scripts('ip').flat();
    expect(lines.filter((l) => l.startsWith('link add vx-'))).toEqual(['link add vx-1 type vxlan id 1 local 10.0.0.1 dstport 4789 nolearning']);
  });

  it('reads the owned kernel state back as a view', async () => {
    const runner = new FakeRunner();
    runner.links = [{ ifname: 'vx-7', mtu: 1450 }, { ifname: 'br-7', mtu: 1450 }, { ifname: 'vxlan0' }];
    runner.fdb = [
      { mac: '00:00:00:00:00:00', ifname: 'vx-7', dst: '10.0.0.2' },
      { mac: m(1), ifname: 'vx-7', dst: '10.0.0.3' },
      { mac: m(2), ifname: 'vx-7', master: 'br-7' },
      { mac: m(3), ifname: 'vxlan0', dst: '10.0.0.3' },
    ];
    runner.neigh = [{ dst: '192.168.0.1', dev: 'br-7', lladdr: m(1), state: ['PERMANENT'] }];
    const view = await new LinuxBackend({ vtep: '10.0.0.1', logger, runner }).read();
    expect([...view.keys()]).toEqual([7]);
    const t = view.get(7)!;
    expect([...t.flood]).toEqual(['10.0.0.2']);
    expect([...t.fdb]).toEqual([[m(1), { vtep: '10.0.0.3', seq: 0 }]]);
    expect([...t.neigh]).toEqual([['192.168.0.1', m(1)]]);
  });

  it('wires pending ports once their device appears', async () => {
    const runner = new FakeRunner();
    const backend = new LinuxBackend({ vtep: '10.0.0.1', logger, runner, portDevice: (id) => `veth-${id}` });
    expect(await backend.checkPorts(new Map([['p1', { vni: 3 }]]))).toEqual([]);
    runner.links = [{ ifname: 'veth-p1' }];
    expect(await backend.checkPorts(new Map([['p1', { vni: 3 }]]))).toEqual([{ portId: 'p1', state: 'wired' }]);
    expect(runner.scripts('ip').at(-1)).toEqual(['link set veth-p1 master br-3', 'link set veth-p1 up']);
  });
});
