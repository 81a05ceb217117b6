import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PortStatusEvent } from './services/port-service';
import { seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let netId: string;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'n', availability_zone_hints: ['az1'] } })).json.network.id;
});
afterEach(async () => t.close());

const errType = (res: { json: any }) => res.json.NeutronError.type;
const subnet = (body: Record<string, unknown>) => t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, ...body } });
const port = (body: Record<string, unknown> = {}) => t.call('POST', '/v2.0/ports', { port: { network_id: netId, ...body } });

describe('subnets', () => {
  it('creates IPv6 subnets with the first address as gateway', async () => {
    const res = await subnet({ cidr: '2001:db8:1::/64', ip_version: 6 });
    expect(res.status).toBe(201);
    expect(res.json.subnet).toMatchObject({ ip_version: 6, gateway_ip: '2001:db8:1::1', allocation_pools: [{ start: '2001:db8:1::2', end: '2001:db8:1:0:ffff:ffff:ffff:ffff' }] });
    const p = await port();
    expect(p.json.port.fixed_ips).toEqual([{ subnet_id: res.json.subnet.id, ip_address: '2001:db8:1::2' }]);
  });

  it('validates CIDRs, gateways, pools and overlap', async () => {
    expect(errType(await subnet({ cidr: '10.0.0.5/24' }))).toBe('InvalidInput');
    expect(errType(await subnet({ cidr: 'nonsense' }))).toBe('InvalidInput');
    expect(errType(await subnet({ cidr: '10.0.0.0/24', ip_version: 6 }))).toBe('InvalidInput');
    expect(errType(await subnet({ cidr: '10.0.0.0/24', gateway_ip: '10.9.9.9' }))).toBe('InvalidInput');
    expect(errType(await subnet({ cidr: '10.0.0.0/24', allocation_pools: [{ start: '10.0.0.20', end: '10.0.0.10' }] }))).toBe('InvalidAllocationPool');
    expect(errType(await subnet({ cidr: '10.0.0.0/24', allocation_pools: [{ start: '10.0.0.2', end: '10.0.1.10' }] }))).toBe('OutOfBoundsAllocationPool');
    expect(errType(await subnet({ cidr: '10.0.0.0/24', allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.50' }, { start: '10.0.0.40', end: '10.0.0.60' }] }))).toBe('OverlappingAllocationPools');
    const gw = await subnet({ cidr: '10.0.0.0/24', gateway_ip: '10.0.0.5', allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.10' }] });
    expect([gw.status, errType(gw)]).toEqual([409, 'GatewayConflictWithAllocationPools']);
    const ok = await subnet({ cidr: '10.0.0.0/24', gateway_ip: null, allocation_pools: [{ start: '10.0.0.10', end: '10.0.0.20' }], enable_dhcp: 'false' });
    expect(ok.status).toBe(201);
    expect(ok.json.subnet).toMatchObject({ gateway_ip: null, enable_dhcp: false });
    const overlap = await subnet({ cidr: '10.0.0.128/25' });
    expect([overlap.status, errType(overlap)]).toEqual([400, 'InvalidInput']);
    expect(overlap.json.NeutronError.message).toContain('overlaps');
  });

  it('refuses deleting a subnet with ports (SubnetInUse)', async () => {
    const s = await subnet({ cidr: '10.0.0.0/24' });
    await port();
    const res = await t.call('DELETE', `/v2.0/subnets/${s.json.subnet.id}`);
    expect([res.status, errType(res)]).toEqual([409, 'SubnetInUse']);
  });
});

describe('ports', () => {
  it('allocates until the pool is exhausted, then IpAddressGenerationFailure', async () => {
    const s = (await subnet({ cidr: '10.1.0.0/29', allocation_pools: [{ start: '10.1.0.2', end: '10.1.0.4' }], enable_dhcp: false })).json.subnet;
    const ips: string[] = [];
    for (let i = 0; i < 3; i++) ips.push((await port()).json.port.fixed_ips[0].ip_address);
    expect(ips.sort()).toEqual(['10.1.0.2', '10.1.0.3', '10.1.0.4']);
    const full = await port();
    expect([full.status, errType(full)]).toEqual([409, 'IpAddressGenerationFailure']);
    // A requested address outside the pool but inside the CIDR is still allocatable.
    expect((await port({ fixed_ips: [{ subnet_id: s.id, ip_address: '10.1.0.6' }] })).status).toBe(201);
  });

  it('honours requested MACs and IPs with Neutron error types', async () => {
    const s = (await subnet({ cidr: '10.2.0.0/24' })).json.subnet;
    const a = await port({ mac_address: 'FA:16:3E:AA:BB:CC', fixed_ips: [{ subnet_id: s.id, ip_address: '10.2.0.50' }] });
    expect(a.json.port).toMatchObject({ mac_address: 'fa:16:3e:aa:bb:cc', fixed_ips: [{ ip_address: '10.2.0.50' }] });
    const mac = await port({ mac_address: 'fa:16:3e:aa:bb:cc' });
    expect([mac.status, errType(mac)]).toEqual([409, 'MacAddressInUse']);
    const ip = await port({ fixed_ips: [{ ip_address: '10.2.0.50' }] });
    expect([ip.status, errType(ip)]).toEqual([409, 'IpAddressAlreadyAllocated']);
    expect(errType(await port({ fixed_ips: [{ ip_address: '192.168.1.1' }] }))).toBe('InvalidIpForNetwork');
    expect(errType(await port({ fixed_ips: [{ subnet_id: s.id, ip_address: '10.2.0.255' }] }))).toBe('InvalidIpForSubnet');
    expect(errType(await port({ mac_address: 'not-a-mac' }))).toBe('InvalidInput');
    expect((await port({ network_id: 'not-a-uuid' })).status).toBe(400);
  });

  it('bulk port create is all-or-nothing: no port, MAC or IP survives a failing item', async () => {
    await subnet({ cidr: '10.3.0.0/24', enable_dhcp: false });
    const bad = await t.call('POST', '/v2.0/ports', { ports: [{ network_id: netId, mac_address: 'fa:16:3e:00:00:01' }, { network_id: netId, mac_address: 'fa:16:3e:00:00:01' }] });
    expect([bad.status, errType(bad)]).toEqual([409, 'MacAddressInUse']);
    expect((await t.call('GET', '/v2.0/ports')).json.ports).toEqual([]);
    // The addresses the failed attempt picked were never committed: they can be requested now.
    const ok = await t.call('POST', '/v2.0/ports', { ports: [{ network_id: netId, mac_address: 'fa:16:3e:00:00:01', fixed_ips: [{ ip_address: '10.3.0.2' }] }, { network_id: netId, fixed_ips: [{ ip_address: '10.3.0.3' }] }] });
    expect(ok.status).toBe(201);
    expect(ok.json.ports.map((p: any) => p.fixed_ips[0].ip_address)).toEqual(['10.3.0.2', '10.3.0.3']);
  });

  it('binds via PUT binding:host_id, names host, AZ and scope when refused, and follows wiring reports', async () => {
    const events: PortStatusEvent[] = [];
    t.app.central.ports.events.on('status', (e) => events.push(e));
    const p = (await port()).json.port;
    expect(p).toMatchObject({ status: 'DOWN', 'binding:vif_type': 'unbound', 'binding:host_id': '' });
    const refused = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { 'binding:host_id': 'h3' } });
    expect([refused.status, errType(refused)]).toEqual([400, 'HostNotInNetworkScope']);
    expect(refused.json.NeutronError.message).toMatch(/h3.*c3.*r2.*az2.*availability_zone_hints=\[az1\]/);
    expect(errType(await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { 'binding:host_id': 'ghost' } }))).toBe('HostNotFound');
    const bound = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { 'binding:host_id': 'h1', 'binding:profile': { k: 'v' } } });
    expect(bound.json.port).toMatchObject({ status: 'BUILD', 'binding:vif_type': 'bridge', 'binding:profile': { k: 'v' }, revision_number: 2 });
    // What Neutron's linuxbridge mechanism driver reports, with the network's bridge that os-vif plugs the tap into.
    expect(bound.json.port['binding:vif_details']).toEqual({ port_filter: true, connectivity: 'l2', bridge_name: `brq${p.network_id.slice(0, 11)}` });
    expect(await t.app.central.ports.setPortWiring(p.id, 'h2', true)).toEqual({ status: 'BUILD', revision: 0 });
    expect(await t.app.central.ports.setPortWiring(p.id, 'h1', true)).toMatchObject({ status: 'ACTIVE', revision: expect.any(Number) });
    expect(events.map((e) => `${e.previous}->${e.current}`)).toEqual(['DOWN->BUILD', 'BUILD->ACTIVE']);
    const unbound = await t.call('PUT', `/v2.0/ports/${p.id}`, { port: { 'binding:host_id': '' } });
    expect(unbound.json.port).toMatchObject({ status: 'DOWN', 'binding:vif_type': 'unbound', 'binding:vif_details': {} });
    const stale = await t.call('DELETE', `/v2.0/ports/${p.id}`, undefined, { 'if-match': 'revision_number=1' });
    expect([stale.status, errType(stale)]).toEqual([412, 'RevisionNumberConstraintFailed']);
  });
});

describe('port bindings (binding-extended)', () => {
  it('moves a port between cells with an inactive binding and bumps mobilitySeq', async () => {
    const global = (await t.call('POST', '/v2.0/networks', { network: { name: 'g' } })).json.network.id;
    const p = (await t.call('POST', '/v2.0/ports', { port: { network_id: global, 'binding:host_id': 'h1' } })).json.port;
    const seq0 = (await t.app.central.ports.get(p.id)).value.mobilitySeq;
    const dest = await t.call('POST', `/v2.0/ports/${p.id}/bindings`, { binding: { host: 'h3' } });
    expect([dest.status, dest.json.binding.status, dest.json.binding.host]).toEqual([201, 'INACTIVE', 'h3']);
    const dup = await t.call('POST', `/v2.0/ports/${p.id}/bindings`, { binding: { host: 'h3' } });
    expect([dup.status, errType(dup)]).toEqual([409, 'PortBindingAlreadyExists']);
    expect((await t.call('GET', `/v2.0/ports/${p.id}/bindings`)).json.bindings.map((b: any) => `${b.host}:${b.status}`)).toEqual(['h1:ACTIVE', 'h3:INACTIVE']);
    const act = await t.call('PUT', `/v2.0/ports/${p.id}/bindings/h3/activate`);
    expect([act.status, act.json.binding.status]).toEqual([200, 'ACTIVE']);
    const again = await t.call('PUT', `/v2.0/ports/${p.id}/bindings/h3/activate`);
    expect([again.status, errType(again)]).toEqual([409, 'PortBindingAlreadyActive']);
    const after = (await t.app.central.ports.get(p.id)).value;
    expect(after.mobilitySeq).toBe(seq0 + 1);
    expect((await t.call('GET', `/v2.0/ports/${p.id}`)).json.port).toMatchObject({ 'binding:host_id': 'h3', status: 'BUILD' });
    expect((await t.call('DELETE', `/v2.0/ports/${p.id}/bindings/h1`)).status).toBe(204);
    const gone = await t.call('DELETE', `/v2.0/ports/${p.id}/bindings/h1`);
    expect([gone.status, errType(gone)]).toEqual([404, 'PortBindingNotFound']);
    const scoped = (await t.call('POST', '/v2.0/ports', { port: { network_id: netId, 'binding:host_id': 'h1' } })).json.port;
    const outOfScope = await t.call('POST', `/v2.0/ports/${scoped.id}/bindings`, { binding: { host: 'h3' } });
    expect(errType(outOfScope)).toBe('HostNotInNetworkScope');
  });
});
