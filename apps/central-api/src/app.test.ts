import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

describe('boot path', () => {
  it('creates a network, subnet and port and binds it', async () => {
    const net = await t.call('POST', '/v2.0/networks', { network: { name: 'net1', availability_zone_hints: ['az1'], 'provider:segmentation_id': '5001', mtu: '1450' } });
    expect(net.status).toBe(201);
    expect(net.json.network).toMatchObject({ name: 'net1', 'provider:segmentation_id': 5001, mtu: 1450, availability_zones: ['az1'], revision_number: 1 });
    const sub = await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.json.network.id, cidr: '10.0.0.0/24', ip_version: 4 } });
    expect(sub.status).toBe(201);
    expect(sub.json.subnet).toMatchObject({ gateway_ip: '10.0.0.1', allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.254' }] });
    const port = await t.call('POST', '/v2.0/ports', { port: { network_id: net.json.network.id, 'binding:host_id': 'h1', name: 'p1' } });
    expect(port.status).toBe(201);
    expect(port.json.port).toMatchObject({ status: 'BUILD', 'binding:host_id': 'h1', 'binding:vif_type': 'bridge', fixed_ips: [{ ip_address: '10.0.0.2' }] });
    expect(port.json.port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    const out = await t.call('POST', '/v2.0/ports', { port: { network_id: net.json.network.id, 'binding:host_id': 'h3' } });
    expect(out.status).toBe(400);
    expect(out.json.NeutronError.type).toBe('HostNotInNetworkScope');
    const list = await t.call('GET', '/v2.0/ports?binding%3Ahost_id=h1&fields=id&fields=status');
    expect(list.json.ports).toEqual([{ id: port.json.port.id, status: 'BUILD' }]);
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: net.json.network.id, name: 'p2' } })).status).toBe(201);
    const byName = await t.call('GET', '/v2.0/ports?name=p1&fields=id&fields=name');
    expect(byName.json.ports).toEqual([{ id: port.json.port.id, name: 'p1' }]);
  });
});
