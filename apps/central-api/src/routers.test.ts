import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Router } from '@trellis/domain';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

type Res = { status: number; json: any };
const errOf = (res: Res) => [res.status, res.json?.NeutronError?.type];
const ok = (res: Res): any => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
};

async function networkWithSubnet(cidr: string, network: Record<string, unknown> = {}, headers?: Record<string, string>, subnet: Record<string, unknown> = {}) {
  const net = ok(await t.call('POST', '/v2.0/networks', { network: { name: 'n', ...network } }, headers)).network;
  const sub = ok(await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr, ...subnet } }, headers)).subnet;
  return { net, sub };
}
const createRouter = async (body: Record<string, unknown> = {}, headers?: Record<string, string>) => ok(await t.call('POST', '/v2.0/routers', { router: { name: 'r', ...body } }, headers)).router;
const add = (routerId: string, body: Record<string, unknown>, headers?: Record<string, string>) => t.call('PUT', `/v2.0/routers/${routerId}/add_router_interface`, body, headers);
const remove = (routerId: string, body: Record<string, unknown>, headers?: Record<string, string>) => t.call('PUT', `/v2.0/routers/${routerId}/remove_router_interface`, body, headers);
const stored = async (id: string) => (await t.store.get<Router>('routers', id))?.value;

describe('routers: CRUD', () => {
  it('creates, shows, lists, updates and deletes a router with Neutron\'s fields', async () => {
    const r = await createRouter({ description: 'd', admin_state_up: false, external_gateway_info: {} }, member('p1'));
    expect(r).toMatchObject({
      name: 'r', description: 'd', project_id: 'p1', tenant_id: 'p1', admin_state_up: false, status: 'ACTIVE', external_gateway_info: null,
      routes: [], availability_zone_hints: [], availability_zones: ['az1', 'az2'], tags: [], revision_number: 1,
    });
    expect(Object.keys(r).sort()).toEqual([
      'admin_state_up', 'availability_zone_hints', 'availability_zones', 'created_at', 'description', 'external_gateway_info', 'id', 'name',
      'project_id', 'revision_number', 'routes', 'status', 'tags', 'tenant_id', 'updated_at',
    ]);
    expect(ok(await t.call('GET', `/v2.0/routers/${r.id}?fields=name&fields=id`, undefined, member('p1'))).router).toEqual({ id: r.id, name: 'r' });
    const updated = ok(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { name: 'r2', admin_state_up: true } }, member('p1'))).router;
    expect(updated).toMatchObject({ name: 'r2', admin_state_up: true, revision_number: 2 });
    await createRouter({ name: 'other' }, member('p2'));
    expect(ok(await t.call('GET', '/v2.0/routers', undefined, member('p1'))).routers.map((x: any) => x.name)).toEqual(['r2']);
    expect(ok(await t.call('GET', '/v2.0/routers?sort_key=name&sort_dir=desc')).routers.map((x: any) => x.name)).toEqual(['r2', 'other']);
    expect(ok(await t.call('GET', '/v2.0/routers?name=other')).routers).toHaveLength(1);
    expect(errOf(await t.call('GET', `/v2.0/routers/${r.id}`, undefined, member('p2')))).toEqual([404, 'RouterNotFound']);
    expect((await t.call('DELETE', `/v2.0/routers/${r.id}`, undefined, member('p1'))).status).toBe(204);
    expect(errOf(await t.call('GET', `/v2.0/routers/${r.id}`))).toEqual([404, 'RouterNotFound']);
    expect(errOf(await t.call('DELETE', `/v2.0/routers/${r.id}`))).toEqual([404, 'RouterNotFound']);
  });

  it('refuses a gateway: 404 for an unknown network, 400 for one that is not external (or is: no SNAT)', async () => {
    const r = await createRouter();
    const { net } = await networkWithSubnet('198.51.100.0/24');
    expect(errOf(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { external_gateway_info: { network_id: r.id } } }))).toEqual([404, 'NetworkNotFound']);
    const notExternal = await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { external_gateway_info: { network_id: net.id } } });
    expect(errOf(notExternal)).toEqual([400, 'BadRequest']);
    expect(notExternal.json.NeutronError.message).toBe(`Bad router request: Network ${net.id} is not an external network.`);
    const ext = ok(await t.call('POST', '/v2.0/networks', { network: { name: 'ext', 'router:external': true } })).network;
    expect(errOf(await t.call('POST', '/v2.0/routers', { router: { external_gateway_info: { network_id: ext.id } } }))).toEqual([400, 'BadRequest']);
    expect(errOf(await t.call('POST', '/v2.0/routers', { router: { routes: [] } }))).toEqual([400, expect.any(String)]);
  });

  it('lets a reader read only, and a member not touch another project\'s router', async () => {
    const r = await createRouter({}, member('p1'));
    const reader = { 'x-project-id': 'p1', 'x-roles': 'reader' };
    expect(ok(await t.call('GET', `/v2.0/routers/${r.id}`, undefined, reader)).router.id).toBe(r.id);
    expect(errOf(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { name: 'x' } }, reader))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('POST', '/v2.0/routers', { router: { name: 'x' } }, reader))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('DELETE', `/v2.0/routers/${r.id}`, undefined, member('p2')))).toEqual([404, 'RouterNotFound']);
    expect(errOf(await t.call('POST', '/v2.0/routers', { router: { name: 'x', project_id: 'p2' } }, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
  });
});

describe('routers: tags', () => {
  it('takes tags through the standard-attr-tag sub-resource, owner only, and filters on them', async () => {
    const r = await createRouter({}, member('p1'));
    expect((await t.call('PUT', `/v2.0/routers/${r.id}/tags/blue`, undefined, member('p1'))).status).toBe(201);
    expect(ok(await t.call('PUT', `/v2.0/routers/${r.id}/tags`, { tags: ['b', 'a'] }, member('p1')))).toEqual({ tags: ['a', 'b'] });
    expect(ok(await t.call('GET', `/v2.0/routers/${r.id}`, undefined, member('p1'))).router).toMatchObject({ tags: ['a', 'b'], revision_number: 3 });
    expect(ok(await t.call('GET', '/v2.0/routers?tags=a', undefined, member('p1'))).routers).toHaveLength(1);
    expect(ok(await t.call('GET', '/v2.0/routers?tags=blue', undefined, member('p1'))).routers).toHaveLength(0);
    expect(errOf(await t.call('PUT', `/v2.0/routers/${r.id}/tags/x`, undefined, member('p2')))).toEqual([404, 'RouterNotFound']);
  });
});

describe('routers: interfaces', () => {
  it('adds by subnet: a port with the gateway IP, answered as Neutron answers, kept in the router row', async () => {
    const { net, sub } = await networkWithSubnet('198.51.100.0/24', {}, member('p1'));
    const r = await createRouter({}, member('p1'));
    const info = ok(await add(r.id, { subnet_id: sub.id }, member('p1')));
    expect(Object.keys(info).sort()).toEqual(['id', 'network_id', 'port_id', 'project_id', 'subnet_id', 'subnet_ids', 'tenant_id']);
    expect(info).toMatchObject({ id: r.id, tenant_id: 'p1', project_id: 'p1', network_id: net.id, subnet_id: sub.id, subnet_ids: [sub.id] });
    const port = ok(await t.call('GET', `/v2.0/ports/${info.port_id}`)).port;
    expect(port).toMatchObject({
      device_owner: 'network:router_interface', device_id: r.id, status: 'ACTIVE', 'binding:host_id': '', fixed_ips: [{ subnet_id: sub.id, ip_address: '198.51.100.1' }],
    });
    expect((await stored(r.id))?.interfaces).toEqual([{ portId: port.id, subnetId: sub.id, networkId: net.id, ipAddress: '198.51.100.1', macAddress: port.mac_address }]);
    expect(ok(await t.call('GET', `/v2.0/ports?device_id=${r.id}`, undefined, member('p1'))).ports).toHaveLength(1);

    expect(errOf(await add(r.id, { subnet_id: sub.id }, member('p1')))).toEqual([400, 'BadRequest']);
    const deletePort = await t.call('DELETE', `/v2.0/ports/${port.id}`);
    expect(errOf(deletePort)).toEqual([409, 'ServicePortInUse']);
    expect(deletePort.json.NeutronError.message).toBe(`Port ${port.id} cannot be deleted directly via the port API: has device owner network:router_interface.`);
    expect(errOf(await t.call('DELETE', `/v2.0/subnets/${sub.id}`))).toEqual([409, 'SubnetInUse']);
    expect(errOf(await t.call('DELETE', `/v2.0/networks/${net.id}`))).toEqual([409, 'NetworkInUse']);
    expect(errOf(await t.call('DELETE', `/v2.0/routers/${r.id}`))).toEqual([409, 'RouterInUse']);

    const removed = ok(await remove(r.id, { subnet_id: sub.id }, member('p1')));
    expect(removed).toEqual(info);
    expect(errOf(await t.call('GET', `/v2.0/ports/${port.id}`))).toEqual([404, 'PortNotFound']);
    expect((await stored(r.id))?.interfaces).toEqual([]);
    const again = await remove(r.id, { subnet_id: sub.id });
    expect(errOf(again)).toEqual([404, 'RouterInterfaceNotFoundForSubnet']);
    expect(again.json.NeutronError.message).toBe(`Router ${r.id} has no interface on subnet ${sub.id}.`);
    expect((await t.call('DELETE', `/v2.0/subnets/${sub.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/v2.0/routers/${r.id}`)).status).toBe(204);
  });

  it('adds by port: an unbound, unused port with one fixed IP; refuses ports in use', async () => {
    const { net, sub } = await networkWithSubnet('198.51.100.0/24', {}, member('p1'));
    const r = await createRouter({}, member('p1'));
    const p = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: net.id } }, member('p1'))).port;
    const info = ok(await add(r.id, { port_id: p.id }, member('p1')));
    expect(info).toMatchObject({ id: r.id, port_id: p.id, subnet_id: sub.id, subnet_ids: [sub.id], network_id: net.id });
    expect(ok(await t.call('GET', `/v2.0/ports/${p.id}`)).port).toMatchObject({ device_id: r.id, device_owner: 'network:router_interface', status: 'ACTIVE' });
    const r2 = await createRouter({}, member('p1'));
    expect(errOf(await add(r2.id, { port_id: p.id }, member('p1')))).toEqual([409, 'PortInUse']);
    const vm = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, device_id: 'vm-1', device_owner: 'compute:nova' } }, member('p1'))).port;
    expect(errOf(await add(r2.id, { port_id: vm.id }, member('p1')))).toEqual([409, 'PortInUse']);
    const bound = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).port;
    expect(errOf(await add(r2.id, { port_id: bound.id }))).toEqual([400, 'BadRequest']);
    expect(errOf(await add(r2.id, {}))).toEqual([400, 'BadRequest']);
    expect(errOf(await add(r2.id, { port_id: vm.id, subnet_id: sub.id }))).toEqual([400, 'BadRequest']);
    const other = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: net.id } }, member('p1'))).port;
    const notFound = await remove(r.id, { port_id: other.id }, member('p1'));
    expect(errOf(notFound)).toEqual([404, 'RouterInterfaceNotFound']);
    expect(notFound.json.NeutronError.message).toBe(`Router ${r.id} does not have an interface with id ${other.id}.`);
    expect(ok(await remove(r.id, { port_id: p.id }, member('p1')))).toEqual(info);
    // Neutron deletes the interface's port, also when it was the caller's own port.
    expect(errOf(await t.call('GET', `/v2.0/ports/${p.id}`))).toEqual([404, 'PortNotFound']);
  });

  it('keeps the router row in step when the interface port\'s address changes through the port API', async () => {
    const r = await createRouter();
    const { net, sub } = await networkWithSubnet('198.51.100.0/24');
    const other = ok(await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '203.0.113.0/24' } })).subnet;
    const info = ok(await add(r.id, { subnet_id: sub.id }));
    const same = ok(await t.call('PUT', `/v2.0/ports/${info.port_id}`, { port: { fixed_ips: [{ subnet_id: sub.id }] } })).port;
    expect(same.fixed_ips).toEqual([{ subnet_id: sub.id, ip_address: '198.51.100.1' }]);
    // (.254, the top of the pool, is the network's DHCP port's.)
    ok(await t.call('PUT', `/v2.0/ports/${info.port_id}`, { port: { fixed_ips: [{ subnet_id: sub.id, ip_address: '198.51.100.250' }] } }));
    expect((await stored(r.id))?.interfaces[0]).toMatchObject({ subnetId: sub.id, ipAddress: '198.51.100.250' });
    expect(errOf(await t.call('PUT', `/v2.0/ports/${info.port_id}`, { port: { fixed_ips: [{ subnet_id: other.id }] } }))).toEqual([400, 'BadRequest']);
    expect((await stored(r.id))?.interfaces[0]).toMatchObject({ subnetId: sub.id, ipAddress: '198.51.100.250' });
    expect(errOf(await t.call('PUT', `/v2.0/ports/${info.port_id}`, { port: { device_id: '' } }))).toEqual([400, 'BadRequest']);
    expect(errOf(await t.call('PUT', `/v2.0/ports/${info.port_id}`, { port: { device_owner: 'compute:nova' } }))).toEqual([400, 'BadRequest']);
    expect(ok(await t.call('PUT', `/v2.0/ports/${info.port_id}`, { port: { name: 'gw' } })).port.name).toBe('gw');
  });

  it('refuses a subnet without gateway and a CIDR overlapping an attached subnet (400)', async () => {
    const r = await createRouter();
    const { sub: noGw } = await networkWithSubnet('198.51.100.0/24', {}, undefined, { gateway_ip: null });
    const noGateway = await add(r.id, { subnet_id: noGw.id });
    expect(errOf(noGateway)).toEqual([400, 'BadRequest']);
    expect(noGateway.json.NeutronError.message).toBe('Bad router request: Subnet for router interface must have a gateway IP.');
    const { sub: a } = await networkWithSubnet('203.0.113.0/24');
    const { sub: b } = await networkWithSubnet('203.0.113.0/25');
    ok(await add(r.id, { subnet_id: a.id }));
    const overlap = await add(r.id, { subnet_id: b.id });
    expect(errOf(overlap)).toEqual([400, 'BadRequest']);
    expect(overlap.json.NeutronError.message).toContain(`overlaps with cidr 203.0.113.0/24 of subnet ${a.id}`);
    expect((await stored(r.id))?.interfaces).toHaveLength(1);
  });

  it('keeps a member to subnets it may see and to its own routers', async () => {
    const { sub } = await networkWithSubnet('198.51.100.0/24', {}, member('p2'));
    const r = await createRouter({}, member('p1'));
    expect(errOf(await add(r.id, { subnet_id: sub.id }, member('p1')))).toEqual([404, 'SubnetNotFound']);
    const { sub: own } = await networkWithSubnet('203.0.113.0/24', {}, member('p1'));
    expect(errOf(await add(r.id, { subnet_id: own.id }, member('p2')))).toEqual([404, 'RouterNotFound']);
    expect(errOf(await add(r.id, { subnet_id: own.id }, { 'x-project-id': 'p1', 'x-roles': 'reader' }))).toEqual([403, 'PolicyNotAuthorized']);
    expect((await add(r.id, { subnet_id: own.id }, member('p1'))).status).toBe(200);
  });
});

describe('routers: extra routes', () => {
  it('takes routes whose nexthop is on an attached subnet, and keeps the interface the routes need', async () => {
    const r = await createRouter();
    const { sub } = await networkWithSubnet('198.51.100.0/24');
    ok(await add(r.id, { subnet_id: sub.id }));
    const routes = [{ destination: '203.0.113.0/24', nexthop: '198.51.100.5' }];
    expect(ok(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { routes } })).router.routes).toEqual(routes);
    const unreachable = await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { routes: [{ destination: '203.0.113.0/24', nexthop: '192.0.2.9' }] } });
    expect(errOf(unreachable)).toEqual([400, 'InvalidRoutes']);
    expect(unreachable.json.NeutronError.message).toBe("Invalid format for routes: [{'destination': '203.0.113.0/24', 'nexthop': '192.0.2.9'}], the nexthop is not connected with router.");
    expect(errOf(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { routes: [{ destination: '203.0.113.0/24', nexthop: '198.51.100.1' }] } }))).toEqual([400, 'InvalidRoutes']);
    expect(errOf(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { routes: [{ destination: '2001:db8:5::/64', nexthop: '198.51.100.5' }] } }))).toEqual([400, 'InvalidRoutes']);
    expect(errOf(await remove(r.id, { subnet_id: sub.id }))).toEqual([409, 'RouterInterfaceInUseByRoute']);
    expect((await stored(r.id))?.routes).toEqual(routes);
    expect(ok(await t.call('PUT', `/v2.0/routers/${r.id}`, { router: { routes: null } })).router.routes).toEqual([]);
    expect((await remove(r.id, { subnet_id: sub.id })).status).toBe(200);
  });
});

describe('routers: scope', () => {
  it('is global without hints; scoped with hints; takes networks inside its scope or global ones', async () => {
    const scoped = await createRouter({ availability_zone_hints: ['az1'] });
    expect(scoped).toMatchObject({ availability_zone_hints: ['az1'], availability_zones: ['az1'] });
    expect(errOf(await t.call('POST', '/v2.0/routers', { router: { availability_zone_hints: ['nowhere'] } }))).toEqual([404, 'AvailabilityZoneNotFound']);
    const { sub: inside } = await networkWithSubnet('198.51.100.0/24', { availability_zone_hints: ['az1'] });
    const { sub: global } = await networkWithSubnet('203.0.113.0/24');
    const { net: outsideNet, sub: outside } = await networkWithSubnet('192.0.2.0/24', { availability_zone_hints: ['r2'] });
    expect((await add(scoped.id, { subnet_id: inside.id })).status).toBe(200);
    expect((await add(scoped.id, { subnet_id: global.id })).status).toBe(200);
    const refused = await add(scoped.id, { subnet_id: outside.id });
    expect(errOf(refused)).toEqual([400, 'NetworkNotInRouterScope']);
    expect(refused.json.NeutronError.message).toContain(`Network ${outsideNet.id} (availability_zone_hints=[r2]) is not inside the scope of router ${scoped.id} (availability_zone_hints=[az1])`);
    // A zone named in a router's hints stays, as one named in a network's does.
    ok(await t.call('POST', '/admin/v1/availability_zones', { availability_zone: { name: 'az3' } }));
    const hinted = await createRouter({ availability_zone_hints: ['az3'] });
    const zoneInUse = await t.call('DELETE', '/admin/v1/availability_zones/az3');
    expect(errOf(zoneInUse)).toEqual([409, 'InUse']);
    expect(zoneInUse.json.NeutronError.message).toContain(`routers ${hinted.id} are scoped to it`);
    const globalRouter = await createRouter();
    expect((await add(globalRouter.id, { subnet_id: outside.id })).status).toBe(200);
  });
});

describe('routers: discovery', () => {
  it('advertises router, router_availability_zone and extraroute, and the routers collection', async () => {
    const aliases = ok(await t.call('GET', '/v2.0/extensions')).extensions.map((e: any) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['router', 'router_availability_zone', 'extraroute']));
    expect(ok(await t.call('GET', '/v2.0/extensions/extraroute')).extension.alias).toBe('extraroute');
    expect(ok(await t.call('GET', '/v2.0/')).resources.map((r: any) => r.collection)).toContain('routers');
  });
});
