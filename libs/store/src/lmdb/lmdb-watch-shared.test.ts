import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store, WatchEvent } from '../store';
import { CONTRACT_COLLECTIONS } from '../testing/store-contract';
import { openLmdbStore } from './lmdb-store';

const put = (i: number) => ({ ops: [{ type: 'put' as const, collection: 'networks', key: `n${i}`, value: { i, name: `net-${i}` } }] });
type Changes = Extract<WatchEvent, { type: 'changes' }>;

/** The first `count` change events of a watch after `afterRevision`. */
async function take(store: Store, afterRevision: number, count: number, signal: AbortSignal): Promise<Changes[]> {
  const out: Changes[] = [];
  for await (const event of store.watch({ afterRevision, signal })) {
    if (event.type === 'changes') out.push(event);
    if (out.length >= count) break;
  }
  return out;
}

describe('lmdb watchers at the head', () => {
  let dir: string;
  let store: Store | undefined;
  const aborts = new AbortController();
  afterEach(async () => {
    aborts.abort();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('share each decoded revision, and a replaying watcher still reads every revision from the log', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'trellis-store-shared-'));
    store = await openLmdbStore({ path: dir, collections: CONTRACT_COLLECTIONS });
    await store.commit(put(0));
    const head = await store.currentRevision();
    const a = take(store, head, 20, aborts.signal);
    const b = take(store, head, 20, aborts.signal);
    for (let i = 1; i <= 20; i++) await store.commit(put(i));
    const [seenA, seenB] = await Promise.all([a, b]);
    expect(seenA.map((e) => e.revision)).toEqual(Array.from({ length: 20 }, (_, k) => head + 1 + k));
    expect(seenA.map((e) => (e.changes[0].value as { i: number }).i)).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    // The same objects: decoded once for both.
    seenA.forEach((e, k) => expect(seenB[k]).toBe(e));

    const replay = await take(store, 0, 21, aborts.signal);
    expect(replay.map((e) => (e.changes[0].value as { name: string }).name)).toEqual(Array.from({ length: 21 }, (_, k) => `net-${k}`));
    expect(replay.slice(1).map((e) => e.revision)).toEqual(seenA.map((e) => e.revision));
  });

  it('serve watchers at the head from the shared revisions in order, and one that joins late reads the log', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'trellis-store-shared-'));
    store = await openLmdbStore({ path: dir, collections: CONTRACT_COLLECTIONS });
    await store.commit(put(0));
    const stop = new AbortController();
    try {
      const head = await store.currentRevision();
      const watchers = [take(store, head, 20, stop.signal), take(store, head, 20, stop.signal), take(store, head, 20, stop.signal)];
      for (let i = 1; i <= 10; i++) await store.commit(put(i));
      // Joins with revisions behind it (partly shared, partly only in the log).
      const late = take(store, head, 20, stop.signal);
      for (let i = 11; i <= 20; i++) await store.commit(put(i));
      const seen = await Promise.all([...watchers, late]);
      const expected = Array.from({ length: 20 }, (_, k) => k + 1);
      for (const events of seen) {
        expect(events.map((e) => e.revision)).toEqual(expected.map((k) => head + k));
        expect(events.map((e) => (e.changes[0].value as { i: number }).i)).toEqual(expected);
      }
      seen[0].forEach((e, k) => expect(seen[1][k]).toBe(e));
    } finally {
      stop.abort();
    }
  });
});
