import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffViews, routerView, routerViewsEqual, type RouterView } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { binding, expectedView, host, network, port, router, subnet } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';
import { spliceDeltaFrame, framedMessages, encodeRouterDeltaBytes } from '../wire/messages';

const vtepOf = (h: string) => `192.0.2.${h.slice(1)}`;
const sA = subnet('sA', 'nA', '10.1.0.0/24');
const sB = subnet('sB', 'nB', '10.2.0.0/24');
const sC = subnet('sC', 'nC', '10.3.0.0/24');

/** Three hosts, networks nA/nB/nC (VNIs 100–102), subnets on each, router r1 on A and B. */
async function setup(): Promise<{ h: Harness; hosts: Map<string, TestHost> }> {
  const h = await new Harness().start();
  const ids = ['h1', 'h2', 'h3'];
  h.commit(...ids.map((id): [string, string, unknown] => ['hosts', id, host(id, vtepOf(id))]), ['networks', 'nA', network('nA', 100)], ['networks', 'nB', network('nB', 101)], ['networks', 'nC', network('nC', 102)]);
  h.commitResources({ type: 'put', resource: sA }, { type: 'put', resource: sB }, { type: 'put', resource: sC });
  h.commitResources({ type: 'put', resource: router('r1', [sA, sB]) });
  const hosts = new Map(ids.map((id) => [id, new TestHost(id, vtepOf(id)).connect(h.address)]));
  await waitFor(() => [...hosts.values()].every((c) => c.token !== undefined), 'snapshots');
  return { h, hosts };
}

const vm = (id: string, net: string, mac: string, ip: string, on: string) => port({ id, networkId: net, mac, ips: [ip], bindings: [binding(on)], seq: 1 });

async function converged(h: Harness, hosts: Map<string, TestHost>): Promise<void> {
  h.ctl.heartbeat();
  await waitFor(() => [...hosts.values()].every((c) => c.token !== undefined && c.token.revision >= h.ctl.revision), 'every host at the current revision');
}

describe('routing span', () => {
  it('a host with a port behind a router gets the router and every VNI it attaches; loses both with its last port', async () => {
    const { h, hosts } = await setup();
    try {
      h.commit(['ports', 'p1', vm('p1', 'nA', 'fa:16:3e:00:00:01', '10.1.0.5', 'h1')], ['ports', 'p2', vm('p2', 'nB', 'fa:16:3e:00:00:02', '10.2.0.5', 'h2')]);
      await converged(h, hosts);
      const [h1, h2, h3] = ['h1', 'h2', 'h3'].map((id) => hosts.get(id)!);
      // h1 routes into B: it holds VNI 101 with h2's instance as a remote entry (asymmetric IRB).
      expect([...h1.view.keys()].sort()).toEqual([100, 101]);
      expect(h1.view.get(101)!.fdb.get('fa:16:3e:00:00:02')).toEqual({ vtep: '192.0.2.2', seq: 1 });
      expect(h1.view.get(101)!.neigh.get('10.2.0.5')).toBe('fa:16:3e:00:00:02');
      expect([...h2.view.keys()].sort()).toEqual([100, 101]);
      expect([...h1.routers.keys()]).toEqual(['r1']);
      expect([...h2.routers.keys()]).toEqual(['r1']);
      expect(h3.routers.size).toBe(0);
      expect(h3.view.size).toBe(0);
      const r1 = h1.routers.get('r1')! as RouterView;
      expect(r1.interfaces.map((i) => [i.vni, i.cidr, i.ip, i.routerMac])).toEqual([
        [100, '10.1.0.0/24', '10.1.0.1', 'fa:16:3e:ff:00:00'],
        [101, '10.2.0.0/24', '10.2.0.1', 'fa:16:3e:ff:00:01'],
      ]);
      // The controller's tables and the hosts' agree (flood lists include routed members).
      for (const c of hosts.values()) expect(diffViews(expectedView(h.ctl.index, c.hostId), c.view)).toEqual([]);

      // An extra route and a third interface: every host routing for r1 gets the whole router again.
      h.commitResources({ type: 'put', resource: router('r1', [sA, sB, sC], [{ destination: '198.51.100.0/24', nexthop: '10.1.0.9' }]) });
      await converged(h, hosts);
      expect(h1.routers.get('r1')!.routes).toEqual([{ destination: '198.51.100.0/24', nexthop: '10.1.0.9' }]);
      expect([...h1.view.keys()].sort()).toEqual([100, 101, 102]);

      // A port of h3 boots on C while h1 and h2 already route for r1: h3 joins alone (the others
      // get nothing new) and holds every VNI of r1; moved to h2, h3 leaves again.
      const routerDeltasOf = (c: TestHost) => c.received.filter((m) => (m.delta?.routers ?? []).length > 0).length;
      const before = routerDeltasOf(h1);
      h.commit(['ports', 'p3', vm('p3', 'nC', 'fa:16:3e:00:00:03', '10.3.0.5', 'h3')]);
      await converged(h, hosts);
      expect([...h3.routers.keys()]).toEqual(['r1']);
      expect([...h3.view.keys()].sort()).toEqual([100, 101, 102]);
      expect(h3.view.get(100)!.fdb.get('fa:16:3e:00:00:01')).toEqual({ vtep: '192.0.2.1', seq: 1 });
      expect(routerDeltasOf(h1)).toBe(before);
      for (const c of hosts.values()) expect(diffViews(expectedView(h.ctl.index, c.hostId), c.view)).toEqual([]);
      h.commit(['ports', 'p3', vm('p3', 'nC', 'fa:16:3e:00:00:03', '10.3.0.5', 'h2')]);
      await converged(h, hosts);
      expect(h3.routers.size).toBe(0);
      expect(h3.view.size).toBe(0);
      for (const c of hosts.values()) expect(diffViews(expectedView(h.ctl.index, c.hostId), c.view)).toEqual([]);
      h.commit(['ports', 'p3', null]);

      // h2's last port goes: it leaves the router and the VNIs it held only for it.
      h.commit(['ports', 'p2', null]);
      await converged(h, hosts);
      expect(h2.routers.size).toBe(0);
      expect(h2.view.size).toBe(0);
      expect([...h1.view.keys()].sort()).toEqual([100, 101, 102]);

      // Interface removed: the router no longer attaches B and C; h1 keeps only A.
      h.commitResources({ type: 'put', resource: router('r1', [sA]) });
      await converged(h, hosts);
      expect(h1.routers.size).toBe(0);
      expect([...h1.view.keys()]).toEqual([100]);
    } finally {
      for (const c of hosts.values()) c.close();
      await h.dispose();
    }
  });

  it('a reconnecting host resumes its routers from the log; a fresh one gets them in its snapshot; both survive a controller restart', async () => {
    const { h, hosts } = await setup();
    try {
      h.commit(['ports', 'p1', vm('p1', 'nA', 'fa:16:3e:00:00:01', '10.1.0.5', 'h1')]);
      await converged(h, hosts);
      const h1 = hosts.get('h1')!;
      expect([...h1.routers.keys()]).toEqual(['r1']);
      h1.close();
      h.commitResources({ type: 'put', resource: router('r1', [sA, sB], [{ destination: '203.0.113.0/24', nexthop: '10.2.0.7' }]) });
      await h.restart();
      h1.connect(h.address);
      await waitFor(() => h1.welcome !== undefined && h1.token !== undefined && h1.token.revision >= h.ctl.revision, 'resume');
      expect(h1.welcome!.snapshot).toBe(false);
      expect(h1.routers.get('r1')!.routes).toEqual([{ destination: '203.0.113.0/24', nexthop: '10.2.0.7' }]);
      const fresh = new TestHost('h1', vtepOf('h1'));
      fresh.connect(h.address);
      await waitFor(() => fresh.token !== undefined, 'snapshot');
      expect(fresh.welcome!.snapshot).toBe(true);
      expect(fresh.routers.get('r1')).toEqual(h1.routers.get('r1'));
      fresh.close();
    } finally {
      for (const c of hosts.values()) c.close();
      await h.dispose();
    }
  });
});

describe('router digests', () => {
  /** Sends `report` from `c` and waits until the controller has handled it. */
  async function report(h: Harness, c: TestHost, options: { legacy?: boolean } = {}): Promise<void> {
    const before = h.ctl.counters.digestReports;
    c.send(c.digests(options));
    await waitFor(() => h.ctl.counters.digestReports > before, 'digest report handled');
  }

  const newRouterMessages = (c: TestHost, from: number) => c.received.slice(from).filter((m) => m.delta && (m.delta.routers ?? []).length > 0);

  it('a wrong or missing router is resent whole, an extra one gets its leave, a right one nothing; an old agent never triggers a router resync', async () => {
    const { h, hosts } = await setup();
    try {
      h.commit(['ports', 'p1', vm('p1', 'nA', 'fa:16:3e:00:00:01', '10.1.0.5', 'h1')], ['ports', 'p2', vm('p2', 'nB', 'fa:16:3e:00:00:02', '10.2.0.5', 'h2')]);
      await converged(h, hosts);
      const h1 = hosts.get('h1')!;
      const good = h1.routers.get('r1')! as RouterView;
      expect(good).toBeDefined();

      // Right digests (what the controller sent, as the host decoded it): nothing is resent.
      let from = h1.received.length;
      await report(h, h1);
      for (const c of hosts.values()) await report(h, c);
      await new Promise((r) => setTimeout(r, 50));
      expect(h.ctl.counters.resyncs).toBe(0);
      expect(h.ctl.counters.digestMismatches).toBe(0);
      expect(h.ctl.counters.routerResyncs).toBe(0);
      expect(newRouterMessages(h1, from)).toEqual([]);

      // The host's r1 drifted (a stray route): an old agent's report, without routers_included, changes nothing.
      expect(good.routes).toEqual([]);
      const drifted = routerView('r1', good.interfaces, [{ destination: '203.0.113.0/24', nexthop: '10.1.0.9' }]);
      h1.routers.set('r1', drifted);
      h1.routers.set('rX', routerView('rX', good.interfaces, []));
      await report(h, h1, { legacy: true });
      await new Promise((r) => setTimeout(r, 50));
      expect(h.ctl.counters.resyncs).toBe(0);
      expect(h.ctl.counters.routerResyncs).toBe(0);
      expect(h1.routers.get('r1')).toBe(drifted);
      h1.routers.delete('rX');

      // The same drift reported by a current agent: r1 is resent whole, and only r1 (no VNI).
      from = h1.received.length;
      await report(h, h1);
      await waitFor(() => newRouterMessages(h1, from).length > 0, 'router resync');
      let resync = newRouterMessages(h1, from)[0].delta!;
      expect(resync.nonce).toMatch(/^resync-/);
      expect(resync.vnis ?? []).toEqual([]);
      expect(resync.routers!.map((r) => [r.routerId, r.full, r.leave])).toEqual([['r1', true, false]]);
      expect(routerViewsEqual(h1.routers.get('r1'), good)).toBe(true);
      expect(h.ctl.counters.digestMismatches).toBe(1);
      expect(h.ctl.counters.routerResyncs).toBe(1);
      expect(h.ctl.counters.resyncs).toBe(1);

      // A router the host holds but does not route for: its leave.
      h1.routers.set('rX', routerView('rX', good.interfaces, []));
      from = h1.received.length;
      await report(h, h1);
      await waitFor(() => newRouterMessages(h1, from).length > 0, 'leave of the extra router');
      resync = newRouterMessages(h1, from)[0].delta!;
      expect(resync.routers!.map((r) => [r.routerId, r.full, r.leave])).toEqual([['rX', false, true]]);
      expect([...h1.routers.keys()]).toEqual(['r1']);

      // A router the host lost (reported set without it): resent whole.
      h1.routers.delete('r1');
      from = h1.received.length;
      await report(h, h1);
      await waitFor(() => newRouterMessages(h1, from).length > 0, 'missing router resent');
      expect(routerViewsEqual(h1.routers.get('r1'), good)).toBe(true);
      expect(h.ctl.counters.routerResyncs).toBe(3);

      // Repaired: a further report is right again.
      const resyncs = h.ctl.counters.resyncs;
      await report(h, h1);
      await new Promise((r) => setTimeout(r, 50));
      expect(h.ctl.counters.resyncs).toBe(resyncs);
      expect(h.ctl.counters.routerResyncs).toBe(3);
    } finally {
      for (const c of hosts.values()) c.close();
      await h.dispose();
    }
  });

  it('a VNI mismatch resyncs the VNI with every router of the host and the leave of an extra one', async () => {
    const { h, hosts } = await setup();
    try {
      h.commit(['ports', 'p1', vm('p1', 'nA', 'fa:16:3e:00:00:01', '10.1.0.5', 'h1')], ['ports', 'p2', vm('p2', 'nB', 'fa:16:3e:00:00:02', '10.2.0.5', 'h2')]);
      await converged(h, hosts);
      const h1 = hosts.get('h1')!;
      const good = h1.routers.get('r1')! as RouterView;
      h1.view.get(101)!.neigh.delete('10.2.0.5');
      h1.routers.set('rX', routerView('rX', good.interfaces, []));
      const from = h1.received.length;
      await report(h, h1);
      await waitFor(() => newRouterMessages(h1, from).length > 0, 'resync');
      const resync = newRouterMessages(h1, from)[0].delta!;
      expect(resync.vnis!.map((v) => [v.vni, v.full])).toEqual([[101, true]]);
      expect(resync.routers!.map((r) => [r.routerId, r.full, r.leave])).toEqual([['r1', true, false], ['rX', false, true]]);
      expect(h.ctl.counters.routerResyncs).toBe(1);
      expect(h1.view.get(101)!.neigh.get('10.2.0.5')).toBe('fa:16:3e:00:00:02');
      expect([...h1.routers.keys()]).toEqual(['r1']);
    } finally {
      for (const c of hosts.values()) c.close();
      await h.dispose();
    }
  });
});

describe('RouterDelta on the wire', () => {
  const wireRouter = {
    routerId: 'r1', full: true,
    interfaces: [{ networkId: 'nA', vni: 100, subnetId: 'sA', portId: 'if0', cidr: '10.1.0.0/24', ip: new Uint8Array([10, 1, 0, 1]), routerMac: new Uint8Array([0xfa, 0x16, 0x3e, 0xff, 0, 0]) }],
    routes: [{ destination: '198.51.100.0/24', nexthop: new Uint8Array([10, 1, 0, 9]) }],
  };

  it('the hand-spliced Delta is byte-identical to the generated encoder and decodes with protobufjs', () => {
    const vni = trellis.l2.v1.VniDelta.encode({ vni: 100, floodAdd: [new Uint8Array([192, 0, 2, 1])] }).finish();
    const token = { epoch: 'e', revision: 7, subscriptionVersion: 3 };
    const frame = spliceDeltaFrame(7, 'resync-1', [vni], token, [encodeRouterDeltaBytes(wireRouter)]);
    const [message] = framedMessages(frame);
    const expected = trellis.l2.v1.ControllerMessage.encode({ delta: { revision: 7, nonce: 'resync-1', vnis: [{ vni: 100, floodAdd: [new Uint8Array([192, 0, 2, 1])] }], token, routers: [wireRouter] } }).finish();
    expect(Buffer.from(message)).toEqual(Buffer.from(expected));
    const decoded = trellis.l2.v1.ControllerMessage.decode(message);
    expect(decoded.delta!.routers![0].routerId).toBe('r1');
    expect(decoded.delta!.routers![0].interfaces![0].vni).toBe(100);
  });

  it('a decoder that predates the field reads the same Delta and SnapshotChunk, routers skipped', () => {
    const current = readFileSync(join(import.meta.dirname, '../../../../proto/trellis/l2/v1/distribution.proto'), 'utf8');
    // The proto before routing: no RouterDelta, no Delta.routers, no SnapshotChunk.routers.
    const old = current.replace(/\n\s*\/\/[^\n]*\n\s*repeated RouterDelta routers = \d+;/g, '');
    expect(old).not.toContain('repeated RouterDelta');
    const root = protobuf.parse(old, { keepCase: false }).root;
    const OldMessage = root.lookupType('trellis.l2.v1.ControllerMessage');
    const delta = trellis.l2.v1.ControllerMessage.encode({ delta: { revision: 9, vnis: [{ vni: 100, leave: true }], routers: [wireRouter] } }).finish();
    const d = OldMessage.toObject(OldMessage.decode(delta), { longs: Number }) as { delta: { revision: number; vnis: Array<{ vni: number; leave: boolean }>; routers?: unknown } };
    expect(d.delta.revision).toBe(9);
    expect(d.delta.vnis).toEqual([{ vni: 100, leave: true }]);
    expect(d.delta.routers).toBeUndefined();
    const chunk = trellis.l2.v1.ControllerMessage.encode({ snapshotChunk: { revision: 9, vnis: [{ vni: 100, full: true }], routers: [wireRouter] } }).finish();
    const c = OldMessage.toObject(OldMessage.decode(chunk), { longs: Number }) as { snapshotChunk: { vnis: unknown[]; routers?: unknown } };
    expect(c.snapshotChunk.vnis).toEqual([{ vni: 100, full: true }]);
    expect(c.snapshotChunk.routers).toBeUndefined();
  });
});
