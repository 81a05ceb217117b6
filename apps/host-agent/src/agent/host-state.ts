import {
  applyDecodedVniDelta,
  decodeVniDelta,
  diffVniViews,
  digestToWire,
  digestVniView,
  emptyVniView,
  stageVniDelta,
  vniEntryCount,
  type DecodedVniDelta,
  type HostView,
  type VniChangeSet,
} from '@trellis/l2';
import type { trellis } from '@trellis/proto';
import type { Logger } from 'pino';
import { DataplaneApplyError, type DataplaneBackend, type PortWiringReport } from '../dataplane/backend';
import type { ResumeState, StateStore } from './state-store';
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
  token: ResumeState | undefined;
  private epoch = '';
  private staging: HostView | undefined;
  /**
   * Set when a version was not fully applied: until a version carrying its own token (the
   * controller's resync, resume or snapshot end) applies, later tokenless versions and heartbeats
   * must not move the token past the failed one.
   */
  private tainted = false;
  private stagingError: string | undefined;
  private readonly log: Logger;

  constructor(private readonly options: HostStateOptions) {
    this.log = options.logger.child({ component: 'host-state' });
  }

  /** Loads the persisted state and reconciles the dataplane with it. */
  async init(): Promise<PortWiringReport[]> {
    const saved = await this.options.store?.load();
    if (saved) {
      this.view = saved.view;
      this.token = saved.token;
      this.epoch = saved.token?.epoch ?? '';
      this.log.info({ vnis: this.view.size, revision: this.token?.revision }, 'loaded persisted state');
    }
    try {
      return (await this.options.backend.reconcile(this.view)).ports;
    } catch (err) {
      this.log.error({ err }, 'dataplane reconcile failed; the digest repair will resync the affected VNIs');
      return err instanceof DataplaneApplyError ? err.ports : [];
    }
  }

  /** True while a snapshot is being received (digests would describe the old state). */
  get syncing(): boolean {
    return this.staging !== undefined;
  }

  welcome(w: trellis.l2.v1.IWelcome): void {
    this.epoch = w.epoch ?? '';
    this.staging = w.snapshot ? new Map() : undefined;
    this.stagingError = undefined;
  }

  /** Stages a chunk; a VNI split over several chunks accumulates. */
  chunk(c: trellis.l2.v1.ISnapshotChunk): void {
    this.staging ??= new Map();
    for (const d of c.vnis ?? []) {
      try {
        stageVniDelta(this.staging, d);
      } catch (err) {
        this.stagingError ??= `VNI ${d.vni}: ${errorText(err)}`;
      }
    }
  }

  /** Swaps the staged snapshot in: the backend gets the difference, VNIs not re-sent are dropped. */
  async snapshotEnd(e: trellis.l2.v1.ISnapshotEnd): Promise<VersionOutcome> {
    const staged = this.staging ?? new Map();
    const stagingError = this.stagingError;
    this.staging = undefined;
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
      const c = diffVniViews(held ?? emptyVniView(vni, 0), next);
      if (!held) Object.assign(c, { created: true, mtu: next.mtu });
      changes.push(c);
    }
    const token = this.tokenFrom(e.token, revision);
    return this.program(changes, staged, e.nonce ?? '', revision, token, 'snapshot', !!e.token);
  }

  /**
   * Applies a delta: validated whole first (a malformed one is nacked with nothing applied),
   * then applied in place with an undo log (full tables and leaves build new tables), programmed
   * through the backend; VNIs the backend refused are undone.
   */
  async delta(d: trellis.l2.v1.IDelta): Promise<VersionOutcome> {
    const revision = d.revision ?? 0;
    // An empty nonce stands for the revision as text (saves bytes on every shared delta).
    const nonce = d.nonce || String(revision);
    const decoded: DecodedVniDelta[] = [];
    for (const vd of d.vnis ?? []) {
      try {
        decoded.push(decodeVniDelta(vd));
      } catch (err) {
        // Nothing of a malformed version is applied: the controller learns which VNI was bad.
        return this.nack(nonce, revision, `VNI ${vd.vni ?? 0}: ${errorText(err)}`, [vd.vni ?? 0]);
      }
    }
    const work: HostView = new Map();
    const undo = new Map<number, VniUndo>();
    const changes: VniChangeSet[] = [];
    for (const dd of decoded) {
      const held = this.view.get(dd.vni);
      if (!work.has(dd.vni) && held) work.set(dd.vni, held);
      const table = work.get(dd.vni);
      if (!dd.full && !dd.leave && table && table === held) {
        let u = undo.get(dd.vni);
        if (!u) undo.set(dd.vni, (u = new VniUndo(held)));
        u.record(dd);
      }
      changes.push(applyDecodedVniDelta(work, dd));
    }
    return this.program(changes, work, nonce, revision, this.tokenFrom(d.token, revision), 'delta', !!d.token, undo);
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
    this.options.store?.save({ view: this.view, token: this.token });
    return true;
  }

  /** Per-VNI digests of the applied view. */
  digests(): trellis.l2.v1.IDigests {
    return {
      revision: this.token?.revision ?? 0,
      vnis: Array.from(this.view.values(), (t) => ({ vni: t.vni, digest: digestToWire(digestVniView(t)), entries: vniEntryCount(t) })),
    };
  }

  private tokenFrom(t: trellis.l2.v1.IResumeToken | null | undefined, revision: number): ResumeState {
    return {
      epoch: t?.epoch || this.epoch,
      revision: t?.revision ?? revision,
      subscriptionVersion: t?.subscriptionVersion ?? this.token?.subscriptionVersion ?? 0,
    };
  }

  private async program(
    changes: VniChangeSet[],
    next: HostView,
    nonce: string,
    revision: number,
    token: ResumeState,
    kind: 'snapshot' | 'delta',
    ownToken: boolean,
    undo: ReadonlyMap<number, VniUndo> = new Map(),
  ): Promise<VersionOutcome> {
    let failed = new Set<number>();
    let ports: PortWiringReport[] = [];
    let failure: string | undefined;
    try {
      ports = (await this.options.backend.apply(changes)).ports;
    } catch (err) {
      failure = errorText(err);
      if (err instanceof DataplaneApplyError && err.vnis.length > 0) {
        failed = new Set(err.vnis);
        ports = err.ports;
      } else {
        failed = new Set(changes.map((c) => c.vni));
      }
    }
    for (const c of changes) {
      if (failed.has(c.vni)) {
        undo.get(c.vni)?.undo();
        continue;
      }
      const t = next.get(c.vni);
      if (t && !c.removed) this.view.set(c.vni, t);
      else this.view.delete(c.vni);
    }
    if (failure === undefined && (!this.tainted || ownToken)) {
      this.token = token;
      this.tainted = false;
    } else if (failure !== undefined) this.tainted = true;
    this.options.store?.save({ view: this.view, token: this.token });
    if (failure !== undefined) {
      this.log.warn({ kind, revision, vnis: [...failed], error: failure }, 'version not fully applied');
      const out = this.nack(nonce, revision, failure, [...failed]);
      out.ports = ports;
      return out;
    }
    this.log.debug({ kind, revision, vnis: changes.length }, 'version applied');
    return { reply: { ack: { nonce, revision } }, ports, applied: true };
  }

  private nack(nonce: string, revision: number, detail: string, vnis: number[]): VersionOutcome {
    this.tainted = true;
    return { reply: { nack: { nonce, revision, errorDetail: detail, vnis } }, ports: [], applied: false };
  }
}
