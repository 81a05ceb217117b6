import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeCentral } from './testing/fake-central';
import { startTestAgent, type TestAgent } from './testing/test-agent';

let central: FakeCentral;
const agents: TestAgent[] = [];

beforeEach(async () => {
  central = await FakeCentral.start();
  await central.seedTopology();
});

afterEach(async () => {
  for (const a of agents.splice(0)) await a.close();
  await central.close();
});

const reachableMetric = async (agent: TestAgent) => {
  const text = (await agent.call('GET', '/metrics')).json as string;
  return /^trellis_cell_agent_central_reachable\{[^}]*\} (\d)/m.exec(text)?.[1];
};

/** Polls `probe` until it returns true; bounded. */
async function eventually(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
}

describe('autonomy', () => {
  it('serves reads from the replica while central is down, refuses writes with 503, and catches up afterwards', async () => {
    const { network, subnet } = await central.createNetwork('net');
    const one = await startTestAgent(central);
    agents.push(one);
    const port = (await one.call('POST', '/v2.0/ports', { port: { network_id: network.id, 'binding:host_id': 'h1' } })).json.port;
    expect(await reachableMetric(one)).toBe('1');

    await central.stopRest();
    central.stopFeed();
    expect((await one.call('GET', `/v2.0/networks?id=${network.id}`)).json.networks).toHaveLength(1);
    expect((await one.call('GET', `/v2.0/subnets/${subnet.id}`)).status).toBe(200);
    expect((await one.call('GET', `/v2.0/ports/${port.id}`)).json.port.mac_address).toBe(port.mac_address);

    const started = Date.now();
    const write = await one.call('POST', '/v2.0/ports', { port: { network_id: network.id } });
    expect(write.status).toBe(503);
    expect(write.json.NeutronError.type).toBe('ServiceUnavailable');
    expect(write.json.NeutronError.message).toContain('central-api is unreachable');
    expect(Date.now() - started).toBeLessThan(1_500);
    const update = await one.call('PUT', `/v2.0/ports/${port.id}`, { port: { name: 'renamed' } });
    expect(update.status).toBe(503);
    expect((await one.call('DELETE', `/v2.0/ports/${port.id}`)).status).toBe(503);
    // Nothing half-applied: the replica still holds exactly the port central has.
    expect((await one.call('GET', '/v2.0/ports')).json.ports.map((p: { id: string; name: string }) => [p.id, p.name])).toEqual([[port.id, '']]);
    expect(await reachableMetric(one)).toBe('0');
    expect(one.logs().some((l) => String(l.msg).startsWith('central-api unreachable'))).toBe(true);

    // While the agent is cut off, central changes.
    const extra = central.subnetOf(network.id, 'late', '10.2.0.0/24');
    const { revision } = await central.store.commit({
      ops: [
        { type: 'put', collection: 'subnets', key: extra.id, value: extra },
        { type: 'put', collection: 'ports', key: port.id, value: { ...(await central.store.get<object>('ports', port.id))?.value, name: 'changed-at-central', revisionNumber: 5 } },
      ],
    });
    await central.startRest();
    await central.startFeed();
    await one.app.cellAgent.sync?.waitForPosition(revision, 15_000);
    expect((await one.call('GET', `/v2.0/networks/${network.id}`)).json.network.subnets).toContain(extra.id);
    expect((await one.call('GET', `/v2.0/ports/${port.id}`)).json.port.name).toBe('changed-at-central');
    await eventually(async () => (await reachableMetric(one)) === '1');
    expect((await one.call('POST', '/v2.0/ports', { port: { network_id: network.id } })).status).toBe(201);
  });

  it('answers 503 (not 404) for a network it does not hold while central is down', async () => {
    const { network } = await central.createNetwork('net');
    const one = await startTestAgent(central);
    agents.push(one);
    await central.stopRest();
    const res = await one.call('GET', `/v2.0/networks/${network.id}`);
    expect(res.status).toBe(503);
    expect(res.json.NeutronError.message).toContain('central-api is unreachable');
    expect((await one.call('GET', '/v2.0/networks?name=net')).json.networks).toEqual([]);
  });

  it('resumes from the persisted feed position after a restart, and from a snapshot when that position was compacted', async () => {
    const { network } = await central.createNetwork('net');
    const first = await startTestAgent(central);
    await first.call('GET', `/v2.0/networks/${network.id}`);
    const seen = (await central.store.commit({ ops: [{ type: 'put', collection: 'networks', key: network.id, value: { ...network, name: 'v2', revisionNumber: 2 } }] })).revision;
    await first.app.cellAgent.sync?.waitForPosition(seen);
    await first.close(false);

    // Restart on the same data dir: the position survived, the watch continues after it.
    const second = await startTestAgent(central, { dir: first.dir });
    expect(await second.app.cellAgent.replica.position()).toBe(seen);
    const next = (await central.store.commit({ ops: [{ type: 'put', collection: 'networks', key: network.id, value: { ...network, name: 'v3', revisionNumber: 3 } }] })).revision;
    await second.app.cellAgent.sync?.waitForPosition(next);
    expect((await second.app.cellAgent.replica.network(network.id))?.name).toBe('v3');
    await second.close(false);

    // Down while central moves on and compacts past the agent's position: a snapshot replaces the replica.
    const changed = (await central.store.commit({ ops: [{ type: 'put', collection: 'networks', key: network.id, value: { ...network, name: 'v4', revisionNumber: 4 } }] })).revision;
    const other = await central.createNetwork('other', [], 5100);
    await central.store.compact(other.revision);
    const third = await startTestAgent(central, { dir: first.dir });
    agents.push(third);
    await third.app.cellAgent.sync?.waitForPosition(changed);
    expect((await third.app.cellAgent.replica.network(network.id))?.name).toBe('v4');
    expect(await third.app.cellAgent.replica.network(other.network.id)).toBeUndefined();
    expect(third.logs().some((l) => String(l.msg).includes('replacing the replica with a snapshot'))).toBe(true);
    expect((await third.call('GET', '/healthz')).json).toMatchObject({ status: 'ok', region: 'RegionOne', feed: { revision: expect.any(Number) } });
  });
});
