import { randomUUID } from 'node:crypto';
import { tapDeviceName } from '@trellis/domain';
import { eventually, type Api } from './api';
import { CELLS, type DataplaneCluster } from './cluster';
import type { Addressing, SimInstance } from './underlay';

/** A tenant network with its single IPv4 subnet. */
export interface TenantNetwork {
  readonly id: string;
  readonly name: string;
  readonly vni: number;
  readonly subnetId: string;
  readonly prefixLength: number;
}

/** An instance: its namespace plus the Neutron port it was built from. */
export interface Vm extends SimInstance {
  readonly portId: string;
  readonly network: TenantNetwork;
}

interface PortJson {
  id: string;
  status: string;
  mac_address: string;
  fixed_ips: Array<{ subnet_id: string; ip_address: string }>;
  'binding:host_id': string;
}

/** Creates a network (global when `hints` is empty) and one subnet, at central as a user would. */
export async function createNetwork(central: Api, name: string, cidr: string, hints: readonly string[] = []): Promise<TenantNetwork> {
  const { network } = await central.post<{ network: { id: string; 'provider:segmentation_id': number } }>('/v2.0/networks', {
    network: hints.length ? { name, availability_zone_hints: hints } : { name },
  });
  const { subnet } = await central.post<{ subnet: { id: string } }>('/v2.0/subnets', { subnet: { network_id: network.id, cidr, ip_version: 4, name: `${name}-v4` } });
  return { id: network.id, name, vni: Number(network['provider:segmentation_id']), subnetId: subnet.id, prefixLength: Number(cidr.split('/')[1]) };
}

function zoneOf(cluster: DataplaneCluster, hostId: string): string {
  const cell = CELLS.find((c) => c.name === cluster.host(hostId).cell);
  if (!cell) throw new Error(`no cell for ${hostId}`);
  return cell.az;
}

/** How an instance is plugged: a requested fixed IP, and how its eth0 gets the address (default `dhcp`). */
export interface PlugOptions {
  readonly fixedIp?: string;
  readonly addressing?: Addressing;
}

/**
 * Plugs an instance the way nova-compute prepares one, through the host's regional cell-agent:
 * read the network (materialised there on first use), create the port (central allocates MAC
 * and IP), then create the "VM": a namespace whose eth0 has that MAC (and, `static` only, the
 * IP), its peer `tap<port id>` in the host namespace. The port is not bound yet (see
 * {@link bindVm}); a `dhcp` instance has no address until its DHCP client got a lease (the
 * fixture's `boot`).
 */
export async function plugVm(cluster: DataplaneCluster, name: string, network: TenantNetwork, hostId: string, options: PlugOptions = {}): Promise<Vm> {
  const { fixedIp, addressing = 'dhcp' } = options;
  const api = cluster.regionOf(hostId);
  await api.get(`/v2.0/networks/${network.id}`);
  const request: Record<string, unknown> = { network_id: network.id, name, device_owner: `compute:${zoneOf(cluster, hostId)}`, device_id: randomUUID() };
  if (fixedIp) request.fixed_ips = [{ subnet_id: network.subnetId, ip_address: fixedIp }];
  const { port } = await api.post<{ port: PortJson }>('/v2.0/ports', { port: request });
  const ip = port.fixed_ips[0]?.ip_address;
  if (!ip) throw new Error(`port ${port.id} got no fixed IP`);
  const instance = await cluster.underlay.addInstance(name, cluster.host(hostId), tapDeviceName(port.id), port.mac_address, ip, network.prefixLength, addressing);
  return { ...instance, portId: port.id, network };
}

/**
 * The network's Linux bridge as central reports it in `binding:vif_details.bridge_name` and as
 * os-vif and the host-agent name it: `brq` + the first 11 characters of the network id.
 */
export function bridgeName(network: TenantNetwork): string {
  return `brq${network.id}`.slice(0, 14);
}

/**
 * Creates the port of an instance through the host's cell-agent and its namespace, but no tap:
 * as nova-compute does before it binds the port and libvirt starts the guest.
 */
export async function createVmPort(cluster: DataplaneCluster, name: string, network: TenantNetwork, hostId: string, addressing: Addressing = 'dhcp'): Promise<Vm> {
  const api = cluster.regionOf(hostId);
  await api.get(`/v2.0/networks/${network.id}`);
  const request = { network_id: network.id, name, device_owner: `compute:${zoneOf(cluster, hostId)}`, device_id: randomUUID() };
  const { port } = await api.post<{ port: PortJson }>('/v2.0/ports', { port: request });
  const ip = port.fixed_ips[0]?.ip_address;
  if (!ip) throw new Error(`port ${port.id} got no fixed IP`);
  const instance = await cluster.underlay.addDetachedInstance(name, cluster.host(hostId), tapDeviceName(port.id), port.mac_address, ip, network.prefixLength, addressing);
  return { ...instance, portId: port.id, network };
}

/** Binds the VM's port to its host through the region's cell-agent; returns when the request was sent (epoch ms). */
export async function bindVm(cluster: DataplaneCluster, vm: Vm): Promise<number> {
  const sentAtMs = Date.now();
  await cluster.regionOf(vm.host.id).put(`/v2.0/ports/${vm.portId}`, { port: { 'binding:host_id': vm.host.id } });
  return sentAtMs;
}

/** The port as central shows it to Nova (admin: binding attributes included). */
export async function centralPort(central: Api, portId: string): Promise<{ status: string; 'binding:vif_type': string; 'binding:vif_details': Record<string, unknown> }> {
  return (await central.get<{ port: PortJson & { 'binding:vif_type': string; 'binding:vif_details': Record<string, unknown> } }>(`/v2.0/ports/${portId}`)).port;
}

export async function portStatus(central: Api, portId: string): Promise<string> {
  return (await central.get<{ port: PortJson }>(`/v2.0/ports/${portId}`)).port.status;
}

/** Waits until central shows the port ACTIVE (its host-agent reported it wired). */
export async function waitActive(central: Api, portId: string, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => ((await portStatus(central, portId)) === 'ACTIVE' ? true : undefined), timeoutMs, `port ${portId} ACTIVE`);
}

/** Every FDB and neighbour line of every host namespace (all VNIs). */
export async function allTables(cluster: DataplaneCluster): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const h of cluster.hosts.values()) {
    const fdb = await cluster.underlay.namespaces.exec(h.ns, 'bridge', ['fdb', 'show']);
    const neigh = await cluster.underlay.namespaces.exec(h.ns, 'ip', ['neigh', 'show']);
    out.set(h.id, `${fdb}\n${neigh}`);
  }
  return out;
}
