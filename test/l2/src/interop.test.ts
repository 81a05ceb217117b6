import { afterEach, describe, expect, it } from 'vitest';
import { binding, L2Cluster, network, port, router, sleep, subnet, waitFor } from './l2-cluster';

// The real vtep-controller and real host-agents over gRPC on 127.0.0.1: what each was only tested
// against scripted fakes of the other.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function cluster(...args: ConstructorParameters<typeof L2Cluster>): Promise<L2Cluster> {
  const c = await new L2Cluster(...args).start();
  cleanups.push(() => c.dispose());
  return c;
}

const HOSTS: Array<[string, string, string]> = [
  ['h1', '192.0.2.1', 'cell1'],
  ['h2', '192.0.2.2', 'cell2'],
  ['h3', '2001:db8::3', 'cell3'],
  ['h4', '192.0.2.4', 'cell1'],
];

const mac = (n: number) => `fa:16:3e:00:${(n >> 8).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`;
const p = (id: string, n: number, bindings: ReturnType<typeof binding>[], seq = 0, net = 'n1') =>
  port({ id, networkId: net, mac: mac(n), ips: [`10.0.${n >> 8}.${n & 0xff}`, `fd00::${n.toString(16)}`], bindings, seq });

/** Hosts and two networks; ports a (h1), b (h2) on n1 and c (h2), d (h4) on n2. */
function seed(c: L2Cluster): void {
  c.registerHosts(HOSTS);
  c.controller.commit(['networks', 'n1', network('n1', 100)], ['networks', 'n2', network('n2', 200, 9000)]);
  c.controller.commit(
    ['ports', 'a', p('a', 1, [binding('h1')])],
    ['ports', 'b', p('b', 2, [binding('h2')])],
    ['ports', 'c', p('c', 3, [binding('h2')], 0, 'n2')],
    ['ports', 'd', p('d', 4, [binding('h4')], 0, 'n2')],
  );
}

/** Waits until the controller has served one more host catch-up (resume or snapshot) than `before`. */
function caughtUp(c: L2Cluster, before: { resumes: number; snapshots: number }): Promise<void> {
  return waitFor(() => c.counters.resumes + c.counters.snapshots > before.resumes + before.snapshots, 'the host to be caught up');
}

async function startAll(c: L2Cluster): Promise<void> {
  for (const [id] of HOSTS) await c.startAgent(id);
}

describe('vtep-controller ↔ host-agent interop', () => {
  it('snapshot then deltas converge: dataplanes equal the controller views, digests match', async () => {
    const c = await cluster();
    seed(c);
    await startAll(c);
    await c.converged();
    expect(c.counters.snapshots).toBe(HOSTS.length);
    expect((await c.agents.get('h1')!.backend.read()).get(100)!.flood).toEqual(new Set(['192.0.2.2']));

    // A burst of revisions: adds, IP changes, a second port on a host, deletes.
    for (let n = 10; n < 30; n++) c.controller.commit(['ports', `x${n}`, p(`x${n}`, n, [binding(HOSTS[n % 4][0])], 0, n % 2 ? 'n1' : 'n2')]);
    for (let n = 10; n < 20; n++) c.controller.commit(['ports', `x${n}`, null]);
    await c.converged();
    expect(c.counters.snapshots).toBe(HOSTS.length);
    // Every host acked into the token of the last revision relevant to it.
    await waitFor(() => [...c.agents.values()].every((a) => (a.agent.token?.revision ?? 0) >= c.controller.ctl.revision - 10), 'tokens to advance');
    // Every ack named a nonce the controller sent (implied nonces included), and all are settled.
    await waitFor(() => [...c.controller.ctl.sessions.values()].every((s) => s.outstanding.size === 0), 'every delta acked');
    expect([...c.controller.ctl.sessions.values()].some((s) => s.unknownNonceLogged)).toBe(false);
  });

  it('a VNI table larger than one snapshot piece (full, then add-only pieces) is staged whole', async () => {
    const c = await cluster({ snapshotChunkBytes: 4096, snapshotMaxEntriesPerVniDelta: 64 });
    seed(c);
    const many: Array<[string, string, unknown]> = [];
    for (let n = 10; n < 410; n++) many.push(['ports', `m${n}`, p(`m${n}`, n, [binding(n % 2 ? 'h2' : 'h4')])]);
    c.controller.commit(...many);
    await startAll(c);
    await c.converged();
    expect((await c.agents.get('h1')!.backend.read()).get(100)!.fdb.size).toBe(401);
  });

  it('first and last port of a VNI: join gets the full table, others the flood VTEP; leave reverses it', async () => {
    const c = await cluster();
    seed(c);
    await startAll(c);
    await c.converged();
    const h3 = c.agents.get('h3')!;
    expect((await h3.backend.read()).size).toBe(0);

    c.controller.commit(['ports', 'e', p('e', 5, [binding('h3')])]);
    await c.converged();
    const joined = (await h3.backend.read()).get(100)!;
    expect(joined.fdb.get(mac(1))).toEqual({ vtep: '192.0.2.1', seq: 0 });
    expect(joined.local.has('e')).toBe(true);
    expect((await c.agents.get('h1')!.backend.read()).get(100)!.flood.has('2001:db8::3')).toBe(true);
    // The h3 port's wiring reached the status sink.
    await waitFor(() => c.controller.reports.some((r) => 'portId' in r && r.portId === 'e' && r.wiring === 'wired' && r.hostId === 'h3'), 'port e wired report');

    c.controller.commit(['ports', 'e', null]);
    await c.converged();
    expect((await h3.backend.read()).size).toBe(0);
    expect((await c.agents.get('h1')!.backend.read()).get(100)!.flood.has('2001:db8::3')).toBe(false);
    // h3 reports e unwired; the port no longer exists, so the controller drops that report (protocol.md).
    expect(c.controller.reports.some((r) => 'portId' in r && r.portId === 'e' && r.wiring === 'unwired')).toBe(false);
  });

  it('migration across cells: pre-joined inactive destination, MAC moves with a higher sequence', async () => {
    const c = await cluster();
    seed(c);
    await startAll(c);
    await c.converged();
    // h3 (cell3) gets an inactive binding for port a (on h1, cell1).
    c.controller.commit(['ports', 'a', p('a', 1, [binding('h1'), binding('h3', 'INACTIVE')])]);
    await c.converged();
    const pre = (await c.agents.get('h3')!.backend.read()).get(100)!;
    expect(pre.local.get('a')!.inactive).toBe(true);
    expect(pre.fdb.get(mac(1))).toEqual({ vtep: '192.0.2.1', seq: 0 });

    c.controller.commit(['ports', 'a', p('a', 1, [binding('h3'), binding('h1', 'INACTIVE')], 1)]);
    await c.converged();
    expect((await c.agents.get('h2')!.backend.read()).get(100)!.fdb.get(mac(1))).toEqual({ vtep: '2001:db8::3', seq: 1 });
    expect((await c.agents.get('h1')!.backend.read()).get(100)!.local.get('a')!.inactive).toBe(true);

    c.controller.commit(['ports', 'a', p('a', 1, [binding('h3')], 1)]);
    await c.converged();
    expect((await c.agents.get('h1')!.backend.read()).size).toBe(0);
    const after = (await c.agents.get('h3')!.backend.read()).get(100)!;
    expect(after.local.get('a')!.inactive).toBe(false);
    expect(after.fdb.has(mac(1))).toBe(false);
  });

  it('a host-agent restart resumes from its persisted token without a snapshot', async () => {
    const c = await cluster();
    seed(c);
    await startAll(c);
    await c.converged();
    await c.stopAgent('h1');
    c.controller.commit(['ports', 'f', p('f', 6, [binding('h2')])]);
    c.controller.commit(['ports', 'g', p('g', 7, [binding('h1')], 0, 'n2')]);
    c.controller.commit(['ports', 'b', null]);
    const before = { ...c.counters };
    await c.startAgent('h1');
    await caughtUp(c, before);
    await c.converged();
    expect(c.counters.snapshots).toBe(before.snapshots);
    expect(c.counters.resumes).toBe(before.resumes + 1);
  });

  it('a controller restart: every host resumes without a snapshot, including over missed revisions', async () => {
    const c = await cluster();
    seed(c);
    await startAll(c);
    await c.converged();
    await c.controller.restart();
    c.controller.commit(['ports', 'h', p('h', 8, [binding('h3')], 0, 'n2')]);
    await waitFor(() => c.counters.resumes === HOSTS.length, 'every host to resume');
    await c.converged();
    expect(c.counters.snapshots).toBe(0);
  });

  it('a token the controller log no longer covers gets a snapshot and converges', async () => {
    const c = await cluster({ logMaxRecords: 3 });
    seed(c);
    await startAll(c);
    await c.converged();
    await c.stopAgent('h2');
    for (let n = 10; n < 20; n++) c.controller.commit(['ports', `x${n}`, p(`x${n}`, n, [binding('h1')])]);
    c.controller.commit(['ports', 'b', null], ['ports', 'c', p('c', 3, [binding('h2')], 0, 'n1')]);
    const before = { ...c.counters };
    await c.startAgent('h2');
    await caughtUp(c, before);
    await c.converged();
    expect(c.counters.snapshots).toBe(before.snapshots + 1);
    expect(c.counters.resumes).toBe(before.resumes);
  });

  it('port wiring reports and stream liveness reach the status sink', async () => {
    const c = await cluster();
    seed(c);
    await startAll(c);
    await c.converged();
    const reports = c.controller.reports;
    await waitFor(() => ['a', 'b', 'c', 'd'].every((id) => reports.some((r) => 'portId' in r && r.portId === id && r.wiring === 'wired')), 'wired reports');
    expect(reports.some((r) => 'connected' in r && r.hostId === 'h1' && r.connected)).toBe(true);
    await c.stopAgent('h4');
    await waitFor(() => reports.some((r) => 'connected' in r && r.hostId === 'h4' && !r.connected), 'h4 down report');
  });

  it('idle hosts stay inside the resume window through heartbeats', async () => {
    const c = await cluster({ logMaxRecords: 3, heartbeatIntervalMs: 100 });
    seed(c);
    await startAll(c);
    await c.converged();
    // Only n2 (h2, h4) changes; h1 (n1) sees nothing but heartbeats while the log moves past its token.
    for (let n = 10; n < 20; n++) c.controller.commit(['ports', `x${n}`, p(`x${n}`, n, [binding('h4')], 0, 'n2')]);
    await c.converged();
    const revision = c.controller.ctl.revision;
    await waitFor(() => (c.agents.get('h1')!.agent.token?.revision ?? 0) >= revision, 'h1 token raised by a heartbeat', 5_000);
    await c.stopAgent('h1');
    const before = { ...c.counters };
    await c.startAgent('h1');
    await caughtUp(c, before);
    await c.converged();
    expect(c.counters.resumes).toBe(before.resumes + 1);
    expect(c.counters.snapshots).toBe(before.snapshots);
  });

  it('periodic digests match: no resyncs while hosts hold the right view; a corrupted dataplane view is repaired', async () => {
    const c = await cluster({}, { digestIntervalMs: 100 });
    seed(c);
    await startAll(c);
    await c.converged();
    await sleep(350);
    expect(c.counters.resyncs).toBe(0);
    // The agent's view loses an entry behind the controller's back: the digest repair resyncs that VNI only.
    const h1 = c.agents.get('h1')!;
    h1.agent.view.get(100)!.fdb.clear();
    await waitFor(() => c.counters.resyncs > 0, 'a digest resync');
    await c.converged();
  });

  it('router digests of real agents match the controller; a router lost behind its back is resent whole', async () => {
    const c = await cluster({}, { digestIntervalMs: 100 });
    seed(c);
    const s1 = subnet('s1', 'n1', '10.0.0.0/24');
    const s2 = subnet('s2', 'n2', '10.0.1.0/24');
    c.controller.commitResources({ type: 'put', resource: s1 }, { type: 'put', resource: s2 });
    c.controller.commitResources({ type: 'put', resource: router('r1', [s1, s2], [{ destination: '198.51.100.0/24', nexthop: '10.0.0.9' }]) });
    await startAll(c);
    await c.converged();
    const h1 = c.agents.get('h1')!;
    await waitFor(() => h1.agent.state.routers.has('r1'), 'h1 routes for r1');
    await sleep(350);
    expect(c.counters.digestReports).toBeGreaterThan(4);
    expect(c.counters.resyncs).toBe(0);
    expect(c.counters.routerResyncs).toBe(0);
    const held = h1.agent.state.routers.get('r1');
    h1.agent.state.routers.delete('r1');
    await waitFor(() => c.counters.routerResyncs > 0 && h1.agent.state.routers.has('r1'), 'the router resent by the digest repair');
    expect(h1.agent.state.routers.get('r1')).toEqual(held);
  });
});
