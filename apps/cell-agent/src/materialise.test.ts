import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeCentral } from './testing/fake-central';
import { startTestAgent, type TestAgent } from './testing/test-agent';

let central: FakeCentral;
const agents: TestAgent[] = [];
const agent = async (region = 'RegionOne', cells = ['cell1']) => {
  const a = await startTestAgent(central, { region, cells });
  agents.push(a);
  return a;
};

beforeEach(async () => {
  central = await FakeCentral.start();
  await central.seedTopology();
});

afterEach(async () => {
  for (const a of agents.splice(0)) await a.close();
  await central.close();
});

describe('materialise on first use', () => {
  it('fetches a global network and its subnets from central once, then answers locally', async () => {
    const { network, subnet } = await central.createNetwork('global-net');
    const one = await agent();
    const first = await one.call('GET', `/v2.0/networks/${network.id}`);
    expect(first.status).toBe(200);
    expect(first.json.network).toMatchObject({ id: network.id, name: 'global-net', subnets: [subnet.id], 'provider:segmentation_id': 5000 });
    expect(await one.app.cellAgent.replica.network(network.id)).toMatchObject({ id: network.id });
    expect(await one.app.cellAgent.replica.subnet(subnet.id)).toMatchObject({ cidr: '10.0.0.0/24' });

    const before = central.calls('/v2.0/').length;
    expect((await one.call('GET', `/v2.0/networks/${network.id}`)).status).toBe(200);
    expect((await one.call('GET', `/v2.0/subnets/${subnet.id}`)).json.subnet).toMatchObject({ id: subnet.id, network_id: network.id });
    expect(central.calls('/v2.0/').length).toBe(before);
  });

  it("answers 404 NetworkNotFound for a network outside the region's scope, logs why and stores nothing", async () => {
    const { network } = await central.createNetwork('az2-net', ['az2']);
    const one = await agent();
    const res = await one.call('GET', `/v2.0/networks/${network.id}`);
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ NeutronError: { type: 'NetworkNotFound', message: `Network ${network.id} could not be found.`, detail: '' } });
    expect(await one.app.cellAgent.replica.network(network.id)).toBeUndefined();
    expect(one.logs().some((l) => l.net_id === network.id && String(l.msg).includes("outside this region's scope"))).toBe(true);

    const two = await agent('RegionTwo', ['cell2', 'cell3']);
    expect((await two.call('GET', `/v2.0/networks/${network.id}`)).status).toBe(200);
  });

  it('materialises only in-scope ids of a repeated ?id= list and serves fields=', async () => {
    const global = await central.createNetwork('g', [], 5001);
    const scoped = await central.createNetwork('s', ['az2'], 5002);
    const byRegion = await central.createNetwork('r', ['RegionOne'], 5003);
    const one = await agent();
    const res = await one.call('GET', `/v2.0/networks?id=${global.network.id}&id=${scoped.network.id}&id=${byRegion.network.id}&fields=id&fields=name`);
    expect(res.status).toBe(200);
    expect(res.json.networks.map((n: { name: string }) => n.name).sort()).toEqual(['g', 'r']);
    expect(Object.keys(res.json.networks[0]).sort()).toEqual(['id', 'name']);
    const subnets = await one.call('GET', `/v2.0/subnets?id=${global.subnet.id}&id=${scoped.subnet.id}`);
    expect(subnets.json.subnets.map((s: { id: string }) => s.id)).toEqual([global.subnet.id]);
  });

  it('materialises a subnet read by id together with its network, and 404s an unknown one', async () => {
    const { network, subnet } = await central.createNetwork('n');
    const one = await agent();
    expect((await one.call('GET', `/v2.0/subnets/${subnet.id}`)).json.subnet).toMatchObject({ id: subnet.id, gateway_ip: '10.0.0.1' });
    expect(await one.app.cellAgent.replica.network(network.id)).toBeDefined();
    const missing = await one.call('GET', '/v2.0/subnets/6b3a0c1e-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.json.NeutronError.type).toBe('SubnetNotFound');
  });

  it('resolves a network name through central when the region has not seen it yet', async () => {
    const { network } = await central.createNetwork('by-name');
    const one = await agent();
    const res = await one.call('GET', '/v2.0/networks?name=by-name');
    expect(res.json.networks.map((n: { id: string }) => n.id)).toEqual([network.id]);
    expect((await one.call('GET', '/v2.0/networks')).json.networks).toHaveLength(1);
  });

  it('keeps materialised resources in sync through the feed, including new subnets and deletes', async () => {
    const { network } = await central.createNetwork('synced');
    const other = await central.createNetwork('never-read', [], 5009);
    const one = await agent();
    await one.call('GET', `/v2.0/networks/${network.id}`);
    const extra = central.subnetOf(network.id, 'extra', '10.1.0.0/24');
    const { revision } = await central.store.commit({
      ops: [
        { type: 'put', collection: 'subnets', key: extra.id, value: extra },
        { type: 'put', collection: 'networks', key: network.id, value: { ...network, name: 'renamed', revisionNumber: 2 } },
      ],
    });
    await one.app.cellAgent.sync?.waitForPosition(revision);
    const res = await one.call('GET', `/v2.0/networks/${network.id}`);
    expect(res.json.network.name).toBe('renamed');
    expect(res.json.network.subnets).toContain(extra.id);
    expect(await one.app.cellAgent.replica.network(other.network.id)).toBeUndefined();

    const del = await central.store.commit({ ops: [{ type: 'delete', collection: 'subnets', key: extra.id }] });
    await one.app.cellAgent.sync?.waitForPosition(del.revision);
    expect(await one.app.cellAgent.replica.subnet(extra.id)).toBeUndefined();
    expect(await one.app.cellAgent.replica.position()).toBe(del.revision);
  });
});
