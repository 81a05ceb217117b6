import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, DEFAULT_CENTRAL_CONFIG } from '@trellis/central-api';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenstackCli, findOpenstack } from './openstack-cli';

// The real python3-openstackclient against a running central-api (no Keystone): what operators
// and nova see. About a dozen CLI calls in one scenario, since each costs a Python start-up.
let dir: string;
let store: Store | undefined;
let app: FastifyInstance | undefined;
let url: string;

async function admin(pathname: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`seeding ${pathname}: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'trellis-cli-'));
  store = await openLmdbStore({ path: path.join(dir, 'central'), collections: NEUTRON_COLLECTIONS });
  app = await buildApp({ store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: path.join(dir, 'central') } });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  // Topology through the admin API: RegionOne/cell1 in az1 (host-a), RegionTwo/cell2 in az2 (host-b).
  await admin('/admin/v1/regions', { region: { name: 'RegionOne' } });
  await admin('/admin/v1/regions', { region: { name: 'RegionTwo' } });
  for (const name of ['az1', 'az2']) await admin('/admin/v1/availability_zones', { availability_zone: { name } });
  await admin('/admin/v1/cells', { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } });
  await admin('/admin/v1/cells', { cell: { name: 'cell2', region: 'RegionTwo', availability_zone: 'az2' } });
  await admin('/admin/v1/hosts', { host: { id: 'host-a', cell: 'cell1', vtep: '192.0.2.1' } });
  await admin('/admin/v1/hosts', { host: { id: 'host-b', cell: 'cell2', vtep: '192.0.2.2' } });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('openstack CLI against central-api', () => {
  it('names the Debian package when the client is missing', () => {
    expect(() => findOpenstack(path.join(dir, 'no-bin'))).toThrow(/python3-openstackclient/);
  });

  it('creates, binds, lists, shows and deletes through the real client', async () => {
    // Fails (never skips) when the client is missing, naming the package to install.
    const cli = new OpenstackCli(findOpenstack(), url, dir);

    const net1 = await cli.json('network', 'create', '--availability-zone-hint', 'az1', 'net1');
    expect(net1).toMatchObject({ name: 'net1', availability_zone_hints: ['az1'], availability_zones: ['az1'], 'provider:network_type': 'vxlan', mtu: 1450, status: 'ACTIVE' });
    expect(net1['provider:segmentation_id']).toBeGreaterThanOrEqual(DEFAULT_CENTRAL_CONFIG.vniRange.min);

    // The CLI sends the segment as a string; the API coerces it. No hint: every zone.
    const net2 = await cli.json('network', 'create', '--provider-network-type', 'vxlan', '--provider-segment', '5001', 'net2');
    expect(net2).toMatchObject({ name: 'net2', availability_zone_hints: [], availability_zones: ['az1', 'az2'], 'provider:segmentation_id': 5001 });

    const badZone = await cli.run('network', 'create', '--availability-zone-hint', 'az-nowhere', 'net3');
    expect(badZone.code).not.toBe(0);
    expect(badZone.stderr).toContain('404');
    expect(badZone.stderr).toContain('AvailabilityZone az-nowhere could not be found.');

    const v4 = await cli.json('subnet', 'create', '--network', 'net1', '--subnet-range', '10.0.0.0/24', 'sub4');
    expect(v4).toMatchObject({ name: 'sub4', network_id: net1.id, ip_version: 4, cidr: '10.0.0.0/24', gateway_ip: '10.0.0.1', allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.254' }] });
    const v6 = await cli.json('subnet', 'create', '--network', 'net1', '--ip-version', '6', '--subnet-range', '2001:db8::/64', 'sub6');
    expect(v6).toMatchObject({ name: 'sub6', network_id: net1.id, ip_version: 6, cidr: '2001:db8::/64', gateway_ip: '2001:db8::1' });

    const port1 = await cli.json('port', 'create', '--network', 'net1', '--host', 'host-a', 'port1');
    expect(port1).toMatchObject({ name: 'port1', network_id: net1.id, binding_host_id: 'host-a', binding_vif_type: 'bridge', status: 'BUILD' });
    expect(port1.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(port1.fixed_ips).toEqual([
      { subnet_id: v4.id, ip_address: '10.0.0.2' },
      { subnet_id: v6.id, ip_address: '2001:db8::2' },
    ]);

    const port2 = await cli.json('port', 'create', '--network', 'net1', 'port2');
    expect(port2).toMatchObject({ name: 'port2', binding_host_id: '', binding_vif_type: 'unbound', status: 'DOWN' });
    const set = await cli.run('port', 'set', '--host', 'host-a', 'port2');
    expect([set.code, set.stderr]).toEqual([0, '']);

    // host-b's cell is in az2, outside net1's scope: refused with a message naming both.
    const outOfScope = await cli.run('port', 'set', '--host', 'host-b', 'port2');
    expect(outOfScope.code).not.toBe(0);
    expect(outOfScope.stderr).toMatch(/host-b/);
    expect(outOfScope.stderr).toMatch(/az2/);
    expect(outOfScope.stderr).toMatch(/az1/);

    const onHostA = await cli.json<{ ID: string; Name: string; Status: string }[]>('port', 'list', '--host', 'host-a');
    expect(onHostA.map((p) => [p.Name, p.Status]).sort()).toEqual([['port1', 'BUILD'], ['port2', 'BUILD']]);

    const networks = await cli.json<{ ID: string; Name: string; Subnets: string[] }[]>('network', 'list');
    expect(networks.map((n) => n.Name).sort()).toEqual(['net1', 'net2']);
    expect(networks.find((n) => n.Name === 'net1')?.Subnets.sort()).toEqual([v4.id, v6.id].sort());

    const shown = await cli.json('network', 'show', 'net2');
    expect(shown).toMatchObject({ id: net2.id, name: 'net2', 'provider:network_type': 'vxlan', 'provider:segmentation_id': 5001 });

    const deleted = await cli.run('network', 'delete', 'net2');
    expect([deleted.code, deleted.stderr]).toEqual([0, '']);
    const after = (await (await fetch(`${url}/v2.0/networks`)).json()) as { networks: { name: string }[] };
    expect(after.networks.map((n) => n.name)).toEqual(['net1']);
  });

  it('lists and shows agents, and round-trips port security and descriptions', async () => {
    const cli = new OpenstackCli(findOpenstack(), url, dir);

    const agents = await cli.json<{ ID: string; 'Agent Type': string; Host: string; 'Availability Zone': string; Alive: boolean | string; State: boolean | string; Binary: string }[]>('network', 'agent', 'list');
    expect(agents.map((a) => [a.Host, a['Agent Type'], a['Availability Zone'], a.Binary]).sort()).toEqual([
      ['host-a', 'Linux bridge agent', 'az1', 'trellis-host-agent'],
      ['host-b', 'Linux bridge agent', 'az2', 'trellis-host-agent'],
    ]);
    const onHostB = await cli.json<{ Host: string }[]>('network', 'agent', 'list', '--host', 'host-b');
    expect(onHostB.map((a) => a.Host)).toEqual(['host-b']);
    const hostA = agents.find((a) => a.Host === 'host-a')!;
    expect((await cli.run('network', 'agent', 'set', '--description', 'rack 4', hostA.ID)).code).toBe(0);
    const shownAgent = await cli.json('network', 'agent', 'show', hostA.ID);
    expect(shownAgent).toMatchObject({ id: hostA.ID, host: 'host-a', binary: 'trellis-host-agent', description: 'rack 4', admin_state_up: true });
    expect(shownAgent.configuration ?? shownAgent.configurations).toMatchObject({ tunneling_ip: '192.0.2.1' });
    const disable = await cli.run('network', 'agent', 'set', '--disable', hostA.ID);
    expect(disable.code).not.toBe(0);
    expect(disable.stderr).toContain('409');

    const net = await cli.json('network', 'create', '--disable-port-security', '--description', 'no filtering', 'ps-net');
    expect(net).toMatchObject({ name: 'ps-net', port_security_enabled: false, description: 'no filtering' });
    await cli.json('subnet', 'create', '--network', 'ps-net', '--subnet-range', '198.51.100.0/24', '--description', 'v4 range', 'ps-sub');
    const inherited = await cli.json('port', 'create', '--network', 'ps-net', '--description', 'first', 'ps-port1');
    expect(inherited).toMatchObject({ port_security_enabled: false, description: 'first' });
    const own = await cli.json('port', 'create', '--network', 'ps-net', '--enable-port-security', 'ps-port2');
    expect(own.port_security_enabled).toBe(true);
    // ps-port2 has its project's default security group: port security goes off with the groups, as in Neutron.
    expect((await cli.run('port', 'set', '--disable-port-security', '--no-security-group', '--description', 'second', 'ps-port2')).code).toBe(0);
    expect(await cli.json('port', 'show', 'ps-port2')).toMatchObject({ port_security_enabled: false, description: 'second' });
    expect(await cli.json('subnet', 'show', 'ps-sub')).toMatchObject({ description: 'v4 range' });
    expect((await cli.run('network', 'set', '--enable-port-security', '--description', 'filtered', 'ps-net')).code).toBe(0);
    expect(await cli.json('network', 'show', 'ps-net')).toMatchObject({ port_security_enabled: true, description: 'filtered' });
  });
});
