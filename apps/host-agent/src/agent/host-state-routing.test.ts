import { encodeRouterDelta, ipToBytes, leaveRouterDelta, macToBytes, packFdbGroup, packNeighbours, routerView } from '@trellis/l2';
import { createLogger } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../dataplane/memory-backend';
import { planToJson } from '../dataplane/routing-plan';
import { HostState } from './host-state';
import { MemoryStateStore } from './state-store';

const logger = createLogger({ name: 'host-state-routing-test', level: 'silent' });

const r1 = routerView(
  'r1',
  [
    { networkId: 'nA', vni: 100, subnetId: 'sA', portId: 'ifA', cidr: '10.1.0.0/24', ip: '10.1.0.1', routerMac: 'fa:16:3e:ff:00:0a' },
    { networkId: 'nB', vni: 101, subnetId: 'sB', portId: 'ifB', cidr: '10.2.0.0/24', ip: '10.2.0.1', routerMac: 'fa:16:3e:ff:00:0b' },
  ],
  [{ destination: '198.51.100.0/24', nexthop: '10.1.0.9' }],
);

/** VNI 100: a local port; VNI 101: a remote instance 10.2.0.5 behind 192.0.2.2 (and one outside the subnet). */
const tables = [
  { vni: 100, full: true, localAdd: [{ portId: 'vm1', mac: macToBytes('fa:16:3e:00:00:01'), ips: [ipToBytes('10.1.0.5')], networkId: 'nA' }] },
  {
    vni: 101, full: true, floodAdd: [ipToBytes('192.0.2.2')],
    fdbUpsert: [packFdbGroup(ipToBytes('192.0.2.2'), [{ mac: macToBytes('fa:16:3e:00:00:02'), seq: 1 }, { mac: macToBytes('fa:16:3e:00:00:03'), seq: 1 }])],
    neighAdd: [packNeighbours([{ ip: ipToBytes('10.2.0.5'), mac: macToBytes('fa:16:3e:00:00:02') }, { ip: ipToBytes('10.9.0.5'), mac: macToBytes('fa:16:3e:00:00:03') }])],
  },
];

describe('HostState routers (memory backend)', () => {
  it('programs legs, routes, remote neighbours and VXLAN guards; follows the VNI tables; drops everything on leave', async () => {
    const backend = new MemoryBackend();
    const store = new MemoryStateStore();
    const st = new HostState({ backend, logger, store });
    await st.init();
    st.welcome({ epoch: 'e', snapshot: false, revision: 0, headRevision: 1 });
    expect(st.delta({ revision: 1, vnis: tables, routers: [encodeRouterDelta(r1)] })).toMatchObject({ applied: true });
    await st.syncRouting();
    const plan = await backend.readRouting();
    const r = plan.routers.get('r1')!;
    expect([...r.legs.values()].map((l) => [l.portId, l.vni, l.address, l.routerMac])).toEqual([
      ['ifA', 100, '10.1.0.1/24', 'fa:16:3e:ff:00:0a'],
      ['ifB', 101, '10.2.0.1/24', 'fa:16:3e:ff:00:0b'],
    ]);
    expect([...r.routes]).toEqual([['198.51.100.0/24', '10.1.0.9']]);
    // Only the remote instance inside the router's subnet on that VNI: a static neighbour.
    expect([...r.neigh]).toEqual([['10.2.0.5', { mac: 'fa:16:3e:00:00:02', portId: 'ifB' }]]);
    expect([...plan.guards.get(101)!.gatewayIps]).toEqual(['10.2.0.1']);
    expect([...plan.guards.get(100)!.routerMacs]).toEqual(['fa:16:3e:ff:00:0a']);

    // A remote instance moves away (neighbour removed in the VNI table): gone from the router too.
    st.delta({ revision: 2, vnis: [{ vni: 101, neighRemove: [ipToBytes('10.2.0.5')] }] });
    await st.syncRouting();
    expect((await backend.readRouting()).routers.get('r1')!.neigh.size).toBe(0);

    // The saved state carries the routers: a restarted agent programs them before it connects.
    store.save({ view: st.view, token: st.token, routers: st.routers });
    const backend2 = new MemoryBackend();
    const st2 = new HostState({ backend: backend2, logger, store });
    await st2.init();
    expect(planToJson(await backend2.readRouting())).toEqual(planToJson(await backend.readRouting()));

    // Leave: nothing of the router stays.
    st.delta({ revision: 3, vnis: [], routers: [leaveRouterDelta('r1')] });
    await st.syncRouting();
    const after = await backend.readRouting();
    expect(after.routers.size).toBe(0);
    expect(after.guards.size).toBe(0);
  });

  it('a snapshot replaces the routers; a malformed router delta is nacked with nothing applied', async () => {
    const backend = new MemoryBackend();
    const st = new HostState({ backend, logger });
    st.welcome({ epoch: 'e', snapshot: false });
    st.delta({ revision: 1, vnis: tables, routers: [encodeRouterDelta(r1)] });
    const bad = st.delta({ revision: 2, vnis: [{ vni: 100, leave: true }], routers: [{ routerId: 'r2', full: true, interfaces: [{ vni: 0 }] }] });
    expect(bad).toMatchObject({ applied: false, reply: { nack: { nonce: '2' } } });
    expect(st.view.has(100)).toBe(true);
    expect([...st.routers.keys()]).toEqual(['r1']);
    st.welcome({ epoch: 'e', snapshot: true, revision: 3 });
    st.chunk({ revision: 3, vnis: tables });
    expect(await st.snapshotEnd({ revision: 3, nonce: 'snapshot-3' })).toMatchObject({ applied: true });
    await st.syncRouting();
    expect(st.routers.size).toBe(0);
    expect((await backend.readRouting()).routers.size).toBe(0);
  });

  it('rebuilds the routing plan for versions that change neighbours or VNIs, not for FDB-only moves', async () => {
    const backend = new MemoryBackend();
    let syncs = 0;
    const sync = backend.syncRouting.bind(backend);
    backend.syncRouting = (plan, mode) => {
      syncs++;
      sync(plan, mode);
    };
    const st = new HostState({ backend, logger });
    st.welcome({ epoch: 'e', snapshot: false });
    st.delta({ revision: 1, vnis: tables, routers: [encodeRouterDelta(r1)] });
    await st.syncRouting();
    const base = syncs;
    // A move: the MAC is now behind another VTEP (mobility sequence up); its IP is unchanged.
    st.delta({ revision: 2, vnis: [{ vni: 101, fdbUpsert: [packFdbGroup(ipToBytes('192.0.2.3'), [{ mac: macToBytes('fa:16:3e:00:00:02'), seq: 2 }])] }] });
    await new Promise((r) => setTimeout(r, 0));
    expect(syncs).toBe(base);
    st.delta({ revision: 3, vnis: [{ vni: 101, neighAdd: [packNeighbours([{ ip: ipToBytes('10.2.0.6'), mac: macToBytes('fa:16:3e:00:00:06') }])] }] });
    await new Promise((r) => setTimeout(r, 0));
    expect(syncs).toBe(base + 1);
    expect((await backend.readRouting()).routers.get('r1')!.neigh.has('10.2.0.6')).toBe(true);
  });
});

