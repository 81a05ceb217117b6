import { randomUUID } from 'node:crypto';
import { eventually } from '@trellis/testkit';
import { expect } from 'vitest';
import type { Deployment, HostId } from './deployment';
import { waitForEvent, receivedEvents } from './nova-events';
import { PROJECT } from './rest';

/**
 * Nova's calls replayed in the order nova/network/neutron.py makes them (see
 * docs/conformance.md): nova-api and the conductor at central, nova-compute at its region's
 * cell-agent, as the user where Nova uses the user's token and as admin where it uses its own.
 */

export interface Instance {
  readonly server: string;
  readonly portId: string;
  host: HostId;
}

/** nova-api's validation of a boot request (`validate_networks`). */
export async function validateBoot(d: Deployment, networkId: string): Promise<void> {
  const extensions = (await d.api('central', 'admin').expect(200, 'GET', '/v2.0/extensions')).json.extensions.map((e: { alias: string }) => e.alias);
  expect(extensions).toEqual(expect.arrayContaining(['binding-extended', 'quotas']));
  const physnet = await d.api('central', 'admin').expect(200, 'GET', `/v2.0/networks/${networkId}?fields=provider:physical_network&fields=provider:network_type`);
  expect(physnet.json.network).toEqual({ 'provider:physical_network': null, 'provider:network_type': 'vxlan' });
  expect((await d.api('central', 'user').expect(200, 'GET', `/v2.0/networks?id=${networkId}`)).json.networks).toHaveLength(1);
  // A 404 here is not caught by nova-api: the boot would fail with a 500.
  const quota = (await d.api('central', 'user').expect(200, 'GET', `/v2.0/quotas/${PROJECT}`)).json.quota;
  expect(quota.port).toBe(500);
  await d.api('central', 'user').expect(200, 'GET', `/v2.0/ports?tenant_id=${PROJECT}&fields=id`);
}

/**
 * nova-compute on `host` allocates and binds a port for `server` (or binds `userPortId`, a port
 * the user created), refreshes its info cache, then waits for network-vif-plugged.
 */
export async function boot(d: Deployment, networkId: string, host: HostId, userPortId?: string): Promise<Instance> {
  const server = randomUUID();
  const user = d.compute(host, 'user');
  const admin = d.compute(host, 'admin');
  expect((await user.expect(200, 'GET', `/v2.0/networks?id=${networkId}`)).json.networks).toHaveLength(1);
  let portId = userPortId;
  if (portId === undefined) {
    const created = await user.expect(201, 'POST', '/v2.0/ports', { port: { network_id: networkId, admin_state_up: true, tenant_id: PROJECT, device_id: server } });
    expect(created.json.port).toMatchObject({ status: 'DOWN', device_id: server, project_id: PROJECT });
    portId = created.json.port.id as string;
  }
  const since = receivedEvents(d.nova).length;
  const bound = await admin.expect(200, 'PUT', `/v2.0/ports/${portId}`, {
    port: { device_id: server, device_owner: `compute:${d.az(host)}`, 'binding:host_id': host, 'binding:profile': {} },
  });
  expect(bound.json.port).toMatchObject({ 'binding:host_id': host, 'binding:vnic_type': 'normal', device_owner: `compute:${d.az(host)}` });
  expect(bound.json.port['binding:vif_type']).not.toMatch(/^(unbound|binding_failed)$/);
  expect(Object.keys(bound.json.port['binding:vif_details']).length).toBeGreaterThan(0);
  expect(['DOWN', 'BUILD']).toContain(bound.json.port.status);

  // Info cache.
  const listed = (await user.expect(200, 'GET', `/v2.0/ports?tenant_id=${PROJECT}&device_id=${server}`)).json.ports;
  expect(listed.map((p: { id: string }) => p.id)).toEqual([portId]);
  const fixedIp = listed[0].fixed_ips[0];
  // No floating IPs in Trellis: Nova tolerates the 404 of an absent extension.
  expect((await user.call('GET', `/v2.0/floatingips?fixed_ip_address=${fixedIp.ip_address}&port_id=${portId}`)).status).toBe(404);
  expect((await user.expect(200, 'GET', `/v2.0/subnets?id=${fixedIp.subnet_id}`)).json.subnets).toHaveLength(1);
  // Nova reads the network's DHCP port for the instance's network info (`dhcp_server`): one, with an address on the subnet.
  const dhcpPorts = (await user.expect(200, 'GET', `/v2.0/ports?network_id=${networkId}&device_owner=network:dhcp`)).json.ports;
  expect(dhcpPorts).toHaveLength(1);
  expect(dhcpPorts[0].fixed_ips.map((f: { subnet_id: string }) => f.subnet_id)).toContain(fixedIp.subnet_id);
  const provider = await admin.expect(200, 'GET', `/v2.0/networks/${networkId}?fields=provider:physical_network&fields=provider:network_type&fields=provider:segmentation_id`);
  expect(provider.json.network['provider:network_type']).toBe('vxlan');

  const plugged = await waitForEvent(d.nova, since, 'network-vif-plugged', portId);
  expect(plugged).toEqual({ name: 'network-vif-plugged', server_uuid: server, tag: portId, status: 'completed' });
  expect((await admin.expect(200, 'GET', `/v2.0/ports/${portId}`)).json.port.status).toBe('ACTIVE');
  await d.wired(host, portId);
  return { server, portId, host };
}

/**
 * Live migration with binding-extended: the conductor creates the destination's INACTIVE
 * binding; the source waits for network-vif-plugged, which comes once the destination host
 * wired that binding; then the profile update, activation and cleanup.
 */
export async function liveMigrate(d: Deployment, vm: Instance, dest: HostId): Promise<void> {
  const src = vm.host;
  const since = receivedEvents(d.nova).length;
  const created = await d.api('central', 'admin').expect(201, 'POST', `/v2.0/ports/${vm.portId}/bindings`, { binding: { host: dest, vnic_type: 'normal', profile: {} } });
  expect(created.json.binding).toMatchObject({ host: dest, status: 'INACTIVE', vnic_type: 'normal' });
  await d.wired(dest, vm.portId);
  expect(await waitForEvent(d.nova, since, 'network-vif-plugged', vm.portId)).toEqual({ name: 'network-vif-plugged', server_uuid: vm.server, tag: vm.portId, status: 'completed' });
  // The source still runs the instance: the port stays ACTIVE on it.
  expect((await d.api('central', 'admin').expect(200, 'GET', `/v2.0/ports/${vm.portId}`)).json.port).toMatchObject({ status: 'ACTIVE', 'binding:host_id': src });

  // Destination compute (its own region): finds the port by the source host, marks the move.
  const destApi = d.compute(dest, 'admin');
  const found = await waitForList(() => destApi.expect(200, 'GET', `/v2.0/ports?device_id=${vm.server}&tenant_id=${PROJECT}&binding:host_id=${src}`));
  expect(found.map((p: { id: string }) => p.id)).toEqual([vm.portId]);
  await destApi.expect(200, 'PUT', `/v2.0/ports/${vm.portId}`, { port: { 'binding:profile': { migrating_to: dest } } });

  // Source compute (its own region): activates the destination binding, drops its own.
  const srcApi = d.compute(src, 'admin');
  const shown = await srcApi.expect(200, 'GET', `/v2.0/ports/${vm.portId}/bindings/${dest}`);
  expect(shown.json.binding).toMatchObject({ host: dest, status: 'INACTIVE' });
  expect(Object.keys(shown.json.binding).sort()).toEqual(['host', 'profile', 'status', 'vif_details', 'vif_type', 'vnic_type']);
  const activated = await srcApi.expect(200, 'PUT', `/v2.0/ports/${vm.portId}/bindings/${dest}/activate`);
  expect(activated.json.binding).toMatchObject({ host: dest, status: 'ACTIVE' });
  await srcApi.expect(204, 'DELETE', `/v2.0/ports/${vm.portId}/bindings/${src}`);
  // A second cleanup (Nova retries) is a tolerated 404.
  expect((await srcApi.call('DELETE', `/v2.0/ports/${vm.portId}/bindings/${src}`)).status).toBe(404);

  const port = (await d.api('central', 'admin').expect(200, 'GET', `/v2.0/ports/${vm.portId}`)).json.port;
  expect(port['binding:host_id']).toBe(dest);
  expect((await d.api('central', 'admin').expect(200, 'GET', `/v2.0/ports/${vm.portId}/bindings`)).json.bindings.map((b: { host: string; status: string }) => [b.host, b.status])).toEqual([[dest, 'ACTIVE']]);
  await d.wired(src, vm.portId, false);
  await eventually(async () => (await d.api('central', 'admin').call('GET', `/v2.0/ports/${vm.portId}`)).json.port.status === 'ACTIVE', 15_000, 'port ACTIVE on the destination');
  vm.host = dest;
}

/** A live migration rolled back after the destination plugged: the source compute drops the destination binding. */
export async function rollBackLiveMigration(d: Deployment, vm: Instance, dest: HostId): Promise<void> {
  const since = receivedEvents(d.nova).length;
  await d.api('central', 'admin').expect(201, 'POST', `/v2.0/ports/${vm.portId}/bindings`, { binding: { host: dest, vnic_type: 'normal', profile: {} } });
  await waitForEvent(d.nova, since, 'network-vif-plugged', vm.portId);
  await d.compute(vm.host, 'admin').expect(204, 'DELETE', `/v2.0/ports/${vm.portId}/bindings/${dest}`);
  await d.wired(dest, vm.portId, false);
  const port = (await d.api('central', 'admin').expect(200, 'GET', `/v2.0/ports/${vm.portId}`)).json.port;
  expect(port).toMatchObject({ 'binding:host_id': vm.host, status: 'ACTIVE' });
  expect((await d.api('central', 'admin').expect(200, 'GET', `/v2.0/ports/${vm.portId}/bindings`)).json.bindings.map((b: { host: string }) => b.host)).toEqual([vm.host]);
  await d.wired(vm.host, vm.portId);
}

/** Resize / cold migration within one region: the destination compute rebinds the port to itself. */
export async function resize(d: Deployment, vm: Instance, dest: HostId): Promise<void> {
  const src = vm.host;
  const since = receivedEvents(d.nova).length;
  const moved = await d.compute(dest, 'admin').expect(200, 'PUT', `/v2.0/ports/${vm.portId}`, {
    port: { 'binding:host_id': dest, 'binding:profile': {}, device_owner: `compute:${d.az(dest)}` },
  });
  expect(moved.json.port).toMatchObject({ 'binding:host_id': dest, status: 'BUILD' });
  expect(await waitForEvent(d.nova, since, 'network-vif-plugged', vm.portId)).toMatchObject({ server_uuid: vm.server, status: 'completed' });
  await d.wired(dest, vm.portId);
  await d.wired(src, vm.portId, false);
  // The wiring report reaches central through the controller's batched relay: the vif-plugged
  // above may be a late one of the migration before, so ACTIVE is awaited, not assumed.
  await eventually(async () => (await d.api('central', 'admin').call('GET', `/v2.0/ports/${vm.portId}`)).json.port.status === 'ACTIVE', 15_000, 'port ACTIVE on the destination');
  vm.host = dest;
}

/** Instance delete, Nova-created port: found by device_id, deleted. */
export async function deleteWithNovaPort(d: Deployment, vm: Instance): Promise<void> {
  const admin = d.compute(vm.host, 'admin');
  const since = receivedEvents(d.nova).length;
  const ports = (await admin.expect(200, 'GET', `/v2.0/ports?device_id=${vm.server}`)).json.ports;
  expect(ports.map((p: { id: string }) => p.id)).toEqual([vm.portId]);
  await admin.expect(204, 'DELETE', `/v2.0/ports/${vm.portId}`);
  expect(await waitForEvent(d.nova, since, 'network-vif-deleted', vm.portId)).toEqual({ name: 'network-vif-deleted', server_uuid: vm.server, tag: vm.portId });
  expect((await d.api('central', 'admin').call('GET', `/v2.0/ports/${vm.portId}`)).status).toBe(404);
  await d.wired(vm.host, vm.portId, false);
}

/** Instance delete, user-supplied port: unbound and handed back, not deleted. */
export async function deleteWithUserPort(d: Deployment, vm: Instance): Promise<void> {
  const admin = d.compute(vm.host, 'admin');
  const since = receivedEvents(d.nova).length;
  const unbound = await admin.expect(200, 'PUT', `/v2.0/ports/${vm.portId}`, {
    port: { 'binding:host_id': null, device_id: '', device_owner: '', 'binding:profile': {} },
  });
  expect(unbound.json.port).toMatchObject({
    'binding:host_id': '', 'binding:vif_type': 'unbound', 'binding:vif_details': {}, 'binding:profile': {}, status: 'DOWN', device_id: '', device_owner: '',
  });
  await d.wired(vm.host, vm.portId, false);
  expect((await d.api('central', 'user').expect(200, 'GET', `/v2.0/ports/${vm.portId}`)).json.port.status).toBe('DOWN');
  // The port is the user's again: Nova is not told it was deleted.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(receivedEvents(d.nova).slice(since).filter((e) => e.tag === vm.portId && e.name === 'network-vif-deleted')).toEqual([]);
}

/** Retries a regional list until it is non-empty (the feed brings a port bound elsewhere moments later). */
async function waitForList(list: () => Promise<{ json: { ports: { id: string }[] } }>): Promise<{ id: string }[]> {
  return eventually(async () => {
    const ports = (await list()).json.ports;
    return ports.length > 0 ? ports : undefined;
  }, 10_000, 'the port at the destination region');
}
