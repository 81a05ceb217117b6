import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeNova, type FakeNova } from './nova/fake-nova';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

const SERVER = '3f2c1a9e-8d7b-4c6a-9e5f-1b2c3d4e5f60';
let t: TestApp;
let nova: FakeNova;
let netId: string;
beforeEach(async () => {
  nova = await startFakeNova();
  t = await startTestApp({ nova: { ...(await import('./config')).DEFAULT_CENTRAL_CONFIG.nova, url: nova.url, batchIntervalMs: 20 } });
  await seedTopology(t);
  netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network.id;
  await t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, cidr: '10.0.0.0/24' } });
});
afterEach(async () => {
  await t.close();
  await nova.close();
});

const boundPort = async (host: string) =>
  (await t.call('POST', '/v2.0/ports', { port: { network_id: netId, device_id: SERVER, device_owner: 'compute:az1', 'binding:host_id': host } })).json.port;

describe('what Nova sends, as Neutron answers it', () => {
  it('shows one binding (binding-extended), 404 PortBindingNotFound for a host without one', async () => {
    const p = await boundPort('h1');
    expect((await t.call('POST', `/v2.0/ports/${p.id}/bindings`, { binding: { host: 'h2' } })).status).toBe(201);
    const shown = await t.call('GET', `/v2.0/ports/${p.id}/bindings/h2`);
    expect(shown.status).toBe(200);
    expect(shown.json).toEqual({ binding: { host: 'h2', vif_type: 'bridge', vif_details: expect.any(Object), profile: {}, vnic_type: 'normal', status: 'INACTIVE' } });
    const missing = await t.call('GET', `/v2.0/ports/${p.id}/bindings/h3`);
    expect([missing.status, missing.json.NeutronError.type]).toEqual([404, 'PortBindingNotFound']);
    expect((await t.call('GET', `/v2.0/ports/${p.id}/bindings/h2`, undefined, member('admin'))).status).toBe(403);
  });

  it('accepts binding:host_id null (instance delete, user port) as unbind: vif unbound, DOWN, device cleared', async () => {
    const p = await boundPort('h1');
    await t.app.central.ports.setPortWirings([{ portId: p.id, host: 'h1', wired: true }]);
    const res = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { 'binding:host_id': null, device_id: '', device_owner: '', 'binding:profile': {} } });
    expect(res.status).toBe(200);
    expect(res.json.port).toMatchObject({ 'binding:host_id': '', 'binding:vif_type': 'unbound', 'binding:vif_details': {}, status: 'DOWN', device_id: '', device_owner: '' });
    expect((await t.call('GET', '/v2.0/ports?binding:host_id=h1')).json.ports).toEqual([]);
  });

  it('sends network-vif-plugged when the destination reports the port wired for its INACTIVE binding', async () => {
    const p = await boundPort('h1');
    await t.app.central.ports.setPortWirings([{ portId: p.id, host: 'h1', wired: true }]);
    await nova.waitForRequests(1);
    await t.call('POST', `/v2.0/ports/${p.id}/bindings`, { binding: { host: 'h2' } });
    const before = nova.requests.length;
    await t.app.central.ports.setPortWirings([{ portId: p.id, host: 'h2', wired: true }]);
    const requests = await nova.waitForRequests(before + 1);
    expect(requests.slice(before).flatMap((r) => r.events)).toContainEqual({ name: 'network-vif-plugged', server_uuid: SERVER, tag: p.id, status: 'completed' });
    // The port itself stays as it was: the source is still the active binding.
    expect((await t.call('GET', `/v2.0/ports/${p.id}`)).json.port).toMatchObject({ status: 'ACTIVE', 'binding:host_id': 'h1' });
    // Single-report path too.
    await t.app.central.ports.setPortWiring(p.id, 'h2', true);
    const again = await nova.waitForRequests(before + 2);
    expect(again[before + 1].events).toEqual([{ name: 'network-vif-plugged', server_uuid: SERVER, tag: p.id, status: 'completed' }]);
  });

  it('filters before hiding fields: a member finds its ports by binding:host_id, shown without it', async () => {
    const shared = (await t.call('POST', '/v2.0/networks', { network: { name: 's', shared: true } })).json.network.id;
    await t.call('POST', '/v2.0/subnets', { subnet: { network_id: shared, cidr: '10.1.0.0/24' } });
    const mine = (await t.call('POST', '/v2.0/ports', { port: { network_id: shared, project_id: 'p1', 'binding:host_id': 'h1' } })).json.port;
    await t.call('POST', '/v2.0/ports', { port: { network_id: shared, project_id: 'p1', 'binding:host_id': 'h2' } });
    const listed = (await t.call('GET', '/v2.0/ports?binding:host_id=h1', undefined, member('p1'))).json.ports;
    expect(listed.map((p: any) => p.id)).toEqual([mine.id]);
    expect(listed[0]['binding:host_id']).toBeUndefined();
  });

  it('filters subnets on the filter-only shared attribute', async () => {
    const shared = (await t.call('POST', '/v2.0/networks', { network: { name: 's', shared: true } })).json.network.id;
    const s = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: shared, cidr: '10.1.0.0/24' } })).json.subnet;
    const notShared = await t.call('GET', '/v2.0/subnets?shared=False');
    expect(notShared.status).toBe(200);
    expect(notShared.json.subnets.map((x: any) => x.network_id)).toEqual([netId]);
    expect((await t.call('GET', '/v2.0/subnets?shared=true')).json.subnets.map((x: any) => x.id)).toEqual([s.id]);
  });

  it("advertises Neutron's MTU aliases and lists availability zones", async () => {
    const aliases = (await t.call('GET', '/v2.0/extensions')).json.extensions.map((e: any) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['net-mtu', 'net-mtu-writable']));
    expect(aliases).not.toContain('network-mtu');
    expect((await t.call('GET', '/v2.0/availability_zones')).json.availability_zones.map((z: any) => z.name)).toEqual(['az1', 'az2']);
  });
});
