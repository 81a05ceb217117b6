import { diffViews } from '@trellis/l2';
import { afterEach, describe, expect, it } from 'vitest';
import { Status } from '../server/host-stream';
import { binding, expectedView, host, network, port } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { rawStream, TestHost, waitFor } from '../testing/test-host';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function harness(overrides = {}): Promise<Harness> {
  const h = await new Harness(overrides).start();
  cleanups.push(() => h.dispose());
  return h;
}

function connect(h: Harness, id: string, vtep: string): TestHost {
  const t = new TestHost(id, vtep).connect(h.address);
  cleanups.push(() => t.close());
  return t;
}

const HOSTS: Array<[string, string, string]> = [['h1', '192.0.2.1', 'cell1'], ['h2', '192.0.2.2', 'cell2'], ['h3', '2001:db8::3', 'cell3']];

function seed(h: Harness): void {
  h.commit(...HOSTS.map(([id, vtep, cell]): [string, string, unknown] => ['hosts', id, host(id, vtep, cell)]), ['networks', 'n1', network('n1', 100)], ['networks', 'n2', network('n2', 200)]);
}

const p = (id: string, n: number, bindings: ReturnType<typeof binding>[], seq = 0, net = 'n1') =>
  port({ id, networkId: net, mac: `fa:16:3e:00:00:${n.toString(16).padStart(2, '0')}`, ips: [`10.0.0.${n}`], bindings, seq });

async function converged(h: Harness, hosts: TestHost[]): Promise<void> {
  await waitFor(() => hosts.every((t) => t.token !== undefined && t.token.revision >= h.ctl.revision && diffViews(expectedView(h.ctl.index, t.hostId), t.view).length === 0), 'hosts to converge');
}

describe('vtep-controller over gRPC', () => {
  it('cuts a snapshot table over the entry limit from the shared encoding, and the host converges', async () => {
    const h = await harness({ snapshotMaxEntriesPerVniDelta: 128 });
    seed(h);
    // 120 ports on h2 and h3 in VNI 100: h1's table holds 240 remote entries in two hosts' runs of 120, over the limit of 128.
    h.commit(...Array.from({ length: 120 }, (_, i): [string, string, unknown] => ['ports', `q${i}`, port({ id: `q${i}`, networkId: 'n1', mac: `fa:16:3e:00:01:${i.toString(16).padStart(2, '0')}`, ips: [`10.0.1.${i}`], bindings: [binding(i % 2 === 0 ? 'h2' : 'h3')] })]), ['ports', 'own', p('own', 1, [binding('h1')])]);
    const t = connect(h, 'h1', '192.0.2.1');
    await converged(h, [t]);
    expect(h.ctl.counters.snapshotTablesCut).toBe(1);
    expect(h.ctl.counters.snapshotTablesBuilt).toBe(0);
  });

  it('snapshot then deltas; first and last port of a VNI; encodes once per VNI change', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const [t1, t2, t3] = HOSTS.map(([id, vtep]) => connect(h, id, vtep));
    await converged(h, [t1, t2, t3]);
    expect(t1.welcome!.snapshot).toBe(true);
    expect(t1.view.get(100)!.flood).toEqual(new Set(['192.0.2.2']));
    expect(t3.view.size).toBe(0);

    const before = h.ctl.counters.sharedVniEncodes;
    h.commit(['ports', 'c', p('c', 3, [binding('h3')])]);
    expect(h.ctl.counters.sharedVniEncodes - before).toBe(1);
    await converged(h, [t1, t2, t3]);
    expect(t3.view.get(100)!.fdb.get('fa:16:3e:00:00:01')).toEqual({ vtep: '192.0.2.1', seq: 0 });
    expect(t1.view.get(100)!.flood.has('2001:db8::3')).toBe(true);

    h.commit(['ports', 'c', null]);
    await converged(h, [t1, t2, t3]);
    expect(t3.view.size).toBe(0);
    expect(t1.view.get(100)!.flood.has('2001:db8::3')).toBe(false);
    expect(t1.received.filter((m) => m.snapshotEnd).length).toBe(1);
  });

  it('a revision changing several VNIs: one message per host, shared deltas sent once, own ports per host', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])], ['ports', 'x', p('x', 20, [binding('h1')], 0, 'n2')], ['ports', 'y', p('y', 21, [binding('h3')], 0, 'n2')]);
    const ts = HOSTS.map(([id, vtep]) => connect(h, id, vtep));
    await converged(h, ts);
    const seen = ts.map((t) => t.received.length);
    // n1 gains a port on h2, n2 a port on h3: h1 is a plain member of both (2 shared deltas in
    // one message), h2 and h3 have own ports in one VNI each.
    const before = h.ctl.counters.deltaMessages;
    const revision = h.commit(['ports', 'c', p('c', 3, [binding('h2')])], ['ports', 'z', p('z', 22, [binding('h3')], 0, 'n2')]);
    expect(h.ctl.counters.deltaMessages - before).toBe(3);
    await converged(h, ts);
    const deltas = ts.map((t, i) => t.received.slice(seen[i]).filter((m) => m.delta && Number(m.delta.revision) === revision));
    expect(deltas.map((d) => d.length)).toEqual([1, 1, 1]);
    expect(deltas[0][0].delta!.vnis!.map((v) => v.vni).sort()).toEqual([100, 200]);
    expect(deltas[1][0].delta!.vnis!.map((v) => v.vni)).toEqual([100]);
    expect(deltas[2][0].delta!.vnis!.map((v) => v.vni)).toEqual([200]);
    expect(ts[0].view.get(200)!.fdb.get('fa:16:3e:00:00:16')).toEqual({ vtep: '2001:db8::3', seq: 0 });
    expect(ts[1].view.get(100)!.local.has('c')).toBe(true);
  });

  it('migration between hosts in different cells moves the MAC with a higher sequence', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h3')])]);
    const ts = HOSTS.map(([id, vtep]) => connect(h, id, vtep));
    await converged(h, ts);
    h.commit(['ports', 'a', p('a', 1, [binding('h1'), binding('h2', 'INACTIVE')])]);
    await converged(h, ts);
    expect(ts[1].view.get(100)!.local.get('a')!.inactive).toBe(true);
    h.commit(['ports', 'a', p('a', 1, [binding('h2')], 1)]);
    await converged(h, ts);
    expect(ts[2].view.get(100)!.fdb.get('fa:16:3e:00:00:01')).toEqual({ vtep: '192.0.2.2', seq: 1 });
    expect(ts[0].view.size).toBe(0);
    expect(ts[1].view.get(100)!.fdb.has('fa:16:3e:00:00:01')).toBe(false);
    expect(ts[1].view.get(100)!.local.get('a')!.inactive).toBe(false);
  });

  it('resumes from the log without a snapshot, and takes a snapshot when the log no longer covers the token', async () => {
    const h = await harness({ logMaxRecords: 3 });
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    const t2 = connect(h, 'h2', '192.0.2.2');
    await converged(h, [t1, t2]);
    t2.close();
    await waitFor(() => !h.ctl.sessions.has('h2'), 'h2 detached');
    h.commit(['ports', 'c', p('c', 3, [binding('h1')])]);
    h.commit(['ports', 'd', p('d', 4, [binding('h2')], 0, 'n2')], ['ports', 'e', p('e', 5, [binding('h1')], 0, 'n2')]);
    t2.connect(h.address);
    await converged(h, [t1, t2]);
    expect(t2.welcome!.snapshot).toBe(false);
    expect(h.ctl.counters.resumes).toBe(1);

    t2.close();
    await waitFor(() => !h.ctl.sessions.has('h2'), 'h2 detached');
    for (let i = 6; i < 12; i++) h.commit(['ports', `x${i}`, p(`x${i}`, i, [binding('h1')])]);
    t2.connect(h.address);
    await converged(h, [t1, t2]);
    expect(t2.welcome!.snapshot).toBe(true);
  });

  it('after a controller restart hosts resume from the persisted log, without a snapshot', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    const t2 = connect(h, 'h2', '192.0.2.2');
    await converged(h, [t1, t2]);
    await h.stop();
    await h.start();
    expect(h.ctl.revision).toBe(2);
    h.commit(['ports', 'c', p('c', 3, [binding('h2')])]);
    t1.connect(h.address);
    t2.connect(h.address);
    await converged(h, [t1, t2]);
    expect([t1.welcome!.snapshot, t2.welcome!.snapshot]).toEqual([false, false]);
    expect(h.ctl.counters.snapshots).toBe(0);
  });

  it('a feed write that changes no record (port status, host liveness) is neither applied nor sent', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    await converged(h, [t1]);
    const heldPort = h.ctl.index.ports.get('a');
    const heldHost = h.ctl.index.hosts.get('h1');
    const { vniEncodes, deltaMessages } = h.ctl.counters;
    const r = h.commit(['ports', 'a', { ...p('a', 1, [binding('h1')]), status: 'ACTIVE' }], ['hosts', 'h1', { ...host('h1', '192.0.2.1'), lastHeartbeatAt: '2025-01-01T00:00:00Z' }]);
    expect(h.ctl.revision).toBe(r);
    expect(h.ctl.index.ports.get('a')).toBe(heldPort);
    expect(h.ctl.index.hosts.get('h1')).toBe(heldHost);
    expect([h.ctl.counters.vniEncodes, h.ctl.counters.deltaMessages]).toEqual([vniEncodes, deltaMessages]);
    // In the same kind of revision, a record that did change still applies and persists.
    h.commit(['ports', 'b', { ...p('b', 2, [binding('h3')]), status: 'ACTIVE' }], ['ports', 'a', { ...p('a', 1, [binding('h1')]), status: 'DOWN' }]);
    await converged(h, [t1]);
    expect(h.ctl.index.ports.get('a')).toBe(heldPort);
    expect(h.ctl.index.ports.get('b')!.bindings.map((b) => b.host)).toEqual(['h3']);
    await h.restart();
    expect(h.ctl.revision).toBe(r + 1);
    expect(h.ctl.index.ports.get('b')!.bindings.map((b) => b.host)).toEqual(['h3']);
    expect(h.ctl.index.ports.get('a')!.bindings.map((b) => b.host)).toEqual(['h1']);
  });

  it('cuts off a slow consumer with UNAVAILABLE and keeps the others current', async () => {
    const h = await harness({ queueLimitBytes: 32 * 1024 });
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    const t2 = connect(h, 'h2', '192.0.2.2');
    await converged(h, [t1, t2]);
    t1.pause();
    for (let i = 0; i < 255 && h.ctl.sessions.has('h1'); i++) {
      const items: Array<[string, string, unknown]> = [];
      for (let j = 0; j < 250; j++) items.push(['ports', `q${i}-${j}`, port({ id: `q${i}-${j}`, networkId: 'n1', mac: `fa:16:3e:01:${i.toString(16).padStart(2, '0')}:${j.toString(16).padStart(2, '0')}`, ips: [`10.1.${i}.${j}`, `fd00::1:${i}:${j}`], bindings: [binding('h2')] })]);
      h.commit(...items);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(h.ctl.sessions.has('h1')).toBe(false);
    expect(h.ctl.counters.evictions).toBe(1);
    await converged(h, [t2]);
    t1.resume();
    await waitFor(() => t1.status !== undefined, 'h1 status');
    expect(t1.status!.code).toBe(Status.UNAVAILABLE);
    t1.connect(h.address);
    await converged(h, [t1, t2]);
  });

  it('coalesces live deltas that queue while a host does not drain its stream', async () => {
    const h = await harness({ queueLimitBytes: 8 << 20 });
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    const t2 = connect(h, 'h2', '192.0.2.2');
    await converged(h, [t1, t2]);
    t1.pause();
    const from = h.ctl.revision;
    const mac = (i: number, j: number) => `fa:16:3e:02:${i.toString(16).padStart(2, '0')}:${j.toString(16).padStart(2, '0')}`;
    // Until the transport stops taking h1's messages, then a few revisions more that must merge.
    for (let i = 0, extra = 0; i < 250 && extra < 5; i++) {
      const items: Array<[string, string, unknown]> = [];
      for (let j = 0; j < 100; j++) items.push(['ports', `q${i}-${j}`, port({ id: `q${i}-${j}`, networkId: 'n1', mac: mac(i, j), ips: [`10.2.${i}.${j}`], bindings: [binding('h2')] })]);
      h.commit(...items);
      if (h.ctl.counters.coalescedDeltas > 0) extra++;
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(h.ctl.counters.coalescedDeltas).toBeGreaterThanOrEqual(5);
    t1.resume();
    await converged(h, [t1, t2]);
    const deltas = t1.received.filter((m) => m.delta && m.delta.revision! > from);
    expect(deltas.length).toBe(h.ctl.revision - from - h.ctl.counters.coalescedDeltas);
    expect(deltas.at(-1)!.delta!.revision).toBe(h.ctl.revision);
  });

  it('a digest mismatch resyncs that VNI only; nack resyncs the named VNIs', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])], ['ports', 'c', p('c', 3, [binding('h1')], 0, 'n2')], ['ports', 'd', p('d', 4, [binding('h2')], 0, 'n2')]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    await converged(h, [t1]);
    t1.send(t1.digests());
    await new Promise((r) => setTimeout(r, 50));
    expect(h.ctl.counters.resyncs).toBe(0);
    t1.view.get(200)!.fdb.delete('fa:16:3e:00:00:04');
    const received = t1.received.length;
    t1.send(t1.digests());
    await converged(h, [t1]);
    const resync = t1.received.slice(received).find((m) => m.delta)!;
    expect(resync.delta!.vnis!.map((v) => [v.vni, v.full])).toEqual([[200, true]]);
    t1.send({ nack: { nonce: resync.delta!.nonce!, revision: resync.delta!.revision!, errorDetail: 'EINVAL', vnis: [100] } });
    await waitFor(() => h.ctl.counters.resyncs === 2, 'nack resync');
  });

  it('forwards port status and host liveness to central', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    await converged(h, [t1]);
    t1.send({ portStatuses: { statuses: [{ portId: 'a', wiring: 1 }, { portId: 'zzz', wiring: 1 }] } });
    await waitFor(() => h.reports.some((r) => 'portId' in r), 'port status');
    t1.close();
    await waitFor(() => h.reports.some((r) => 'connected' in r && !r.connected), 'liveness down');
    expect(h.reports).toEqual([
      expect.objectContaining({ hostId: 'h1', connected: true, agentVersion: 'test' }),
      { portId: 'a', hostId: 'h1', wiring: 'wired', detail: '' },
      expect.objectContaining({ hostId: 'h1', connected: false }),
    ]);
  });

  it('bad input ends only the offending stream, with the right status', async () => {
    const h = await harness();
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const good = connect(h, 'h2', '192.0.2.2');
    await converged(h, [good]);
    const statusOf = async (t: TestHost) => (await waitFor(() => t.status !== undefined, `${t.hostId} status`), t.status!);

    expect((await statusOf(connect(h, 'nobody', '192.0.2.9'))).code).toBe(Status.NOT_FOUND);
    const liar = await statusOf(connect(h, 'h1', '192.0.2.99'));
    expect([liar.code, liar.details]).toEqual([Status.FAILED_PRECONDITION, 'VTEP 192.0.2.99 of host h1 contradicts the registry (192.0.2.1)']);

    const first = connect(h, 'h1', '192.0.2.1');
    await converged(h, [first]);
    const second = connect(h, 'h1', '192.0.2.1');
    const superseded = await statusOf(first);
    expect([superseded.code, superseded.details]).toEqual([Status.ABORTED, 'superseded by a newer stream of host h1']);
    await converged(h, [second]);

    const garbage = rawStream(h.address);
    cleanups.push(() => garbage.close());
    garbage.call.write(Buffer.from([0x0a, 0xff, 0xff, 0xff]));
    expect((await garbage.status).code).toBe(Status.INVALID_ARGUMENT);

    const big = rawStream(h.address);
    cleanups.push(() => big.close());
    big.call.write(Buffer.alloc(100 * 1024, 0));
    expect((await big.status).code).toBe(Status.RESOURCE_EXHAUSTED);

    const noHello = new TestHost('h3', '2001:db8::3');
    cleanups.push(() => noHello.close());
    const raw = rawStream(h.address);
    cleanups.push(() => raw.close());
    raw.call.write(Buffer.from([0x12, 0x00]));
    const order = await raw.status;
    expect([order.code, order.details]).toEqual([Status.FAILED_PRECONDITION, 'the first message of a stream must be hello, got ack']);

    second.send({ ack: { nonce: 'never-sent', revision: 1 } });
    second.send({ ack: { nonce: 'never-sent-2', revision: 1 } });
    h.commit(['ports', 'c', p('c', 3, [binding('h1')])]);
    await converged(h, [good, second]);
    expect(second.status).toBeUndefined();
  });

  it('relays a host batch of 50 port statuses to central in one call; stale entries are dropped', async () => {
    const h = await harness({ portStatusWindowMs: 20 });
    seed(h);
    const ids = Array.from({ length: 50 }, (_, i) => `q${i}`);
    h.commit(...ids.map((id, i): [string, string, unknown] => ['ports', id, p(id, i + 10, [binding('h1')])]), ['ports', 'other', p('other', 9, [binding('h2')])]);
    const t1 = connect(h, 'h1', '192.0.2.1');
    await converged(h, [t1]);
    t1.send({ portStatuses: { statuses: [...ids.map((portId) => ({ portId, wiring: 1 })), { portId: 'other', wiring: 1 }, { portId: 'gone', wiring: 2 }] } });
    await waitFor(() => h.reports.filter((r) => 'portId' in r).length >= 50, 'port statuses at central');
    await new Promise((r) => setTimeout(r, 50));
    const ports = h.reports.flatMap((r) => ('portId' in r ? [r] : []));
    expect(ports.map((r) => r.portId).sort()).toEqual([...ids].sort());
    expect(ports.every((r) => r.hostId === 'h1' && r.wiring === 'wired')).toBe(true);
    expect(h.ctl.counters).toMatchObject({ portStatusMessages: 1, portStatuses: 52, portStatusCalls: 1, portStatusReports: 50 });
  });

  it('batches reports of many hosts into few calls, bounded by portStatusBatchMax', async () => {
    const h = await harness({ portStatusWindowMs: 30, portStatusBatchMax: 8 });
    seed(h);
    h.commit(...Array.from({ length: 20 }, (_, i): [string, string, unknown] => ['ports', `r${i}`, p(`r${i}`, i + 10, [binding(i < 10 ? 'h1' : 'h2')])]));
    const t1 = connect(h, 'h1', '192.0.2.1');
    const t2 = connect(h, 'h2', '192.0.2.2');
    await converged(h, [t1, t2]);
    t1.send({ portStatuses: { statuses: Array.from({ length: 10 }, (_, i) => ({ portId: `r${i}`, wiring: 1 })) } });
    t2.send({ portStatuses: { statuses: Array.from({ length: 10 }, (_, i) => ({ portId: `r${i + 10}`, wiring: 1 })) } });
    await waitFor(() => h.ctl.counters.portStatusReports === 20, 'all reports relayed');
    expect(h.ctl.counters.portStatusMessages).toBe(2);
    expect(h.ctl.counters.portStatusCalls).toBe(3); // 20 reports, at most 8 per call
  });

  it('refuses an empty, oversized or malformed port status batch with INVALID_ARGUMENT, relaying none of it', async () => {
    const h = await harness({ maxPortStatusesPerMessage: 4, portStatusWindowMs: 1 });
    seed(h);
    h.commit(['ports', 'a', p('a', 1, [binding('h1')])], ['ports', 'b', p('b', 2, [binding('h2')])]);
    const good = connect(h, 'h2', '192.0.2.2');
    await converged(h, [good]);
    const statusOf = async (t: TestHost) => (await waitFor(() => t.status !== undefined, `${t.hostId} status`), t.status!);
    const refused = async (statuses: { portId?: string; wiring?: number }[]) => {
      const t = connect(h, 'h1', '192.0.2.1');
      await converged(h, [t]);
      t.send({ portStatuses: { statuses } });
      return statusOf(t);
    };
    const empty = await refused([]);
    expect([empty.code, empty.details]).toEqual([Status.INVALID_ARGUMENT, 'port_statuses carries no status']);
    const oversized = await refused(Array.from({ length: 5 }, () => ({ portId: 'a', wiring: 1 })));
    expect([oversized.code, oversized.details]).toEqual([Status.INVALID_ARGUMENT, 'port_statuses carries 5 statuses, over the limit of 4 per message']);
    const noWiring = await refused([{ portId: 'a', wiring: 1 }, { portId: 'a' }]);
    expect([noWiring.code, noWiring.details]).toEqual([Status.INVALID_ARGUMENT, 'port_statuses[1] needs a port_id and a wiring state']);
    const noId = await refused([{ wiring: 3 }]);
    expect(noId.code).toBe(Status.INVALID_ARGUMENT);
    good.send({ portStatuses: { statuses: [{ portId: 'b', wiring: 1 }] } });
    await waitFor(() => h.reports.some((r) => 'portId' in r), 'the good host still reports');
    expect(h.reports.flatMap((r) => ('portId' in r ? [r.portId] : []))).toEqual(['b']);
    expect(good.status).toBeUndefined();
  });
});
