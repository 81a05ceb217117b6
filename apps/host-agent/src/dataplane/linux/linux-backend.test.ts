import { describe, expect, it } from 'vitest';
import { applyVniDelta, ipToBytes, macToBytes, type HostView } from '@trellis/l2';
import { createLogger } from '@trellis/runtime';
import { DataplaneApplyError } from '../backend';
import type { LinkEvent, LinkEventSource } from './link-events';
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
    expect(runner.scripts('ip')[0][0]).toBe('link add vxlan-10 type vxlan id 10 local 10.0.0.1 dstport 4789 nolearning');
    expect(runner.scripts('bridge')[0]).toEqual(['fdb append 00:00:00:00:00:00 dev vxlan-10 dst 10.0.0.2']);

    const c1 = applyVniDelta(view, { vni: 10, fdbUpsert: [{ mac: macToBytes(m(1)), vtep: ipToBytes('10.0.0.2'), seq: 1 }] });
    const c2 = applyVniDelta(view, { vni: 11, floodAdd: [ipToBytes('10.0.0.3')] });
    runner.calls.length = 0;
    await backend.apply([c1, c2]);
    const ip = runner.scripts('ip').flat();
    expect(ip.some((l) => l.includes('vxlan-10 type vxlan'))).toBe(false);
    expect(ip[0]).toBe('link add vxlan-11 type vxlan id 11 local 10.0.0.1 dstport 4789 nolearning');
    expect(runner.scripts('bridge')).toEqual([
      ['fdb replace fa:16:3e:00:00:01 dev vxlan-10 dst 10.0.0.2 self permanent', 'fdb append 00:00:00:00:00:00 dev vxlan-11 dst 10.0.0.3'],
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
    expect(lines.filter((l) => l.startsWith('link add vxlan-'))).toEqual(['link add vxlan-1 type vxlan id 1 local 10.0.0.1 dstport 4789 nolearning']);
  });

  it('reads the owned kernel state back as a view', async () => {
    const runner = new FakeRunner();
    runner.links = [{ ifname: 'vxlan-7', mtu: 1450, master: 'brqnet7' }, { ifname: 'brqnet7', mtu: 1450 }, { ifname: 'vxlan0' }];
    runner.fdb = [
      { mac: '00:00:00:00:00:00', ifname: 'vxlan-7', dst: '10.0.0.2' },
      { mac: m(1), ifname: 'vxlan-7', dst: '10.0.0.3' },
      { mac: m(2), ifname: 'vxlan-7', master: 'brqnet7' },
      { mac: m(3), ifname: 'vxlan0', dst: '10.0.0.3' },
    ];
    runner.neigh = [
      { dst: '192.168.0.1', dev: 'brqnet7', lladdr: m(1), state: ['PERMANENT'] },
      { dst: '192.168.0.2', dev: 'br-ex', lladdr: m(2), state: ['PERMANENT'] },
    ];
    const view = await new LinuxBackend({ vtep: '10.0.0.1', logger, runner }).read();
    expect([...view.keys()]).toEqual([7]);
    const t = view.get(7)!;
    expect([...t.flood]).toEqual(['10.0.0.2']);
    expect([...t.fdb]).toEqual([[m(1), { vtep: '10.0.0.3', seq: 0 }]]);
    expect([...t.neigh]).toEqual([['192.168.0.1', m(1)]]);
  });

  it('wires pending ports into their VNI bridge once their device appears, leaving one already plugged by os-vif', async () => {
    const runner = new FakeRunner();
    const backend = new LinuxBackend({ vtep: '10.0.0.1', logger, runner, portDevice: (id) => `veth-${id}` });
    const view: HostView = new Map();
    applyVniDelta(view, { vni: 3, localAdd: [{ portId: 'p1', mac: macToBytes(m(1)), networkId: 'net3' }, { portId: 'p2', mac: macToBytes(m(2)), networkId: 'net3' }] });
    await backend.reconcile(view);
    const pending = new Map([['p1', { vni: 3 }], ['p2', { vni: 3 }]]);
    expect(await backend.checkPorts(pending)).toEqual([]);
    runner.links = [{ ifname: 'veth-p1' }, { ifname: 'veth-p2', master: 'brqnet3' }];
    runner.calls.length = 0;
    expect(await backend.checkPorts(pending)).toEqual([{ portId: 'p1', state: 'wired' }, { portId: 'p2', state: 'wired' }]);
    expect(runner.scripts('ip')).toEqual([['link set veth-p1 master brqnet3', 'link set veth-p1 up']]);
    // A port of a VNI whose devices do not exist stays pending.
    expect(await backend.checkPorts(new Map([['p1', { vni: 99 }]]))).toEqual([]);
  });

  it('tells the watcher about new links that may be taps, not about its own devices or deletions, and stops the source on close', async () => {
    const source = new FakeLinkEvents();
    const backend = new LinuxBackend({ vtep: '10.0.0.1', logger, runner: new FakeRunner(), linkEvents: source });
    let calls = 0;
    backend.watchPortDevices(() => calls++);
    source.emit({ name: 'tap0a1b2c3d-4e', deleted: false });
    source.emit({ name: 'tap0a1b2c3d-4e', deleted: true });
    source.emit({ name: 'vxlan-100', deleted: false });
    source.emit({ name: 'brq6f1c2a3b-4d', deleted: false });
    expect(calls).toBe(1);
    source.restarted();
    expect(calls).toBe(2);
    await backend.close();
    expect(source.stopped).toBe(true);
  });
});

class FakeLinkEvents implements LinkEventSource {
  private listener: ((e: LinkEvent) => void) | undefined;
  private onRestart: (() => void) | undefined;
  stopped = false;
  start(listener: (e: LinkEvent) => void, restarted: () => void): void {
    this.listener = listener;
    this.onRestart = restarted;
  }
  emit(e: LinkEvent): void {
    this.listener!(e);
  }
  restarted(): void {
    this.onRestart!();
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
}
