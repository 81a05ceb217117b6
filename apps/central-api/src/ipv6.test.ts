import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let netId: string;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'v6' } })).json.network.id;
});
afterEach(async () => t.close());

const errOf = (res: { status: number; json: any }) => [res.status, res.json?.NeutronError?.type];
const subnet = async (body: Record<string, unknown>) => t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, ip_version: 6, ...body } });
const port = (body: Record<string, unknown> = {}) => t.call('POST', '/v2.0/ports', { port: { network_id: netId, ...body } });
const MAC = 'fa:16:3e:73:c9:c5';

describe('IPv6 address modes (central)', () => {
  it('gives a port on a SLAAC subnet its EUI-64 address, not a pool address', async () => {
    const s = (await subnet({ cidr: '2001:db8:77::/64', ipv6_address_mode: 'slaac', ipv6_ra_mode: 'slaac' })).json.subnet;
    expect(s).toMatchObject({ ipv6_address_mode: 'slaac', ipv6_ra_mode: 'slaac' });
    const p = await port({ mac_address: MAC });
    expect(p.status).toBe(201);
    expect(p.json.port.fixed_ips).toEqual([{ subnet_id: s.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' }]);
  });

  it('refuses an explicit address on an auto-address subnet, but not the subnet alone', async () => {
    const s = (await subnet({ cidr: '2001:db8:77::/64', ipv6_address_mode: 'dhcpv6-stateless' })).json.subnet;
    const explicit = await port({ mac_address: MAC, fixed_ips: [{ subnet_id: s.id, ip_address: '2001:db8:77::10' }] });
    expect(errOf(explicit)).toEqual([400, 'AllocationOnAutoAddressSubnet']);
    expect(explicit.json.NeutronError.message).toContain('cannot be directly assigned to a port on subnet');
    const bySubnet = await port({ mac_address: MAC, fixed_ips: [{ subnet_id: s.id }] });
    expect(bySubnet.json.port.fixed_ips).toEqual([{ subnet_id: s.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' }]);
  });

  it('validates modes as Neutron does', async () => {
    expect(errOf(await subnet({ cidr: '2001:db8:1::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'dhcpv6-stateful' }))).toEqual([400, 'InvalidInput']);
    expect(errOf(await subnet({ cidr: '192.0.2.0/24', ip_version: 4, ipv6_address_mode: 'slaac' }))).toEqual([400, 'InvalidInput']);
    const prefix = await subnet({ cidr: '2001:db8:2::/80', ipv6_address_mode: 'slaac' });
    expect(errOf(prefix)).toEqual([400, 'InvalidInput']);
    expect(prefix.json.NeutronError.message).toContain('Invalid CIDR 2001:db8:2::/80 for IPv6 address mode');
    expect((await subnet({ cidr: '2001:db8:3::/64', ipv6_ra_mode: 'slaac' })).status).toBe(201);
  });

  it('addresses existing ports when a SLAAC subnet is added (router interfaces aside)', async () => {
    const v4 = (await subnet({ ip_version: 4, cidr: '192.0.2.0/24' })).json.subnet;
    const vm = (await port({ mac_address: MAC, device_owner: 'compute:nova' })).json.port;
    const gw = (await port({ device_owner: 'network:router_gateway' })).json.port;
    const rif = (await port({ device_owner: 'network:router_interface' })).json.port;
    const s = (await subnet({ cidr: '2001:db8:77::/64', ipv6_address_mode: 'slaac' })).json.subnet;
    const after = async (id: string) => (await t.call('GET', `/v2.0/ports/${id}`)).json.port;
    const vmAfter = await after(vm.id);
    expect(vmAfter.fixed_ips).toEqual([vm.fixed_ips[0], { subnet_id: s.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' }]);
    expect(vmAfter.revision_number).toBe(vm.revision_number + 1);
    expect((await after(gw.id)).fixed_ips.map((f: any) => f.subnet_id)).toEqual([v4.id, s.id]);
    expect((await after(rif.id)).fixed_ips.map((f: any) => f.subnet_id)).toEqual([v4.id]);
    // The allocations are recorded; deleting the auto-address subnet takes them off the ports
    // (Neutron refuses SubnetInUse only for subnets with user-chosen allocations).
    expect(errOf(await t.call('PUT', `/v2.0/subnets/${s.id}`, { subnet: { enable_dhcp: false } }))).toEqual([400, 'InvalidInput']);
    expect((await t.call('DELETE', `/v2.0/subnets/${s.id}`)).status).toBe(204);
    expect((await after(vm.id)).fixed_ips).toEqual(vm.fixed_ips);
    expect(errOf(await t.call('DELETE', `/v2.0/subnets/${v4.id}`))).toEqual([409, 'SubnetInUse']);
  });

  it('gives a port one address of each: IPv4, stateful IPv6 (pool) and SLAAC (EUI-64)', async () => {
    const v4 = (await subnet({ ip_version: 4, cidr: '192.0.2.0/24' })).json.subnet;
    const stateful = (await subnet({ cidr: '2001:db8:5::/64', ipv6_address_mode: 'dhcpv6-stateful', ipv6_ra_mode: 'dhcpv6-stateful' })).json.subnet;
    const slaac = (await subnet({ cidr: '2001:db8:77::/64', ipv6_address_mode: 'slaac' })).json.subnet;
    const p = (await port({ mac_address: MAC })).json.port;
    expect(p.fixed_ips).toEqual([
      { subnet_id: v4.id, ip_address: '192.0.2.2' },
      { subnet_id: stateful.id, ip_address: '2001:db8:5::2' },
      { subnet_id: slaac.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' },
    ]);
    // Naming only the IPv4 subnet still brings the automatic address, as in Neutron.
    const named = (await port({ fixed_ips: [{ subnet_id: v4.id }] })).json.port;
    expect(named.fixed_ips.map((f: any) => f.subnet_id)).toEqual([v4.id, slaac.id]);
    // An update that leaves the automatic address out keeps it; sending it back is accepted.
    const upd = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { fixed_ips: [{ subnet_id: v4.id, ip_address: '192.0.2.50' }] } });
    expect(upd.json.port.fixed_ips).toEqual([{ subnet_id: slaac.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' }, { subnet_id: v4.id, ip_address: '192.0.2.50' }]);
    const back = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { fixed_ips: upd.json.port.fixed_ips } });
    expect(back.status).toBe(200);
    const other = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { fixed_ips: [{ subnet_id: slaac.id, ip_address: '2001:db8:77::99' }] } });
    expect(errOf(other)).toEqual([400, 'AllocationOnAutoAddressSubnet']);
  });
});
