import { applyChangeSet, cloneHostView, cloneLocalPort, copyVniView, vniViewsEqual, type HostView, type VniChangeSet, type VniView } from '@trellis/l2';
import { DataplaneApplyError, type ApplyOutcome, type DataplaneBackend, type PortWiringReport, type ReconcileMode } from './backend';

const NO_VNIS: ReadonlySet<number> = new Set();

/** Additive reconcile of one VNI: adds what `state` lacks, keeps what it holds. */
function addMissing(state: HostView, want: VniView): void {
  const held = state.get(want.vni);
  if (!held) {
    state.set(want.vni, copyVniView(want));
    return;
  }
  for (const v of want.flood) held.flood.add(v);
  for (const [mac, e] of want.fdb) if (!held.fdb.has(mac)) held.fdb.set(mac, { ...e });
  for (const [ip, mac] of want.neigh) if (!held.neigh.has(ip)) held.neigh.set(ip, mac);
  for (const [id, p] of want.local) if (!held.local.has(id)) held.local.set(id, cloneLocalPort(p));
}

/**
 * An in-memory dataplane: records the state a real one would hold. Used by tests, simulation
 * and benchmarks. A local port counts as wired as soon as it is applied.
 */
export class MemoryBackend implements DataplaneBackend {
  readonly kind = 'memory';
  private state: HostView = new Map();
  private failures: Array<{ vnis?: number[]; message: string }> = [];
  /** Number of `apply` calls that changed state (tests assert the dataplane was left alone). */
  applyCount = 0;

  async reconcile(view: HostView, mode: ReconcileMode = 'full'): Promise<ApplyOutcome> {
    if (mode === 'full') this.replaceDiffering(view);
    else for (const t of view.values()) addMissing(this.state, t);
    const ports: PortWiringReport[] = [];
    for (const t of view.values()) for (const id of t.local.keys()) ports.push({ portId: id, state: 'wired' });
    return { ports };
  }

  /**
   * Full reconcile: the state becomes equal to `view`. Optimization: a table already equal is
   * kept (a comparison, no allocation), so the reconcile after a first snapshot, when the state
   * mirrors the view already, costs one comparison per entry instead of a copy of the whole view.
   */
  private replaceDiffering(view: HostView): void {
    for (const vni of this.state.keys()) if (!view.has(vni)) this.state.delete(vni);
    for (const [vni, want] of view) {
      const held = this.state.get(vni);
      if (!held || !vniViewsEqual(held, want)) this.state.set(vni, copyVniView(want));
    }
  }

  /**
   * Makes the next `apply` touching one of `vnis` (any VNI when omitted) fail, as a kernel
   * error would. Failures queue up; each is used once.
   */
  failNextApply(message = 'injected dataplane failure', vnis?: number[]): void {
    this.failures.push({ message, vnis });
  }

  /** Synchronous (see `DataplaneBackend.apply`); throws `DataplaneApplyError` for an injected failure. */
  apply(changes: readonly VniChangeSet[]): ApplyOutcome {
    const failure = this.failures[0];
    let failed: ReadonlySet<number> = NO_VNIS;
    if (failure) {
      const touched = changes.map((c) => c.vni).filter((vni) => !failure.vnis || failure.vnis.includes(vni));
      if (touched.length > 0) {
        this.failures.shift();
        failed = new Set(touched);
      }
    }
    const ports: PortWiringReport[] = [];
    for (const c of changes) {
      if (failed.has(c.vni)) {
        for (const p of c.localSet) ports.push({ portId: p.portId, state: 'error', detail: failure!.message });
        continue;
      }
      applyChangeSet(this.state, c);
      for (const p of c.localRemove) ports.push({ portId: p.portId, state: 'unwired' });
      for (const p of c.localSet) ports.push({ portId: p.portId, state: 'wired' });
    }
    this.applyCount++;
    if (failed.size > 0) {
      throw new DataplaneApplyError(failure!.message, [...failed], ports);
    }
    return { ports };
  }

  async checkPorts(): Promise<PortWiringReport[]> {
    return [];
  }

  async read(): Promise<HostView> {
    return cloneHostView(this.state);
  }

  async close(): Promise<void> {}
}
