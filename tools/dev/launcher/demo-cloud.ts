import { randomUUID } from 'node:crypto';
import type { JsonApi } from './api-client';
import { placementOf, type SeedTopology } from './topology';

/** A network of the demo with its one subnet. */
export interface DemoNetwork {
  readonly id: string;
  readonly name: string;
  readonly vni: number;
  readonly cidr: string;
  readonly hints: readonly string[];
}

/** An "instance": a compute port created and bound the way nova-compute does it. */
export interface DemoInstance {
  readonly name: string;
  readonly portId: string;
  readonly mac: string;
  readonly ip: string;
  readonly network: DemoNetwork;
  host: string;
}

interface PortJson {
  id: string;
  status: string;
  mac_address: string;
  fixed_ips: Array<{ ip_address: string }>;
  'binding:host_id': string;
}

/** Bounded polling: calls `probe` until it returns a value or `timeoutMs` passes. */
export async function pollUntil<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * The cloud operations of the demo, each through the API the real actor uses: networks at
 * central (the user), ports through the host's regional cell-agent (nova-compute), migration
 * bindings at central (nova-conductor through nova-api's Neutron).
 */
export class DemoCloud {
  constructor(
    private readonly central: JsonApi,
    private readonly regions: ReadonlyMap<string, JsonApi>,
    private readonly topology: SeedTopology,
  ) {}

  /** The cell-agent serving a host's region. */
  regionApi(hostId: string): { region: string; api: JsonApi } {
    const { cell } = placementOf(this.topology, hostId);
    const api = this.regions.get(cell.region);
    if (!api) throw new Error(`no cell-agent for region ${cell.region}`);
    return { region: cell.region, api };
  }

  /** Deletes what an earlier demo run left (its networks are named with `prefix`). */
  async cleanup(prefix: string): Promise<number> {
    const { networks } = await this.central.get<{ networks: Array<{ id: string; name: string }> }>('/v2.0/networks');
    let removed = 0;
    for (const net of networks.filter((n) => n.name.startsWith(prefix))) {
      const { ports } = await this.central.get<{ ports: Array<{ id: string }> }>(`/v2.0/ports?network_id=${net.id}`);
      for (const p of ports) await this.central.delete(`/v2.0/ports/${p.id}`);
      await this.central.delete(`/v2.0/networks/${net.id}`);
      removed++;
    }
    return removed;
  }

  async createNetwork(name: string, cidr: string, hints: readonly string[]): Promise<DemoNetwork> {
    const body = hints.length ? { name, availability_zone_hints: hints } : { name };
    const { network } = await this.central.post<{ network: { id: string; 'provider:segmentation_id': number } }>('/v2.0/networks', { network: body });
    await this.central.post('/v2.0/subnets', { subnet: { network_id: network.id, cidr, ip_version: 4, name: `${name}-subnet` } });
    return { id: network.id, name, vni: Number(network['provider:segmentation_id']), cidr, hints };
  }

  /**
   * Boots an instance on `hostId`: the region's cell-agent materialises the network on first
   * read, forwards the port create to central (MAC and IP allocated there) and the binding.
   */
  async boot(name: string, network: DemoNetwork, hostId: string): Promise<DemoInstance> {
    const { api } = this.regionApi(hostId);
    const { cell } = placementOf(this.topology, hostId);
    await api.get(`/v2.0/networks/${network.id}`);
    const { port } = await api.post<{ port: PortJson }>('/v2.0/ports', {
      port: { network_id: network.id, name, device_owner: `compute:${cell.availabilityZone}`, device_id: randomUUID() },
    });
    await api.put(`/v2.0/ports/${port.id}`, { port: { 'binding:host_id': hostId } });
    return { name, portId: port.id, mac: port.mac_address, ip: port.fixed_ips[0]?.ip_address ?? '', network, host: hostId };
  }

  /** Tries to bind a new port of `network` to `hostId` at central; returns the refusal, if any. */
  async tryBind(network: DemoNetwork, hostId: string): Promise<unknown> {
    const { port } = await this.central.post<{ port: PortJson }>('/v2.0/ports', { port: { network_id: network.id, name: 'demo-probe' } });
    try {
      await this.central.put(`/v2.0/ports/${port.id}`, { port: { 'binding:host_id': hostId } });
      return undefined;
    } catch (err) {
      return err;
    } finally {
      await this.central.delete(`/v2.0/ports/${port.id}`);
    }
  }

  async portStatus(portId: string): Promise<string> {
    const { port } = await this.central.get<{ port: PortJson }>(`/v2.0/ports/${portId}`);
    return port.status;
  }

  /** Resolves when every port is ACTIVE (the host-agents reported them wired). */
  async waitActive(portIds: readonly string[], timeoutMs: number): Promise<void> {
    await pollUntil(
      async () => ((await Promise.all(portIds.map((id) => this.portStatus(id)))).every((s) => s === 'ACTIVE') ? true : undefined),
      timeoutMs,
      'ports to become ACTIVE',
    );
  }

  /** Live migration as Nova drives it: inactive binding on the destination, activate, drop the source's. */
  async migrate(instance: DemoInstance, toHost: string, step: (line: string) => void): Promise<void> {
    const from = instance.host;
    const path = `/v2.0/ports/${instance.portId}/bindings`;
    const { binding } = await this.central.post<{ binding: { status: string } }>(path, { binding: { host: toHost } });
    step(`POST ${path} {host: ${toHost}} → ${binding.status} (destination pre-joins VNI ${instance.network.vni})`);
    const activated = await this.central.put<{ binding: { status: string } }>(`${path}/${toHost}/activate`);
    step(`PUT ${path}/${toHost}/activate → ${activated.binding.status}`);
    await this.central.delete(`${path}/${from}`);
    step(`DELETE ${path}/${from} (the source's binding, as Nova does after the migration)`);
    instance.host = toHost;
  }
}
