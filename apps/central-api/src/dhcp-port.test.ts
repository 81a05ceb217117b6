import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dhcpDeviceId } from './services/dhcp-port';
import { seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let netId: string;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network.id;
});
afterEach(async () => t.close());

interface WirePort { id: string; mac_address: string; device_owner: string; device_id: string; fixed_ips: { subnet_id: string; ip_address: string }[] }
const subnet = (body: Record<string, unknown>) => t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, ...body } });
const dhcpPorts = async (): Promise<WirePort[]> =>
  (await t.call('GET', `/v2.0/ports?network_id=${netId}&device_owner=network:dhcp`)).json.ports as WirePort[];

describe('the DHCP port of a network (distributed DHCP server identity)', () => {
  it('is created with the first DHCP-enabled subnet, takes the top of the pool, and follows enable_dhcp', async () => {
    const off = (await subnet({ cidr: '10.1.0.0/24', enable_dhcp: false })).json.subnet;
    expect(await dhcpPorts()).toEqual([]);
    const v4 = (await subnet({ cidr: '10.2.0.0/24' })).json.subnet;
    let [dhcp, ...more] = await dhcpPorts();
    expect(more).toEqual([]);
    expect(dhcp).toMatchObject({ device_owner: 'network:dhcp', device_id: dhcpDeviceId(netId), fixed_ips: [{ subnet_id: v4.id, ip_address: '10.2.0.254' }] });
    expect(dhcp.device_id).toMatch(new RegExp(`^dhcp[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}-${netId}$`));
    // An instance port still gets the bottom of the pool, and never the server's address.
    const inst = (await t.call('POST', '/v2.0/ports', { port: { network_id: netId, fixed_ips: [{ subnet_id: v4.id }] } })).json.port as WirePort;
    expect(inst.fixed_ips[0].ip_address).toBe('10.2.0.2');
    const taken = await t.call('POST', '/v2.0/ports', { port: { network_id: netId, fixed_ips: [{ subnet_id: v4.id, ip_address: '10.2.0.254' }] } });
    expect([taken.status, taken.json.NeutronError.type]).toEqual([409, 'IpAddressAlreadyAllocated']);

    // Turning DHCP on for the other subnet adds an address there; the port, MAC and old address stay.
    expect((await t.call('PUT', `/v2.0/subnets/${off.id}`, { subnet: { enable_dhcp: true } })).status).toBe(200);
    [dhcp] = await dhcpPorts();
    expect(dhcp.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.2.0.254' }, { subnet_id: off.id, ip_address: '10.1.0.254' }]);
    const mac = dhcp.mac_address;

    // SLAAC: the EUI-64 address of the DHCP port's MAC, as Neutron gives it.
    const v6 = (await subnet({ cidr: '2001:db8:5::/64', ip_version: 6, ipv6_address_mode: 'slaac', ipv6_ra_mode: 'slaac' })).json.subnet;
    [dhcp] = await dhcpPorts();
    expect(dhcp.mac_address).toBe(mac);
    expect(dhcp.fixed_ips.find((f) => f.subnet_id === v6.id)?.ip_address).toMatch(/^2001:db8:5:0:f816:3eff:fe/);

    // Off again, then deleted: the address goes; the last served subnet takes the port with it.
    expect((await t.call('PUT', `/v2.0/subnets/${off.id}`, { subnet: { enable_dhcp: false } })).status).toBe(200);
    expect((await dhcpPorts())[0].fixed_ips.map((f) => f.subnet_id).sort()).toEqual([v4.id, v6.id].sort());
    expect((await t.call('DELETE', `/v2.0/subnets/${v6.id}`)).status).toBe(204);
    expect((await dhcpPorts())[0].fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.2.0.254' }]);
    expect((await t.call('DELETE', `/v2.0/ports/${inst.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/v2.0/subnets/${v4.id}`)).status).toBe(204);
    expect(await dhcpPorts()).toEqual([]);
    // Its MAC is free again on the network.
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: netId, mac_address: mac } })).status).toBe(201);
  });

  it('does not hold up a subnet or network delete, and counts as a port of the network owner, as in Neutron', async () => {
    await subnet({ cidr: '10.3.0.0/24' });
    expect(await dhcpPorts()).toHaveLength(1);
    expect((await t.call('DELETE', `/v2.0/networks/${netId}`)).status).toBe(204);
    expect((await t.call('GET', '/v2.0/ports')).json.ports).toEqual([]);
  });

  it('bulk subnet create gives one DHCP port with an address on each enabled subnet', async () => {
    const res = await t.call('POST', '/v2.0/subnets', { subnets: [{ network_id: netId, cidr: '10.4.0.0/24' }, { network_id: netId, cidr: '10.5.0.0/24' }] });
    expect(res.status).toBe(201);
    const [dhcp, ...more] = await dhcpPorts();
    expect(more).toEqual([]);
    expect(dhcp.fixed_ips.map((f) => f.ip_address).sort()).toEqual(['10.4.0.254', '10.5.0.254']);
  });
});
