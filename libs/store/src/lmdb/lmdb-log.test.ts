import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store, WatchEvent } from '../store';
import { CONTRACT_COLLECTIONS } from '../testing/store-contract';
import { collectWatch, revisionsOf } from '../testing/watch-helpers';
import { openLayout } from './layout';
import { openLmdbStore, type LmdbStoreOptions } from './lmdb-store';
import { recordCount } from './log-record';

const put = (i: number) => ({ ops: [{ type: 'put' as const, collection: 'networks', key: `n${i}`, value: { i } }] });

/** The log as stored: [last revision, revisions in the record] per record. */
async function storedRecords(dir: string): Promise<[number, number][]> {
  const layout = openLayout(dir, CONTRACT_COLLECTIONS);
  try {
    return Array.from(layout.log.getRange({}), ({ key, value }) => [key, recordCount(value)] as [number, number]);
  } finally {
    await layout.root.close();
  }
}

describe('lmdb log records', () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'trellis-store-log-'));
    dirs.push(dir);
    return dir;
  }
  async function openIn(dir: string, extra: Partial<LmdbStoreOptions> = {}): Promise<Store> {
    const store = await openLmdbStore({ path: dir, collections: CONTRACT_COLLECTIONS, ...extra });
    stores.push(store);
    return store;
  }
  async function closeAll(): Promise<void> {
    for (const s of stores.splice(0)) await s.close();
  }
  const changesAfter = async (store: Store, afterRevision: number, last: number): Promise<WatchEvent[]> =>
    collectWatch(store, { afterRevision }, (events) => events.some((e) => e.type !== 'changes' || e.revision >= last));

  it('stores concurrent commits as one record, and a watch can start at any revision inside it', async () => {
    const dir = await tempDir();
    const store = await openIn(dir);
    const revisions = (await Promise.all(Array.from({ length: 50 }, (_, i) => store.commit(put(i))))).map((r) => r.revision);
    expect(revisions).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (const after of [0, 1, 17, 48]) {
      const events = await changesAfter(store, after, 50);
      expect(revisionsOf(events)).toEqual(revisions.filter((r) => r > after));
      const first = events[0];
      expect(first.type === 'changes' && first.changes).toEqual([
        { type: 'put', collection: 'networks', key: `n${after}`, value: { i: after }, createRevision: after + 1, modRevision: after + 1, version: 1 },
      ]);
    }
    await closeAll();
    const records = await storedRecords(dir);
    expect(records.length).toBeLessThan(50);
    expect(records.reduce((n, [, count]) => n + count, 0)).toBe(50);
    expect(records[records.length - 1][0]).toBe(50);
  });

  it('keeps a record straddling the compact revision but reports its older revisions as compacted', async () => {
    const dir = await tempDir();
    const first = await openIn(dir);
    await Promise.all(Array.from({ length: 40 }, (_, i) => first.commit(put(i))));
    await first.commit(put(100));
    expect(await first.compact(20)).toEqual({ compactRevision: 20 });
    await closeAll();
    expect(await storedRecords(dir)).toEqual([[40, 40], [41, 1]]);

    const store = await openIn(dir);
    expect(await store.status()).toMatchObject({ revision: 41, compactRevision: 20, logEntries: 21 });
    expect(await changesAfter(store, 19, 41)).toEqual([{ type: 'compacted', compactRevision: 20, currentRevision: 41 }]);
    expect(revisionsOf(await changesAfter(store, 20, 41))).toEqual(Array.from({ length: 21 }, (_, i) => 21 + i));

    // Compacting past the record's end drops it.
    await store.compact(40);
    await closeAll();
    expect(await storedRecords(dir)).toEqual([[41, 1]]);
    const again = await openIn(dir);
    expect(await again.status()).toMatchObject({ revision: 41, compactRevision: 40, logEntries: 1 });
    expect(revisionsOf(await changesAfter(again, 40, 41))).toEqual([41]);
  });

  it('converts a log of the per-revision layout at open', async () => {
    const dir = await tempDir();
    const layout = openLayout(dir, CONTRACT_COLLECTIONS);
    // The first layout: revision → msgpack WatchEvent through the shared-structures handle.
    const oldLog = layout.root.openDB<unknown, number>('log', { sharedStructuresKey: Symbol.for('trellis.structures') });
    await layout.root.transaction(() => {
      for (let r = 3; r <= 7; r++) {
        const changes = [{ type: 'put', collection: 'networks', key: `n${r}`, value: { r }, createRevision: r, modRevision: r, version: 1 }];
        oldLog.put(r, { type: 'changes', revision: r, timestampMs: 1_000 + r, changes });
      }
      layout.meta.put('compactRevision', 2);
    });
    await layout.root.close();

    const store = await openIn(dir);
    expect(await store.status()).toMatchObject({ revision: 7, compactRevision: 2, logEntries: 5 });
    const events = await changesAfter(store, 4, 7);
    expect(events).toEqual([5, 6, 7].map((r) => ({
      type: 'changes',
      revision: r,
      timestampMs: 1_007,
      changes: [{ type: 'put', collection: 'networks', key: `n${r}`, value: { r }, createRevision: r, modRevision: r, version: 1 }],
    })));
    expect((await store.commit(put(8))).revision).toBe(8);
    await closeAll();
    expect((await storedRecords(dir)).map(([key]) => key)).toEqual([7, 8]);
  });
});
