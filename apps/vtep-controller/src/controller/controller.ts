import { Collections } from '@trellis/domain';
import { bytesToIp, encodeRouterDelta, leaveRouterDelta, leaveVniDelta } from '@trellis/l2';
import type { trellis } from '@trellis/proto';
import { openGrpcFastPath, type GrpcFastPath } from '@trellis/runtime';
import { DeltaLog, type LoggedVni } from '../log/delta-log';
import type { IndexStore } from '../log/index-store';
import type { ResourceEvent } from '@trellis/feed';
import { isRejectedChange, recordChange, resourceRecordChange, type RejectedChange } from '../span/feed-changes';
import { SpanIndex, type RecordChange, type SpanChange } from '../span/span-index';
import { Status } from '../server/host-stream';
import { quoted } from '../server/host-input';
import { Session, StreamError, type SessionHandler } from '../server/session';
import { FullTableEncoder } from '../wire/full-table';
import { encodeRouterDeltaBytes, encodeVniDelta, heartbeatFrame, spliceDeltaFrame, type Token } from '../wire/messages';
import { HostRequests } from './host-requests';
import { LivenessReporter } from './liveness-reporter';
import { PortStatusReporter } from './status-reporter';
import { sendResume, sendSnapshot } from './catch-up';
import type { ControllerCounters, ControllerOptions, FeedEvent } from './types';

const NOTHING = new Uint8Array(0);

const KIND_OF_COLLECTION: Readonly<Record<string, string>> = { [Collections.hosts]: 'host', [Collections.networks]: 'network', [Collections.ports]: 'port', [Collections.subnets]: 'subnet' };

/** A v1 change that did not decode, in the controller's terms (its key JSON back to an id). */
function v1Rejected(r: { collection: string; id: string; reason: string }): RejectedChange {
  let id = r.id;
  try {
    const key = JSON.parse(r.id) as unknown;
    id = Array.isArray(key) ? String(key[0]) : String(key);
  } catch {
    // Not even the key decoded: keep the text, for the log.
  }
  return { kind: KIND_OF_COLLECTION[r.collection] ?? r.collection, id, reason: r.reason };
}

/**
 * The vtep-controller core: applies the central feed to the span engine, encodes each VNI
 * change once, fans the bytes out to the connected hosts of that VNI, retains a delta log for
 * resume and persists everything through the index store.
 */
export class Controller implements SessionHandler {
  readonly index = new SpanIndex();
  readonly log: DeltaLog;
  /** Snapshot tables from per-VNI shared bytes. */
  readonly tables = new FullTableEncoder(this.index);
  readonly sessions = new Map<string, Session>();
  readonly counters: ControllerCounters = {
    vniEncodes: 0, sharedVniEncodes: 0, perHostVniEncodes: 0, snapshots: 0, snapshotTablesCut: 0, snapshotTablesBuilt: 0, resumes: 0, resyncs: 0, evictions: 0, deltaMessages: 0,
    coalescedDeltas: 0, acks: 0, portStatuses: 0, portStatusMessages: 0, digestReports: 0, digestMismatches: 0, routerResyncs: 0, portStatusCalls: 0, portStatusReports: 0,
    feedRejected: 0,
  };
  /** Port reports from every host, relayed to central in batches. */
  readonly statusReporter: PortStatusReporter;
  /** Host stream up/down reports to central, a bounded number of calls at once. */
  readonly livenessReporter: LivenessReporter;
  /** Bytes handed to streams that have closed since start (see `sentBytes`). */
  private closedStreamBytes = 0;
  private readonly requests: HostRequests;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  /** How host streams reach grpc-js: its internals behind the version gate, or the public API. */
  readonly grpc: GrpcFastPath;

  constructor(
    readonly options: ControllerOptions,
    private readonly store: IndexStore,
  ) {
    this.grpc = openGrpcFastPath({ enabled: options.grpcFastPath ?? true, logger: options.logger });
    const persisted = store.load();
    const limits = { maxRecords: options.logMaxRecords, maxBytes: options.logMaxBytes };
    const sameEpoch = persisted.epoch === undefined || persisted.epoch === options.epoch;
    this.log = new DeltaLog(limits, sameEpoch ? persisted.logFloor : persisted.revision);
    const changes: RecordChange[] = [
      ...persisted.hosts.map((r): RecordChange => ({ kind: 'host', id: r.id, record: r })),
      ...persisted.networks.map((r): RecordChange => ({ kind: 'network', id: r.id, record: r })),
      ...persisted.ports.map((r): RecordChange => ({ kind: 'port', id: r.id, record: r })),
      ...persisted.subnets.map((r): RecordChange => ({ kind: 'subnet', id: r.id, record: r })),
      ...persisted.routers.map((r): RecordChange => ({ kind: 'router', id: r.id, record: r })),
    ];
    this.index.apply(persisted.revision, changes, { quiet: true });
    this.index.restoreSpanRevisions(persisted.spanRevisions);
    if (sameEpoch) for (const r of persisted.log) this.log.append(r);
    this.requests = new HostRequests(this);
    this.statusReporter = new PortStatusReporter({
      send: (reports) => {
        this.counters.portStatusCalls++;
        this.counters.portStatusReports += reports.length;
        return this.options.status.reportPortStatuses(reports);
      },
      logger: options.logger,
      windowMs: options.portStatusWindowMs,
      maxBatch: options.portStatusBatchMax,
    });
    this.livenessReporter = new LivenessReporter({
      send: (report) => this.options.status.reportHostLiveness(report),
      logger: options.logger,
      maxInFlight: options.livenessInFlightMax,
    });
  }

  /** Bytes handed to the transport on every host stream since start (benchmarks, metrics). */
  sentBytes(): number {
    let n = this.closedStreamBytes;
    for (const s of this.sessions.values()) n += s.out.sentBytes;
    return n;
  }

  get revision(): number {
    return this.index.revision;
  }

  start(): void {
    this.heartbeatTimer = setInterval(() => this.heartbeat(), this.options.heartbeatIntervalMs);
    this.heartbeatTimer.unref();
  }

  /** Ends every host stream (UNAVAILABLE: hosts resume elsewhere or later) and flushes the index. */
  async stop(): Promise<void> {
    clearInterval(this.heartbeatTimer);
    this.statusReporter.close();
    this.livenessReporter.close();
    this.closeSessions('controller shutting down');
    await this.store.flush();
  }

  /** Ends every host stream with UNAVAILABLE (the host resumes here later or elsewhere now). */
  closeSessions(details: string): void {
    for (const s of [...this.sessions.values()]) s.out.close(Status.UNAVAILABLE, details);
  }

  /** Sends one heartbeat, encoded once, to every host. */
  heartbeat(): void {
    const bytes = heartbeatFrame(this.index.revision, Date.now());
    for (const s of this.sessions.values()) s.out.send(bytes);
  }

  token(host: string, revision = this.index.revision): Token {
    return { epoch: this.options.epoch, revision, subscriptionVersion: this.index.spanRevisionOf(host) };
  }

  /** Applies one feed event. */
  applyFeedEvent(event: FeedEvent): void {
    if (event.type === 'revision') {
      if (event.revision <= this.index.revision) return;
      const rejected: RejectedChange[] = (event.rejected ?? []).map(v1Rejected);
      const changes = this.newRecords(event.changes.map((c) => recordChange(c.collection, c.key, c.type === 'put' ? c.value : undefined)), rejected);
      this.reportRejected(event.revision, rejected);
      this.applyChanges(event.revision, changes, false);
    } else if (event.type === 'snapshot') {
      this.applyChanges(event.revision, this.snapshotChanges(event.collections, (event.rejected ?? []).map(v1Rejected)), true);
    } else if (event.type === 'progress' && event.revision !== undefined && event.revision > this.index.revision) {
      this.index.revision = event.revision;
      this.store.save({ revision: event.revision, logFloor: this.log.floor, epoch: this.options.epoch, changes: [], spanRevisions: [] });
    }
  }

  /**
   * Applies one event of the feed v2 (spec kinds). Rejected resources (failed the contract
   * check in the client, or a VTEP/MAC/IP the controller cannot parse) are counted and logged
   * and leave what the index holds for their id untouched: never a delete.
   */
  applyResourceEvent(event: ResourceEvent): void {
    if (event.type === 'revision') {
      if (event.revision <= this.index.revision) return;
      const rejected: RejectedChange[] = [...event.rejected];
      const changes = this.newRecords(event.changes.map(resourceRecordChange), rejected);
      this.reportRejected(event.revision, rejected);
      this.applyChanges(event.revision, changes, false);
    } else if (event.type === 'snapshot') {
      const rejected: RejectedChange[] = [...event.rejected];
      const found = event.resources.map((r) => resourceRecordChange({ type: 'put', resource: r }));
      const seen = new Set(found.flatMap((rc) => (rc ? [`${rc.kind}:${rc.id}`] : [])));
      const changes = this.newRecords(found, rejected);
      // A rejected item is still in central's image: what is held for it stays.
      for (const r of rejected) seen.add(`${r.kind}:${r.id}`);
      this.reportRejected(event.revision, rejected);
      this.applyChanges(event.revision, [...changes, ...this.goneSince(seen)], true);
    } else if (event.type === 'progress') {
      this.applyFeedEvent(event);
    }
  }

  /**
   * The records of a revision or image that change what the index holds; rejected ones go to
   * `rejected`. Optimization: a write of fields the controller drops (port status, host
   * liveness: most v1 revisions once hosts report) changes no record; it is neither applied nor
   * persisted again, so the index's LMDB pages and the record objects stay as they are.
   */
  private newRecords(found: ReadonlyArray<RecordChange | RejectedChange | undefined>, rejected: RejectedChange[]): RecordChange[] {
    const changes: RecordChange[] = [];
    for (const rc of found) {
      if (!rc) continue;
      if (isRejectedChange(rc)) rejected.push(rc);
      else if (!this.index.holds(rc)) changes.push(rc);
    }
    return changes;
  }

  /** One log line per revision with rejections (never per entry), and the alert counter. */
  private reportRejected(revision: number, rejected: readonly RejectedChange[]): void {
    if (rejected.length === 0) return;
    this.counters.feedRejected += rejected.length;
    this.options.logger.error({ revision, count: rejected.length, first: rejected.slice(0, 3) }, 'feed resources rejected; kept what was held');
  }

  /** Held records the image no longer has; `routing`: the image carries routers and subnets (feed v2). */
  private goneSince(seen: ReadonlySet<string>, routing = true): RecordChange[] {
    const changes: RecordChange[] = [];
    const gone = (kind: RecordChange['kind'], ids: Iterable<string>) => {
      for (const id of ids) if (!seen.has(`${kind}:${id}`)) changes.push({ kind, id, record: undefined } as RecordChange);
    };
    gone('host', this.index.hosts.keys());
    gone('network', this.index.networks.keys());
    gone('port', this.index.ports.keys());
    if (routing) {
      gone('router', this.index.routing.routers.keys());
      gone('subnet', this.index.subnets.subnets.keys());
    }
    return changes;
  }

  private snapshotChanges(collections: ReadonlyMap<string, ReadonlyArray<{ key: unknown; value: unknown }>>, undecodable: RejectedChange[]): RecordChange[] {
    const changes: RecordChange[] = [];
    const rejected: RejectedChange[] = [...undecodable];
    const seen = new Set(undecodable.map((r) => `${r.kind}:${r.id}`));
    for (const name of [Collections.hosts, Collections.networks, Collections.ports, Collections.subnets]) {
      for (const item of collections.get(name) ?? []) {
        const rc = recordChange(name, item.key, item.value);
        if (rc) {
          // A rejected row is still in central's image: what is held for it stays.
          if (isRejectedChange(rc)) rejected.push(rc);
          else if (!this.index.holds(rc)) changes.push(rc);
          seen.add(`${rc.kind}:${rc.id}`);
        }
      }
    }
    this.reportRejected(this.index.revision, rejected);
    // The v1 feed has no routers or subnets: its image says nothing about them.
    return [...changes, ...this.goneSince(seen, false)];
  }

  private applyChanges(revision: number, changes: RecordChange[], snapshotJump: boolean): void {
    const change = this.index.apply(revision, changes);
    const logged = this.publish(change);
    let dropLog: number[] = [];
    let append;
    if (snapshotJump) dropLog = this.log.reset(revision);
    else if (logged.length > 0 || change.routers.length > 0) {
      append = { revision, vnis: logged, ...(change.routers.length > 0 ? { routers: change.routers.map((r) => ({ routerId: r.routerId, full: r.full, left: r.left })) } : {}) };
      dropLog = this.log.append(append);
    }
    this.store.save({
      revision,
      logFloor: this.log.floor,
      epoch: this.options.epoch,
      changes,
      spanRevisions: change.spanChanged.map((h) => [h, this.index.spanRevisionOf(h)] as [string, number]),
      append,
      dropLog,
    });
    this.checkRegistry(changes);
  }

  /** Fans one revision out to the connected hosts; returns what the log keeps of it. */
  private publish(change: SpanChange): LoggedVni[] {
    const { revision } = change;
    const nonce = String(revision);
    // Routers: each router's state (or its leave) is encoded once and shared by its hosts.
    const routerParts = this.routerParts(change);
    // Optimization: a revision that changes one VNI (a port bound, moved or deleted: nearly
    // every revision) needs no per-host lists: each host gets exactly one VniDelta.
    const single = change.vnis.length === 1 && routerParts.size === 0;
    const items = single ? undefined : new Map<string, Uint8Array[]>();
    const sharedOnly = single ? undefined : new Map<string, Uint8Array>();
    const logged: LoggedVni[] = [];
    const add = (host: string, bytes: Uint8Array) => {
      if (!items) {
        // Each host appears once per VNI change, so this is its whole message.
        const parts = [bytes];
        this.counters.deltaMessages++;
        this.sessions.get(host)!.sendDelta(spliceDeltaFrame(revision, nonce, parts, this.token(host, revision)), nonce, revision, false, parts);
        return;
      }
      let list = items.get(host);
      if (!list) items.set(host, (list = []));
      list.push(bytes);
    };
    for (const v of change.vnis) {
      const shared = v.shared ? encodeVniDelta(v.shared) : null;
      if (shared) this.counters.sharedVniEncodes++;
      const perHost = new Map<string, Uint8Array>();
      const tables = v.full.length + v.left.length > 0 ? new Set([...v.full, ...v.left]) : undefined;
      for (const h of v.perHost.keys()) {
        const live = this.sessions.has(h);
        // Optimization: a joiner's full table (or a leave) is only built and encoded for a
        // connected host, from the VNI's shared snapshot bytes when it fits one VniDelta, and
        // never logged: resume sends the current table (or leave) instead of the history.
        if (tables?.has(h)) {
          if (!live) continue;
          const left = v.left.includes(h);
          const bytes = left ? undefined : this.tables.encode(h, v.vni, this.options.snapshotMaxEntriesPerVniDelta);
          const d = bytes ? null : v.perHost.get(h);
          if (bytes || d) {
            this.counters.perHostVniEncodes++;
            add(h, bytes ?? encodeVniDelta(d!));
          }
          continue;
        }
        const d = v.perHost.get(h);
        const bytes = d ? encodeVniDelta(d) : NOTHING;
        if (d) this.counters.perHostVniEncodes++;
        perHost.set(h, bytes);
        if (d && live) add(h, bytes);
      }
      if (shared) {
        // Optimization: a host whose only content is this shared delta gets one message encoded
        // once per VNI change and shared by reference (framed once, parts shared too).
        let message: Buffer | undefined;
        const parts = [shared];
        for (const h of this.index.membersOf(v.vni).keys()) {
          if (v.perHost.has(h)) continue;
          const session = this.sessions.get(h);
          if (session === undefined) continue;
          if (sharedOnly) {
            add(h, shared);
            sharedOnly.set(h, shared);
            continue;
          }
          message ??= spliceDeltaFrame(revision, nonce, parts);
          this.counters.deltaMessages++;
          session.sendDelta(message, nonce, revision, false, parts);
        }
      }
      logged.push({ vni: v.vni, shared, perHost, full: v.full, left: v.left });
    }
    this.counters.vniEncodes = this.counters.sharedVniEncodes + this.counters.perHostVniEncodes;
    if (items && sharedOnly) {
      for (const h of routerParts.keys()) if (this.sessions.has(h) && !items.has(h)) items.set(h, []);
      this.sendMany(revision, nonce, items, sharedOnly, routerParts);
    }
    return logged;
  }

  /** Per connected host, the encoded RouterDeltas of one revision (each router encoded once). */
  private routerParts(change: SpanChange): Map<string, Uint8Array[]> {
    const parts = new Map<string, Uint8Array[]>();
    const add = (h: string, bytes: Uint8Array) => {
      if (!this.sessions.has(h)) return;
      let list = parts.get(h);
      if (!list) parts.set(h, (list = []));
      list.push(bytes);
    };
    for (const r of change.routers) {
      if (r.full.length > 0 && r.view) {
        const bytes = encodeRouterDeltaBytes(encodeRouterDelta(r.view));
        for (const h of r.full) add(h, bytes);
      }
      if (r.left.length > 0) {
        const bytes = encodeRouterDeltaBytes(leaveRouterDelta(r.routerId));
        for (const h of r.left) add(h, bytes);
      }
    }
    return parts;
  }

  /** The current state (or leave) of `routers` for `host`, encoded (resume, resync, snapshot). */
  routerStates(host: string, routers: Iterable<string>): Uint8Array[] {
    const held = this.index.routing.routersOf(host);
    const out: Uint8Array[] = [];
    for (const id of routers) {
      const view = held.has(id) ? this.index.routing.viewOf(id) : undefined;
      out.push(encodeRouterDeltaBytes(view ? encodeRouterDelta(view) : leaveRouterDelta(id)));
    }
    return out;
  }

  /** A revision's messages when it changed several VNIs: one per host, spliced from its list. */
  private sendMany(revision: number, nonce: string, items: Map<string, Uint8Array[]>, sharedOnly: Map<string, Uint8Array>, routerParts: Map<string, Uint8Array[]>): void {
    const sharedMessages = new Map<Uint8Array, Buffer>();
    for (const [h, list] of items) {
      const session = this.sessions.get(h)!;
      const routers = routerParts.get(h);
      let bytes: Buffer;
      if (!routers && list.length === 1 && sharedOnly.get(h) === list[0]) {
        bytes = sharedMessages.get(list[0]) ?? spliceDeltaFrame(revision, nonce, list);
        sharedMessages.set(list[0], bytes);
      } else bytes = spliceDeltaFrame(revision, nonce, list, this.token(h, revision), routers);
      this.counters.deltaMessages++;
      // A message with routers is never merged with a later one (coalescing splices VNIs only).
      session.sendDelta(bytes, nonce, revision, false, routers ? undefined : list);
    }
  }

  /** Ends streams of hosts that were removed from the registry or whose VTEP changed. */
  private checkRegistry(changes: readonly RecordChange[]): void {
    for (const c of changes) {
      if (c.kind !== 'host') continue;
      const s = this.sessions.get(c.id);
      if (!s) continue;
      const rec = this.index.hosts.get(c.id);
      if (!rec) s.fail(Status.NOT_FOUND, `host ${c.id} was removed from the registry`);
      else if (rec.vtep !== s.vtep) s.fail(Status.FAILED_PRECONDITION, `the registry now gives host ${c.id} VTEP ${rec.vtep}, not ${s.vtep}`);
    }
  }

  attach(session: Session, hello: trellis.l2.v1.IHello): void {
    const hostId = hello.hostId ?? '';
    if (hostId === '') throw new StreamError(Status.INVALID_ARGUMENT, 'hello.host_id is empty');
    let vtep: string;
    try {
      vtep = bytesToIp(hello.vtep ?? NOTHING);
    } catch {
      throw new StreamError(Status.INVALID_ARGUMENT, `hello.vtep must be 4 or 16 bytes, got ${hello.vtep?.length ?? 0}`);
    }
    const host = this.index.hosts.get(hostId);
    if (!host) throw new StreamError(Status.NOT_FOUND, `host ${quoted(hostId)} is not registered`);
    if (host.vtep !== vtep) throw new StreamError(Status.FAILED_PRECONDITION, `VTEP ${vtep} of host ${hostId} contradicts the registry (${host.vtep})`);
    const resume = hello.resume;
    if (resume && resume.epoch === this.options.epoch && (resume.revision ?? 0) > this.index.revision) {
      throw new StreamError(Status.UNAVAILABLE, `controller is at revision ${this.index.revision}, behind the host's ${resume.revision}; retry or fail over`);
    }
    const previous = this.sessions.get(hostId);
    session.hostId = hostId;
    session.vtep = vtep;
    session.agentVersion = hello.agentVersion ?? '';
    session.attached = true;
    this.sessions.set(hostId, session);
    if (previous) previous.fail(Status.ABORTED, `superseded by a newer stream of host ${hostId}`);
    if (!(resume && sendResume(this, session, resume))) sendSnapshot(this, session);
    this.livenessReporter.add({ hostId, connected: true, agentVersion: session.agentVersion, lastSeenMs: Date.now(), controllerId: this.options.controllerId });
  }

  detach(session: Session): void {
    if (this.sessions.get(session.hostId) !== session) return;
    this.sessions.delete(session.hostId);
    this.closedStreamBytes += session.out.sentBytes;
    if (session.out.evicted) this.counters.evictions++;
    this.livenessReporter.add({ hostId: session.hostId, connected: false, agentVersion: session.agentVersion, lastSeenMs: Date.now(), controllerId: this.options.controllerId });
  }

  /**
   * Sends `host` its current tables for `vnis` (or leave, for VNIs outside its span) and the
   * current state (or leave) of `routers`: by default every router it routes for.
   */
  resync(session: Session, vnis: Iterable<number>, reason: string, routerIds: Iterable<string> = this.index.routing.routersOf(session.hostId)): void {
    const span = this.index.spanOf(session.hostId);
    const bytes: Uint8Array[] = [];
    const list: number[] = [];
    for (const vni of vnis) {
      list.push(vni);
      bytes.push(encodeVniDelta(span.has(vni) ? this.index.fullDelta(session.hostId, vni) : leaveVniDelta(vni)));
    }
    // Routers ride with every resync: each is a few hundred bytes, and a resync follows a nack or
    // a digest mismatch, after which the host's routing state is as suspect as its tables.
    const routers = this.routerStates(session.hostId, routerIds);
    if (bytes.length === 0 && routers.length === 0) return;
    this.counters.resyncs++;
    this.options.logger.info({ host: session.hostId, vnis: list, routers: routers.length, reason }, 'resyncing VNIs and routers');
    const nonce = `resync-${this.counters.resyncs}`;
    session.sendDelta(spliceDeltaFrame(this.index.revision, nonce, bytes, this.token(session.hostId), routers), nonce, this.index.revision);
  }

  encodeLiveDelta(session: Session, revision: number, vnis: readonly Uint8Array[]): Buffer {
    return spliceDeltaFrame(revision, String(revision), vnis, this.token(session.hostId, revision));
  }

  coalesced(): void {
    this.counters.coalescedDeltas++;
  }

  onAck(session: Session, ack: trellis.l2.v1.IAck): void {
    this.requests.ack(session, ack);
  }

  onNack(session: Session, nack: trellis.l2.v1.INack): void {
    this.requests.nack(session, nack);
  }

  onPortStatuses(session: Session, batch: trellis.l2.v1.IPortStatusBatch): void {
    this.requests.portStatuses(session, batch);
  }

  onDigests(session: Session, digests: trellis.l2.v1.IDigests): void {
    this.requests.digests(session, digests);
  }
}
