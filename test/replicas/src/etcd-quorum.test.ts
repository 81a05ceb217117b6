import { FeedClient, type FeedEvent } from '@trellis/feed';
import { createLogger } from '@trellis/runtime';
import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderOf } from './harness/etcd-leader';
import { Fleet } from './harness/fleet';
import { eventually, http, ok, type HttpAnswer } from './harness/http';
import { startCentral, type CentralEndpoints } from './harness/services';

// Two real central-api processes on a real 3-member etcd (fsync on), with members stopped and
// started under them. The central processes are never restarted: their PIDs are checked at the end.
let etcd: EtcdCluster | undefined;
const fleet = new Fleet();
let a: CentralEndpoints;
let b: CentralEndpoints;
let networkId = '';
const pids: number[] = [];

beforeAll(async () => {
  etcd = await startEtcd({ members: 3 });
  const options = { etcdEndpoints: etcd.endpoints, prefix: '/quorum-suite/' };
  [a, b] = await Promise.all([startCentral(fleet, 'central-a', options), startCentral(fleet, 'central-b', options)]);
  pids.push(fleet.process('central-a').pid, fleet.process('central-b').pid);
  networkId = ok(await http('POST', `${a.url}/v2.0/networks`, { network: { name: 'quorum-net' } })).json.network.id;
  // The pool stops below .100: the racing writes of the quorum test ask for .100 and up
  // explicitly, so only their own outcome can ever hold those addresses.
  ok(await http('POST', `${b.url}/v2.0/subnets`, { subnet: { network_id: networkId, cidr: '10.40.0.0/24', ip_version: 4, allocation_pools: [{ start: '10.40.0.2', end: '10.40.0.99' }] } }));
});

afterAll(async () => {
  await fleet.stopAll();
  await etcd?.stop();
});

/** One feed revision reduced to what must be identical between a live watcher and a replay. */
const shape = (e: Extract<FeedEvent, { type: 'revision' }>) => ({
  revision: e.revision,
  changes: e.changes.map((c) => ({ type: c.type, collection: c.collection, key: c.key, modRevision: c.modRevision })),
});

/** A consumer of central's feed (as vtep-controllers and cell-agents are), recording what it sees. */
function watchFeed(target: string, afterRevision: number) {
  const client = new FeedClient({ targets: [target], logger: createLogger({ name: 'feed-watcher', level: 'silent' }), consumer: 'quorum-test', progressIntervalMs: 500 });
  const abort = new AbortController();
  const events: FeedEvent[] = [];
  const done = (async () => {
    for await (const event of client.watch({ afterRevision, signal: abort.signal })) events.push(event);
  })().catch((err: unknown) => events.push({ type: 'connection', connected: false, target, error: `watch ended: ${String(err)}` }));
  return {
    events,
    revisions: () => events.flatMap((e) => (e.type === 'revision' ? [shape(e)] : [])),
    async stop() {
      abort.abort();
      await done;
      client.close();
    },
  };
}

// A write caught in flight by the quorum loss may wait one etcd request timeout (5 s).
const createPort = (via: CentralEndpoints, body: Record<string, unknown> = {}) => http('POST', `${via.url}/v2.0/ports`, { port: { network_id: networkId, ...body } }, 60_000);
const portsOnNetwork = async (via: CentralEndpoints) => ok(await http('GET', `${via.url}/v2.0/ports?network_id=${networkId}`)).json.ports as { id: string; name: string; mac_address: string; fixed_ips: { ip_address: string }[] }[];

describe('central-api replicas on a 3-member etcd', () => {
  it('carries on when the leader member stops: only writes caught in flight on it may get an honest 503', async () => {
    const leader = await leaderOf(etcd!);
    // Writes keep flowing through both replicas while the leader goes away.
    const during: { startedAt: number; answer: Promise<HttpAnswer> }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < 200; i++) {
        during.push({ startedAt: Date.now(), answer: createPort(i % 2 ? a : b, { name: `during-${i}` }) });
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    const stopping = Date.now();
    await leader.stop();
    const stopped = Date.now();
    await new Promise((r) => setTimeout(r, 1_500));
    writing = false;
    await writer;
    const answers = await Promise.all(during.map(async (w) => ({ startedAt: w.startedAt, res: await w.answer })));
    const failed = answers.filter((w) => w.res.status !== 201);
    console.info(`leader ${leader.name} stopped (${stopped - stopping} ms) under ${answers.length} port creates: ${answers.length - failed.length} × 201, ${failed.length} × other`);
    // A write in flight on the member that dies cannot be told applied or not: the server says
    // so (503, "may or may not have been applied"). Every write sent once it was gone succeeds
    // (the server retries on another member / after the election).
    for (const w of failed) {
      expect(w.startedAt, JSON.stringify(w.res.json)).toBeLessThan(stopped);
      expect(w.res.status).toBe(503);
      expect(w.res.json.NeutronError.message).toMatch(/etcd .* during commit: .*may or may not have been applied/);
    }
    expect(failed.length).toBeLessThanOrEqual(2);
    // After the election, reads and writes through both replicas work as before.
    const count = (await portsOnNetwork(a)).length;
    for (const [i, via] of [a, b].entries()) {
      expect((await createPort(via, { name: `after-leader-loss-${via.name}` })).status).toBe(201);
      expect((await portsOnNetwork(via)).length).toBe(count + i + 1);
    }
    await leader.start();
    await etcd!.waitHealthy(20_000);
  });

  it('answers writes with 503 naming etcd when two members are down, writes nothing partial, and resumes when they return', async () => {
    // A feed consumer watches through the whole loss and recovery.
    const feed = watchFeed(a.feedTarget, 0);
    // Writes with explicit addresses and MACs are in flight while quorum goes: afterwards each one
    // must be all there (port, address, MAC) or not there at all (address and MAC free again).
    const inFlight: { mac: string; ip: string; answer: Promise<HttpAnswer> }[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < 40; i++) {
        const hex = i.toString(16).padStart(2, '0');
        const spec = { mac: `fa:16:3e:ab:00:${hex}`, ip: `10.40.0.${100 + i}` };
        inFlight.push({ ...spec, answer: createPort(i % 2 ? a : b, { name: `racing-${i}`, mac_address: spec.mac, fixed_ips: [{ ip_address: spec.ip }] }) });
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const leader = await leaderOf(etcd!);
    const follower = etcd!.members.find((m) => m !== leader)!;
    await Promise.all([leader.stop(), follower.stop()]);
    await new Promise((r) => setTimeout(r, 300));
    writing = false;
    await writer;

    // One member left of three: no quorum. Writes answer 503 and say etcd is the reason;
    // once each replica's store knows quorum is lost (its first 503 opened its circuit) they answer at once.
    const firstStarted = Date.now();
    const first = await Promise.all([createPort(a, { name: 'during-quorum-loss-a' }), createPort(b, { name: 'during-quorum-loss-b' })]);
    const firstMs = Date.now() - firstStarted;
    const started = Date.now();
    const again = [await createPort(a, { name: 'during-quorum-loss-a2' }), await createPort(b, { name: 'during-quorum-loss-b2' })];
    const writeMs = (Date.now() - started) / 2;
    for (const res of [...first, ...again]) {
      expect(res.status, JSON.stringify(res.json)).toBe(503);
      expect(res.json.NeutronError.type).toBe('ServiceUnavailable');
      expect(res.json.NeutronError.message).toMatch(/etcd quorum unavailable during commit: /);
    }
    for (const res of again) expect(res.json.NeutronError.message).toMatch(/quorum circuit open .*; nothing was written/);
    expect(writeMs).toBeLessThan(1_000);
    const lostB = again[1]!;

    // Reads answer from the surviving member's copy, say so in a header, and do not wait a timeout.
    const readStarted = Date.now();
    const read = await http('GET', `${b.url}/v2.0/networks/${networkId}`);
    const readMs = Date.now() - readStarted;
    expect(read.status).toBe(200);
    expect(read.json.network.id).toBe(networkId);
    const survivor = etcd!.members.find((m) => m.running)!;
    expect(read.headers.get('x-trellis-stale-read')).toMatch(new RegExp(`^revision=\\d+; member=${survivor.clientUrl.replace(/[.]/g, '\\.')}$`));
    expect(readMs).toBeLessThan(1_500);
    const feedBeforeReturn = feed.events.length;
    console.info(`quorum lost: write 503 after ${writeMs} ms (mean of 2, circuit open; the first one per replica: ${firstMs} ms): ${lostB.json.NeutronError.message}\nread ${read.status} after ${readMs} ms, ${read.headers.get('x-trellis-stale-read')}`);

    const restarting = Date.now();
    await Promise.all(etcd!.members.filter((m) => !m.running).map((m) => m.start()));
    const restarted = Date.now();
    // Quorum back: the same central processes serve writes again.
    const back = await eventually(async () => {
      const res = await createPort(b, { name: 'after-quorum' });
      return res.status === 201 && res;
    }, 30_000, 'a write after quorum returned');
    const recoveredMs = Date.now() - restarted;
    expect(back.json.port.name).toBe('after-quorum');
    // Reads are linearizable again: no stale-read header, and the read sees the write just made.
    const fresh = await http('GET', `${a.url}/v2.0/ports/${back.json.port.id}`);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-trellis-stale-read')).toBeNull();
    expect((await http('GET', `${b.url}/v2.0/networks/${networkId}`)).headers.get('x-trellis-stale-read')).toBeNull();
    console.info(`quorum back: members restarted in ${restarted - restarting} ms, first write 201 ${recoveredMs} ms later`);

    const outcomes = await Promise.all(inFlight.map(async (w) => ({ ...w, res: await w.answer })));
    const after = await portsOnNetwork(a);
    const counts = { created: 0, unavailable: 0, appliedAnyway: 0 };
    for (const w of outcomes) {
      const port = after.find((p) => p.mac_address === w.mac);
      if (w.res.status === 201) {
        counts.created++;
        expect(port?.fixed_ips[0]!.ip_address).toBe(w.ip);
        continue;
      }
      expect(w.res.status, JSON.stringify(w.res.json)).toBe(503);
      counts.unavailable++;
      if (port) {
        counts.appliedAnyway++;
        expect(port.fixed_ips.map((f) => f.ip_address)).toEqual([w.ip]);
      } else {
        // Nothing of it stayed behind: the same MAC and address are free.
        const again = await createPort(a, { name: 'retry', mac_address: w.mac, fixed_ips: [{ ip_address: w.ip }] });
        expect(again.status, JSON.stringify(again.json)).toBe(201);
      }
    }
    console.info(`writes racing the quorum loss: ${JSON.stringify(counts)}`);

    // The feed: nothing lost, nothing twice. The live watcher's revisions (through loss and
    // recovery) are exactly what a replay from the same start yields afterwards.
    const createdIds = [back.json.port.id as string, ...outcomes.filter((w) => w.res.status === 201).map((w) => w.res.json.port.id as string)];
    const portKeysIn = (revs: ReturnType<typeof feed.revisions>) => revs.flatMap((r) => r.changes.filter((c) => c.collection === 'ports' && c.type === 'put').map((c) => c.key));
    await eventually(async () => createdIds.every((id) => portKeysIn(feed.revisions()).includes(id)), 15_000, 'the live feed shows every created port');
    const live = feed.revisions();
    const lastRevision = live[live.length - 1]!.revision;
    const replay = watchFeed(a.feedTarget, 0);
    await eventually(async () => replay.revisions().some((r) => r.revision >= lastRevision), 15_000, 'the replay reaches the live position');
    await replay.stop();
    await feed.stop();
    expect(live.map((r) => r.revision)).toEqual([...new Set(live.map((r) => r.revision))].sort((x, y) => x - y));
    expect(live).toEqual(replay.revisions().filter((r) => r.revision <= lastRevision));
    for (const id of createdIds) expect(portKeysIn(live).filter((k) => k === id)).toHaveLength(1);
    const duringLoss = feed.events.slice(0, feedBeforeReturn);
    console.info(
      `feed: ${live.length} revisions up to ${lastRevision}; ${feed.events.filter((e) => e.type === 'connection' && !e.connected).length} disconnects overall, ` +
        `${duringLoss.filter((e) => e.type === 'progress').length} progress events before quorum returned; ${feed.events.filter((e) => e.type === 'snapshot').length} snapshots`,
    );
    // The contract for a write racing a quorum loss: 201 (committed once), or 503 meaning "not
    // known to have committed" (then the port is either absent, address and MAC free, or whole);
    // never a conflict on the caller's own write.
    expect(counts.created).toBeGreaterThan(0);
    expect(counts.created + counts.unavailable).toBe(outcomes.length);
    expect(after.some((p) => p.name.startsWith('during-quorum-loss'))).toBe(false);
    expect([fleet.process('central-a').pid, fleet.process('central-b').pid]).toEqual(pids);
  });
});
