import type { CompactionPolicy } from '../store';
import type { Layout } from './layout';
import { recordTimestamp } from './log-record';

/** Log records deleted per write transaction, so compaction never holds the writer for long. */
export const COMPACT_CHUNK = 256;

/**
 * The revision the policy allows compacting up to (inclusive): the larger of the count limit
 * (`current - maxRevisions`) and the age limit (the newest revision older than `maxAgeMs`; all
 * revisions of a record share its commit time).
 */
export function policyTarget(layout: Layout, policy: CompactionPolicy, current: number, compactRevision: number, nowMs: number): number {
  let target = compactRevision;
  if (policy.maxRevisions && policy.maxRevisions > 0) target = Math.max(target, current - policy.maxRevisions);
  if (policy.maxAgeMs && policy.maxAgeMs > 0) {
    const cutoff = nowMs - policy.maxAgeMs;
    // Timestamps grow with revisions, so the scan stops at the first record young enough to keep.
    for (const { key, value } of layout.log.getRange({ start: target + 1 })) {
      if (recordTimestamp(value) >= cutoff) break;
      target = key;
    }
  }
  return Math.min(target, current);
}

/**
 * Drops revisions in (from, to] and records `to` as the compact revision: deletes the records
 * that end at or before `to`, at most COMPACT_CHUNK per transaction, each transaction advancing
 * the persisted compact revision to what it deleted, so readers never see a gap that
 * compactRevision does not explain. A record straddling `to` is kept whole; its revisions up to
 * `to` count as compacted (watch and status go by the compact revision, not by what is stored).
 * `onCompacted` hears each committed step.
 */
export async function compactLog(layout: Layout, from: number, to: number, onCompacted: (revision: number) => void): Promise<void> {
  let done = from;
  while (done < to) {
    const start = done;
    done = await layout.root.transaction(() => {
      // Collected first: removing under a live cursor is not something to rely on.
      const keys = Array.from(layout.log.getKeys({ start: start + 1, end: to + 1, limit: COMPACT_CHUNK }));
      for (const key of keys) layout.log.remove(key);
      const reached = keys.length < COMPACT_CHUNK ? to : keys[keys.length - 1];
      layout.meta.put('compactRevision', reached);
      return reached;
    });
    onCompacted(done);
  }
}
