import { Channel, connectivityState, credentials, Server } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { ipToBytes, macToBytes, packFdbGroup } from '@trellis/l2';
import { createLogger, listenGrpc } from '@trellis/runtime';
import { MemoryBackend } from '../dataplane/memory-backend';
import { FakeController, type FakeSession } from '../testing/fake-controller';
import { HostAgent } from './host-agent';

const logger = createLogger({ name: 'host-agent-shared-channel-test', level: 'silent' });
const fdb = (n: number, vtep: string) => packFdbGroup(ipToBytes(vtep), [{ mac: macToBytes(`fa:16:3e:00:02:${n.toString(16).padStart(2, '0')}`), seq: 0 }]);

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function controller(): Promise<FakeController> {
  const c = await new FakeController().start();
  cleanups.push(() => c.stop());
  return c;
}

/** One channel per target, owned by the test (as a simulation worker owns them). */
function channels(): { channelFor: (target: string) => Channel; opened: Map<string, Channel> } {
  const opened = new Map<string, Channel>();
  cleanups.push(() => {
    for (const c of opened.values()) c.close();
  });
  const channelFor = (target: string) => {
    let c = opened.get(target);
    if (!c) opened.set(target, (c = new Channel(target, credentials.createInsecure(), {})));
    return c;
  };
  return { channelFor, opened };
}

async function agent(hostId: string, targets: string[], channelFor: (t: string) => Channel): Promise<HostAgent> {
  const a = new HostAgent({ hostId, vtep: '10.0.0.1', targets, backend: new MemoryBackend(), logger, digestIntervalMs: 0, backoff: { initialMs: 20, maxMs: 100 }, channelFor });
  await a.start();
  cleanups.push(() => a.stop());
  return a;
}

/** Welcomes a session and applies one delta on it; resolves with the delta's ack. */
async function applyOne(s: FakeSession, revision: number): Promise<number> {
  s.send({ welcome: { controllerId: 'c1', epoch: 'e1', snapshot: false, revision: revision - 1 } });
  s.send({ delta: { revision, nonce: `d${revision}`, vnis: [{ vni: 1, fdbUpsert: [fdb(revision, '10.0.0.2')] }] } });
  return Number((await s.next((m) => m.ack?.nonce === `d${revision}`)).ack!.revision);
}

describe('HostAgent on a shared channel (channelFor)', () => {
  it('gives each agent its own stream, and one agent stopping leaves the channel to the others', async () => {
    const ctl = await controller();
    const { channelFor, opened } = channels();
    const a = await agent('host-a', [ctl.target], channelFor);
    const b = await agent('host-b', [ctl.target], channelFor);
    const byHost = new Map<string, FakeSession>();
    for (const s of [await ctl.session(0), await ctl.session(1)]) byHost.set((await s.next((m) => m.kind === 'hello')).hello!.hostId!, s);
    expect([...byHost.keys()].sort()).toEqual(['host-a', 'host-b']);
    expect(opened.size).toBe(1);
    const [sa, sb] = [byHost.get('host-a')!, byHost.get('host-b')!];

    expect(await applyOne(sa, 2)).toBe(2);
    await a.stop(); // cancels a's stream only
    await new Promise((r) => setTimeout(r, 50));
    expect(opened.get(ctl.target)!.getConnectivityState(false)).not.toBe(connectivityState.SHUTDOWN);
    expect(await applyOne(sb, 3)).toBe(3);
    expect(b.view.get(1)!.fdb.size).toBe(1);
  });

  it('reconnects on the shared channel after the controller closes the stream, presenting its token', async () => {
    const ctl = await controller();
    const { channelFor, opened } = channels();
    const a = await agent('host-a', [ctl.target], channelFor);
    const s0 = await ctl.session(0);
    expect(await applyOne(s0, 4)).toBe(4);
    s0.close();
    const s1 = await ctl.session(1);
    const hello = await s1.next((m) => m.kind === 'hello');
    expect(hello.hello!.resume).toMatchObject({ epoch: 'e1', revision: 4 });
    expect(await applyOne(s1, 5)).toBe(5);
    expect(a.token?.revision).toBe(5);
    expect(opened.size).toBe(1);
  });

  it('fails over to the next target with a channel per target', async () => {
    // A port that was just free: nothing listens there.
    const probe = new Server();
    const deadPort = await listenGrpc(probe, '127.0.0.1:0');
    probe.forceShutdown();
    const ctl = await controller();
    const { channelFor, opened } = channels();
    const dead = `127.0.0.1:${deadPort}`;
    const a = await agent('host-a', [dead, ctl.target], channelFor);
    const s = await ctl.session(0);
    expect((await s.next((m) => m.kind === 'hello')).hello!.hostId).toBe('host-a');
    expect(a.target).toBe(ctl.target);
    expect([...opened.keys()].sort()).toEqual([dead, ctl.target].sort());
    expect(await applyOne(s, 2)).toBe(2);
  });

  it('fails over to the second target when its controller goes away, resuming with its token', async () => {
    const first = await controller();
    const second = await controller();
    const { channelFor, opened } = channels();
    const a = await agent('host-a', [first.target, second.target], channelFor);
    expect(await applyOne(await first.session(0), 2)).toBe(2);
    first.stop();
    const s = await second.session(0);
    expect((await s.next((m) => m.kind === 'hello')).hello!.resume).toMatchObject({ revision: 2 });
    expect(await applyOne(s, 3)).toBe(3);
    expect(a.target).toBe(second.target);
    // The first target's channel stays open for whoever shares it; nothing closed it.
    expect(opened.get(first.target)!.getConnectivityState(false)).not.toBe(connectivityState.SHUTDOWN);
  });
});
