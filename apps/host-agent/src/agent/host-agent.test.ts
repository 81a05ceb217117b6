import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyVniDelta, bytesToIp, diffViews, digestRouterView, digestToWire, digestVniView, encodeRouterDelta, ipToBytes, leaveRouterDelta, routerView, macToBytes, packFdbGroup, packNeighbours, viewsEqual, type HostView } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import { createLogger, listenGrpc } from '@trellis/runtime';
import { Server } from '@grpc/grpc-js';
import type { DataplaneBackend } from '../dataplane/backend';
import { MemoryBackend } from '../dataplane/memory-backend';
import { FakeController } from '../testing/fake-controller';
import { HostAgent, type HostAgentOptions } from './host-agent';
import { FileStateStore } from './state-store';

const logger = createLogger({ name: 'host-agent-test', level: 'silent' });
const Wiring = trellis.l2.v1.Wiring;
const mac = (n: number) => `fa:16:3e:00:01:${n.toString(16).padStart(2, '0')}`;
/** One packed `fdb_upsert` element with one entry. */
const fdb = (n: number, vtep: string, seq = 0) => packFdbGroup(ipToBytes(vtep), [{ mac: macToBytes(mac(n)), seq }]);
const local = (id: string, n: number) => ({ portId: id, mac: macToBytes(mac(n)), ips: [ipToBytes(`192.168.9.${n}`)], mtu: 1450 });

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function controller(): Promise<FakeController> {
  const c = await new FakeController().start();
  cleanups.push(() => c.stop());
  return c;
}

async function agent(targets: string[], extra: Partial<HostAgentOptions> = {}): Promise<{ agent: HostAgent; backend: MemoryBackend }> {
  const backend = (extra.backend as MemoryBackend | undefined) ?? new MemoryBackend();
  const a = new HostAgent({
    hostId: 'host-a',
    vtep: '10.0.0.1',
    targets,
    backend,
    logger,
    digestIntervalMs: 0,
    backoff: { initialMs: 20, maxMs: 100 },
    ...extra,
  });
  await a.start();
  cleanups.push(() => a.stop());
  return { agent: a, backend };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'host-agent-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('HostAgent', () => {
  it('says hello, stages a snapshot and sweeps what was not re-sent only at the end marker', async () => {
    const ctl = await controller();
    const { agent: a, backend } = await agent([ctl.target]);
    const s = await ctl.session(0);
    const hello = await s.next((m) => m.kind === 'hello');
    expect(hello.hello!.hostId).toBe('host-a');
    expect(bytesToIp(hello.hello!.vtep!)).toBe('10.0.0.1');
    expect(hello.hello!.resume).toBeFalsy();

    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 5 } });
    s.send({ snapshotChunk: { revision: 5, vnis: [{ vni: 1, full: true, mtu: 1450, floodAdd: [ipToBytes('10.0.0.2')], localAdd: [local('p1', 1)] }] } });
    s.send({ snapshotChunk: { revision: 5, vnis: [{ vni: 2, full: true, fdbUpsert: [fdb(2, '10.0.0.3')] }] } });
    s.send({ snapshotEnd: { revision: 5, nonce: 'n-5', token: { epoch: 'e1', revision: 5, subscriptionVersion: 1 } } });
    const ack = await s.next((m) => m.kind === 'ack');
    expect(ack.ack).toMatchObject({ nonce: 'n-5', revision: 5 });
    expect([...(await backend.read()).keys()].sort()).toEqual([1, 2]);
    const wired = await s.next((m) => m.kind === 'portStatuses');
    expect(wired.portStatuses!.statuses).toMatchObject([{ portId: 'p1', wiring: Wiring.WIRING_WIRED }]);

    // A second snapshot: VNI 2 split over two chunks, VNI 1 not re-sent.
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 9 } });
    s.send({ snapshotChunk: { revision: 9, vnis: [{ vni: 2, full: true, fdbUpsert: [fdb(3, '10.0.0.4')] }] } });
    s.send({ snapshotChunk: { revision: 9, vnis: [{ vni: 2, full: true, floodAdd: [ipToBytes('10.0.0.4')] }] } });
    await new Promise((r) => setTimeout(r, 100));
    expect((await backend.read()).has(1)).toBe(true); // nothing swept before the end marker
    expect(a.token?.revision).toBe(5);
    s.send({ snapshotEnd: { revision: 9, nonce: 'n-9', token: { epoch: 'e1', revision: 9, subscriptionVersion: 2 } } });
    const ack9 = await s.next((m) => m.ack?.nonce === 'n-9');
    expect(ack9.ack!.revision).toBe(9);
    const held = await backend.read();
    expect([...held.keys()]).toEqual([2]);
    expect([...held.get(2)!.fdb.keys()]).toEqual([mac(3)]);
    expect([...held.get(2)!.flood]).toEqual(['10.0.0.4']);
    expect(viewsEqual(held, a.view)).toBe(true);
    const unwired = await s.next((m) => m.portStatuses?.statuses?.[0]?.wiring === Wiring.WIRING_UNWIRED);
    expect(unwired.portStatuses!.statuses).toMatchObject([{ portId: 'p1' }]);
    expect(a.token).toEqual({ epoch: 'e1', revision: 9, subscriptionVersion: 2 });
  });

  it('reports the wiring of 50 snapshot ports in one message, and splits larger sets at 256', async () => {
    const ctl = await controller();
    await agent([ctl.target]);
    const s = await ctl.session(0);
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const n = from + i;
        return { portId: `m${n}`, mac: macToBytes(`fa:16:3e:02:${(n >> 8).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`), ips: [ipToBytes(`192.168.${10 + (n >> 8)}.${n & 0xff}`)], mtu: 1450 };
      });
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 5 } });
    s.send({ snapshotChunk: { revision: 5, vnis: [{ vni: 1, full: true, mtu: 1450, localAdd: many(0, 50) }] } });
    s.send({ snapshotEnd: { revision: 5, nonce: 'n-5', token: { epoch: 'e1', revision: 5, subscriptionVersion: 1 } } });
    await s.next((m) => m.ack?.nonce === 'n-5');
    const first = await s.next((m) => m.kind === 'portStatuses');
    expect(first.portStatuses!.statuses).toHaveLength(50);
    expect(new Set(first.portStatuses!.statuses!.map((x) => x.portId)).size).toBe(50);
    expect(first.portStatuses!.statuses!.every((x) => x.wiring === Wiring.WIRING_WIRED)).toBe(true);

    s.send({ delta: { revision: 6, nonce: 'd6', vnis: [{ vni: 1, localAdd: many(50, 300) }] } });
    await s.next((m) => m.ack?.nonce === 'd6');
    await s.next((m) => (m.portStatuses?.statuses?.length ?? 0) < 256 && m.portStatuses?.statuses?.[0]?.portId !== 'm0');
    await new Promise((r) => setTimeout(r, 50));
    const batches = s.received.filter((m) => m.kind === 'portStatuses').map((m) => m.portStatuses!.statuses!.length);
    expect(batches).toEqual([50, 256, 44]);
  });

  it("never buffers more than a Writable's bound of messages while the controller does not read, and sends every status once", async () => {
    const ctl = await controller();
    const { agent: a } = await agent([ctl.target], { ackDelayMs: 0 });
    const s = await ctl.session(0);
    const count = 12_000;
    const id = (n: number) => `port-${String(n).padStart(6, '0')}-${'p'.repeat(90)}`;
    const ports = Array.from({ length: count }, (_, n) => ({
      portId: id(n),
      mac: macToBytes(`fa:16:3e:${((n >> 16) & 0xff).toString(16).padStart(2, '0')}:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`),
      ips: [],
      mtu: 1450,
    }));
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 5 } });
    s.send({ snapshotChunk: { revision: 5, vnis: [{ vni: 1, full: true, mtu: 1450 }] } });
    s.send({ snapshotEnd: { revision: 5, nonce: 'n-5', token: { epoch: 'e1', revision: 5, subscriptionVersion: 1 } } });
    await s.next((m) => m.ack?.nonce === 'n-5');
    // The agent's outbound Writable (object mode, 16 messages): with 'drain' honoured the 47
    // status messages of this delta wait in the outbox, never more than 16 in the Writable.
    const stream = (a as unknown as { call?: { stream: { writableLength: number; write: (chunk: Buffer) => boolean } } }).call!.stream;
    const write = stream.write.bind(stream);
    let mostBuffered = 0;
    let sawNeedDrain = false;
    stream.write = (chunk: Buffer) => {
      const ok = write(chunk);
      mostBuffered = Math.max(mostBuffered, stream.writableLength);
      sawNeedDrain ||= !ok;
      return ok;
    };
    s.stream.pause();
    s.send({ delta: { revision: 6, nonce: 'd6', vnis: [{ vni: 1, localAdd: ports }] } });
    await new Promise((r) => setTimeout(r, 1500));
    s.stream.resume();
    await s.next((m) => m.ack?.nonce === 'd6', 10_000);
    const deadline = Date.now() + 10_000;
    const seen = new Set<string>();
    let statuses = 0;
    while (statuses < count && Date.now() < deadline) {
      statuses = 0;
      seen.clear();
      for (const m of s.received) for (const x of m.portStatuses?.statuses ?? []) (statuses++, seen.add(x.portId!));
      if (statuses < count) await new Promise((r) => setTimeout(r, 20));
    }
    expect(sawNeedDrain).toBe(true);
    expect(mostBuffered).toBeLessThanOrEqual(16);
    expect(statuses).toBe(count);
    expect(seen.size).toBe(count);
  });

  it('applies deltas through the backend, acks their nonce and reports port wiring', async () => {
    const ctl = await controller();
    const { agent: a, backend } = await agent([ctl.target]);
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false, revision: 0 } });
    s.send({ delta: { revision: 3, nonce: 'd3', vnis: [{ vni: 7, mtu: 1450, floodAdd: [ipToBytes('10.0.0.2')], fdbUpsert: [fdb(1, '10.0.0.2', 1)], localAdd: [local('p7', 7)] }] } });
    expect((await s.next((m) => m.kind === 'ack')).ack).toMatchObject({ nonce: 'd3', revision: 3 });
    expect((await s.next((m) => m.kind === 'portStatuses')).portStatuses!.statuses).toMatchObject([{ portId: 'p7', wiring: Wiring.WIRING_WIRED }]);
    // The MAC moves (higher sequence), then a stale update arrives: it must not move it back.
    s.send({ delta: { revision: 4, nonce: 'd4', vnis: [{ vni: 7, fdbUpsert: [fdb(1, '10.0.0.5', 2)], localRemove: ['p7'] }] } });
    await s.next((m) => m.ack?.nonce === 'd4');
    s.send({ delta: { revision: 5, nonce: 'd5', vnis: [{ vni: 7, fdbUpsert: [fdb(1, '10.0.0.2', 1)] }] } });
    await s.next((m) => m.ack?.nonce === 'd5');
    const held = (await backend.read()).get(7)!;
    expect(held.fdb.get(mac(1))).toEqual({ vtep: '10.0.0.5', seq: 2 });
    expect(held.local.size).toBe(0);
    expect((await s.next((m) => m.portStatuses?.statuses?.[0]?.wiring === Wiring.WIRING_UNWIRED)).portStatuses!.statuses).toMatchObject([{ portId: 'p7' }]);
    expect(a.token?.revision).toBe(5);
    expect(a.token?.epoch).toBe('e1');
  });

  it('reports a port wired as soon as its device appears after the bind, not on the periodic re-check', async () => {
    const ctl = await controller();
    const backend = new MemoryBackend({ portDevices: true });
    // The periodic re-check is an hour away: only the device event can report the port in time.
    await agent([ctl.target], { backend, digestIntervalMs: 3_600_000 });
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false, revision: 0 } });
    s.send({ delta: { revision: 3, nonce: 'd3', vnis: [{ vni: 7, localAdd: [local('p7', 7)] }] } });
    await s.next((m) => m.ack?.nonce === 'd3');
    await new Promise((r) => setTimeout(r, 100));
    expect(s.received.some((m) => m.kind === 'portStatuses')).toBe(false);
    const plugged = Date.now();
    backend.plugPortDevice('p7');
    expect((await s.next((m) => m.kind === 'portStatuses')).portStatuses!.statuses).toMatchObject([{ portId: 'p7', wiring: Wiring.WIRING_WIRED }]);
    expect(Date.now() - plugged).toBeLessThan(1000);
  });

  it('reports a port whose device appeared while its version was being applied', async () => {
    const ctl = await controller();
    const backend = new MemoryBackend({ portDevices: true });
    const inner = backend.apply.bind(backend);
    // The device appears between the backend's look at the links and the agent learning the port is pending.
    backend.apply = (changes) => {
      const outcome = inner(changes);
      if (changes.some((c) => c.localSet.some((p) => p.portId === 'p8'))) backend.plugPortDevice('p8');
      return outcome;
    };
    const { agent: a } = await agent([ctl.target], { backend, digestIntervalMs: 3_600_000 });
    const s = await ctl.session(0);
    const reconciled = new Promise((r) => a.once('reconciled', r));
    s.send({ welcome: { epoch: 'e1', snapshot: false, revision: 0 } });
    s.send({ delta: { revision: 2, nonce: 'd2', vnis: [{ vni: 8, floodAdd: [ipToBytes('10.0.0.2')] }] } });
    // Past the one catch-up reconcile (which would find the device too).
    await reconciled;
    s.send({ delta: { revision: 3, nonce: 'd3', vnis: [{ vni: 8, localAdd: [local('p8', 8)] }] } });
    expect((await s.next((m) => m.kind === 'portStatuses')).portStatuses!.statuses).toMatchObject([{ portId: 'p8', wiring: Wiring.WIRING_WIRED }]);
  });

  it('nacks a version the backend fails, with the failed VNIs, and commits the rest', async () => {
    const ctl = await controller();
    const { agent: a, backend } = await agent([ctl.target]);
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false } });
    backend.failNextApply('RTNETLINK answers: No buffer space available', [5]);
    s.send({
      delta: {
        revision: 2,
        nonce: 'x2',
        vnis: [
          { vni: 5, floodAdd: [ipToBytes('10.0.0.2')], localAdd: [local('p5', 5)] },
          { vni: 6, floodAdd: [ipToBytes('10.0.0.3')] },
        ],
      },
    });
    const nack = (await s.next((m) => m.kind === 'nack')).nack!;
    expect(nack.nonce).toBe('x2');
    expect(nack.revision).toBe(2);
    expect(nack.vnis).toEqual([5]);
    expect(nack.errorDetail).toContain('No buffer space');
    expect((await s.next((m) => m.kind === 'portStatuses')).portStatuses!.statuses).toMatchObject([{ portId: 'p5', wiring: Wiring.WIRING_ERROR }]);
    expect(a.view.has(5)).toBe(false);
    expect(a.view.get(6)!.flood.has('10.0.0.3')).toBe(true);
    expect(a.token).toBeUndefined();
  });

  it('nacks a malformed delta without applying any of it', async () => {
    const ctl = await controller();
    const { agent: a, backend } = await agent([ctl.target]);
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false } });
    s.send({ delta: { revision: 2, nonce: 'bad', vnis: [{ vni: 8, floodAdd: [ipToBytes('10.0.0.2')] }, { vni: 9, fdbUpsert: [fdb(1, '10.0.0.2').subarray(0, 8)] }] } });
    const nack = (await s.next((m) => m.kind === 'nack')).nack!;
    expect(nack.vnis).toEqual([9]);
    expect(nack.errorDetail).toMatch(/^VNI 9: .*an FDB record is truncated/);
    expect(a.view.size).toBe(0);
    expect(backend.applyCount).toBe(0);
  });

  it('persists its state and resumes with the token after a restart', async () => {
    const ctl = await controller();
    const dir = await tempDir();
    const first = await agent([ctl.target], { store: new FileStateStore(dir) });
    const s0 = await ctl.session(0);
    s0.send({ welcome: { epoch: 'e7', snapshot: true, revision: 10 } });
    s0.send({ snapshotChunk: { revision: 10, vnis: [{ vni: 3, full: true, floodAdd: [ipToBytes('fd00::2')], neighAdd: [packNeighbours([{ ip: ipToBytes('fd10::9'), mac: macToBytes(mac(9)) }])] }] } });
    s0.send({ snapshotEnd: { revision: 10, nonce: 's10', token: { epoch: 'e7', revision: 10, subscriptionVersion: 4 } } });
    await s0.next((m) => m.kind === 'ack');
    const before = first.agent.view;
    await first.agent.stop();

    const backend = new MemoryBackend();
    const second = await agent([ctl.target], { store: new FileStateStore(dir), backend });
    // The dataplane is reconciled from the persisted view before any controller contact.
    expect(diffViews(before, await backend.read())).toEqual([]);
    const s1 = await ctl.session(1);
    const hello = (await s1.next((m) => m.kind === 'hello')).hello!;
    expect(hello.resume).toMatchObject({ epoch: 'e7', revision: 10, subscriptionVersion: 4 });
    s1.send({ welcome: { epoch: 'e7', snapshot: false, revision: 10 } });
    s1.send({ delta: { revision: 11, nonce: 'd11', vnis: [{ vni: 3, floodAdd: [ipToBytes('fd00::3')] }] } });
    await s1.next((m) => m.kind === 'ack');
    expect([...second.agent.view.get(3)!.flood].sort()).toEqual(['fd00::2', 'fd00::3']);
    expect(second.agent.token?.revision).toBe(11);
  });

  it('keeps what the dataplane holds beyond a stale saved state until it has caught up, then removes what is stale', async () => {
    const ctl = await controller();
    const dir = await tempDir();
    const first = await agent([ctl.target], { store: new FileStateStore(dir) });
    const s0 = await ctl.session(0);
    s0.send({ welcome: { epoch: 'e7', snapshot: true, revision: 10, headRevision: 10 } });
    s0.send({ snapshotChunk: { revision: 10, vnis: [{ vni: 3, full: true, floodAdd: [ipToBytes('fd00::2')] }] } });
    s0.send({ snapshotEnd: { revision: 10, nonce: 's10', token: { epoch: 'e7', revision: 10, subscriptionVersion: 4 } } });
    await s0.next((m) => m.kind === 'ack');
    await first.agent.stop();

    // The dataplane survived the agent and is newer than the saved state: it also floods to
    // fd00::4 (revision 11, never saved) and still holds VNI 5, which the controller dropped.
    const backend = new MemoryBackend();
    const kernel: HostView = new Map();
    applyVniDelta(kernel, { vni: 3, floodAdd: [ipToBytes('fd00::2'), ipToBytes('fd00::4')] });
    applyVniDelta(kernel, { vni: 5, floodAdd: [ipToBytes('fd00::9')] });
    await backend.reconcile(kernel, 'full');
    const second = await agent([ctl.target], { store: new FileStateStore(dir), backend });
    expect(diffViews(kernel, await backend.read())).toEqual([]);

    const s1 = await ctl.session(1);
    await s1.next((m) => m.kind === 'hello');
    s1.send({ welcome: { epoch: 'e7', snapshot: false, revision: 10, headRevision: 12 } });
    s1.send({ delta: { revision: 11, nonce: 'd11', vnis: [{ vni: 3, floodAdd: [ipToBytes('fd00::4')] }] } });
    await s1.next((m) => m.kind === 'ack');
    // Not caught up yet (head 12): nothing removed.
    expect((await backend.read()).has(5)).toBe(true);
    const reconciled = new Promise((resolve) => second.agent.once('reconciled', resolve));
    s1.send({ delta: { revision: 12, nonce: 'd12', vnis: [{ vni: 3, floodAdd: [ipToBytes('fd00::5')] }] } });
    await reconciled;
    const held = await backend.read();
    expect(held.has(5)).toBe(false);
    expect(diffViews(second.agent.view, held)).toEqual([]);
    expect([...held.get(3)!.flood].sort()).toEqual(['fd00::2', 'fd00::4', 'fd00::5']);
  });

  it('drops a stream that sends undecodable bytes, applies nothing of it, and reconnects with its token', async () => {
    const ctl = await controller();
    const { agent: a, backend } = await agent([ctl.target]);
    const s = await ctl.session(0);
    await s.next((m) => m.kind === 'hello');
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 3 } });
    s.send({ snapshotChunk: { revision: 3, vnis: [{ vni: 7, full: true, floodAdd: [ipToBytes('10.0.0.2')] }] } });
    s.send({ snapshotEnd: { revision: 3, nonce: 'n3', token: { epoch: 'e1', revision: 3 } } });
    await s.next((m) => m.kind === 'ack');
    // A length-delimited field whose length runs past the end of the message.
    s.stream.write(Buffer.from([0x0a, 0x7f, 0x01]));
    s.send({ delta: { revision: 4, nonce: 'n4', vnis: [{ vni: 8, full: true, floodAdd: [ipToBytes('10.0.0.3')] }] } });
    const again = await ctl.session(1);
    const hello = await again.next((m) => m.kind === 'hello');
    expect(Number(hello.hello!.resume!.revision)).toBe(3);
    expect(a.token?.revision).toBe(3);
    expect((await backend.read()).has(8)).toBe(false);
  });

  it('fails over to the next target when the first is unreachable', async () => {
    // A port that was just free: nothing listens there.
    const probe = new Server();
    const deadPort = await listenGrpc(probe, '127.0.0.1:0');
    probe.forceShutdown();
    const ctl = await controller();
    const { agent: a } = await agent([`127.0.0.1:${deadPort}`, ctl.target]);
    const s = await ctl.session(0);
    expect((await s.next((m) => m.kind === 'hello')).hello!.hostId).toBe('host-a');
    expect(a.target).toBe(ctl.target);
  });

  it('leaves the dataplane as it is while the controller is unreachable', async () => {
    const ctl = await controller();
    const { agent: a, backend } = await agent([ctl.target]);
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false } });
    s.send({ delta: { revision: 2, nonce: 'd2', vnis: [{ vni: 4, floodAdd: [ipToBytes('10.0.0.2')], fdbUpsert: [fdb(4, '10.0.0.2')] }] } });
    await s.next((m) => m.kind === 'ack');
    const applies = backend.applyCount;
    const held = await backend.read();
    const disconnected = new Promise((r) => a.once('disconnected', r));
    ctl.stop();
    await disconnected;
    await new Promise((r) => setTimeout(r, 300)); // several failed reconnects (backoff ≤ 100 ms)
    expect(backend.applyCount).toBe(applies);
    expect(diffViews(held, await backend.read())).toEqual([]);
    expect(viewsEqual(held, a.view)).toBe(true);
  });

  it('reports per-VNI digests periodically', async () => {
    const ctl = await controller();
    const { agent: a } = await agent([ctl.target], { digestIntervalMs: 40 });
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false } });
    s.send({ delta: { revision: 6, nonce: 'd6', vnis: [{ vni: 11, floodAdd: [ipToBytes('10.0.0.2')], fdbUpsert: [fdb(1, '10.0.0.2', 3)] }] } });
    await s.next((m) => m.kind === 'ack');
    const d = (await s.nextOfKind('digests')).digests!;
    const vnis = d.vnis ?? [];
    expect(d.revision).toBe(6);
    expect(vnis).toHaveLength(1);
    expect(vnis[0].vni).toBe(11);
    expect(vnis[0].entries).toBe(2);
    expect(Number(vnis[0].digest)).toBe(digestToWire(digestVniView(a.view.get(11)!)));
  });
  it('a digest round carries one digest per router held, flagged as the whole router set (empty when none)', async () => {
    const ctl = await controller();
    await agent([ctl.target], { digestIntervalMs: 40 });
    const s = await ctl.session(0);
    s.send({ welcome: { epoch: 'e1', snapshot: false } });
    const r1 = routerView(
      'r1',
      [
        { networkId: 'nA', vni: 11, subnetId: 'sA', portId: 'ifA', cidr: '10.1.0.0/24', ip: '10.1.0.1', routerMac: 'fa:16:3e:ff:00:0a' },
        { networkId: 'nB', vni: 12, subnetId: 'sB', portId: 'ifB', cidr: '10.2.0.0/24', ip: '10.2.0.1', routerMac: 'fa:16:3e:ff:00:0b' },
      ],
      [{ destination: '198.51.100.0/24', nexthop: '10.1.0.9' }],
    );
    const r0 = routerView('r0', r1.interfaces.slice(0, 1), []);
    s.send({ delta: { revision: 6, nonce: 'd6', vnis: [{ vni: 11, floodAdd: [ipToBytes('10.0.0.2')] }], routers: [encodeRouterDelta(r1), encodeRouterDelta(r0)] } });
    await s.next((m) => m.kind === 'ack');
    const d = (await s.nextOfKind('digests')).digests!;
    expect(d.routersIncluded).toBe(true);
    expect((d.routers ?? []).map((r) => [r.routerId, Number(r.digest)])).toEqual([
      ['r0', digestToWire(digestRouterView(r0))],
      ['r1', digestToWire(digestRouterView(r1))],
    ]);

    // Both routers left: the next round says "none held" (flag set, empty list).
    s.send({ delta: { revision: 7, nonce: 'd7', vnis: [], routers: [leaveRouterDelta('r0'), leaveRouterDelta('r1')] } });
    await s.next((m) => m.kind === 'ack' && m.ack!.nonce === 'd7');
    const later = (await s.next((m) => m.kind === 'digests' && m.digests!.revision === 7, 2000)).digests!;
    expect(later.routersIncluded).toBe(true);
    expect(later.routers ?? []).toEqual([]);
  });

  it('raises its token to a heartbeat revision once everything before it applied, but never past a failed version', async () => {
    const ctl = await controller();
    const backend = new MemoryBackend();
    const { agent: a } = await agent([ctl.target], { backend });
    const s = await ctl.session(0);
    await s.next((m) => m.kind === 'hello');
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 5 } });
    s.send({ snapshotChunk: { revision: 5, vnis: [{ vni: 1, full: true, mtu: 1450, floodAdd: [ipToBytes('10.0.0.2')] }] } });
    s.send({ snapshotEnd: { revision: 5, nonce: 'snapshot-5', token: { epoch: 'e1', revision: 5, subscriptionVersion: 3 } } });
    await s.next((m) => m.kind === 'ack');
    s.send({ heartbeat: { revision: 12, timeMs: Date.now() } });
    s.send({ delta: { revision: 13, nonce: '13', vnis: [{ vni: 1, fdbUpsert: [fdb(1, '10.0.0.2')] }] } });
    await s.next((m) => m.ack?.nonce === '13');
    expect(a.token).toEqual({ epoch: 'e1', revision: 13, subscriptionVersion: 3 });

    // A failed version taints the token: neither a tokenless delta nor a heartbeat may move it past 14.
    backend.failNextApply('kernel said no');
    s.send({ delta: { revision: 14, nonce: '14', vnis: [{ vni: 1, fdbUpsert: [fdb(2, '10.0.0.2')] }] } });
    await s.next((m) => m.nack?.nonce === '14');
    // The refused delta was undone: the view still holds what the dataplane holds.
    expect(a.view.get(1)!.fdb.has(mac(2))).toBe(false);
    expect(a.view.get(1)!.fdb.has(mac(1))).toBe(true);
    expect(diffViews(await backend.read(), a.view)).toEqual([]);
    s.send({ delta: { revision: 15, nonce: '15', vnis: [{ vni: 1, fdbUpsert: [fdb(3, '10.0.0.2')] }] } });
    await s.next((m) => m.ack?.nonce === '15');
    s.send({ heartbeat: { revision: 16, timeMs: Date.now() } });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.token?.revision).toBe(13);
    // The controller's resync carries a token: applying it clears the taint.
    s.send({ delta: { revision: 16, nonce: 'resync-1', vnis: [{ vni: 1, full: true, fdbUpsert: [fdb(2, '10.0.0.2'), fdb(3, '10.0.0.2')] }], token: { epoch: 'e1', revision: 16, subscriptionVersion: 3 } } });
    await s.next((m) => m.ack?.nonce === 'resync-1');
    s.send({ heartbeat: { revision: 20, timeMs: Date.now() } });
    await new Promise((r) => setTimeout(r, 50));
    expect(a.token?.revision).toBe(20);
  });
  it('coalesces acks while more deltas wait: the newest ack settles the burst', async () => {
    const ctl = await controller();
    // A dataplane slower than the controller: deltas queue up behind each apply.
    const inner = new MemoryBackend();
    const slow: DataplaneBackend = {
      kind: 'slow',
      reconcile: (view) => inner.reconcile(view),
      apply: (changes) => new Promise((r) => setTimeout(r, 5)).then(() => inner.apply(changes)),
      checkPorts: (pending) => inner.checkPorts(pending),
      read: () => inner.read(),
      close: () => inner.close(),
    };
    const { agent: a } = await agent([ctl.target], { backend: slow, ackDelayMs: 0 });
    const s = await ctl.session(0);
    await s.next((m) => m.kind === 'hello');
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: false, revision: 0 } });
    for (let r = 1; r <= 30; r++) s.send({ delta: { revision: r, vnis: [{ vni: 1, fdbUpsert: [fdb(r, '10.0.0.2')] }] } });
    const last = await s.next((m) => m.ack?.nonce === '30');
    expect(last.ack!.revision).toBe(30);
    expect(a.view.get(1)!.fdb.size).toBe(30);
    const acks = s.received.filter((m) => m.ack).length;
    expect(acks).toBeGreaterThan(0);
    expect(acks).toBeLessThan(30);
  });
});

describe('HostAgent delayed acks', () => {
  const started = async (extra: Partial<HostAgentOptions>) => {
    const ctl = await controller();
    const backend = new MemoryBackend();
    const { agent: a } = await agent([ctl.target], { backend, ...extra });
    const s = await ctl.session(0);
    await s.next((m) => m.kind === 'hello');
    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: false, revision: 0 } });
    return { a, s, backend };
  };
  const acks = (s: { received: trellis.l2.v1.HostMessage[] }) => s.received.filter((m) => m.ack).map((m) => m.ack!.nonce);

  it('holds acks for ackDelayMs and sends only the newest', async () => {
    const { a, s } = await started({ ackDelayMs: 150 });
    const sentAt = Date.now();
    for (let r = 1; r <= 5; r++) s.send({ delta: { revision: r, vnis: [{ vni: 1, fdbUpsert: [fdb(r, '10.0.0.2')] }] } });
    await new Promise<void>((resolve) => {
      a.on('applied', (e: { revision: number }) => e.revision === 5 && resolve());
    });
    expect(acks(s)).toEqual([]); // applied, ack still held
    const last = await s.next((m) => m.ack?.nonce === '5');
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(100);
    expect(last.ack!.revision).toBe(5);
    expect(acks(s)).toEqual(['5']);
  });

  it('acks every version at once with ackDelayMs 0', async () => {
    const { s } = await started({ ackDelayMs: 0 });
    for (let r = 1; r <= 3; r++) {
      s.send({ delta: { revision: r, vnis: [{ vni: 1, fdbUpsert: [fdb(r, '10.0.0.2')] }] } });
      await s.next((m) => m.ack?.nonce === String(r), 1000);
    }
    expect(acks(s)).toEqual(['1', '2', '3']);
  });

  it('sends a held ack before a nack, and a snapshot end ack at once', async () => {
    const { s, backend } = await started({ ackDelayMs: 60_000 });
    s.send({ delta: { revision: 1, vnis: [{ vni: 1, fdbUpsert: [fdb(1, '10.0.0.2')] }] } });
    s.send({ delta: { revision: 2, vnis: [{ vni: 1, fdbUpsert: [fdb(2, '10.0.0.2')] }] } });
    await new Promise((r) => setTimeout(r, 50));
    backend.failNextApply('kernel said no');
    s.send({ delta: { revision: 3, vnis: [{ vni: 1, fdbUpsert: [fdb(3, '10.0.0.2')] }] } });
    await s.next((m) => m.nack?.nonce === '3', 2000);
    const kinds = s.received.filter((m) => m.ack || m.nack).map((m) => `${m.kind}:${(m.ack ?? m.nack)!.nonce}`);
    expect(kinds).toEqual(['ack:2', 'nack:3']);

    s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: true, revision: 4 } });
    s.send({ snapshotEnd: { revision: 4, nonce: 's4', token: { epoch: 'e1', revision: 4, subscriptionVersion: 1 } } });
    expect((await s.next((m) => m.ack?.nonce === 's4', 2000)).ack!.revision).toBe(4);
  });

  it('sends a held ack before a digest report', async () => {
    const { s } = await started({ ackDelayMs: 60_000, digestIntervalMs: 50 });
    s.send({ delta: { revision: 7, vnis: [{ vni: 1, fdbUpsert: [fdb(1, '10.0.0.2')] }] } });
    await s.nextOfKind('digests', 2000);
    const order = s.received.filter((m) => m.ack || m.digests).map((m) => m.kind);
    expect(order.slice(0, 2)).toEqual(['ack', 'digests']);
    expect(s.received.find((m) => m.ack)!.ack!.nonce).toBe('7');
  });
});
