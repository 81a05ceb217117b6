import { applyVniDelta, copyVniView, diffViews, diffVniViews, emptyVniView, ipToBytes, macToBytes, tableChangeSet, viewsEqual, type HostView, type VniView } from '@trellis/l2';
import { describe, expect, it } from 'vitest';
import { MemoryBackend } from './memory-backend';

function table(vni: number, macs: number, seq = 1): VniView {
  const t = emptyVniView(vni, 1450);
  t.flood.add('10.0.0.2');
  for (let i = 0; i < macs; i++) {
    const mac = `fa:16:3e:00:00:${i.toString(16).padStart(2, '0')}`;
    t.fdb.set(mac, { vtep: '10.0.0.2', seq });
    t.neigh.set(`192.168.0.${i + 1}`, mac);
  }
  t.local.set('p', { portId: 'p', mac: 'fa:16:3e:00:01:00', ips: ['192.168.1.1'], inactive: false, seq: 0, mtu: 1450 });
  return t;
}

describe('MemoryBackend', () => {
  it('full reconcile makes the state equal to the view: drops VNIs not held, replaces differing tables', async () => {
    const b = new MemoryBackend();
    await b.reconcile(new Map([[10, table(10, 3)], [11, table(11, 2)], [12, table(12, 1)]]), 'full');
    const want: HostView = new Map([[10, table(10, 3)], [11, table(11, 2, 7)], [13, table(13, 1)]]);
    const out = await b.reconcile(want, 'full');
    expect(diffViews(want, await b.read())).toEqual([]);
    expect(out.ports.map((p) => p.state)).toEqual(['wired', 'wired', 'wired']);
  });

  it('full reconcile leaves the state independent of the view it was given', async () => {
    const b = new MemoryBackend();
    const view: HostView = new Map([[10, table(10, 3)]]);
    await b.reconcile(view, 'full');
    view.get(10)!.fdb.set('fa:16:3e:00:00:00', { vtep: '10.0.0.9', seq: 5 });
    view.get(10)!.local.get('p')!.ips.push('192.168.1.2');
    view.get(10)!.flood.add('10.0.0.9');
    const held = (await b.read()).get(10)!;
    expect(held.fdb.get('fa:16:3e:00:00:00')).toEqual({ vtep: '10.0.0.2', seq: 1 });
    expect(held.local.get('p')!.ips).toEqual(['192.168.1.1']);
    expect(held.flood.has('10.0.0.9')).toBe(false);
  });

  it('additive reconcile adds what is missing and keeps what it holds', async () => {
    const b = new MemoryBackend();
    await b.reconcile(new Map([[10, table(10, 1, 9)], [12, table(12, 1)]]), 'full');
    await b.reconcile(new Map([[10, table(10, 3)], [11, table(11, 1)]]), 'additive');
    const held = await b.read();
    expect([...held.keys()].sort()).toEqual([10, 11, 12]);
    expect(held.get(10)!.fdb.get('fa:16:3e:00:00:00')!.seq).toBe(9);
    expect(held.get(10)!.fdb.size).toBe(3);
  });

  it('applies change sets to its own copy, which later changes of the agent view do not reach', async () => {
    const b = new MemoryBackend();
    const view: HostView = new Map();
    const spec = { vni: 10, full: true, mtu: 1450, floodAdd: [ipToBytes('10.0.0.2')], fdbUpsert: [{ mac: macToBytes('fa:16:3e:00:00:01'), vtep: ipToBytes('10.0.0.2'), seq: 1 }] };
    b.apply([applyVniDelta(view, spec)]);
    expect(viewsEqual(await b.read(), view)).toBe(true);
    view.get(10)!.fdb.set('fa:16:3e:00:00:02', { vtep: '10.0.0.2', seq: 1 });
    expect((await b.read()).get(10)!.fdb.size).toBe(1);
    expect(b.applyCount).toBe(1);
  });

  it('copies a whole table once, then follows change sets (past compactions) and stays independent of the table', async () => {
    const b = new MemoryBackend();
    const view = table(10, 40);
    b.apply([tableChangeSet(view)]);
    // The agent changes its table in place and hands the backend the difference, 60 times.
    for (let i = 0; i < 60; i++) {
      const before = copyVniView(view);
      const mac = `fa:16:3e:00:00:${(i % 50).toString(16).padStart(2, '0')}`;
      if (i % 3 === 2) {
        view.fdb.delete(mac);
        view.neigh.delete(`192.168.0.${(i % 50) + 1}`);
      } else {
        view.fdb.set(mac, { vtep: `10.0.1.${i}`, seq: 2 + i });
        view.neigh.set(`192.168.2.${i}`, mac);
      }
      b.apply([diffVniViews(before, view)]);
    }
    expect(diffViews(new Map([[10, view]]), await b.read())).toEqual([]);
    const out = await b.reconcile(new Map([[10, view]]), 'full');
    expect(out.ports).toEqual([{ portId: 'p', state: 'wired' }]);
    view.fdb.clear();
    expect((await b.read()).get(10)!.fdb.size).toBeGreaterThan(30);
  });
});

describe('MemoryBackend with port devices', () => {
  it('keeps local ports pending until their device is plugged, then tells watchers and wires them on re-check', async () => {
    const backend = new MemoryBackend({ portDevices: true });
    let told = 0;
    backend.watchPortDevices(() => told++);
    const view: HostView = new Map();
    const c = applyVniDelta(view, { vni: 3, localAdd: [{ portId: 'p1', mac: macToBytes('fa:16:3e:00:00:01') }] });
    expect(backend.apply([c]).ports).toEqual([{ portId: 'p1', state: 'pending', detail: 'port device not plugged yet' }]);
    const pending = new Map([['p1', { vni: 3 }]]);
    expect(await backend.checkPorts(pending)).toEqual([]);
    backend.plugPortDevice('p1');
    expect(told).toBe(1);
    expect(await backend.checkPorts(pending)).toEqual([{ portId: 'p1', state: 'wired' }]);
    expect((await backend.reconcile(view)).ports).toEqual([{ portId: 'p1', state: 'wired' }]);
  });

  it('wires at once without the option, and refuses plugging then', () => {
    const backend = new MemoryBackend();
    const c = applyVniDelta(new Map(), { vni: 3, localAdd: [{ portId: 'p1', mac: macToBytes('fa:16:3e:00:00:01') }] });
    expect(backend.apply([c]).ports).toEqual([{ portId: 'p1', state: 'wired' }]);
    expect(() => backend.plugPortDevice('p1')).toThrow(/portDevices/);
  });
});

describe('MemoryBackend: what the host serves by DHCP/RA', () => {
  it('holds the subnets of each VNI and the plan of every network with a local port, through deltas', async () => {
    const b = new MemoryBackend();
    const view: HostView = new Map();
    const subnet = { id: 's4', ipVersion: 4, cidr: '10.0.0.0/24', gatewayIp: new Uint8Array([10, 0, 0, 1]), enableDhcp: true, dhcpServerIp: new Uint8Array([10, 0, 0, 254]), dhcpServerMac: macToBytes('fa:16:3e:dd:00:01') };
    const port = { portId: 'p1', mac: macToBytes('fa:16:3e:00:00:01'), ips: [ipToBytes('10.0.0.2')], mtu: 1450, networkId: 'net-1' };
    await b.apply([applyVniDelta(view, { vni: 10, full: true, mtu: 1450, localAdd: [port], subnets: [subnet] })]);
    expect([...b.dhcp().values()].map((p) => [p.networkId, p.serverMac, p.hosts.map((h) => `${h.mac}=${h.ips.join(',')}`)])).toEqual([['net-1', 'fa:16:3e:dd:00:01', ['fa:16:3e:00:00:01=10.0.0.2']]]);
    expect(diffViews(view, await b.read())).toEqual([]);
    // DHCP turned off on the subnet: nothing served; the port unbound: neither.
    await b.apply([applyVniDelta(view, { vni: 10, subnets: [{ ...subnet, enableDhcp: false }] })]);
    expect(b.dhcp().size).toBe(0);
    await b.apply([applyVniDelta(view, { vni: 10, subnets: [subnet] })]);
    expect(b.dhcp().size).toBe(1);
    await b.apply([applyVniDelta(view, { vni: 10, localRemove: ['p1'], subnetRemove: ['s4'] })]);
    expect(b.dhcp().size).toBe(0);
    expect((await b.read()).get(10)!.subnets.size).toBe(0);
  });
});
