import type { Change, WatchEvent } from '../store';
import type { Layout } from './layout';
import { encodeSection, isRecord, RecordBuilder } from './log-record';

/** Old entries converted per write transaction. */
const MIGRATE_CHUNK = 4096;

/** Revisions per converted record. */
const MIGRATED_RECORD_REVISIONS = 512;

type OldEntry = WatchEvent & { type: 'changes' };

/**
 * Converts a log written with one msgpack entry per revision (the first log layout) into
 * records. Runs at open, before anything else reads or writes, in chunks from the oldest entry;
 * each chunk is one transaction, so a crash leaves converted records followed by old entries and
 * the next open carries on (the newest entry tells whether anything is left to convert).
 */
export async function migrateLog(layout: Layout): Promise<void> {
  if (!hasOldEntries(layout)) return;
  let after = 0;
  while (after >= 0) {
    const start = after;
    after = await layout.root.transaction(() => convertChunk(layout, start));
  }
}

function hasOldEntries(layout: Layout): boolean {
  for (const { value } of layout.log.getRange({ reverse: true, limit: 1 })) return !isRecord(value);
  return false;
}

/** Converts old entries after `start`; the revision to continue after, or -1 when done. */
function convertChunk(layout: Layout, start: number): number {
  const old: { key: number; bytes: Buffer }[] = [];
  let converted = start;
  for (const { key, value } of layout.log.getRange({ start: start + 1 })) {
    if (isRecord(value)) {
      if (old.length > 0) break;
      converted = key;
      continue;
    }
    old.push({ key, bytes: value });
    if (old.length >= MIGRATE_CHUNK) break;
  }
  if (old.length === 0) return -1;
  const builder = new RecordBuilder();
  let timestampMs = 0;
  const flush = () => void layout.log.put(builder.last, builder.finish(timestampMs));
  for (const { key, bytes } of old) {
    const event = layout.logCodec.unpack(bytes) as OldEntry;
    // Records carry one timestamp; a record's newest keeps age-based compaction conservative.
    timestampMs = event.timestampMs;
    layout.log.remove(key);
    builder.add(key, encodeSection(layout.logCodec, event.changes as Change[]));
    if (builder.count >= MIGRATED_RECORD_REVISIONS) flush();
  }
  if (builder.count > 0) flush();
  return Math.max(converted, old[old.length - 1].key);
}
