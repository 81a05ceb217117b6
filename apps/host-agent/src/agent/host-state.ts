import {
  applyDecodedVniDelta,
  decodeRouterDelta,
  decodeVniDelta,
  diffVniViews,
  digestToWire,
  digestVniView,
  emptyVniView,
  routerDigests,
  stageVniDelta,
  tableChangeSet,
  vniEntryCount,
  type DecodedVniDelta,
  type DecodedRouterDelta,
  type HostView,
  type RouterTable,
  type VniChangeSet,
} from '@trellis/l2';
import type { trellis } from '@trellis/proto';
import type { Logger } from 'pino';
import { DataplaneApplyError, type ApplyOutcome, type DataplaneBackend, type PortWiringReport, type ReconcileMode } from '../dataplane/backend';
import { routingPlan } from '../dataplane/routing-plan';
import type { ResumeState, StateStore } from './state-store';
import { StateSaver } from './state-saver';
import { VniUndo } from './undo-log';

type IHostMessage = trellis.l2.v1.IHostMessage;

/** The outcome of applying one version: the ack or nack to send and the ports' wiring. */
export interface VersionOutcome {
  reply: IHostMessage;
  ports: PortWiringReport[];
  applied: boolean;
}

export interface HostStateOptions {
  backend: DataplaneBackend;
  store?: StateStore;
  logger: Logger;
  /** Coalescing window of state saves (see `StateSaver`); 0 saves every version. Default 0. */
  persistIntervalMs?: number;
}

const isPromise = <T>(v: T | Promise<T>): v is Promise<T> => typeof (v as Promise<T> | undefined)?.then === 'function';

/** One version on its way to the backend. */
interface Version {
  changes: VniChangeSet[];
  /** Tables to commit per VNI (held tables changed in place, or new ones). */
  next: HostView;
  nonce: string;
  revision: number;
  token: ResumeState;
  kind: 'snapshot' | 'delta';
  /** The version carried its own token (clears a taint). */
  ownToken: boolean;
  /** Routers after this version (undefined: unchanged). */
  routers?: RouterTable;
  undo?: ReadonlyMap<number, VniUndo>;
}
const noVnis: ReadonlySet<number> = new Set();

/** VNI → network of the routers' interfaces (see DataplaneBackend.networkHints). */
function networkHints(routers: RouterTable): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of routers.values()) for (const i of r.interfaces) if (i.networkId) out.set(i.vni, i.networkId);
  return out;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The host's applied state and how controller messages change it: a snapshot is staged chunk by
 * chunk and swapped in (sweeping whatever was not re-sent) only at its end marker; a delta is
 * applied to copies of the VNIs it touches, programmed through the backend, and committed VNI by
 * VNI for what the backend applied. Each applied version is persisted with its resume token.
 */
export class HostState {
  view: HostView = new Map();
  /** Routers this host routes for (docs/protocol.md "Routers"). */
  routers: RouterTable = new Map();
  token: ResumeState | undefined;
  private epoch = '';
  private staging: HostView | undefined;
  private stagingRouters: RouterTable | undefined;
  /** Routing syncs run one at a time, in version order. */
  private routingQueue: Promise<void> = Promise.resolve();
  /**
   * Set when a version was not fully applied: until a version carrying its own token (the
   * controller's resync, resume or snapshot end) applies, later tokenless versions and heartbeats
   * must not move the token past the failed one.
   */
  private tainted = false;
  /** The welcoming controller's head revision (unset before the first Welcome). */
  private headRevision: number | undefined;
  private fullReconcileDue = false;
  private stagingError: string | undefined;
  private readonly log: Logger;
  private readonly saver: StateSaver;

  constructor(private readonly options: HostStateOptions) {
    this.log = options.logger.child({ component: 'host-state' });
    this.saver = new StateSaver({ store: options.store, intervalMs: options.persistIntervalMs ?? 0, current: () => ({ view: this.view, token: this.token, routers: this.routers }) });
  }

  /** Hands a state save still waiting in the coalescing window to the store (shutdown). */
  flushSave(): void {
    this.saver.flush();
  }

  /**
   * Loads the persisted state and reconciles the dataplane with it, additively: the saved view
   * may be older than the dataplane (saves coalesce; a crash loses the last window), and what
   * the dataplane holds beyond it keeps forwarding until the controller has brought the view up
   * to date. `catchUpDue` then asks for the full reconcile that removes what is really stale.
   */
  async init(): Promise<PortWiringReport[]> {
    const saved = await this.options.store?.load();
    if (saved) {
      this.view = saved.view;
      this.routers = saved.routers ?? new Map();
      this.token = saved.token;
      this.epoch = saved.token?.epoch ?? '';
      this.log.info({ vnis: this.view.size, revision: this.token?.revision }, 'loaded persisted state');
    }
    this.fullReconcileDue = true;
    return this.reconcile('additive');
  }

  /**
   * True once, when the view has caught up with the controller that welcomed the host (a version
   * at or after its head applied) and the startup reconcile has not been completed yet.
   */
  catchUpDue(): boolean {
    const t = this.token;
    if (!this.fullReconcileDue || this.headRevision === undefined || this.staging || this.tainted || !t) return false;
    return t.epoch === this.epoch && t.revision >= this.headRevision;
  }

  /** The full reconcile after catching up: removes what the dataplane kept from before the start. */
  reconcileCaughtUp(): Promise<PortWiringReport[]> {
    this.fullReconcileDue = false;
    this.log.info({ revision: this.token?.revision }, 'caught up with the controller; reconciling the dataplane fully');
    return this.reconcile('full');
  }

  private async reconcile(mode: ReconcileMode): Promise<PortWiringReport[]> {
    this.options.backend.networkHints?.(networkHints(this.routers));
    let ports: PortWiringReport[];
    try {
      ports = (await this.options.backend.reconcile(this.view, mode)).ports;
    } catch (err) {
      this.log.error({ err, mode }, 'dataplane reconcile failed; the digest repair will resync the affected VNIs');
      ports = err instanceof DataplaneApplyError ? err.ports : [];
    }
    await this.syncRouting(mode);
    return ports;
  }

  /**
   * Brings the backend's routing to the routers and the VNI tables now held. Runs after the L2
   * change of each version (the routers' remote neighbours come from the VNI tables), one sync
   * at a time; a failure is logged and the next version's sync (or the full reconcile) repairs it.
   */
  syncRouting(mode: ReconcileMode = 'full'): Promise<void> {
    const backend = this.options.backend;
    if (!backend.syncRouting) return Promise.resolve();
    const plan = routingPlan(this.routers, this.view);
    this.routingQueue = this.routingQueue.then(async () => {
      try {
        await backend.syncRouting!(plan, mode);
      } catch (err) {
        this.log.error({ err, mode, routers: plan.routers.size }, 'routing sync failed; the next version retries it');
      }
    });
    return this.routingQueue;
  }

  /** Decodes a version's routers onto a copy of the held ones; throws on a malformed one. */
  private routersAfter(wire: readonly trellis.l2.v1.IRouterDelta[], base: RouterTable): RouterTable {
    const next = new Map(base);
    const decoded: DecodedRouterDelta[] = wire.map((r) => decodeRouterDelta(r));
    for (const r of decoded) {
      if (r.leave) next.delete(r.routerId);
      else next.set(r.routerId, r.view);
    }
    return next;
  }

  /** True while a snapshot is being received (digests would describe the old state). */
  get syncing(): boolean {
    return this.staging !== undefined;
  }

  welcome(w: trellis.l2.v1.IWelcome): void {
    this.epoch = w.epoch ?? '';
    // Controllers without head_revision: caught up after the first version applied from here.
    const head = Number(w.headRevision ?? 0);
    this.headRevision = head > 0 ? head : Number(w.revision ?? 0) + (w.snapshot ? 0 : 1);
    this.staging = w.snapshot ? new Map() : undefined;
    this.stagingRouters = w.snapshot ? new Map() : undefined;
    this.stagingError = undefined;
  }

  /** Stages a chunk; a VNI split over several chunks accumulates. */
  chunk(c: trellis.l2.v1.ISnapshotChunk): void {
    this.staging ??= new Map();
    this.stagingRouters ??= new Map();
    try {
      this.stagingRouters = this.routersAfter(c.routers ?? [], this.stagingRouters);
    } catch (err) {
      this.stagingError ??= `routers: ${errorText(err)}`;
    }
    for (const d of c.vnis ?? []) {
      try {
        stageVniDelta(this.staging, d);
      } catch (err) {
        this.stagingError ??= `VNI ${d.vni}: ${errorText(err)}`;
      }
    }
  }

  /** Swaps the staged snapshot in: the backend gets the difference, VNIs not re-sent are dropped. */
  snapshotEnd(e: trellis.l2.v1.ISnapshotEnd): VersionOutcome | Promise<VersionOutcome> {
    const staged = this.staging ?? new Map();
    const stagedRouters = this.stagingRouters ?? new Map();
    const stagingError = this.stagingError;
    this.staging = undefined;
    this.stagingRouters = undefined;
    this.stagingError = undefined;
    const revision = e.revision ?? 0;
    if (stagingError) return this.nack(e.nonce ?? '', revision, stagingError, []);
    const changes: VniChangeSet[] = [];
    for (const [vni, held] of this.view) {
      if (staged.has(vni)) continue;
      changes.push({ ...diffVniViews(held, emptyVniView(vni, held.mtu)), removed: true });
    }
    for (const [vni, next] of staged) {
      const held = this.view.get(vni);
      // A VNI not held (every VNI of a first snapshot): no diff against an empty table; the
      // memory backend copies the staged table whole, other backends read the entry lists.
      changes.push(held ? diffVniViews(held, next) : tableChangeSet(next));
    }
    const token = this.tokenFrom(e.token, revision);
    return this.program({ changes, next: staged, nonce: e.nonce ?? '', revision, token, kind: 'snapshot', ownToken: !!e.token, routers: stagedRouters });
  }

  /**
   * Applies a delta: validated whole first (a malformed one is nacked with nothing applied),
   * then applied in place with an undo log (full tables and leaves build new tables), programmed
   * through the backend; VNIs the backend refused are undone.
   */
  delta(d: trellis.l2.v1.IDelta): VersionOutcome | Promise<VersionOutcome> {
    const revision = d.revision ?? 0;
    // An empty nonce stands for the revision as text (saves bytes on every shared delta).
    const nonce = d.nonce || String(revision);
    const vnis = d.vnis ?? [];
    const decoded: DecodedVniDelta[] = [];
    for (const vd of vnis) {
      try {
        decoded.push(decodeVniDelta(vd));
      } catch (err) {
        // Nothing of a malformed version is applied: the controller learns which VNI was bad.
        return this.nack(nonce, revision, `VNI ${vd.vni ?? 0}: ${errorText(err)}`, [vd.vni ?? 0]);
      }
    }
    let routers: RouterTable | undefined;
    if ((d.routers ?? []).length > 0) {
      try {
        routers = this.routersAfter(d.routers!, this.routers);
      } catch (err) {
        return this.nack(nonce, revision, `routers: ${errorText(err)}`, []);
      }
    }
    const work: HostView = new Map();
    let undo: Map<number, VniUndo> | undefined;
    const changes: VniChangeSet[] = [];
    for (const dd of decoded) {
      const held = this.view.get(dd.vni);
      if (!work.has(dd.vni) && held) work.set(dd.vni, held);
      const table = work.get(dd.vni);
      if (!dd.full && !dd.leave && table && table === held) {
        undo ??= new Map();
        let u = undo.get(dd.vni);
        if (!u) undo.set(dd.vni, (u = new VniUndo(held)));
        u.record(dd);
      }
      changes.push(applyDecodedVniDelta(work, dd));
    }
    return this.program({ changes, next: work, nonce, revision, token: this.tokenFrom(d.token, revision), kind: 'delta', ownToken: !!d.token, undo, routers });
  }

  /**
   * A heartbeat says everything before it on the stream was sent: with all of that applied, the
   * token may name the heartbeat's revision, which keeps an idle host inside the controller's
   * resume window. Returns true when the token moved.
   */
  heartbeat(revision: number): boolean {
    const t = this.token;
    if (!t || this.staging || this.tainted || t.epoch !== this.epoch || revision <= t.revision) return false;
    this.token = { ...t, revision };
    this.saver.changed();
    return true;
  }

  /**
   * Per-VNI digests of the applied view and per-router digests of the routers held (all of them,
   * flagged `routersIncluded`: none held is an empty list the controller can check). Computed
   * from the whole state on each report (every `digestIntervalMs`), never per version: a report
   * must describe what the host holds now.
   */
  digests(): trellis.l2.v1.IDigests {
    return {
      revision: this.token?.revision ?? 0,
      vnis: Array.from(this.view.values(), (t) => ({ vni: t.vni, digest: digestToWire(digestVniView(t)), entries: vniEntryCount(t) })),
      routers: routerDigests(this.routers.values()),
      routersIncluded: true,
    };
  }

  private tokenFrom(t: trellis.l2.v1.IResumeToken | null | undefined, revision: number): ResumeState {
    return {
      epoch: t?.epoch || this.epoch,
      revision: t?.revision ?? revision,
      subscriptionVersion: t?.subscriptionVersion ?? this.token?.subscriptionVersion ?? 0,
    };
  }

  /**
   * Programs the change sets through the backend and commits what it applied. Synchronous when
   * the backend is (no Promise, no microtask hop per version); otherwise resolves once the
   * backend has answered.
   */
  private program(v: Version): VersionOutcome | Promise<VersionOutcome> {
    if (v.routers || this.routers.size > 0) this.options.backend.networkHints?.(networkHints(v.routers ?? this.routers));
    let applied: ApplyOutcome | Promise<ApplyOutcome>;
    try {
      applied = this.options.backend.apply(v.changes);
    } catch (err) {
      return this.commit(v, [], err);
    }
    if (!isPromise(applied)) return this.commit(v, applied.ports);
    this.saver.hold();
    return applied.then(
      (a) => this.commit(v, a.ports),
      (err: unknown) => this.commit(v, [], err ?? new Error('dataplane apply failed')),
    );
  }

  /** Commits what the backend applied (`err` unset) or undoes what it refused, and answers. */
  private commit(v: Version, appliedPorts: PortWiringReport[], err?: unknown): VersionOutcome {
    let failed: ReadonlySet<number> = noVnis;
    let ports = appliedPorts;
    let failure: string | undefined;
    if (err !== undefined) {
      failure = errorText(err);
      if (err instanceof DataplaneApplyError && err.vnis.length > 0) {
        failed = new Set(err.vnis);
        ports = err.ports;
      } else {
        failed = new Set(v.changes.map((c) => c.vni));
      }
    }
    for (const c of v.changes) {
      if (failed.has(c.vni)) {
        v.undo?.get(c.vni)?.undo();
        continue;
      }
      const t = v.next.get(c.vni);
      if (t && !c.removed) this.view.set(c.vni, t);
      else this.view.delete(c.vni);
    }
    // Routers commit with a version the backend applied whole (a nack's resync resends them).
    if (failure === undefined && v.routers) this.routers = v.routers;
    if (failure === undefined && (v.routers || (this.routers.size > 0 && v.changes.some(changesRouting)))) void this.syncRouting(this.fullReconcileDue ? 'additive' : 'full');
    if (failure === undefined && (!this.tainted || v.ownToken)) {
      this.token = v.token;
      this.tainted = false;
    } else if (failure !== undefined) this.tainted = true;
    this.saver.idle();
    this.saver.changed(v.kind === 'snapshot');
    if (failure !== undefined) {
      this.log.warn({ kind: v.kind, revision: v.revision, vnis: [...failed], error: failure }, 'version not fully applied');
      const out = this.nack(v.nonce, v.revision, failure, [...failed]);
      out.ports = ports;
      return out;
    }
    return { reply: { ack: { nonce: v.nonce, revision: v.revision } }, ports, applied: true };
  }

  private nack(nonce: string, revision: number, detail: string, vnis: number[]): VersionOutcome {
    this.tainted = true;
    return { reply: { nack: { nonce, revision, errorDetail: detail, vnis } }, ports: [], applied: false };
  }
}

/**
 * True when a VNI change can change the routing plan: a VNI came or went (a router's leg and its
 * bridge) or its neighbour table changed (the routers' static neighbours). A move changes only
 * the FDB (which VTEP a MAC is behind): routed packets follow the bridge's FDB, so the plan, a
 * walk of every routed VNI's neighbours, is not rebuilt for it.
 */
function changesRouting(c: VniChangeSet): boolean {
  return c.created || c.removed || c.neighSet.length > 0 || c.neighRemove.length > 0;
}
