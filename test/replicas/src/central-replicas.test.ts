import { FeedClient, type FeedEvent } from '@trellis/feed';
import { createLogger } from '@trellis/runtime';
import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fleet } from './harness/fleet';
import { eventually, http, ok } from './harness/http';
import { startCentral, type CentralEndpoints } from './harness/services';

// Two real central-api processes on one real (1-member) etcd: the deployment of docs/deployment.md
// with its replicas on one machine.
let etcd: EtcdCluster | undefined;
const fleet = new Fleet();
let a: CentralEndpoints;
let b: CentralEndpoints;

beforeAll(async () => {
  etcd = await startEtcd({ members: 1, unsafeNoFsync: true });
  const options = { etcdEndpoints: etcd.endpoints, prefix: '/replicas-suite/' };
  [a, b] = await Promise.all([startCentral(fleet, 'central-a', options), startCentral(fleet, 'central-b', options)]);
});

afterAll(async () => {
  await fleet.stopAll();
  await etcd?.stop();
});

const post = async (base: CentralEndpoints, path: string, body: unknown) => ok(await http('POST', `${base.url}${path}`, body)).json;

/** One feed revision reduced to what must be identical whichever replica served it. */
const shape = (e: Extract<FeedEvent, { type: 'revision' }>) => ({
  revision: e.revision,
  changes: e.changes.map((c) => ({ type: c.type, collection: c.collection, key: c.key, modRevision: c.modRevision, value: c.value })),
});

/** Every revision the feed of `target` yields from the beginning up to `until`. */
async function readFeed(target: string, until: number): Promise<ReturnType<typeof shape>[]> {
  const client = new FeedClient({ targets: [target], logger: createLogger({ name: 'feed-reader', level: 'silent' }), consumer: 'replicas-test' });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30_000);
  const out: ReturnType<typeof shape>[] = [];
  try {
    for await (const event of client.watch({ afterRevision: 0, signal: abort.signal })) {
      if (event.type === 'snapshot') throw new Error(`unexpected snapshot from ${target} at ${event.revision}`);
      if (event.type === 'revision') out.push(shape(event));
      if ((event.type === 'revision' || event.type === 'progress') && event.revision >= until) break;
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
    client.close();
  }
  return out;
}

describe('two central-api replicas on one etcd', () => {
  it('serves every write through either replica, with the same revision numbers', async () => {
    const net = (await post(a, '/v2.0/networks', { network: { name: 'via-a' } })).network;
    const seen = ok(await http('GET', `${b.url}/v2.0/networks/${net.id}`)).json.network;
    expect(seen).toMatchObject({ id: net.id, name: 'via-a', 'provider:segmentation_id': net['provider:segmentation_id'], revision_number: net.revision_number });

    // Update through B with A's revision as precondition, then read it back through A.
    const updated = await http('PUT', `${b.url}/v2.0/networks/${net.id}`, { network: { name: 'renamed-via-b' } });
    expect(updated.status).toBe(200);
    expect(ok(await http('GET', `${a.url}/v2.0/networks/${net.id}`)).json.network).toMatchObject({ name: 'renamed-via-b', revision_number: updated.json.network.revision_number });

    // Both replicas report the one store revision.
    const [ha, hb] = [ok(await http('GET', `${a.url}/healthz`)).json, ok(await http('GET', `${b.url}/healthz`)).json];
    expect(ha.store.backend).toBe('etcd');
    expect(hb.store.revision).toBe(ha.store.revision);

    // A delete through A is gone through B.
    expect((await http('DELETE', `${a.url}/v2.0/networks/${net.id}`)).status).toBe(204);
    expect((await http('GET', `${b.url}/v2.0/networks/${net.id}`)).json.NeutronError.type).toBe('NetworkNotFound');
  });

  it('never hands out a duplicate IP or MAC under 2×100 concurrent port creates on a shared network', async () => {
    const net = (await post(a, '/v2.0/networks', { network: { name: 'shared' } })).network;
    // A /24 pool is tight on purpose: 200 of its 253 addresses are taken while both replicas race.
    await post(b, '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '10.20.0.0/24', ip_version: 4, enable_dhcp: false } });
    const creates = Array.from({ length: 200 }, (_, i) => http('POST', `${(i % 2 ? a : b).url}/v2.0/ports`, { port: { network_id: net.id, name: `p${i}` } }, 60_000));
    const results = await Promise.all(creates);
    const failures = results.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.json)}`);
    expect(failures, failures.slice(0, 3).join('\n')).toEqual([]);
    const ports = results.map((r) => r.json.port);
    expect(new Set(ports.map((p) => p.fixed_ips[0].ip_address)).size).toBe(200);
    expect(new Set(ports.map((p) => p.mac_address)).size).toBe(200);
    // What the store holds agrees, through the other replica too.
    const listed = ok(await http('GET', `${b.url}/v2.0/ports?network_id=${net.id}`)).json.ports;
    expect(listed).toHaveLength(200);
    expect(new Set(listed.map((p: { fixed_ips: { ip_address: string }[] }) => p.fixed_ips[0]!.ip_address)).size).toBe(200);
  });

  it('never hands out a duplicate VNI under concurrent network creates on both replicas', async () => {
    const creates = Array.from({ length: 60 }, (_, i) => http('POST', `${(i % 2 ? a : b).url}/v2.0/networks`, { network: { name: `n${i}` } }, 60_000));
    const results = await Promise.all(creates);
    const failures = results.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.json)}`);
    expect(failures, failures.slice(0, 3).join('\n')).toEqual([]);
    const vnis = results.map((r) => r.json.network['provider:segmentation_id'] as number);
    expect(new Set(vnis).size).toBe(60);
    const all = ok(await http('GET', `${a.url}/v2.0/networks`)).json.networks as { 'provider:segmentation_id': number }[];
    expect(new Set(all.map((n) => n['provider:segmentation_id'])).size).toBe(all.length);
  });

  it('feeds the same revision space from either replica: same revisions, same changes', async () => {
    // A few more writes through each, so the log interleaves both replicas' commits.
    const net = (await post(b, '/v2.0/networks', { network: { name: 'feed-net' } })).network;
    await post(a, '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '10.30.0.0/24', ip_version: 4 } });
    await post(b, '/v2.0/ports', { port: { network_id: net.id } });
    const until = await eventually(async () => {
      const [ra, rb] = [ok(await http('GET', `${a.url}/healthz`)).json.store.revision, ok(await http('GET', `${b.url}/healthz`)).json.store.revision];
      return ra === rb && ra;
    });
    const [fromA, fromB] = await Promise.all([readFeed(a.feedTarget, until), readFeed(b.feedTarget, until)]);
    expect(fromA.length).toBeGreaterThan(200);
    expect(fromA.at(-1)?.revision).toBe(until);
    expect(fromB).toEqual(fromA);
    // Strictly increasing, and the last change is the port created through B.
    expect(fromA.every((r, i) => i === 0 || r.revision > fromA[i - 1]!.revision)).toBe(true);
    expect(fromA.at(-1)!.changes.some((c) => c.collection === 'ports')).toBe(true);
  });
});
