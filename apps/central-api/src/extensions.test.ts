import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

const errOf = (res: { status: number; json: any }) => [res.status, res.json?.NeutronError?.type];
const network = async (body: Record<string, unknown> = {}, headers?: Record<string, string>) => t.call('POST', '/v2.0/networks', { network: { name: 'n', ...body } }, headers);

describe('port-security', () => {
  it('defaults to true on networks; ports inherit the network value at create and may set their own', async () => {
    const open = (await network()).json.network;
    expect(open.port_security_enabled).toBe(true);
    const closed = (await network({ port_security_enabled: false })).json.network;
    expect(closed.port_security_enabled).toBe(false);
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: open.id } })).json.port.port_security_enabled).toBe(true);
    const inherited = (await t.call('POST', '/v2.0/ports', { port: { network_id: closed.id } })).json.port;
    expect(inherited.port_security_enabled).toBe(false);
    const own = (await t.call('POST', '/v2.0/ports', { port: { network_id: closed.id, port_security_enabled: true } })).json.port;
    expect(own.port_security_enabled).toBe(true);
    // The port has its project's default security group: port security goes off with the groups (Neutron's PortSecurityPortHasSecurityGroup otherwise).
    expect((await t.call('PUT', `/v2.0/ports/${own.id}`, { port: { port_security_enabled: 'false' } })).json.NeutronError.type).toBe('PortSecurityPortHasSecurityGroup');
    const upd = await t.call('PUT', `/v2.0/ports/${own.id}`, { port: { port_security_enabled: 'false', security_groups: [] } });
    expect(upd.json.port).toMatchObject({ port_security_enabled: false, security_groups: [], revision_number: own.revision_number + 1 });
    const net = await t.call('PUT', `/v2.0/networks/${closed.id}`, { network: { port_security_enabled: true } });
    expect(net.json.network.port_security_enabled).toBe(true);
    // A network's change does not rewrite its ports (Neutron: inheritance at create only).
    expect((await t.call('GET', `/v2.0/ports/${inherited.id}`)).json.port.port_security_enabled).toBe(false);
    const listed = await t.call('GET', `/v2.0/ports?port_security_enabled=false&network_id=${closed.id}`);
    expect(listed.json.ports.map((p: any) => p.id).sort()).toEqual([inherited.id, own.id].sort());
  });
});

describe('external-net', () => {
  it('sets router:external on create and update (admin only), filters on it, and lets every project read it', async () => {
    const ext = (await network({ 'router:external': true })).json.network;
    expect(ext['router:external']).toBe(true);
    const internal = (await network()).json.network;
    expect(internal['router:external']).toBe(false);
    const listed = await t.call('GET', '/v2.0/networks?router:external=true');
    expect(listed.json.networks.map((n: any) => n.id)).toEqual([ext.id]);
    expect((await t.call('PUT', `/v2.0/networks/${internal.id}`, { network: { 'router:external': true } })).json.network['router:external']).toBe(true);

    const denied = await network({ 'router:external': true }, member('p1'));
    expect(errOf(denied)).toEqual([403, 'PolicyNotAuthorized']);
    const own = (await network({}, member('p1'))).json.network;
    expect(errOf(await t.call('PUT', `/v2.0/networks/${own.id}`, { network: { 'router:external': true } }, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);

    // Readable by others (Neutron's `rule:external`), but no ports for them on it.
    expect((await t.call('GET', `/v2.0/networks/${ext.id}`, undefined, member('p2'))).status).toBe(200);
    expect(errOf(await t.call('POST', '/v2.0/ports', { port: { network_id: ext.id } }, member('p2')))).toEqual([403, 'PolicyNotAuthorized']);
  });
});

describe('standard-attr-description', () => {
  it('stores, updates, filters and bounds description on networks, subnets and ports', async () => {
    const net = (await network({ description: 'blue' })).json.network;
    expect(net.description).toBe('blue');
    const sub = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '192.0.2.0/24', description: 'v4' } })).json.subnet;
    expect(sub.description).toBe('v4');
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, description: 'vm' } })).json.port;
    expect(port.description).toBe('vm');
    expect((await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { description: 'vm2' } })).json.port.description).toBe('vm2');
    expect((await t.call('PUT', `/v2.0/subnets/${sub.id}`, { subnet: { description: '' } })).json.subnet.description).toBe('');
    expect((await t.call('GET', '/v2.0/networks?description=blue')).json.networks.map((n: any) => n.id)).toEqual([net.id]);
    expect((await t.call('GET', '/v2.0/ports?description=vm2')).json.ports.map((p: any) => p.id)).toEqual([port.id]);
    expect(errOf(await network({ description: 'x'.repeat(256) }))).toEqual([400, 'InvalidInput']);
  });
});

describe('mac_address update', () => {
  it('moves the EUI-64 address with the MAC; admins only; refused on a bound port', async () => {
    const net = (await network({}, member('p1'))).json.network;
    const slaac = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '2001:db8:77::/64', ip_version: 6, ipv6_address_mode: 'slaac' } }, member('p1'))).json.subnet;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, mac_address: 'fa:16:3e:00:00:01' } }, member('p1'))).json.port;
    expect(port.fixed_ips).toEqual([{ subnet_id: slaac.id, ip_address: '2001:db8:77:0:f816:3eff:fe00:1' }]);
    expect(errOf(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { mac_address: 'fa:16:3e:73:c9:c5' } }, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
    const moved = await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { mac_address: 'fa:16:3e:73:c9:c5' } });
    expect(moved.json.port).toMatchObject({ mac_address: 'fa:16:3e:73:c9:c5', fixed_ips: [{ subnet_id: slaac.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' }] });
    // The old MAC and address are free again.
    const reuse = await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, mac_address: 'fa:16:3e:00:00:01' } });
    expect(reuse.json.port.fixed_ips[0].ip_address).toBe('2001:db8:77:0:f816:3eff:fe00:1');
    expect(errOf(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { mac_address: 'fa:16:3e:00:00:01' } }))).toEqual([409, 'MacAddressInUse']);
    await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': 'h1' } });
    expect(errOf(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { mac_address: 'fa:16:3e:00:00:09' } }))).toEqual([409, 'PortBound']);
  });
});

describe('discovery', () => {
  it('advertises the extensions served here', async () => {
    const aliases = (await t.call('GET', '/v2.0/extensions')).json.extensions.map((e: any) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['external-net', 'port-security', 'net-mtu', 'standard-attr-description']));
  });
});
