import { Collections, resolveScope, type Host, type Network, type Router, type Subnet, type TopologyView } from '@trellis/domain';
import { Indexes, type NetworkView, type StoredPort } from '@trellis/neutron';
import type { Item, Op, Store } from '@trellis/store';
import { BoundedSet } from './bounded-set';
import { AGENT_META, FEED_POSITION_KEY, TOPOLOGY_COLLECTIONS } from './collections';
import { patchTopology, topologyFromItems, type MutableTopology, type TopologyChange } from './topology-view';

type Versioned = { readonly id: string; readonly revisionNumber: number };

/** Resources central deleted recently; a late REST answer must not bring them back. */
const TOMBSTONE_LIMIT = 10_000;

const values = <T>(items: readonly (Item<T> | undefined)[]): T[] => items.flatMap((i) => (i ? [i.value] : []));

/**
 * The region's copy of central's resources in the agent's own LMDB: networks and subnets
 * materialised here, ports of this region's cells (and ports read or written through the agent),
 * the routers whose scope reaches this region's cells, the whole topology, and the feed
 * position, all written in the same transactions.
 *
 * Writes are serialised (one at a time), which keeps the "never older than what is held" rule a
 * simple read-then-write: a resource is replaced only by one with an equal or higher
 * `revision_number`, whatever path (REST answer or feed) brings it.
 */
export class LocalReplica {
  #queue: Promise<unknown> = Promise.resolve();
  #topology: MutableTopology | undefined;
  /** Bumped by every topology write, so a read that raced a write does not cache a stale view. */
  #topologyGeneration = 0;
  readonly #tombstones = new BoundedSet<string>(TOMBSTONE_LIMIT);

  constructor(readonly store: Store) {}

  /** Runs `fn` after every earlier write finished; writes never interleave. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  // --- reads ---

  async network(id: string): Promise<Network | undefined> {
    return (await this.store.get<Network>(Collections.networks, id))?.value;
  }

  async networks(ids?: readonly string[]): Promise<Network[]> {
    if (ids) return values(await this.store.getMany<Network>(Collections.networks, ids));
    return (await this.store.list<Network>(Collections.networks)).map((i) => i.value);
  }

  /** The network as Neutron shows it: its subnets here and the zones of its scope. */
  async view(network: Network): Promise<NetworkView> {
    const subnets = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: network.id });
    const zones = [...resolveScope(network.availabilityZoneHints, await this.topology()).zones].sort();
    return { network, subnetIds: subnets.map((s) => s.value.id), availabilityZones: zones };
  }

  async subnet(id: string): Promise<Subnet | undefined> {
    return (await this.store.get<Subnet>(Collections.subnets, id))?.value;
  }

  async subnets(ids?: readonly string[]): Promise<Subnet[]> {
    if (ids) return values(await this.store.getMany<Subnet>(Collections.subnets, ids));
    return (await this.store.list<Subnet>(Collections.subnets)).map((i) => i.value);
  }

  async subnetsOf(networkId: string): Promise<Subnet[]> {
    return (await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: networkId })).map((i) => i.value);
  }

  async port(id: string): Promise<StoredPort | undefined> {
    return (await this.store.get<StoredPort>(Collections.ports, id))?.value;
  }

  /** Ports, narrowed through an index when the filter allows; callers filter again. */
  async ports(filters: Readonly<Record<string, readonly string[]>>): Promise<StoredPort[]> {
    if (filters.id) return values(await this.store.getMany<StoredPort>(Collections.ports, filters.id));
    const one = (name: string) => (filters[name]?.length === 1 ? filters[name][0] : undefined);
    const byIndex = ([index, value]: [string, string | undefined]) => value !== undefined && value !== '' ? { index, value } : undefined;
    const narrowed =
      byIndex([Indexes.portsByHost, one('binding:host_id')]) ?? byIndex([Indexes.portsByDevice, one('device_id')]) ?? byIndex([Indexes.portsByNetwork, one('network_id')]);
    return (await this.store.list<StoredPort>(Collections.ports, narrowed)).map((i) => i.value);
  }

  async router(id: string): Promise<Router | undefined> {
    return (await this.store.get<Router>(Collections.routers, id))?.value;
  }

  async routers(): Promise<Router[]> {
    return (await this.store.list<Router>(Collections.routers)).map((i) => i.value);
  }

  async topology(): Promise<TopologyView> {
    if (this.#topology) return this.#topology;
    const generation = this.#topologyGeneration;
    const entries = await Promise.all(TOPOLOGY_COLLECTIONS.map(async (c) => [c, await this.store.list(c)] as const));
    const topology = topologyFromItems(new Map(entries));
    if (generation === this.#topologyGeneration) this.#topology = topology;
    return topology;
  }

  /** The last central revision applied (0 before the first sync). */
  async position(): Promise<number> {
    return (await this.store.get<{ revision: number }>(AGENT_META, FEED_POSITION_KEY))?.value.revision ?? 0;
  }

  isTombstoned(id: string): boolean {
    return this.#tombstones.has(id);
  }

  // --- writes (call inside exclusive() when combining reads and writes) ---

  /** Puts for each value unless the replica holds a newer revision or central deleted it. */
  async upsertOps(collection: string, incoming: readonly Versioned[]): Promise<Op[]> {
    if (incoming.length === 0) return [];
    const current = await this.store.getMany<Versioned>(collection, incoming.map((v) => v.id));
    return incoming.flatMap((value, i) => {
      const held = current[i]?.value;
      if (this.#tombstones.has(value.id) || (held && held.revisionNumber > value.revisionNumber)) return [];
      return [{ type: 'put' as const, collection, key: value.id, value }];
    });
  }

  /** Stores resources read from (or answered by) central, never replacing newer ones. */
  async storeFromCentral(batch: {
    networks?: readonly Network[];
    subnets?: readonly Subnet[];
    ports?: readonly StoredPort[];
    routers?: readonly Router[];
    hosts?: readonly Host[];
  }): Promise<void> {
    await this.exclusive(async () => {
      const ops = [
        ...(await this.upsertOps(Collections.networks, batch.networks ?? [])),
        ...(await this.upsertOps(Collections.subnets, batch.subnets ?? [])),
        ...(await this.upsertOps(Collections.ports, batch.ports ?? [])),
        ...(await this.upsertOps(Collections.routers, batch.routers ?? [])),
        ...(batch.hosts ?? []).map((h) => ({ type: 'put' as const, collection: Collections.hosts, key: h.id, value: h })),
      ];
      await this.commit(ops);
    });
  }

  /** Forgets a resource central deleted. */
  async remove(collection: string, id: string): Promise<void> {
    this.#tombstones.add(id);
    await this.exclusive(() => this.commit([{ type: 'delete', collection, key: id }]));
  }

  markDeleted(id: string): void {
    this.#tombstones.add(id);
  }

  /**
   * Applies topology changes to the held topology in place (a copy or a reload is O(hosts), and
   * a region sees one topology revision per host registration and liveness change). The commit
   * that stores them follows; if it fails, the held topology is dropped and read again.
   */
  async patchTopology(changes: readonly TopologyChange[]): Promise<TopologyView> {
    const topology = (await this.topology()) as MutableTopology;
    if (patchTopology(topology, changes)) this.#topologyGeneration++;
    return topology;
  }

  /** Commits ops; keeps the in-memory topology in step. */
  async commit(ops: readonly Op[]): Promise<void> {
    if (ops.length === 0) return;
    const touchesTopology = ops.some((op) => TOPOLOGY_COLLECTIONS.includes(op.collection));
    try {
      await this.store.commit({ ops });
    } catch (err) {
      if (touchesTopology) this.#dropTopology();
      throw err;
    }
    if (touchesTopology) {
      if (this.#topology) patchTopology(this.#topology, ops);
      this.#topologyGeneration++;
    }
  }

  #dropTopology(): void {
    this.#topologyGeneration++;
    this.#topology = undefined;
  }

  positionOp(revision: number): Op {
    return { type: 'put', collection: AGENT_META, key: FEED_POSITION_KEY, value: { revision } };
  }
}
