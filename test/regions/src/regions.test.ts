import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tempDir } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentProcess, CentralProcess, eventually, http, ok } from './deployment';
import { TcpProxy } from './tcp-proxy';
import { freePort } from '@trellis/testkit';

/**
 * The seed deployment on loopback: the real central-api and two real cell-agents, RegionOne
 * (cell1, az1) and RegionTwo (cell2 and cell3, az2). RegionOne reaches central through TCP relays,
 * so the suite can partition it from central without stopping either.
 */
const dir = tempDir('trellis-regions-');
let central: CentralProcess;
let one: AgentProcess;
let two: AgentProcess;
let restRelay: TcpProxy;
let feedRelay: TcpProxy;

const state: { global?: string; globalSubnet?: string; az1?: string; portOne?: any } = {};

async function createNetwork(name: string, hints: string[], cidr: string): Promise<{ id: string; subnet: string }> {
  const net = ok(await http('POST', `${central.url}/v2.0/networks`, { network: { name, ...(hints.length ? { availability_zone_hints: hints } : {}) } })).json.network;
  const subnet = ok(await http('POST', `${central.url}/v2.0/subnets`, { subnet: { network_id: net.id, cidr, ip_version: 4 } })).json.subnet;
  return { id: net.id, subnet: subnet.id };
}

beforeAll(async () => {
  central = await CentralProcess.create(dir.path);
  await central.start();
  restRelay = new TcpProxy(await freePort(), central.restPort);
  feedRelay = new TcpProxy(await freePort(), central.feedPort);
  await restRelay.heal();
  await feedRelay.heal();
  one = await AgentProcess.create({ region: 'RegionOne', cells: ['cell1'], centralUrl: `http://${restRelay.target}`, feedTarget: feedRelay.target }, dir.path);
  two = await AgentProcess.create({ region: 'RegionTwo', cells: ['cell2', 'cell3'], centralUrl: central.url, feedTarget: central.feedTarget }, dir.path);

  for (const name of ['RegionOne', 'RegionTwo']) ok(await http('POST', `${central.url}/admin/v1/regions`, { region: { name } }));
  for (const name of ['az1', 'az2']) ok(await http('POST', `${central.url}/admin/v1/availability_zones`, { availability_zone: { name } }));
  for (const [name, region, az] of [['cell1', 'RegionOne', 'az1'], ['cell2', 'RegionTwo', 'az2'], ['cell3', 'RegionTwo', 'az2']]) {
    ok(await http('POST', `${central.url}/admin/v1/cells`, { cell: { name, region, availability_zone: az } }));
  }
  await Promise.all([one.start(), two.start()]);
});

afterAll(async () => {
  await Promise.allSettled([one?.stop(), two?.stop()]);
  await central?.stop();
  await restRelay?.cut();
  await feedRelay?.cut();
  dir.remove();
});

describe('seed scenario: one central, two regions', () => {
  it("registers compute hosts through their region's agent and refuses a host of a foreign cell", async () => {
    expect(ok(await http('POST', `${one.url}/admin/v1/hosts`, { host: { id: 'compute-1', cell: 'cell1', vtep: '198.51.100.1' } })).status).toBe(201);
    ok(await http('POST', `${two.url}/admin/v1/hosts`, { host: { id: 'compute-2', cell: 'cell2', vtep: '198.51.100.2' } }));
    ok(await http('POST', `${two.url}/admin/v1/hosts`, { host: { id: 'compute-3', cell: 'cell3', vtep: '198.51.100.3' } }));
    const refused = await http('POST', `${one.url}/admin/v1/hosts`, { host: { id: 'compute-x', cell: 'cell2', vtep: '198.51.100.9' } });
    expect(refused.status).toBe(400);
    expect(refused.json.NeutronError.message).toContain('Host compute-x is in cell cell2 of region RegionTwo');
    const hosts = ok(await http('GET', `${central.url}/admin/v1/hosts`)).json.hosts.map((h: { id: string }) => h.id).sort();
    expect(hosts).toEqual(['compute-1', 'compute-2', 'compute-3']);
    expect(ok(await http('PUT', `${two.url}/admin/v1/hosts/compute-2/heartbeat`, {})).json.host.agent_state).toBe('up');
  });

  it('a global network is usable from both regions, with the same id, VNI and subnets', async () => {
    const global = await createNetwork('global-net', [], '10.10.0.0/24');
    Object.assign(state, { global: global.id, globalSubnet: global.subnet });
    const atCentral = ok(await http('GET', `${central.url}/v2.0/networks/${global.id}`)).json.network;
    for (const agent of [one, two]) {
      const res = ok(await http('GET', `${agent.url}/v2.0/networks?id=${global.id}`));
      expect(res.json.networks).toHaveLength(1);
      expect(res.json.networks[0]).toMatchObject({ id: global.id, 'provider:segmentation_id': atCentral['provider:segmentation_id'], subnets: [global.subnet] });
      expect(ok(await http('GET', `${agent.url}/v2.0/subnets/${global.subnet}`)).json.subnet.cidr).toBe('10.10.0.0/24');
    }
  });

  it('an AZ-scoped network is visible only in its region and 404 elsewhere', async () => {
    const az1 = await createNetwork('az1-net', ['az1'], '10.20.0.0/24');
    state.az1 = az1.id;
    expect(ok(await http('GET', `${one.url}/v2.0/networks/${az1.id}`)).json.network.availability_zone_hints).toEqual(['az1']);
    const elsewhere = await http('GET', `${two.url}/v2.0/networks/${az1.id}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.json.NeutronError).toEqual({ type: 'NetworkNotFound', message: `Network ${az1.id} could not be found.`, detail: '' });
    expect(ok(await http('GET', `${two.url}/v2.0/networks?id=${az1.id}&id=${state.global}`)).json.networks.map((n: { id: string }) => n.id)).toEqual([state.global]);
    expect((await http('GET', `${two.url}/v2.0/subnets/${az1.subnet}`)).status).toBe(404);
  });

  it('a port created in a region gets its MAC and IP from central', async () => {
    const res = await http('POST', `${two.url}/v2.0/ports`, { port: { network_id: state.global, name: 'vm-a-eth0', device_owner: 'compute:az2', device_id: 'vm-a', 'binding:host_id': 'compute-2' } });
    expect(res.status).toBe(201);
    const port = res.json.port;
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(port.fixed_ips).toEqual([{ subnet_id: state.globalSubnet, ip_address: expect.stringMatching(/^10\.10\.0\.\d+$/) }]);
    const atCentral = ok(await http('GET', `${central.url}/v2.0/ports/${port.id}`)).json.port;
    expect(atCentral).toMatchObject({ id: port.id, mac_address: port.mac_address, fixed_ips: port.fixed_ips, 'binding:host_id': 'compute-2' });

    state.portOne = ok(await http('POST', `${one.url}/v2.0/ports`, { port: { network_id: state.global, name: 'vm-b-eth0' } })).json.port;
    expect(state.portOne.fixed_ips[0].ip_address).not.toBe(port.fixed_ips[0].ip_address);
    expect(state.portOne.mac_address).not.toBe(port.mac_address);
  });

  it('IPv6 SLAAC and port security through a region: EUI-64 addresses and refusals come from central', async () => {
    const net = ok(await http('POST', `${central.url}/v2.0/networks`, { network: { name: 'v6-net', availability_zone_hints: ['az2'] } })).json.network;
    const slaac = ok(await http('POST', `${two.url}/v2.0/subnets`, { subnet: { network_id: net.id, cidr: '2001:db8:77::/64', ip_version: 6, ipv6_address_mode: 'slaac', ipv6_ra_mode: 'slaac' } })).json.subnet;
    const port = ok(await http('POST', `${two.url}/v2.0/ports`, { port: { network_id: net.id, mac_address: 'fa:16:3e:73:c9:c5', port_security_enabled: false } })).json.port;
    expect(port).toMatchObject({ fixed_ips: [{ subnet_id: slaac.id, ip_address: '2001:db8:77:0:f816:3eff:fe73:c9c5' }], port_security_enabled: false });
    expect(ok(await http('GET', `${two.url}/v2.0/ports/${port.id}`)).json.port.port_security_enabled).toBe(false);
    const explicit = await http('POST', `${two.url}/v2.0/ports`, { port: { network_id: net.id, fixed_ips: [{ subnet_id: slaac.id, ip_address: '2001:db8:77::5' }] } });
    expect([explicit.status, explicit.json.NeutronError.type]).toEqual([400, 'AllocationOnAutoAddressSubnet']);
    const mixed = await http('POST', `${two.url}/v2.0/subnets`, { subnet: { network_id: net.id, cidr: '2001:db8:78::/64', ip_version: 6, ipv6_address_mode: 'slaac', ipv6_ra_mode: 'dhcpv6-stateful' } });
    expect([mixed.status, mixed.json.NeutronError.type]).toEqual([400, 'InvalidInput']);
  });

  it('subnet pools through a region: the pool and the subnet CIDR allocated from it come from central', async () => {
    const pool = ok(await http('POST', `${two.url}/v2.0/subnetpools`, { subnetpool: { name: 'pool', prefixes: ['203.0.113.0/24'], default_prefixlen: 26 } })).json.subnetpool;
    expect(ok(await http('GET', `${central.url}/v2.0/subnetpools/${pool.id}`)).json.subnetpool).toMatchObject({ prefixes: ['203.0.113.0/24'], default_prefixlen: 26 });
    const net = ok(await http('POST', `${central.url}/v2.0/networks`, { network: { name: 'pool-net', availability_zone_hints: ['az2'] } })).json.network;
    const first = ok(await http('POST', `${two.url}/v2.0/subnets`, { subnet: { network_id: net.id, subnetpool_id: pool.id, ip_version: 4 } })).json.subnet;
    const second = ok(await http('POST', `${two.url}/v2.0/subnets`, { subnet: { network_id: net.id, subnetpool_id: pool.id, prefixlen: 27 } })).json.subnet;
    expect([first.cidr, first.subnetpool_id, second.cidr]).toEqual(['203.0.113.0/26', pool.id, '203.0.113.64/27']);
    expect(ok(await http('GET', `${central.url}/v2.0/subnets/${second.id}`)).json.subnet).toMatchObject({ cidr: '203.0.113.64/27', subnetpool_id: pool.id });
    expect(ok(await http('GET', `${two.url}/v2.0/subnets/${second.id}`)).json.subnet).toMatchObject({ cidr: '203.0.113.64/27', subnetpool_id: pool.id });
    expect(ok(await http('GET', `${two.url}/v2.0/subnetpools?name=pool`)).json.subnetpools.map((p: { id: string }) => p.id)).toEqual([pool.id]);
    const inUse = await http('DELETE', `${two.url}/v2.0/subnetpools/${pool.id}`);
    expect([inUse.status, inUse.json.NeutronError.type]).toEqual([400, 'SubnetPoolDeleteError']);
  });

  it('agents: each endpoint lists the host agents it knows, and both advertise what they serve', async () => {
    const atCentral = ok(await http('GET', `${central.url}/v2.0/agents`)).json.agents;
    expect(atCentral.map((a: { host: string }) => a.host).sort()).toEqual(['compute-1', 'compute-2', 'compute-3']);
    const inTwo = ok(await http('GET', `${two.url}/v2.0/agents`)).json.agents;
    expect(inTwo.map((a: { host: string }) => a.host).sort()).toEqual(['compute-2', 'compute-3']);
    const agent = inTwo.find((a: { host: string }) => a.host === 'compute-2');
    expect(agent).toMatchObject({ binary: 'trellis-host-agent', availability_zone: 'az2', configurations: { tunneling_ip: '198.51.100.2' } });
    expect(ok(await http('PUT', `${two.url}/v2.0/agents/${agent.id}`, { agent: { description: 'rack 7' } })).json.agent.description).toBe('rack 7');
    expect(ok(await http('GET', `${central.url}/v2.0/agents/${agent.id}`)).json.agent.description).toBe('rack 7');
    await eventually(async () => ok(await http('GET', `${two.url}/v2.0/agents/${agent.id}`)).json.agent.description === 'rack 7', 20_000, 'agent description replicated to RegionTwo');

    const aliases = async (url: string) => ok(await http('GET', `${url}/v2.0/extensions`)).json.extensions.map((e: { alias: string }) => e.alias);
    for (const url of [central.url, one.url, two.url]) expect(await aliases(url)).toEqual(expect.arrayContaining(['agent', 'external-net', 'port-security', 'net-mtu', 'standard-attr-description']));
    expect(await aliases(central.url)).toContain('quotas');
    expect(await aliases(two.url)).not.toContain('quotas');
  });

  it("binding to a host of another region's cell is refused with a clear error", async () => {
    const res = await http('PUT', `${one.url}/v2.0/ports/${state.portOne.id}`, { port: { 'binding:host_id': 'compute-3', device_owner: 'compute:az1' } });
    expect(res.status).toBe(400);
    expect(res.json.NeutronError.message).toContain('Host compute-3 is in cell cell3 of region RegionTwo');
    expect(res.json.NeutronError.message).toContain('serves region RegionOne (cells cell1)');
    expect(ok(await http('GET', `${central.url}/v2.0/ports/${state.portOne.id}`)).json.port['binding:host_id']).toBe('');
    const bound = ok(await http('PUT', `${one.url}/v2.0/ports/${state.portOne.id}`, { port: { 'binding:host_id': 'compute-1', device_owner: 'compute:az1' } }));
    expect(bound.json.port['binding:host_id']).toBe('compute-1');
  });

  it('central stopped: reads are served from the replica, writes fail fast with 503; restarted: writes work again', async () => {
    await central.stop();
    const read = ok(await http('GET', `${two.url}/v2.0/networks?id=${state.global}`));
    expect(read.json.networks).toHaveLength(1);
    expect(ok(await http('GET', `${two.url}/v2.0/ports?binding:host_id=compute-2`)).json.ports).toHaveLength(1);
    const started = Date.now();
    const write = await http('POST', `${two.url}/v2.0/ports`, { port: { network_id: state.global } });
    expect(write.status).toBe(503);
    expect(write.json.NeutronError.type).toBe('ServiceUnavailable');
    expect(write.json.NeutronError.message).toContain('central-api is unreachable');
    expect(Date.now() - started).toBeLessThan(3_000);
    const metrics = await (await fetch(`${two.url}/metrics`)).text();
    expect(metrics).toMatch(/^trellis_cell_agent_central_reachable\{[^}]*\} 0$/m);

    await central.start();
    await eventually(async () => (await http('POST', `${two.url}/v2.0/ports`, { port: { network_id: state.global, name: 'after-restart' } })).status === 201, 20_000, 'write after central restart');
  });

  it('partitioned from central, a region catches up with the changes made meanwhile', async () => {
    await restRelay.cut();
    await feedRelay.cut();
    const late = ok(await http('POST', `${central.url}/v2.0/subnets`, { subnet: { network_id: state.global, cidr: '10.30.0.0/24', ip_version: 4, name: 'late' } })).json.subnet;
    const renamed = ok(await http('PUT', `${central.url}/v2.0/ports/${state.portOne.id}`, { port: { name: 'renamed-at-central' } })).json.port;
    const bornCentral = ok(await http('POST', `${central.url}/v2.0/ports`, { port: { network_id: state.global, name: 'made-at-central', 'binding:host_id': 'compute-1' } })).json.port;

    // Still partitioned: the old state is served, a write is refused.
    expect(ok(await http('GET', `${one.url}/v2.0/ports/${state.portOne.id}`)).json.port.name).toBe('vm-b-eth0');
    expect((await http('PUT', `${one.url}/v2.0/ports/${state.portOne.id}`, { port: { name: 'x' } })).status).toBe(503);

    await restRelay.heal();
    await feedRelay.heal();
    await eventually(async () => ok(await http('GET', `${one.url}/v2.0/networks/${state.global}`)).json.network.subnets.includes(late.id), 30_000, 'late subnet in RegionOne');
    await eventually(async () => ok(await http('GET', `${one.url}/v2.0/ports?binding:host_id=compute-1`)).json.ports.some((p: { id: string }) => p.id === bornCentral.id), 20_000, 'central-made port in RegionOne');
    expect(ok(await http('GET', `${one.url}/v2.0/ports/${state.portOne.id}`)).json.port).toMatchObject({ name: 'renamed-at-central', revision_number: renamed.revision_number });
  });
});

const exec = promisify(execFile);
const openstack = async (endpoint: string, args: string[]) =>
  exec('openstack', ['--os-auth-type', 'none', '--os-endpoint', endpoint, ...args], { timeout: 30_000, env: { ...process.env, OS_CLOUD: '' } });

describe('openstack CLI against a cell-agent', () => {
  it('lists networks and creates and binds a port', async () => {
    const list = await openstack(one.url, ['network', 'list', '-f', 'json']);
    const networks = JSON.parse(list.stdout) as { ID: string; Name: string; Subnets: string[] }[];
    expect(networks.map((n) => n.Name).sort()).toEqual(['az1-net', 'global-net']);

    const created = await openstack(one.url, ['port', 'create', '--network', 'global-net', '--host', 'compute-1', '--device-owner', 'compute:az1', 'cli-port', '-f', 'json']);
    const port = JSON.parse(created.stdout) as Record<string, unknown>;
    expect(port).toMatchObject({ name: 'cli-port', binding_host_id: 'compute-1' });
    expect(String(port.mac_address)).toMatch(/^fa:16:3e:/);
    expect(ok(await http('GET', `${central.url}/v2.0/ports/${String(port.id)}`)).json.port['binding:host_id']).toBe('compute-1');

    const refused = await openstack(one.url, ['port', 'create', '--network', 'global-net', '--host', 'compute-2', 'bad-port']).then(
      () => undefined,
      (err: { stderr: string }) => err.stderr,
    );
    expect(refused).toContain('Host compute-2 is in cell cell2 of region RegionTwo');
  });
});
