import { Collections, domainError, type AvailabilityZone, type Cell, type Host, type Network, type Region, type Router, type TopologyView } from '@trellis/domain';
import { Indexes, type StoredPort } from '@trellis/neutron';
import type { Change, Store } from '@trellis/store';
import { TopologyCache } from './topology-cache';
import { normalizeIp } from './ipam';
import { assertUsableVtep } from './vtep-address';
import { TxnBuilder, retryOnConflict } from './store-txn';

export interface HostInput {
  readonly id: string;
  readonly cell: string;
  readonly vtep: string;
  readonly agentVersion?: string;
}
export type HostUpdate = Partial<Pick<Host, 'cell' | 'vtep' | 'agentState' | 'agentVersion' | 'description'>>;

const inUse = (resource: string, id: string, reason: string) => domainError('InUse', { resource, id, reason });
const listNames = (names: readonly string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');

export const TOPOLOGY_COLLECTIONS = [Collections.regions, Collections.zones, Collections.cells, Collections.hosts] as const;

/**
 * Regions, availability zones, cells and hosts: the admin-managed topology.
 *
 * Every bind and every network view needs the whole topology, so it is held in memory
 * (topology-cache.ts) and patched with every topology commit: this process's right after they
 * commit, so `view()` after a write always sees that write, and, through `applyChanges()` (fed by
 * a store follower), those of other central-api replicas sharing the store.
 */
export class TopologyService {
  private readonly cache: TopologyCache;

  constructor(private readonly store: Store, private readonly now: () => string) {
    this.cache = new TopologyCache(() => this.store.snapshot(TOPOLOGY_COLLECTIONS));
  }

  /** The whole topology, held in memory. */
  view(): Promise<TopologyView> {
    return this.cache.view();
  }

  /** Topology changes committed at `revision`, here or at another replica. */
  applyChanges(revision: number, changes: readonly Change[]): void {
    this.cache.apply(revision, changes);
  }

  /** Changes may have been missed: the next view reads the store. */
  invalidate(): void {
    this.cache.invalidate();
  }

  private async commit(txn: TxnBuilder): Promise<number> {
    const { revision } = await this.store.commit(txn.txn);
    this.cache.apply(revision, txn.ops);
    return revision;
  }

  async createRegion(name: string, description: string): Promise<Region> {
    const region: Region = { name, description, createdAt: this.now() };
    await this.createUnique(Collections.regions, name, region, 'Region');
    return region;
  }

  async createZone(name: string, description: string): Promise<AvailabilityZone> {
    const zone: AvailabilityZone = { name, description, createdAt: this.now() };
    await this.createUnique(Collections.zones, name, zone, 'AvailabilityZone');
    return zone;
  }

  async createCell(name: string, region: string, availabilityZone: string): Promise<Cell> {
    const regionItem = await this.store.get<Region>(Collections.regions, region);
    if (!regionItem) throw domainError('RegionNotFound', { region });
    // Zones are created first: a typo in a cell's zone must not silently make a new zone.
    const zoneItem = await this.store.get<AvailabilityZone>(Collections.zones, availabilityZone);
    if (!zoneItem) throw domainError('AvailabilityZoneNotFound', { availability_zone: availabilityZone });
    const cell: Cell = { name, region, availabilityZone, createdAt: this.now() };
    const existing = await this.store.get(Collections.cells, name);
    if (existing) throw domainError('AlreadyExists', { resource: 'Cell', id: name });
    await this.commit(
      new TxnBuilder().expect(Collections.regions, region, regionItem).expect(Collections.zones, availabilityZone, zoneItem).create(Collections.cells, name, cell),
    );
    return cell;
  }

  async createHost(input: HostInput): Promise<Host> {
    const cellItem = await this.store.get<Cell>(Collections.cells, input.cell);
    if (!cellItem) throw domainError('CellNotFound', { cell: input.cell });
    const vtep = this.vtepOf(input.vtep);
    assertUsableVtep(vtep, input.id, await this.cache.hostsWithVtep(vtep));
    const host: Host = { id: input.id, cell: input.cell, vtep, agentState: 'unknown', agentVersion: input.agentVersion ?? '', lastHeartbeatAt: null, createdAt: this.now() };
    if (await this.store.get(Collections.hosts, input.id)) throw domainError('AlreadyExists', { resource: 'Host', id: input.id });
    await this.commit(new TxnBuilder().expect(Collections.cells, input.cell, cellItem).create(Collections.hosts, input.id, host));
    return host;
  }

  async updateHost(id: string, update: HostUpdate): Promise<Host> {
    const item = await this.store.get<Host>(Collections.hosts, id);
    if (!item) throw domainError('HostNotFound', { host: id });
    const b = new TxnBuilder().expect(Collections.hosts, id, item);
    if (update.cell !== undefined && update.cell !== item.value.cell) {
      const cellItem = await this.store.get<Cell>(Collections.cells, update.cell);
      if (!cellItem) throw domainError('CellNotFound', { cell: update.cell });
      b.expect(Collections.cells, update.cell, cellItem);
    }
    const defined = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)) as HostUpdate;
    const host: Host = { ...item.value, ...defined, vtep: update.vtep === undefined ? item.value.vtep : this.vtepOf(update.vtep) };
    if (host.vtep !== item.value.vtep) assertUsableVtep(host.vtep, id, await this.cache.hostsWithVtep(host.vtep));
    await this.commit(b.put(Collections.hosts, id, host));
    return host;
  }

  /**
   * Liveness as reported by the distribution layer. A "connected" report makes its controller the
   * host's holder; a "disconnected" report counts only from the holder, so a controller that lost
   * the host after it reconnected elsewhere (a late "down") changes nothing. Reports older than
   * the recorded heartbeat are stale as well, unless the recorded one lies in the future (a
   * sender's wrong clock, recorded before reports were clamped): that one is not trusted. Returns the store revision of the change, 0 when
   * nothing changed (unknown host, stale report).
   */
  async recordLiveness(report: { id: string; connected: boolean; agentVersion: string; lastSeenAt: string; controllerId: string }): Promise<number> {
    return retryOnConflict(async () => {
      const item = await this.store.get<Host>(Collections.hosts, report.id);
      if (!item) return 0;
      const held = item.value;
      if (held.lastHeartbeatAt !== null && isStale(report.lastSeenAt, held.lastHeartbeatAt, Date.now())) return 0;
      if (!report.connected && held.agentController !== undefined && held.agentController !== report.controllerId) return 0;
      const host: Host = {
        ...held,
        agentState: report.connected ? 'up' : 'down',
        agentVersion: report.agentVersion || held.agentVersion,
        lastHeartbeatAt: report.lastSeenAt,
        agentController: report.controllerId || held.agentController,
      };
      return this.commit(new TxnBuilder().expect(Collections.hosts, report.id, item).put(Collections.hosts, report.id, host));
    });
  }

  async deleteRegion(name: string): Promise<void> {
    const item = await this.store.get<Region>(Collections.regions, name);
    if (!item) throw domainError('RegionNotFound', { region: name });
    const cells = await this.store.list<Cell>(Collections.cells, { index: Indexes.cellsByRegion, value: name });
    if (cells.length > 0) throw inUse('region', name, `cells ${listNames(cells.map((c) => c.value.name))} still belong to it`);
    await this.refuseIfHinted('region', name);
    await this.commit(new TxnBuilder().expect(Collections.regions, name, item).delete(Collections.regions, name));
  }

  async deleteZone(name: string): Promise<void> {
    const item = await this.store.get<AvailabilityZone>(Collections.zones, name);
    if (!item) throw domainError('AvailabilityZoneNotFound', { availability_zone: name });
    const cells = (await this.store.list<Cell>(Collections.cells)).filter((c) => c.value.availabilityZone === name);
    if (cells.length > 0) throw inUse('availability zone', name, `cells ${listNames(cells.map((c) => c.value.name))} are in it`);
    await this.refuseIfHinted('availability zone', name);
    await this.commit(new TxnBuilder().expect(Collections.zones, name, item).delete(Collections.zones, name));
  }

  async deleteCell(name: string): Promise<void> {
    const item = await this.store.get<Cell>(Collections.cells, name);
    if (!item) throw domainError('CellNotFound', { cell: name });
    const hosts = await this.store.list<Host>(Collections.hosts, { index: Indexes.hostsByCell, value: name });
    if (hosts.length > 0) throw inUse('cell', name, `hosts ${listNames(hosts.map((h) => h.value.id))} still belong to it`);
    await this.commit(new TxnBuilder().expect(Collections.cells, name, item).delete(Collections.cells, name));
  }

  async deleteHost(id: string): Promise<void> {
    const item = await this.store.get<Host>(Collections.hosts, id);
    if (!item) throw domainError('HostNotFound', { host: id });
    const bound = [
      ...(await this.store.list<StoredPort>(Collections.ports, { index: Indexes.portsByHost, value: id, limit: 5 })),
      ...(await this.store.list<StoredPort>(Collections.ports, { index: Indexes.portsByMigrationHost, value: id, limit: 5 })),
    ];
    if (bound.length > 0) throw inUse('host', id, `ports ${listNames(bound.map((p) => p.value.id))} are bound to it`);
    await this.commit(new TxnBuilder().expect(Collections.hosts, id, item).delete(Collections.hosts, id));
  }

  private vtepOf(text: string): string {
    const ip = normalizeIp(text);
    if (ip === undefined) throw domainError('InvalidInput', { error_message: `Invalid input for vtep. Reason: '${text}' is not an IPv4 or IPv6 address` });
    return ip;
  }

  private async createUnique(collection: string, key: string, value: unknown, resource: string): Promise<void> {
    if (await this.store.get(collection, key)) throw domainError('AlreadyExists', { resource, id: key });
    await this.commit(new TxnBuilder().create(collection, key, value));
  }

  /** A region or zone named in some network's or router's availability_zone_hints may not disappear. */
  private async refuseIfHinted(resource: string, name: string): Promise<void> {
    const nets = (await this.store.list<Network>(Collections.networks)).filter((n) => n.value.availabilityZoneHints.includes(name));
    if (nets.length > 0) throw inUse(resource, name, `networks ${listNames(nets.map((n) => n.value.id))} are scoped to it`);
    const routers = (await this.store.list<Router>(Collections.routers)).filter((r) => r.value.availabilityZoneHints.includes(name));
    if (routers.length > 0) throw inUse(resource, name, `routers ${listNames(routers.map((r) => r.value.id))} are scoped to it`);
  }
}

/** How far a recorded heartbeat may be ahead of this clock and still be trusted. */
const HEARTBEAT_CLOCK_SKEW_MS = 5_000;

/** A report older than the recorded heartbeat is stale, unless the recorded one is in the future. */
function isStale(reportedAt: string, heldAt: string, nowMs: number): boolean {
  const held = Date.parse(heldAt);
  return held <= nowMs + HEARTBEAT_CLOCK_SKEW_MS && Date.parse(reportedAt) < held;
}
