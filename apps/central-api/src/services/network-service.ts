import {
  Collections, DEVICE_OWNER_ROUTER_INTERFACE, VXLAN_DEFAULT_MTU, domainError, isValidVni, newId, newStandardAttrs, resolveScope, validateZoneHints, type Network, type Subnet, type TopologyView } from '@trellis/domain';
import { Indexes, checkPrecondition, type ListFilters, type NetworkCreateInput, type NetworkUpdateInput, type NetworkView, type Precondition, type StoredPort } from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { TxnBuilder, retryOnConflict } from './store-txn';
import { VniAllocator, type VniRange } from './vni-allocator';

export type { VniRange } from './vni-allocator';

/** Past this many networks a list reads all subnets once instead of one index lookup each. */
const SUBNET_LOOKUPS_MAX = 16;
/** Networks whose subnet lists are cached at most (the cache starts over past it). */
const SUBNET_CACHE_NETWORKS = 10_000;
import type { TopologyService } from './topology-service';

/** Networks: VNI allocation, scope hints, computed views and guarded delete. */
export class NetworkService {
  private readonly vnis: VniAllocator;
  /**
   * Subnets per network, for network views and port creates. Subnets change rarely; every change
   * (here, or at another replica through `subnetsChanged()`) drops the whole cache.
   */
  private readonly subnetCache = new Map<string, Item<Subnet>[]>();
  private subnetGeneration = 0;

  constructor(
    private readonly store: Store,
    private readonly topology: TopologyService,
    vniRange: VniRange,
    private readonly now: () => string,
  ) {
    this.vnis = new VniAllocator(store, vniRange);
  }

  async get(id: string): Promise<Item<Network>> {
    const item = await this.store.get<Network>(Collections.networks, id);
    if (!item) throw domainError('NetworkNotFound', { net_id: id });
    return item;
  }

  async view(id: string): Promise<NetworkView> {
    const item = await this.get(id);
    return this.toView(item.value, await this.topology.view());
  }

  /** Narrows by id (direct reads) and name (clients resolve names this way); the caller applies every filter. */
  async list(filters: ListFilters): Promise<NetworkView[]> {
    const ids = filters.id;
    const names = filters.name;
    const read = ids
      ? (await this.store.getMany<Network>(Collections.networks, ids)).filter((i): i is Item<Network> => i !== undefined)
      : await this.store.list<Network>(Collections.networks);
    // Optimization: `?name=` drops the rest before views (subnets, zones) are computed.
    const nets = names ? read.filter((n) => names.includes(n.value.name)) : read;
    const [topology, subnetIds] = await Promise.all([this.topology.view(), this.subnetIdsOf(nets.map((n) => n.value.id))]);
    return nets.map((n) => this.viewOf(n.value, subnetIds.get(n.value.id) ?? [], topology));
  }

  async toView(network: Network, topology: TopologyView): Promise<NetworkView> {
    const subnetIds = await this.subnetIdsOf([network.id]);
    return this.viewOf(network, subnetIds.get(network.id) ?? [], topology);
  }

  private viewOf(network: Network, subnetIds: string[], topology: TopologyView): NetworkView {
    const zones = [...resolveScope(network.availabilityZoneHints, topology).zones].sort();
    return { network, subnetIds, availabilityZones: zones };
  }

  /**
   * The subnets of a network, from the cache unless `fresh` (a retry after a conflict, where a
   * cached item's revision may be what failed the compare).
   */
  async subnetsOf(networkId: string, fresh = false): Promise<readonly Item<Subnet>[]> {
    if (!fresh) {
      const cached = this.subnetCache.get(networkId);
      if (cached) return cached;
    }
    const generation = this.subnetGeneration;
    const items = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: networkId });
    // A change while reading may be missing from `items`: serve them, but do not keep them.
    if (generation === this.subnetGeneration) {
      if (this.subnetCache.size >= SUBNET_CACHE_NETWORKS) this.subnetCache.clear();
      this.subnetCache.set(networkId, items);
    }
    return items;
  }

  /** Some subnet changed (created, updated, deleted; here or at another replica). */
  subnetsChanged(): void {
    this.subnetGeneration++;
    this.subnetCache.clear();
  }

  /** Subnet ids per network: cached lookups for a few networks, one scan for many. */
  private async subnetIdsOf(networkIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(networkIds.map((id) => [id, []]));
    const add = (s: Subnet) => out.get(s.networkId)?.push(s.id);
    if (networkIds.length <= SUBNET_LOOKUPS_MAX) {
      const lists = await Promise.all(networkIds.map((id) => this.subnetsOf(id)));
      for (const list of lists) for (const s of list) add(s.value);
    } else {
      for (const s of await this.store.list<Subnet>(Collections.subnets)) add(s.value);
    }
    return out;
  }

  /** Creates all networks in one transaction; VNIs come from the range unless given. */
  async create(inputs: readonly NetworkCreateInput[]): Promise<NetworkView[]> {
    const topology = await this.topology.view();
    for (const input of inputs) validateZoneHints(input.availabilityZoneHints, topology);
    const networks = await retryOnConflict(async () => {
      const b = new TxnBuilder();
      const explicit = new Set<number>();
      for (const input of inputs) {
        if (input.segmentationId === undefined) continue;
        if (input.networkType === 'local') {
          throw domainError('InvalidInput', { error_message: 'provider:segmentation_id is not allowed for network type local' });
        }
        if (!isValidVni(input.segmentationId)) {
          throw domainError('InvalidInput', { error_message: `Invalid input for provider:segmentation_id. Reason: ${input.segmentationId} is outside the VXLAN range 1..16777215` });
        }
        if (explicit.has(input.segmentationId) || (await this.store.get(Collections.vnis, input.segmentationId))) {
          throw domainError('TunnelIdInUse', { tunnel_id: input.segmentationId });
        }
        explicit.add(input.segmentationId);
      }
      const needed = inputs.filter((i) => i.networkType === 'vxlan' && i.segmentationId === undefined).length;
      const allocated = await this.vnis.allocate(needed, explicit);
      try {
        const free = [...allocated];
        const created = inputs.map((input) => {
          const segmentationId = input.networkType === 'local' ? null : input.segmentationId ?? (free.shift() as number);
          return this.newNetwork(input, segmentationId);
        });
        for (const net of created) {
          // Must-not-exist compares: a VNI taken meanwhile (another replica) fails the commit.
          if (net.segmentationId !== null) b.create(Collections.vnis, net.segmentationId, { networkId: net.id });
          b.create(Collections.networks, net.id, net);
        }
        await this.store.commit(b.txn);
        return created;
      } finally {
        this.vnis.release(allocated);
      }
    });
    // New networks have no subnets yet.
    return networks.map((n) => this.viewOf(n, [], topology));
  }

  async update(id: string, input: NetworkUpdateInput, precondition: Precondition): Promise<NetworkView> {
    const item = await this.get(id);
    checkPrecondition(precondition, item.value.revisionNumber);
    if (input.mtu !== undefined && (input.mtu < 68 || input.mtu > 9000)) {
      throw domainError('InvalidInput', { error_message: `Invalid input for mtu. Reason: ${input.mtu} is outside 68..9000` });
    }
    const network: Network = { ...item.value, ...input, revisionNumber: item.value.revisionNumber + 1, updatedAt: this.now() };
    await this.store.commit(new TxnBuilder().expect(Collections.networks, id, item).put(Collections.networks, id, network).txn);
    return this.toView(network, await this.topology.view());
  }

  /**
   * Deletes a network with its subnets, allocations and network-owned ports; refused with
   * NetworkInUse while other ports exist.
   */
  async delete(id: string, precondition: Precondition): Promise<void> {
    const first = await this.get(id);
    checkPrecondition(precondition, first.value.revisionNumber);
    // Fence: rewrite the network so that a port create that read it earlier fails its compare;
    // ports committed before the fence are all visible to the list below.
    await this.store.commit(new TxnBuilder().expect(Collections.networks, id, first).put(Collections.networks, id, first.value).txn);
    const item = await this.get(id);
    const ports = await this.store.list<StoredPort>(Collections.ports, { index: Indexes.portsByNetwork, value: id });
    // A router interface holds the network as an instance would (Neutron: NetworkInUse).
    if (ports.some((p) => !p.value.deviceOwner.startsWith('network:') || p.value.deviceOwner === DEVICE_OWNER_ROUTER_INTERFACE)) throw domainError('NetworkInUse', { net_id: id });
    const subnets = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: id });
    const b = new TxnBuilder().expect(Collections.networks, id, item).delete(Collections.networks, id);
    if (item.value.segmentationId !== null) b.delete(Collections.vnis, item.value.segmentationId);
    for (const p of ports) {
      b.expect(Collections.ports, p.key, p).delete(Collections.ports, p.key).delete(Collections.macs, [id, p.value.macAddress]);
    }
    for (const s of subnets) {
      b.expect(Collections.subnets, s.key, s).delete(Collections.subnets, s.key);
      for (const ip of await this.store.list(Collections.ips, { prefix: [s.value.id] })) b.delete(Collections.ips, ip.key);
    }
    try {
      await this.store.commit(b.txn);
    } finally {
      if (subnets.length > 0) this.subnetsChanged();
    }
  }

  private newNetwork(input: NetworkCreateInput, segmentationId: number | null): Network {
    const mtu = input.mtu ?? VXLAN_DEFAULT_MTU;
    if (mtu < 68 || mtu > 9000) throw domainError('InvalidInput', { error_message: `Invalid input for mtu. Reason: ${mtu} is outside 68..9000` });
    const at = this.now();
    return {
      ...newStandardAttrs(input, at, newId()),
      adminStateUp: input.adminStateUp,
      status: 'ACTIVE',
      shared: input.shared,
      mtu,
      networkType: input.networkType,
      segmentationId,
      availabilityZoneHints: [...input.availabilityZoneHints],
      portSecurityEnabled: input.portSecurityEnabled,
      routerExternal: input.routerExternal,
    };
  }
}
