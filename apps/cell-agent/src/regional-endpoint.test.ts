import { eventually } from '@trellis/testkit';
import { describe, expect, it } from 'vitest';
import { regionOneEachTest } from './testing/region-one';

const fx = regionOneEachTest();

const member = { 'x-project-id': 'admin', 'x-roles': 'member' };

describe('the regional endpoint answers as one Neutron (what nova-compute and openstacksdk call)', () => {
  it('lists networks with the region\'s full view, not only what was materialised, and never out-of-scope ones', async () => {
    const global = await fx.central.createNetwork('global-net');
    const az2 = await fx.central.createNetwork('az2-net', ['az2'], 5001);
    const listed = await fx.one.call('GET', '/v2.0/networks?tenant_id=admin&shared=false');
    expect(listed.status).toBe(200);
    expect(listed.json.networks.map((n: { id: string }) => n.id)).toEqual([global.network.id]);
    expect(await fx.one.app.cellAgent.replica.network(global.network.id)).toMatchObject({ id: global.network.id });
    expect(await fx.one.app.cellAgent.replica.network(az2.network.id)).toBeUndefined();
    const subnets = await fx.one.call('GET', `/v2.0/subnets?network_id=${global.network.id}`);
    expect(subnets.json.subnets.map((s: { id: string }) => s.id)).toEqual([global.subnet.id]);
    expect((await fx.one.call('GET', '/v2.0/subnets')).json.subnets.map((s: { id: string }) => s.id)).toEqual([global.subnet.id]);
  });

  it('answers lists from its copy when central is unreachable', async () => {
    const global = await fx.central.createNetwork('global-net');
    await fx.one.call('GET', `/v2.0/networks/${global.network.id}`);
    await fx.central.stopRest();
    expect((await fx.one.call('GET', '/v2.0/networks')).json.networks.map((n: { id: string }) => n.id)).toEqual([global.network.id]);
    expect((await fx.one.call('GET', '/v2.0/subnets')).json.subnets.map((s: { id: string }) => s.id)).toEqual([global.subnet.id]);
  });

  it('forwards network and subnet updates and deletes to central with the caller identity (no 404 for what exists)', async () => {
    const { network, subnet } = await fx.central.createNetwork('net');
    const renamed = await fx.one.call('PUT', `/v2.0/networks/${network.id}`, { network: { name: 'renamed' } }, member);
    expect([renamed.status, renamed.json.network?.name]).toEqual([200, 'renamed']);
    expect(fx.central.calls(`/v2.0/networks/${network.id}`, 'PUT')[0].headers).toMatchObject({ 'x-project-id': 'admin', 'x-roles': 'member' });
    expect((await fx.one.call('PUT', `/v2.0/subnets/${subnet.id}`, { subnet: { name: 's2' } }, member)).json.subnet.name).toBe('s2');
    expect((await fx.one.call('DELETE', `/v2.0/subnets/${subnet.id}`, undefined, member)).status).toBe(204);
    expect(await fx.one.app.cellAgent.replica.subnet(subnet.id)).toBeUndefined();
    expect((await fx.one.call('DELETE', `/v2.0/networks/${network.id}`, undefined, member)).status).toBe(204);
    expect(fx.central.calls(`/v2.0/networks/${network.id}`, 'DELETE')).toHaveLength(1);
    expect(await fx.one.app.cellAgent.replica.network(network.id)).toBeUndefined();
    expect((await fx.one.call('DELETE', `/v2.0/networks/${network.id}`)).status).toBe(404);
  });

  it('serves GET /v2.0/availability_zones from its topology (it advertises availability_zone)', async () => {
    await eventually(async () => (await fx.one.app.cellAgent.replica.topology()).cells.size === 3, 10_000, 'the topology synced from the feed');
    const res = await fx.one.call('GET', '/v2.0/availability_zones');
    expect(res.status).toBe(200);
    expect(res.json.availability_zones).toEqual([
      { name: 'az1', resource: 'network', state: 'available' },
      { name: 'az2', resource: 'network', state: 'available' },
    ]);
  });

  it("lets the source compute activate the destination's binding in another region, and still refuses unrelated foreign binds", async () => {
    const { network } = await fx.central.createNetwork('global-net');
    const port = (await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, device_owner: 'compute:az1', 'binding:host_id': 'h1' } })).json.port;
    const inactive = await fetch(`${fx.central.url}/v2.0/ports/${port.id}/bindings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ binding: { host: 'h2' } }) });
    expect(inactive.status).toBe(201);
    const shown = await fx.one.call('GET', `/v2.0/ports/${port.id}/bindings/h2`);
    expect([shown.status, shown.json.binding?.status]).toEqual([200, 'INACTIVE']);
    const activated = await fx.one.call('PUT', `/v2.0/ports/${port.id}/bindings/h2/activate`);
    expect([activated.status, activated.json.binding?.status]).toEqual([200, 'ACTIVE']);
    const other = (await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id } })).json.port;
    expect((await fx.one.call('POST', `/v2.0/ports/${other.id}/bindings`, { binding: { host: 'h3' } })).json.NeutronError.type).toBe('HostNotInRegion');
  });
});
