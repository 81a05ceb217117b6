import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { Collections, DEVICE_OWNER_ROUTER_INTERFACE, VIF_TYPE_BINDING_FAILED, VIF_TYPE_UNBOUND, activeBinding, domainError, isErrorType, isUnicastMac, newId, newStandardAttrs, normalizeMac, type FixedIp, type Network, type PortBinding, type PortStatus, type Router, type Subnet } from '@trellis/domain';
import { Indexes, checkPrecondition, type BindingCreateInput, type ListFilters, type PortCreateInput, type PortUpdateInput, type Precondition, type StoredPort } from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { activate, addBinding, bindActive, removeBinding, unbind, updateUnbound, type BindingChange, type VifSettings } from './bindings';
import { AllocationScope, IpAllocator } from './ip-allocator';
import { isAutoAddressSubnet, takesAutoAddresses } from './ipv6-auto-address';
import type { NetworkService } from './network-service';
import type { PortSecurityGroups } from './security-group-ports';
import { TxnBuilder, retryOnConflict } from './store-txn';
import type { TopologyService } from './topology-service';

/** A port's status moved (the hook the Nova notifier subscribes to). */
export interface PortStatusEvent {
  readonly port: StoredPort;
  readonly previous: PortStatus;
  readonly current: PortStatus;
}

export interface PortEvents {
  status: [PortStatusEvent];
  /**
   * A host reported the port wired for its INACTIVE binding there: a live migration's
   * destination is plugged (Neutron then tells Nova `network-vif-plugged`; the source waits for it).
   */
  inactiveWired: [StoredPort];
  updated: [StoredPort];
  deleted: [StoredPort];
}

/**
 * Store work another resource does in a port's transaction (a router's row beside its interface
 * port): called on every attempt, after the port is built and before the commit; it reads what
 * it needs afresh and adds compares and puts to `txn`.
 */
export type PortTxnHook = (txn: TxnBuilder, ports: readonly StoredPort[]) => Promise<void>;

/** Options of {@link PortService.create} beyond the inputs. */
export interface PortCreateOptions {
  /** Status of the new ports (default DOWN until wired; a router interface is ACTIVE at once). */
  readonly status?: PortStatus;
  readonly beforeCommit?: PortTxnHook;
}

/** Options of {@link PortService.delete}. */
export interface PortDeleteOptions {
  /** Deleting a router interface port on behalf of its router (else ServicePortInUse). */
  readonly byRouter?: boolean;
  readonly beforeCommit?: PortTxnHook;
}

/** Outcome of a wiring report. */
export interface WiringResult {
  readonly status: PortStatus;
  /** Store revision of the status change; 0 when the report changed nothing. */
  readonly revision: number;
}

/** One report of {@link PortService.setPortWirings}. */
export interface WiringReport {
  readonly portId: string;
  readonly host: string;
  readonly wired: boolean | 'error';
}

export interface PortServiceOptions {
  readonly vif: VifSettings;
  /** First three octets of generated MACs, e.g. "fa:16:3e". */
  readonly macPrefix: string;
  readonly now: () => string;
  /** Three random bytes per call (injectable for tests). */
  readonly randomBytes?: () => Uint8Array;
  /**
   * Most ports one wiring commit changes (see setPortWirings). Default: 1,000 on LMDB (one
   * commit per report batch); 32 elsewhere, under etcd's default `--max-txn-ops` of 128, which
   * counts each port's compares and index guards too.
   */
  readonly wiringPortsPerCommit?: number;
  /** Decides ports' `security_groups` (absent: ports keep none). */
  readonly securityGroups?: PortSecurityGroups;
}

/** Wiring commit size on LMDB (its limit is 10,000 ops per transaction). */
const LMDB_WIRING_PORTS_PER_COMMIT = 1000;
/** Wiring commit size on etcd: ≈ 2 compares + 1 put per port stay under 128. */
const ETCD_WIRING_PORTS_PER_COMMIT = 32;

/** True when `host` reports the port wired for a binding there that is INACTIVE (a migration destination). */
function wiredForInactive(port: StoredPort, host: string, wired: boolean | 'error'): boolean {
  return wired === true && port.bindings.some((b) => b.host === host && b.status === 'INACTIVE');
}

/** The port's status after a wiring report from `host`: only the active binding's host moves it. */
function wiredStatus(port: StoredPort, host: string, wired: boolean | 'error'): PortStatus {
  if (activeBinding(port)?.host !== host) return port.status;
  return wired === 'error' ? 'ERROR' : wired ? 'ACTIVE' : 'DOWN';
}

const MAC_ATTEMPTS = 16;

/** Ports: MAC and IP allocation, bindings, status life-cycle, all-or-nothing bulk create. */
export class PortService {
  /** `status` on every status change, `updated` on other changes, `deleted` on delete. */
  readonly events = new EventEmitter<PortEvents>();
  private readonly ips: IpAllocator;
  private randomPool: Uint8Array = new Uint8Array(0);
  private randomOffset = 0;

  constructor(
    private readonly store: Store,
    private readonly networks: NetworkService,
    private readonly topology: TopologyService,
    private readonly options: PortServiceOptions,
  ) {
    this.ips = new IpAllocator(store);
  }

  async get(id: string): Promise<Item<StoredPort>> {
    const item = await this.store.get<StoredPort>(Collections.ports, id);
    if (!item) throw domainError('PortNotFound', { port_id: id });
    return item;
  }

  /** Narrows through the best index the filters allow, and by name; the caller applies every filter. */
  async list(filters: ListFilters): Promise<StoredPort[]> {
    const ports = await this.listIndexed(filters);
    const names = filters.name;
    return names ? ports.filter((p) => names.includes(p.name)) : ports;
  }

  private async listIndexed(filters: ListFilters): Promise<StoredPort[]> {
    const viaIndex = async (index: string, values: readonly string[]) =>
      (await Promise.all(values.map((value) => this.store.list<StoredPort>(Collections.ports, { index, value })))).flat().map((i) => i.value);
    if (filters.id) return (await this.store.getMany<StoredPort>(Collections.ports, filters.id)).flatMap((i) => (i ? [i.value] : []));
    if (filters['binding:host_id'] && !filters['binding:host_id'].includes('')) return viaIndex(Indexes.portsByHost, filters['binding:host_id']);
    if (filters.device_id && !filters.device_id.includes('')) return viaIndex(Indexes.portsByDevice, filters.device_id);
    if (filters.network_id) return viaIndex(Indexes.portsByNetwork, filters.network_id);
    return (await this.store.list<StoredPort>(Collections.ports)).map((i) => i.value);
  }

  /** Creates every port or none: one transaction for MACs, IPs, bindings and ports. */
  async create(inputs: readonly PortCreateInput[], options: PortCreateOptions = {}): Promise<StoredPort[]> {
    const ports = await retryOnConflict(async (attempt) => {
      const scope = new AllocationScope(new TxnBuilder(), attempt);
      try {
        return await this.createOnce(inputs, scope, options);
      } finally {
        this.ips.settle(scope);
      }
    });
    for (const p of ports) if (p.status !== 'DOWN') this.events.emit('status', { port: p, previous: 'DOWN', current: p.status });
    return ports;
  }

  /** One attempt at a (bulk) create, allocating into `scope`. */
  private async createOnce(inputs: readonly PortCreateInput[], scope: AllocationScope, options: PortCreateOptions): Promise<StoredPort[]> {
    const macs = new Set<string>();
    const networks = new Map<string, { net: Item<Network>; subnets: readonly Item<Subnet>[] }>();
    const view = inputs.some((i) => i.hostId !== undefined) ? await this.topology.view() : undefined;
    const created: StoredPort[] = [];
    for (const input of inputs) {
      let entry = networks.get(input.networkId);
      if (!entry) {
        const net = await this.networks.get(input.networkId);
        const subnets = await this.networks.subnetsOf(net.value.id, scope.attempt > 1);
        entry = { net, subnets };
        networks.set(input.networkId, entry);
        scope.txn.expect(Collections.networks, net.key, net);
      }
      const id = newId();
      const mac = await this.macFor(input, macs, scope.attempt === 1 && inputs.length === 1);
      scope.txn.create(Collections.macs, [input.networkId, mac], { portId: id });
      const fixedIps = await this.ips.allocate(scope, entry.net.value, entry.subnets, input.fixedIps, { id, macAddress: mac, deviceOwner: input.deviceOwner });
      const at = this.options.now();
      let port: StoredPort = {
        ...newStandardAttrs(input, at, id), networkId: input.networkId, macAddress: mac, fixedIps,
        deviceId: input.deviceId, deviceOwner: input.deviceOwner, status: options.status ?? 'DOWN', adminStateUp: input.adminStateUp,
        bindings: [], mobilitySeq: 0, unboundVnicType: input.vnicType, unboundProfile: input.profile,
        portSecurityEnabled: input.portSecurityEnabled ?? entry.net.value.portSecurityEnabled,
      };
      const groups = this.options.securityGroups;
      if (groups) port = { ...port, securityGroups: await groups.forNewPort(port, input.securityGroups, scope.txn) };
      if (input.hostId !== undefined && view) {
        port = { ...port, ...bindActive(port, entry.net.value, { host: input.hostId, vnicType: input.vnicType, profile: input.profile }, view, this.options.vif) };
      }
      scope.txn.create(Collections.ports, id, port);
      created.push(port);
    }
    await options.beforeCommit?.(scope.txn, created);
    await this.store.commit(scope.txn.txn);
    return created;
  }

  /** `read`: the port as this request already read it (see {@link mutateAt}). */
  async update(id: string, input: PortUpdateInput, precondition: Precondition, read?: Item<StoredPort>): Promise<StoredPort> {
    const scopes: AllocationScope[] = [];
    try {
      return await this.applyUpdate(id, input, precondition, scopes, read);
    } finally {
      for (const scope of scopes) this.ips.settle(scope);
    }
  }

  private applyUpdate(id: string, input: PortUpdateInput, precondition: Precondition, scopes: AllocationScope[], read?: Item<StoredPort>): Promise<StoredPort> {
    return this.mutate(id, precondition, read, async (item, txn) => {
      let port: StoredPort = { ...item.value };
      for (const key of ['name', 'description', 'adminStateUp', 'deviceId', 'deviceOwner', 'portSecurityEnabled', 'tags'] as const) {
        if (input[key] !== undefined) port = { ...port, [key]: input[key] };
      }
      if (input.macAddress !== undefined) port = await this.changeMac(port, input.macAddress, txn, scopes);
      if (input.fixedIps !== undefined) port = { ...port, fixedIps: await this.reallocate(item.value, input.fixedIps, txn, scopes) };
      if (input.hostId === '') port = { ...port, ...unbind(port) };
      else if (input.hostId !== undefined) {
        const net = await this.networks.get(port.networkId);
        port = { ...port, ...bindActive(port, net.value, { host: input.hostId, vnicType: input.vnicType, profile: input.profile }, await this.topology.view(), this.options.vif) };
      } else if (input.vnicType !== undefined || input.profile !== undefined) {
        const active = activeBinding(port);
        if (active) {
          const net = await this.networks.get(port.networkId);
          port = { ...port, ...bindActive(port, net.value, { host: active.host, vnicType: input.vnicType, profile: input.profile }, await this.topology.view(), this.options.vif) };
        } else port = { ...port, ...updateUnbound(port, input.vnicType, input.profile) };
      }
      const groups = this.options.securityGroups;
      if (groups) port = { ...port, securityGroups: await groups.forUpdatedPort(item.value, port, input.securityGroups, txn) };
      await this.followRouterInterface(item.value, port, txn);
      return port;
    });
  }

  /**
   * A router interface port's address or MAC changed through the port API: its router's row
   * follows in the same transaction (the interface keeps one address, on the same subnet). Its
   * device_id and device_owner stay while the router holds it, so the row never names a port
   * that is not its interface.
   */
  private async followRouterInterface(before: StoredPort, after: StoredPort, txn: TxnBuilder): Promise<void> {
    if (before.deviceOwner !== DEVICE_OWNER_ROUTER_INTERFACE || before.deviceId === '') return;
    const moved = after.deviceId !== before.deviceId || after.deviceOwner !== before.deviceOwner;
    if (!moved && after.macAddress === before.macAddress && JSON.stringify(after.fixedIps) === JSON.stringify(before.fixedIps)) return;
    const item = await this.store.get<Router>(Collections.routers, before.deviceId);
    const iface = item?.value.interfaces.find((i) => i.portId === before.id);
    if (!item || !iface) return;
    if (moved) {
      throw domainError('BadRequest', { resource: 'port', msg: `port ${before.id} is the interface of router ${item.value.id}: its device_id and device_owner change only through remove_router_interface` });
    }
    const [fixed, ...more] = after.fixedIps;
    if (fixed === undefined || more.length > 0 || fixed.subnetId !== iface.subnetId) {
      throw domainError('BadRequest', { resource: 'port', msg: `port ${before.id} is the interface of router ${item.value.id} on subnet ${iface.subnetId}: it keeps exactly one address there (remove the interface to move it)` });
    }
    const interfaces = item.value.interfaces.map((i) => (i.portId === before.id ? { ...i, ipAddress: fixed.ipAddress, macAddress: after.macAddress } : i));
    const router: Router = { ...item.value, interfaces, revisionNumber: item.value.revisionNumber + 1, updatedAt: this.options.now() };
    txn.expect(Collections.routers, item.key, item).put(Collections.routers, item.key, router);
  }

  /**
   * Deletes a port. A router's interface port is its router's: deleting it through the port API
   * is refused with ServicePortInUse while the router exists, as Neutron refuses it.
   */
  async delete(id: string, precondition: Precondition, options: PortDeleteOptions = {}): Promise<void> {
    const item = await this.get(id);
    checkPrecondition(precondition, item.value.revisionNumber);
    const owner = item.value.deviceOwner;
    if (!options.byRouter && owner === DEVICE_OWNER_ROUTER_INTERFACE && item.value.deviceId !== '' && (await this.store.get(Collections.routers, item.value.deviceId))) {
      throw domainError('ServicePortInUse', { port_id: id, reason: `has device owner ${owner}` });
    }
    const scope = new AllocationScope(new TxnBuilder().expect(Collections.ports, id, item).delete(Collections.ports, id));
    scope.txn.delete(Collections.macs, [item.value.networkId, item.value.macAddress]);
    this.ips.release(scope, item.value.fixedIps);
    await options.beforeCommit?.(scope.txn, [item.value]);
    await this.store.commit(scope.txn.txn);
    this.events.emit('deleted', item.value);
  }

  /**
   * Read-modify-write of one port with other store work in the same transaction (a port becoming
   * a router interface and the router's row), retried on conflicts.
   */
  async updateWith(id: string, change: (port: StoredPort) => StoredPort, beforeCommit: PortTxnHook): Promise<StoredPort> {
    return this.mutate(id, {}, undefined, async (item, txn) => {
      const next = change(item.value);
      await beforeCommit(txn, [next]);
      return next;
    });
  }

  async listBindings(id: string): Promise<PortBinding[]> {
    return [...(await this.get(id)).value.bindings];
  }

  async createBinding(id: string, input: BindingCreateInput, read?: Item<StoredPort>): Promise<PortBinding> {
    let binding: PortBinding | undefined;
    await this.mutate(id, {}, read, async (item) => {
      const net = await this.networks.get(item.value.networkId);
      const result = addBinding(item.value, net.value, input, await this.topology.view(), this.options.vif);
      binding = result.binding;
      return { ...item.value, ...result.change };
    });
    return binding as PortBinding;
  }

  async activateBinding(id: string, host: string, read?: Item<StoredPort>): Promise<PortBinding> {
    let binding: PortBinding | undefined;
    await this.mutate(id, {}, read, async (item) => {
      const result = activate(item.value, host);
      binding = result.binding;
      return { ...item.value, ...result.change };
    });
    return binding as PortBinding;
  }

  async deleteBinding(id: string, host: string, read?: Item<StoredPort>): Promise<void> {
    await this.mutate(id, {}, read, async (item) => ({ ...item.value, ...removeBinding(item.value, host) }));
  }

  /**
   * What the distribution layer reports: the port is (un)wired on `host`. Only the active
   * binding's host moves the status (BUILD/DOWN → ACTIVE, ACTIVE → DOWN, error → ERROR); reports
   * from other hosts are stale and ignored. Returns the port's status afterwards and the store
   * revision of the change (0 when nothing changed), or undefined for an unknown port.
   */
  async setPortWiring(portId: string, host: string, wired: boolean | 'error'): Promise<WiringResult | undefined> {
    const item = await this.store.get<StoredPort>(Collections.ports, portId);
    if (!item) return undefined;
    try {
      const { after, revision } = await this.mutateAt(portId, {}, async (current) => {
        const status = wiredStatus(current.value, host, wired);
        return status === current.value.status ? current.value : { ...current.value, status };
      });
      if (wiredForInactive(after, host, wired)) this.events.emit('inactiveWired', after);
      return { status: after.status, revision };
    } catch (err) {
      // Deleted between the read and the update: as stale as a report on an unknown port.
      if (isErrorType(err, 'PortNotFound')) return undefined;
      throw err;
    }
  }

  /**
   * {@link setPortWiring} for a batch of reports with as few store commits as possible: the
   * ports are read at once and every changed one is written in one transaction per
   * `wiringPortsPerCommit` ports, each guarded by its modRevision (a lost race re-reads and
   * retries that chunk; a chunk that keeps losing falls back to one commit per port). Per-port
   * semantics and events are those of setPortWiring, so Nova's notifier still sees one status
   * event per port. Results are in report order (undefined = unknown port); when a port is
   * reported twice the last report wins and the earlier one answers revision 0.
   */
  async setPortWirings(reports: readonly WiringReport[]): Promise<(WiringResult | undefined)[]> {
    // The last report per port and host counts. Reports of one port from several hosts (the
    // source and the destination of a migration, in one batch) all stay: only the active
    // binding's host sets the status, so dropping all but the last report of a port could drop
    // the one that matters.
    const last = new Map<string, number>();
    reports.forEach((r, i) => last.set(`${r.portId}\n${r.host}`, i));
    const byPort = new Map<string, number[]>();
    for (const i of [...last.values()].sort((a, b) => a - b)) {
      const group = byPort.get(reports[i].portId);
      if (group) group.push(i);
      else byPort.set(reports[i].portId, [i]);
    }
    const groups = [...byPort.values()];
    const results: (WiringResult | undefined)[] = new Array(reports.length);
    const perCommit = await this.wiringPortsPerCommit();
    for (let i = 0; i < groups.length; i += perCommit) {
      const chunk = groups.slice(i, i + perCommit).map((indexes) => indexes.map((index) => reports[index]));
      let chunkResults: (WiringResult | undefined)[];
      try {
        chunkResults = await retryOnConflict(() => this.commitWirings(chunk));
      } catch (err) {
        if (!isErrorType(err, 'StoreConflict')) throw err;
        chunkResults = [];
        for (const group of chunk) {
          let result: WiringResult | undefined;
          for (const r of group) result = await this.setPortWiring(r.portId, r.host, r.wired);
          chunkResults.push(result);
        }
      }
      groups.slice(i, i + perCommit).forEach((indexes, k) => {
        for (const index of indexes) results[index] = chunkResults[k];
      });
    }
    reports.forEach((r, i) => {
      if (results[i] === undefined && last.get(`${r.portId}\n${r.host}`) !== i) {
        const final = results[last.get(`${r.portId}\n${r.host}`)!];
        results[i] = final && { status: final.status, revision: 0 };
      }
    });
    return results;
  }

  /**
   * One attempt of a wiring chunk: per distinct port its reports (one per host), read, one
   * guarded commit, then the events. A port's reports are folded in order.
   */
  private async commitWirings(groups: readonly (readonly WiringReport[])[]): Promise<(WiringResult | undefined)[]> {
    const items = await this.store.getMany<StoredPort>(Collections.ports, groups.map((g) => g[0].portId));
    const txn = new TxnBuilder();
    const changed: { index: number; before: StoredPort; after: StoredPort }[] = [];
    const destinations: StoredPort[] = [];
    const now = this.options.now();
    const results = groups.map((group, index): WiringResult | undefined => {
      const item = items[index];
      if (!item) return undefined;
      if (group.some((r) => wiredForInactive(item.value, r.host, r.wired))) destinations.push(item.value);
      const status = group.reduce((s, r) => wiredStatus({ ...item.value, status: s }, r.host, r.wired), item.value.status);
      if (status === item.value.status) return { status, revision: 0 };
      const after: StoredPort = { ...item.value, status, revisionNumber: item.value.revisionNumber + 1, updatedAt: now };
      txn.expect(Collections.ports, group[0].portId, item).put(Collections.ports, group[0].portId, after);
      changed.push({ index, before: item.value, after });
      return { status, revision: 0 };
    });
    if (changed.length > 0) {
      const { revision } = await this.store.commit(txn.txn);
      for (const { index, before, after } of changed) {
        results[index] = { status: after.status, revision };
        this.events.emit('status', { port: after, previous: before.status, current: after.status });
        this.events.emit('updated', after);
      }
    }
    for (const port of destinations) this.events.emit('inactiveWired', port);
    return results;
  }

  private wiringCommitSize: number | undefined;

  private async wiringPortsPerCommit(): Promise<number> {
    if (this.options.wiringPortsPerCommit !== undefined) return Math.max(1, this.options.wiringPortsPerCommit);
    this.wiringCommitSize ??= (await this.store.status()).backend === 'lmdb' ? LMDB_WIRING_PORTS_PER_COMMIT : ETCD_WIRING_PORTS_PER_COMMIT;
    return this.wiringCommitSize;
  }

  /** Read-modify-write of one port, retried on conflicts, with revision bump and events. */
  private async mutate(
    id: string,
    precondition: Precondition,
    read: Item<StoredPort> | undefined,
    change: (item: Item<StoredPort>, txn: TxnBuilder) => Promise<StoredPort>,
  ): Promise<StoredPort> {
    return (await this.mutateAt(id, precondition, change, read)).after;
  }

  /**
   * {@link mutate}, also giving the store revision of the commit (0 when nothing changed).
   * Optimization: `read` (the port as the same request read it moments before, e.g. for its
   * visibility check) serves the first attempt instead of a second read. The commit's compare on
   * its modRevision still guards the write: if the port changed since, the conflict retry reads
   * afresh; an outcome that commits nothing (a domain error, 412, no change) is checked again on
   * a fresh read, so an overtaken `read` never decides it.
   */
  private async mutateAt(
    id: string,
    precondition: Precondition,
    change: (item: Item<StoredPort>, txn: TxnBuilder) => Promise<StoredPort>,
    read?: Item<StoredPort>,
  ): Promise<{ after: StoredPort; revision: number }> {
    const once = async (item: Item<StoredPort>) => {
      checkPrecondition(precondition, item.value.revisionNumber);
      const txn = new TxnBuilder().expect(Collections.ports, id, item);
      const next = await change(item, txn);
      if (next === item.value) return { before: item.value, after: item.value, revision: 0 };
      const stored: StoredPort = { ...next, revisionNumber: item.value.revisionNumber + 1, updatedAt: this.options.now() };
      const committed = await this.store.commit(txn.put(Collections.ports, id, stored).txn);
      return { before: item.value, after: stored, revision: committed.revision };
    };
    const { before, after, revision } = await retryOnConflict(async (attempt) => {
      if (attempt > 1 || read === undefined) return once(await this.get(id));
      // From the earlier read, an outcome that commits nothing (an error, a 412, no change) is
      // only final when the port has not changed since; otherwise it is decided on a fresh read.
      let outcome: Awaited<ReturnType<typeof once>>;
      try {
        outcome = await once(read);
      } catch (err) {
        if (isErrorType(err, 'StoreConflict')) throw err;
        const latest = await this.get(id);
        if (latest.modRevision === read.modRevision) throw err;
        return once(latest);
      }
      if (outcome.revision !== 0) return outcome;
      const latest = await this.get(id);
      return latest.modRevision === read.modRevision ? outcome : once(latest);
    });
    if (before !== after) {
      if (before.status !== after.status) this.events.emit('status', { port: after, previous: before.status, current: after.status });
      this.events.emit('updated', after);
    }
    return { after, revision };
  }

  /** `unread`: a random MAC is used without reading whether the network has it (see below). */
  private async macFor(input: PortCreateInput, taken: Set<string>, unread: boolean): Promise<string> {
    if (input.macAddress !== undefined) {
      const mac = normalizeMac(input.macAddress);
      if (mac === undefined || !isUnicastMac(mac) || mac === '00:00:00:00:00:00') {
        throw domainError('InvalidInput', { error_message: `Invalid input for mac_address. Reason: '${input.macAddress}' is not a valid unicast MAC address` });
      }
      if (taken.has(`${input.networkId}|${mac}`) || (await this.store.get(Collections.macs, [input.networkId, mac]))) {
        throw domainError('MacAddressInUse', { net_id: input.networkId, mac });
      }
      taken.add(`${input.networkId}|${mac}`);
      return mac;
    }
    const random = this.options.randomBytes ?? (() => this.randomTriplet());
    for (let i = 0; i < MAC_ATTEMPTS; i++) {
      const tail = Array.from(random().subarray(0, 3), (b) => b.toString(16).padStart(2, '0')).join(':');
      const mac = `${this.options.macPrefix}:${tail}`;
      if (taken.has(`${input.networkId}|${mac}`)) continue;
      // Optimization: on the first attempt of a single-port create, no read for a random MAC. The
      // must-not-exist compare on its `macs` key catches the rare collision; the retry draws
      // again, reading this time. A bulk create reads: one collision retries every port of the
      // bulk, and with 24 random bits that is not rare (500 ports into a network of 10,000 ports
      // collide in ≈ 30 % of requests).
      if (unread) {
        taken.add(`${input.networkId}|${mac}`);
        return mac;
      }
      if (await this.store.get(Collections.macs, [input.networkId, mac])) continue;
      taken.add(`${input.networkId}|${mac}`);
      return mac;
    }
    throw domainError('MacAddressGenerationFailure', { net_id: input.networkId });
  }

  /** Three random bytes. Optimization: drawn from a pooled buffer, not one crypto call each. */
  private randomTriplet(): Uint8Array {
    if (this.randomOffset + 3 > this.randomPool.length) {
      this.randomPool = randomBytes(3 * 1024);
      this.randomOffset = 0;
    }
    this.randomOffset += 3;
    return this.randomPool.subarray(this.randomOffset - 3, this.randomOffset);
  }

  /**
   * A new MAC (admins, unbound ports only: PortBound otherwise, as ML2 refuses it). The port's
   * automatic addresses follow the MAC: each EUI-64 address is released and derived again.
   */
  private async changeMac(port: StoredPort, requested: string, txn: TxnBuilder, scopes: AllocationScope[]): Promise<StoredPort> {
    const mac = normalizeMac(requested);
    if (mac === undefined || !isUnicastMac(mac) || mac === '00:00:00:00:00:00') {
      throw domainError('InvalidInput', { error_message: `Invalid input for mac_address. Reason: '${requested}' is not a valid unicast MAC address` });
    }
    if (mac === port.macAddress) return port;
    const active = activeBinding(port);
    if (active && active.vifType !== VIF_TYPE_UNBOUND && active.vifType !== VIF_TYPE_BINDING_FAILED) {
      throw domainError('PortBound', { port_id: port.id, vif_type: active.vifType, old_mac: port.macAddress, new_mac: mac });
    }
    if (await this.store.get(Collections.macs, [port.networkId, mac])) throw domainError('MacAddressInUse', { net_id: port.networkId, mac });
    txn.delete(Collections.macs, [port.networkId, port.macAddress]).create(Collections.macs, [port.networkId, mac], { portId: port.id });
    const scope = new AllocationScope(txn, scopes.length + 1);
    scopes.push(scope);
    const moved = { ...port, macAddress: mac };
    if (!takesAutoAddresses(port.deviceOwner)) return moved;
    const subnets = await this.networks.subnetsOf(port.networkId, scope.attempt > 1);
    const fixedIps: FixedIp[] = [];
    for (const f of port.fixedIps) {
      const subnet = subnets.find((s) => s.value.id === f.subnetId);
      if (!subnet || !isAutoAddressSubnet(subnet.value)) fixedIps.push(f);
      else {
        this.ips.release(scope, [f]);
        fixedIps.push(await this.ips.eui64(scope, subnet, moved));
      }
    }
    return { ...moved, fixedIps };
  }

  /**
   * New fixed_ips on update: kept addresses stay, others are released, new ones allocated. As in
   * Neutron, a port's automatic (EUI-64) addresses stay even when the new list leaves them out.
   */
  private async reallocate(port: StoredPort, requests: NonNullable<PortUpdateInput['fixedIps']>, txn: TxnBuilder, scopes: AllocationScope[]): Promise<StoredPort['fixedIps']> {
    const scope = new AllocationScope(txn, scopes.length + 1);
    scopes.push(scope);
    const net = await this.networks.get(port.networkId);
    const subnets = await this.networks.subnetsOf(port.networkId, scope.attempt > 1);
    const autoSubnets = new Set(takesAutoAddresses(port.deviceOwner) ? subnets.filter((s) => isAutoAddressSubnet(s.value)).map((s) => s.value.id) : []);
    const named = (f: FixedIp) =>
      requests.some((r) => r.subnetId === f.subnetId && (r.ipAddress === undefined || r.ipAddress === f.ipAddress)) || requests.some((r) => r.subnetId === undefined && r.ipAddress === f.ipAddress);
    const keep = port.fixedIps.filter((f) => named(f) || autoSubnets.has(f.subnetId));
    const fresh = requests.filter((r) => !keep.some((f) => (r.subnetId === undefined || r.subnetId === f.subnetId) && (r.ipAddress === undefined || r.ipAddress === f.ipAddress)));
    this.ips.release(scope, port.fixedIps.filter((f) => !keep.includes(f)));
    const added = fresh.length === 0 ? [] : await this.ips.allocateOnUpdate(scope, net.value, subnets, fresh, port);
    return [...keep, ...added];
  }
}
