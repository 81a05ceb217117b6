import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

/**
 * Neutron's defaults for ports on a network the caller does not own (a shared one): any member
 * may attach a port, but only the network's owner (or an admin) picks its address or MAC, turns
 * port security off, or gives it a `network:*` owner (router interface, DHCP).
 */
let t: TestApp;
let shared: string;
let subnet: string;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  shared = (await t.call('POST', '/v2.0/networks', { network: { name: 'shared', shared: true, project_id: 'owner' } })).json.network.id;
  subnet = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: shared, cidr: '198.51.100.0/24', project_id: 'owner' } })).json.subnet.id;
});
afterEach(async () => t.close());

const errorType = (res: { json: { NeutronError?: { type: string; message: string } } }) => res.json.NeutronError?.type;

describe('ports on a shared network of another project', () => {
  it('lets a member attach a plain port, with a subnet but no address of its choosing', async () => {
    const res = await t.call('POST', '/v2.0/ports', { port: { network_id: shared, fixed_ips: [{ subnet_id: subnet }] } }, member('other'));
    expect(res.status).toBe(201);
    expect(res.json.port.project_id).toBe('other');
  });

  it.each([
    ['fixed_ips:ip_address', { fixed_ips: [{ subnet_id: 'SUBNET', ip_address: '198.51.100.50' }] }],
    ['mac_address', { mac_address: 'fa:16:3e:12:34:56' }],
    ['device_owner', { device_owner: 'network:router_interface' }],
    ['device_owner', { device_owner: 'network:dhcp' }],
    ['port_security_enabled', { port_security_enabled: false }],
  ])('refuses a member create_port:%s (403), and creates nothing', async (attribute, extra) => {
    const body = JSON.parse(JSON.stringify(extra).replace('SUBNET', subnet)) as Record<string, unknown>;
    const before = (await t.call('GET', '/v2.0/ports')).json.ports.length as number;
    const res = await t.call('POST', '/v2.0/ports', { port: { network_id: shared, ...body } }, member('other'));
    expect([res.status, errorType(res)]).toEqual([403, 'PolicyNotAuthorized']);
    expect(res.json.NeutronError.message).toContain(`create_port:${attribute}`);
    expect((await t.call('GET', '/v2.0/ports')).json.ports.length).toBe(before);
  });

  it("allows the same to the network's owner and to an admin; a compute device_owner stays allowed", async () => {
    const owned = await t.call('POST', '/v2.0/ports', { port: { network_id: shared, fixed_ips: [{ subnet_id: subnet, ip_address: '198.51.100.51' }], device_owner: 'network:dhcp' } }, member('owner'));
    expect(owned.status).toBe(201);
    const admin = await t.call('POST', '/v2.0/ports', { port: { network_id: shared, mac_address: 'fa:16:3e:12:34:57', project_id: 'other' } });
    expect(admin.status).toBe(201);
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: shared, device_owner: 'compute:az1' } }, member('other'))).status).toBe(201);
  });

  it('refuses a member update that picks an address or a network:* owner on the shared network', async () => {
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: shared } }, member('other'))).json.port;
    const pick = await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { fixed_ips: [{ subnet_id: subnet, ip_address: '198.51.100.60' }] } }, member('other'));
    expect([pick.status, errorType(pick)]).toEqual([403, 'PolicyNotAuthorized']);
    const owner = await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { device_owner: 'network:router_interface' } }, member('other'));
    expect([owner.status, errorType(owner)]).toEqual([403, 'PolicyNotAuthorized']);
    expect((await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { name: 'renamed' } }, member('other'))).json.port.name).toBe('renamed');
  });
});
