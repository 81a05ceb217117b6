import type { CompactionPolicy } from '../store';
import type { EtcdContext } from './etcd-context';
import { currentRevision } from './etcd-reads';

const COMPACTED = /required revision has been compacted/;
const FUTURE = /required revision is a future revision/;
/** How many (time, revision) samples the age policy keeps. */
const MAX_SAMPLES = 4096;

/**
 * Compaction on etcd. etcd keeps no time per revision and does not report its compact
 * revision directly, so this class remembers when it saw which revision (for `maxAgeMs`) and
 * finds the compact revision by probing reads (for status).
 */
export class EtcdCompaction {
  private known = 0;
  private readonly samples: { atMs: number; revision: number }[] = [];

  constructor(
    private readonly ctx: EtcdContext,
    private readonly policy: CompactionPolicy = {},
  ) {}

  /** Records that `revision` existed at this moment (feeds the age policy). */
  observe(revision: number): void {
    const last = this.samples[this.samples.length - 1];
    if (last && last.revision >= revision) return;
    this.samples.push({ atMs: Date.now(), revision });
    if (this.samples.length > MAX_SAMPLES) this.samples.splice(0, this.samples.length - MAX_SAMPLES);
  }

  /** The oldest revision still readable: etcd's compact revision (0 when never compacted). */
  async compactRevision(): Promise<number> {
    const current = await currentRevision(this.ctx);
    // Smallest readable revision, by bisection between what is known and the current one.
    let lo = Math.max(1, this.known);
    let hi = current;
    if (await this.readable(lo)) return lo === 1 ? 0 : this.remember(lo);
    while (lo + 1 < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (await this.readable(mid)) hi = mid;
      else lo = mid;
    }
    return this.remember(hi);
  }

  private remember(revision: number): number {
    this.known = Math.max(this.known, revision);
    return this.known;
  }

  private async readable(revision: number): Promise<boolean> {
    try {
      await this.ctx.conn.range({ key: this.ctx.layout.allData(), revision, count_only: true, limit: 1 }, 'compaction probe');
      return true;
    } catch (err) {
      if (err instanceof Error && COMPACTED.test(err.message)) return false;
      throw err;
    }
  }

  /** Compacts at `revision` (clamped to the current one) or per the policy; returns the result. */
  async compact(revision?: number): Promise<{ compactRevision: number }> {
    const current = await currentRevision(this.ctx);
    this.observe(current);
    const target = Math.min(revision ?? this.policyTarget(current), current);
    if (target <= this.known || target <= 1) return { compactRevision: await this.compactRevision() };
    try {
      await this.ctx.conn.compact(target);
    } catch (err) {
      if (!(err instanceof Error) || !(COMPACTED.test(err.message) || FUTURE.test(err.message))) throw err;
      return { compactRevision: await this.compactRevision() };
    }
    return { compactRevision: this.remember(target) };
  }

  private policyTarget(current: number): number {
    let target = 0;
    if (this.policy.maxRevisions) target = Math.max(target, current - this.policy.maxRevisions);
    if (this.policy.maxAgeMs) {
      const cutoff = Date.now() - this.policy.maxAgeMs;
      for (const s of this.samples) if (s.atMs <= cutoff) target = Math.max(target, s.revision);
    }
    return target;
  }
}
