import { DEVICE_OWNER_DHCP, domainError, isErrorType, knownZones, regionInScope, type Network, type Subnet, type TopologyView } from '@trellis/domain';
import { bindingFromJson, networkFromJson, portFromJson, subnetFromJson, type ListFilters, type StoredPort } from '@trellis/neutron';
import type { Logger } from '@trellis/runtime';
import type { CentralClient } from '../central/central-client';
import { centralPath } from '../central/central-path';
import { hostFromJson } from '../central/host-json';
import type { AgentMetrics } from '../metrics';
import type { LocalReplica } from '../replica/local-replica';
import { TOPOLOGY_COLLECTIONS } from '../replica/collections';
import { Collections } from '@trellis/domain';
import type { Op } from '@trellis/store';

type Json = Record<string, unknown>;

export interface MaterialiserOptions {
  readonly region: string;
  readonly replica: LocalReplica;
  readonly central: CentralClient;
  readonly logger: Logger;
  readonly metrics: AgentMetrics;
}

const query = (name: string, values: readonly string[]) => values.map((v) => `${name}=${encodeURIComponent(v)}`).join('&');
const filterQuery = (filters: ListFilters): string => {
  const qs = Object.entries(filters).map(([name, values]) => query(name, values)).filter((q) => q !== '').join('&');
  return qs === '' ? '' : `?${qs}`;
};
/** Ids per request, so that a query string stays well under any URL limit. */
const CHUNK = 100;
const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Fetches what central has and this region does not hold yet, on first use, and stores it in the
 * replica with the same ids (Tricircle's local plugin behaviour): a network with its subnets, a
 * subnet with its network, a port with its network. Only networks whose scope includes this
 * region are materialised; anything else is answered as if it did not exist, with a log line.
 */
export class Materialiser {
  readonly #log: Logger;

  constructor(private readonly options: MaterialiserOptions) {
    this.#log = options.logger.child({ component: 'materialiser' });
  }

  /** One network by id. @throws NetworkNotFound (also when outside this region's scope) */
  async network(id: string): Promise<Network> {
    const json = await this.options.central.get<{ network: Json }>(centralPath('/v2.0/networks', id));
    const [network] = await this.#adopt([networkFromJson(json.network).network]);
    if (!network) throw domainError('NetworkNotFound', { net_id: id });
    return network;
  }

  /** Networks by id; ids central does not have or that are out of scope are left out. */
  async networks(ids: readonly string[]): Promise<Network[]> {
    const out: Network[] = [];
    for (const part of chunks(ids)) {
      const json = await this.options.central.get<{ networks: Json[] }>(`/v2.0/networks?${query('id', part)}`);
      out.push(...(await this.#adopt(json.networks.map((j) => networkFromJson(j).network))));
    }
    return out;
  }

  /**
   * The networks central lists for these filters (as admin: the routes apply the caller's
   * visibility), the in-scope ones materialised. A regional list answers with the region's full
   * view, not only with what was read here before.
   */
  async networksMatching(filters: ListFilters): Promise<Network[]> {
    const json = await this.options.central.get<{ networks: Json[] }>(`/v2.0/networks${filterQuery(filters)}`);
    return this.#adopt(json.networks.map((j) => networkFromJson(j).network));
  }

  /** The subnets central lists for these filters whose networks are in scope, materialised with them. */
  async subnetsMatching(filters: ListFilters): Promise<Subnet[]> {
    const json = await this.options.central.get<{ subnets: Json[] }>(`/v2.0/subnets${filterQuery(filters)}`);
    const subnets = json.subnets.map(subnetFromJson);
    const held = new Set((await this.#ensureNetworks([...new Set(subnets.map((s) => s.networkId))])).map((n) => n.id));
    return subnets.filter((s) => held.has(s.networkId));
  }

  /** Networks central knows by this name (what `openstack … --network NAME` resolves). */
  async networksNamed(names: readonly string[]): Promise<Network[]> {
    const json = await this.options.central.get<{ networks: Json[] }>(`/v2.0/networks?${query('name', names)}`);
    return this.#adopt(json.networks.map((j) => networkFromJson(j).network));
  }

  /** Subnets by id, each with its network. @returns the in-scope ones */
  async subnets(ids: readonly string[]): Promise<Subnet[]> {
    const out: Subnet[] = [];
    for (const part of chunks(ids)) {
      const json = await this.options.central.get<{ subnets: Json[] }>(`/v2.0/subnets?${query('id', part)}`);
      const subnets = json.subnets.map(subnetFromJson);
      const networkIds = [...new Set(subnets.map((s) => s.networkId))];
      const held = new Set((await this.#ensureNetworks(networkIds)).map((n) => n.id));
      out.push(...subnets.filter((s) => held.has(s.networkId)));
    }
    return out;
  }

  /** One port by id, with its bindings and its network. @throws PortNotFound (also out of scope) */
  async port(id: string): Promise<StoredPort> {
    const path = centralPath('/v2.0/ports', id);
    const json = await this.options.central.get<{ port: Json }>(path);
    const [network] = await this.#ensureNetworks([String(json.port.network_id)]);
    if (!network) throw domainError('PortNotFound', { port_id: id });
    const port = await this.portWithBindings(json.port);
    await this.options.replica.storeFromCentral({ ports: [port] });
    this.options.metrics.materialised.inc({ kind: 'port' });
    return port;
  }

  /** A port JSON from central completed with `/bindings` (every binding, inactive ones too). */
  async portWithBindings(portJson: Json): Promise<StoredPort> {
    const id = String(portJson.id);
    const previous = await this.options.replica.port(id);
    const bindings = await this.options.central.get<{ bindings: Json[] }>(centralPath('/v2.0/ports', id, 'bindings'));
    return portFromJson(portJson, { bindings: bindings.bindings.map(bindingFromJson), previous });
  }

  /** Held networks plus the missing ones materialised (in scope only). */
  async #ensureNetworks(ids: readonly string[]): Promise<Network[]> {
    const held = await this.options.replica.networks(ids);
    const missing = ids.filter((id) => !held.some((n) => n.id === id));
    if (missing.length === 0) return held;
    return [...held, ...(await this.networks(missing).catch((err: unknown) => (isErrorType(err, 'NetworkNotFound') ? [] : Promise.reject(err))))];
  }

  /** Keeps the in-scope networks, stores them with their subnets, and returns them. */
  async #adopt(candidates: readonly Network[]): Promise<Network[]> {
    const { region, replica, metrics } = this.options;
    if (candidates.length === 0) return [];
    const topology = await this.#topologyFor(candidates);
    const adopted: Network[] = [];
    for (const network of candidates) {
      if (replica.isTombstoned(network.id)) continue;
      if (regionInScope(region, network.availabilityZoneHints, topology)) adopted.push(network);
      else {
        metrics.scopeRefusals.inc({ kind: 'network' });
        this.#log.info(
          { net_id: network.id, region, availability_zone_hints: network.availabilityZoneHints },
          "network is outside this region's scope; answering NetworkNotFound",
        );
      }
    }
    if (adopted.length === 0) return [];
    const subnets: Subnet[] = [];
    for (const part of chunks(adopted.map((n) => n.id))) {
      const json = await this.options.central.get<{ subnets: Json[] }>(`/v2.0/subnets?${query('network_id', part)}`);
      subnets.push(...json.subnets.map(subnetFromJson));
    }
    // The networks' DHCP ports (never bound, so no cell holds them): Nova reads them for its
    // network info (`dhcp_server`) through the region, as from Neutron.
    const ports: StoredPort[] = [];
    for (const part of chunks(adopted.map((n) => n.id))) {
      const json = await this.options.central.get<{ ports: Json[] }>(`/v2.0/ports?${query('network_id', part)}&device_owner=${DEVICE_OWNER_DHCP}`);
      ports.push(...json.ports.map((p) => portFromJson(p, { bindings: [], previous: undefined })));
    }
    await replica.storeFromCentral({ networks: adopted, subnets, ports });
    metrics.materialised.inc({ kind: 'network' }, adopted.length);
    metrics.materialised.inc({ kind: 'subnet' }, subnets.length);
    this.#log.info({ networks: adopted.map((n) => n.id), subnets: subnets.length }, 'materialised from central');
    return adopted;
  }

  /**
   * The topology to judge scopes with. The feed keeps it current; before the first sync (or if
   * a hint names something the replica does not know yet) it is read from central's admin API.
   */
  async #topologyFor(networks: readonly Network[]): Promise<TopologyView> {
    const local = await this.options.replica.topology();
    const zones = knownZones(local);
    const complete = local.regions.has(this.options.region) && networks.every((n) => n.availabilityZoneHints.every((h) => zones.has(h) || local.regions.has(h)));
    if (complete) return local;
    const [regions, zonesJson, cells, hosts] = await Promise.all([
      this.options.central.get<{ regions: Json[] }>('/admin/v1/regions'),
      this.options.central.get<{ availability_zones: Json[] }>('/admin/v1/availability_zones'),
      this.options.central.get<{ cells: Json[] }>('/admin/v1/cells'),
      this.options.central.get<{ hosts: Json[] }>('/admin/v1/hosts'),
    ]);
    const ops: Op[] = [
      ...regions.regions.map((r) => ({ type: 'put' as const, collection: Collections.regions, key: String(r.name), value: { name: r.name, description: r.description ?? '', createdAt: r.created_at ?? '' } })),
      ...zonesJson.availability_zones
        .filter((z) => z.explicit === true)
        .map((z) => ({ type: 'put' as const, collection: Collections.zones, key: String(z.name), value: { name: z.name, description: z.description ?? '', createdAt: '' } })),
      ...cells.cells.map((c) => ({ type: 'put' as const, collection: Collections.cells, key: String(c.name), value: { name: c.name, region: c.region, availabilityZone: c.availability_zone, createdAt: c.created_at ?? '' } })),
      ...hosts.hosts.map((h) => ({ type: 'put' as const, collection: Collections.hosts, key: String(h.id), value: hostFromJson(h) })),
    ];
    await this.options.replica.exclusive(() => this.options.replica.commit(ops));
    this.#log.info({ collections: TOPOLOGY_COLLECTIONS, cells: cells.cells.length }, 'topology read from central');
    return this.options.replica.topology();
  }
}
