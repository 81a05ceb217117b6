import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

const errType = (res: { json: any }) => res.json.NeutronError.type;

describe('topology admin API', () => {
  it('lists regions, cells, hosts and Neutron-shaped availability zones', async () => {
    expect((await t.call('GET', '/admin/v1/regions')).json.regions.map((r: any) => [r.name, r.cells])).toEqual([['r1', ['c1', 'c2']], ['r2', ['c3']]]);
    expect((await t.call('GET', '/admin/v1/hosts/h3')).json.host).toMatchObject({ cell: 'c3', region: 'r2', availability_zone: 'az2', vtep: '192.0.2.3', agent_state: 'unknown' });
    expect((await t.call('GET', '/v2.0/availability_zones')).json.availability_zones).toEqual([
      { name: 'az1', resource: 'network', state: 'available' },
      { name: 'az2', resource: 'network', state: 'available' },
    ]);
    const v6 = await t.call('POST', '/admin/v1/hosts', { host: { id: 'h6', cell: 'c1', vtep: '2001:db8::0:6' } });
    expect([v6.status, v6.json.host.vtep]).toEqual([201, '2001:db8::6']);
    const upd = await t.call('PUT', '/admin/v1/hosts/h6', { host: { agent_state: 'up' } });
    expect(upd.json.host).toMatchObject({ agent_state: 'up', cell: 'c1' });
  });

  it('refuses bad and duplicate input', async () => {
    expect(errType(await t.call('POST', '/admin/v1/regions', { region: { name: 'r1' } }))).toBe('AlreadyExists');
    expect(errType(await t.call('POST', '/admin/v1/cells', { cell: { name: 'cx', region: 'nope', availability_zone: 'az1' } }))).toBe('RegionNotFound');
    expect(errType(await t.call('POST', '/admin/v1/hosts', { host: { id: 'hx', cell: 'nope', vtep: '192.0.2.9' } }))).toBe('CellNotFound');
    expect(errType(await t.call('POST', '/admin/v1/hosts', { host: { id: 'hx', cell: 'c1', vtep: '999.1.1.1' } }))).toBe('InvalidInput');
    expect((await t.call('POST', '/admin/v1/hosts', { host: { id: 'hx', cell: 'c1' } })).status).toBe(400);
  });

  it('refuses deleting what is still in use (409) and deletes once free', async () => {
    const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).json.port;
    const host = await t.call('DELETE', '/admin/v1/hosts/h1');
    expect([host.status, errType(host)]).toEqual([409, 'InUse']);
    expect(host.json.NeutronError.message).toContain(port.id);
    expect((await t.call('DELETE', '/admin/v1/cells/c1')).status).toBe(409);
    const region = await t.call('DELETE', '/admin/v1/regions/r1');
    expect([region.status, region.json.NeutronError.message]).toEqual([409, expect.stringContaining('c1')]);
    await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': '' } });
    expect((await t.call('DELETE', '/admin/v1/hosts/h1')).status).toBe(204);
    expect((await t.call('DELETE', '/admin/v1/cells/c1')).status).toBe(204);
    expect((await t.call('GET', '/admin/v1/cells/c1')).status).toBe(404);
  });

  it('reports health with the store revision', async () => {
    const res = await t.call('GET', '/healthz');
    expect(res.json).toMatchObject({ status: 'ok', store: { backend: 'lmdb' } });
    expect(res.json.store.revision).toBeGreaterThan(0);
  });
});
