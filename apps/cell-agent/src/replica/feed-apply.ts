import { Collections, DEVICE_OWNER_DHCP, type Network, type Router, type Subnet, type TopologyView } from '@trellis/domain';
import type { StoredPort } from '@trellis/neutron';
import type { Change, Item, Op } from '@trellis/store';
import { TOPOLOGY_COLLECTIONS } from './collections';
import { feedValueProblem, type RejectedValue } from './feed-values';
import type { LocalReplica } from './local-replica';
import { portInCells, scopeReachesCells, topologyFromItems } from './topology-view';

/** What one applied feed event changed in the replica, for logs and metrics. */
export interface ApplyOutcome {
  readonly applied: number;
  readonly skipped: number;
  /** Values refused by the check (feed-values.ts): not applied, and what was held for them stays. */
  readonly rejected: readonly RejectedValue[];
}

const idOf = (key: Item<unknown>['key']): string => (Array.isArray(key) ? key.join('/') : String(key));

function keyTextId(json: string): string {
  try {
    return idOf(JSON.parse(json) as Item<unknown>['key']);
  } catch {
    return json;
  }
}

/** Resource collections the replica holds a selection of (the topology is held whole). */
const RESOURCE_COLLECTIONS: ReadonlySet<string> = new Set([Collections.networks, Collections.subnets, Collections.ports, Collections.routers]);

/**
 * Applies one central revision to the replica in one local transaction, together with the new
 * feed position. Kept: every topology change; networks and subnets this region holds (and new
 * subnets of held networks); ports held here or bound (actively or for a migration) to a host
 * of this agent's cells; routers whose scope reaches this agent's cells (few per project, and
 * reads of them must keep working without central). Everything else belongs to other regions
 * and is skipped.
 */
export async function applyRevision(replica: LocalReplica, cells: ReadonlySet<string>, revision: number, changes: readonly Change[]): Promise<ApplyOutcome> {
  const rejected: RejectedValue[] = [];
  changes = changes.filter((change) => {
    const reason = change.type === 'put' ? feedValueProblem(change.collection, change.value) : undefined;
    if (reason) rejected.push({ collection: change.collection, id: idOf(change.key), reason });
    return reason === undefined;
  });
  return replica.exclusive(async () => {
    // Patched in place (a copy is O(hosts)); dropped and read again if the commit below fails.
    const topology: TopologyView = changes.some((c) => TOPOLOGY_COLLECTIONS.includes(c.collection)) ? await replica.patchTopology(changes) : await replica.topology();
    const ops: Op[] = [];
    const heldNetworks = new Set<string>();
    const isHeldNetwork = async (id: string) => heldNetworks.has(id) || (await replica.network(id)) !== undefined;
    let skipped = 0;
    for (const change of changes) {
      const id = idOf(change.key);
      if (TOPOLOGY_COLLECTIONS.includes(change.collection)) {
        ops.push(change.type === 'put' ? { type: 'put', collection: change.collection, key: change.key, value: change.value } : { type: 'delete', collection: change.collection, key: change.key });
        continue;
      }
      const held = (await replica.store.get(change.collection, id)) !== undefined;
      if (change.type === 'delete') {
        replica.markDeleted(id);
        if (held) ops.push({ type: 'delete', collection: change.collection, key: id });
        else skipped++;
        continue;
      }
      let keep = held;
      if (!keep && change.collection === Collections.subnets) keep = await isHeldNetwork((change.value as Subnet).networkId);
      if (!keep && change.collection === Collections.ports) keep = portInCells(change.value as StoredPort, cells, topology);
      // A held network's DHCP port (unbound: no cell holds it).
      if (!keep && change.collection === Collections.ports && (change.value as StoredPort).deviceOwner === DEVICE_OWNER_DHCP) keep = await isHeldNetwork((change.value as StoredPort).networkId);
      if (!keep && change.collection === Collections.routers) keep = scopeReachesCells((change.value as Router).availabilityZoneHints, cells, topology);
      if (!keep || !RESOURCE_COLLECTIONS.has(change.collection)) {
        skipped++;
        continue;
      }
      if (change.collection === Collections.networks) heldNetworks.add(id);
      const upserts = await replica.upsertOps(change.collection, [change.value as Network]);
      if (upserts.length === 0) skipped++;
      ops.push(...upserts);
    }
    await replica.commit([...ops, replica.positionOp(revision)]);
    return { applied: ops.length, skipped, rejected };
  });
}

/**
 * Replaces the replica with central's image at `revision` (the feed position was compacted):
 * the whole topology, and for networks, subnets, ports and routers the same selection as
 * applyRevision, deleting held resources central no longer has.
 */
export async function applySnapshot(
  replica: LocalReplica,
  cells: ReadonlySet<string>,
  revision: number,
  collections: ReadonlyMap<string, readonly Item<unknown>[]>,
  undecodable: readonly RejectedValue[] = [],
): Promise<ApplyOutcome> {
  // Refused items are left out of the image, and their ids out of "gone": what is held stays.
  const rejected: RejectedValue[] = [];
  // Items that did not even decode come with their key as JSON.
  const refused = new Set<string>(undecodable.map((r) => `${r.collection}/${keyTextId(r.id)}`));
  const checked = new Map<string, readonly Item<unknown>[]>();
  for (const [name, items] of collections) {
    checked.set(
      name,
      items.filter((i) => {
        const reason = feedValueProblem(name, i.value);
        if (reason) {
          rejected.push({ collection: name, id: idOf(i.key), reason });
          refused.add(`${name}/${idOf(i.key)}`);
        }
        return reason === undefined;
      }),
    );
  }
  collections = checked;
  const kept = (name: string, id: string) => refused.has(`${name}/${id}`);
  return replica.exclusive(async () => {
    const topology = topologyFromItems(collections);
    const ops: Op[] = [];
    const image = (name: string) => new Map((collections.get(name) ?? []).map((i) => [idOf(i.key), i.value] as const));
    for (const name of TOPOLOGY_COLLECTIONS) {
      const wanted = image(name);
      for (const item of await replica.store.list(name)) if (!wanted.has(idOf(item.key)) && !kept(name, idOf(item.key))) ops.push({ type: 'delete', collection: name, key: item.key });
      for (const [key, value] of wanted) ops.push({ type: 'put', collection: name, key, value });
    }
    const networks = image(Collections.networks);
    const subnets = image(Collections.subnets);
    const ports = image(Collections.ports);
    const heldNetworks = new Set<string>();
    for (const net of await replica.networks()) {
      if (networks.has(net.id)) {
        heldNetworks.add(net.id);
        ops.push({ type: 'put', collection: Collections.networks, key: net.id, value: networks.get(net.id) });
      } else if (kept(Collections.networks, net.id)) heldNetworks.add(net.id);
      else ops.push({ type: 'delete', collection: Collections.networks, key: net.id });
    }
    const heldSubnets = new Set((await replica.subnets()).map((s) => s.id));
    for (const id of heldSubnets) if (!subnets.has(id) && !kept(Collections.subnets, id)) ops.push({ type: 'delete', collection: Collections.subnets, key: id });
    for (const [id, value] of subnets) {
      if (heldSubnets.has(id) || heldNetworks.has((value as Subnet).networkId)) ops.push({ type: 'put', collection: Collections.subnets, key: id, value });
    }
    const heldPorts = new Set((await replica.ports({})).map((p) => p.id));
    for (const id of heldPorts) if (!ports.has(id) && !kept(Collections.ports, id)) ops.push({ type: 'delete', collection: Collections.ports, key: id });
    for (const [id, value] of ports) {
      const p = value as StoredPort;
      if (heldPorts.has(id) || portInCells(p, cells, topology) || (p.deviceOwner === DEVICE_OWNER_DHCP && heldNetworks.has(p.networkId))) ops.push({ type: 'put', collection: Collections.ports, key: id, value });
    }
    const routers = image(Collections.routers);
    for (const held of await replica.routers()) if (!routers.has(held.id) && !kept(Collections.routers, held.id)) ops.push({ type: 'delete', collection: Collections.routers, key: held.id });
    for (const [id, value] of routers) {
      if (scopeReachesCells((value as Router).availabilityZoneHints, cells, topology)) ops.push({ type: 'put', collection: Collections.routers, key: id, value });
    }
    await replica.commit([...ops, replica.positionOp(revision)]);
    return { applied: ops.length, skipped: 0, rejected };
  });
}
