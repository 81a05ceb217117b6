import type { CompactionPolicy } from '../store';
import type { Layout } from './layout';

/** Log entries deleted per write transaction, so compaction never holds the writer for long. */
export const COMPACT_CHUNK = 10_000;

/**
 * The revision the policy allows compacting up to (inclusive): the larger of the count limit
 * (`current - maxRevisions`) and the age limit (the newest entry older than `maxAgeMs`).
 */
export function policyTarget(layout: Layout, policy: CompactionPolicy, current: number, compactRevision: number, nowMs: number): number {
  let target = compactRevision;
  if (policy.maxRevisions && policy.maxRevisions > 0) target = Math.max(target, current - policy.maxRevisions);
  if (policy.maxAgeMs && policy.maxAgeMs > 0) {
    const cutoff = nowMs - policy.maxAgeMs;
    // Timestamps grow with revisions, so the scan stops at the first entry young enough to keep.
    for (const { key, value } of layout.log.getRange({ start: target + 1 })) {
      if (value.timestampMs >= cutoff) break;
      target = key;
    }
  }
  return Math.min(target, current);
}

/**
 * Deletes log entries in (from, to] and records `to` as the compact revision, in chunks of
 * COMPACT_CHUNK entries, each its own transaction. The compact revision advances with each chunk,
 * so readers never see a gap that compactRevision does not explain.
 */
export async function compactLog(layout: Layout, from: number, to: number): Promise<void> {
  let done = from;
  while (done < to) {
    const chunkEnd = Math.min(to, done + COMPACT_CHUNK);
    const start = done;
    await layout.root.transaction(() => {
      // Collected first: removing under a live cursor is not something to rely on.
      const keys = Array.from(layout.log.getKeys({ start: start + 1, end: chunkEnd + 1 }));
      for (const key of keys) layout.log.remove(key);
      layout.meta.put('compactRevision', chunkEnd);
    });
    done = chunkEnd;
  }
}
