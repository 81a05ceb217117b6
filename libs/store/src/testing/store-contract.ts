import { isDomainError, isErrorType, type ErrorType } from '@trellis/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CollectionSpec, Item, Store } from '../store';
import { collectWatch, reached, revisionsOf } from './watch-helpers';


/** A backend under test: a fresh, empty store and how to dispose of it (also after failures). */
export type OpenStore = (collections: readonly CollectionSpec[]) => Promise<{ store: Store; cleanup(): Promise<void> }>;

interface PortValue {
  readonly networkId: string;
  readonly host?: string;
  readonly mac: string;
}

/** The collections every contract case runs against. */
export const CONTRACT_COLLECTIONS: readonly CollectionSpec[] = [
  {
    name: 'ports',
    indexes: {
      byNetwork: (v) => (v as PortValue).networkId,
      byHostNetwork: (v) => ((v as PortValue).host ? [(v as PortValue).host!, (v as PortValue).networkId] : undefined),
    },
  },
  { name: 'macs' },
  { name: 'networks' },
];

const port = (networkId: string, mac: string, host?: string): PortValue => (host ? { networkId, mac, host } : { networkId, mac });
const put = (collection: string, key: unknown, value: unknown) => ({ type: 'put' as const, collection, key: key as never, value });
const del = (collection: string, key: unknown) => ({ type: 'delete' as const, collection, key: key as never });

/** Runs `fn` and returns the DomainError type it threw (fails when it did not throw one). */
async function errorTypeOf(fn: () => unknown): Promise<ErrorType> {
  try {
    await fn();
  } catch (err) {
    if (isDomainError(err)) return err.type;
    throw err;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

/**
 * The behaviour every Store backend must show, as a vitest suite. A backend's test file calls
 * `describeStoreContract('lmdb', open)`; `open` must return an empty store per call.
 */
export function describeStoreContract(backendName: string, open: OpenStore): void {
  describe(`Store contract: ${backendName}`, () => {
    let store: Store;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      ({ store, cleanup } = await open(CONTRACT_COLLECTIONS));
    });
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    describe('revisions and items', () => {
      it('gives every committed transaction one strictly greater revision', async () => {
        const start = await store.currentRevision();
        const revisions: number[] = [];
        for (let i = 0; i < 5; i++) revisions.push((await store.commit({ ops: [put('networks', `n${i}`, { i }), put('macs', ['n', i], { i })] })).revision);
        expect(revisions[0]).toBeGreaterThan(start);
        for (let i = 1; i < revisions.length; i++) expect(revisions[i]).toBeGreaterThan(revisions[i - 1]);
        expect(await store.currentRevision()).toBe(revisions[4]);
        expect((await store.get('macs', ['n', 3]))?.modRevision).toBe(revisions[3]);
      });

      it('keeps createRevision, modRevision and version like etcd', async () => {
        const r1 = (await store.commit({ ops: [put('networks', 'a', { v: 1 })] })).revision;
        const r2 = (await store.commit({ ops: [put('networks', 'a', { v: 2 })] })).revision;
        expect(await store.get('networks', 'a')).toEqual({ key: 'a', value: { v: 2 }, createRevision: r1, modRevision: r2, version: 2 });
        await store.commit({ ops: [del('networks', 'a')] });
        expect(await store.get('networks', 'a')).toBeUndefined();
        const r4 = (await store.commit({ ops: [put('networks', 'a', { v: 3 })] })).revision;
        expect(await store.get('networks', 'a')).toMatchObject({ createRevision: r4, version: 1 });
      });

      it('returns the current revision and writes nothing for a transaction without changes', async () => {
        const r = (await store.commit({ ops: [put('networks', 'a', 1)] })).revision;
        expect((await store.commit({ ops: [] })).revision).toBe(r);
        expect((await store.commit({ ops: [del('networks', 'missing')] })).revision).toBe(r);
        expect(await store.currentRevision()).toBe(r);
      });

      it('gets, lists in key order with limit and reverse, and counts', async () => {
        await store.commit({ ops: ['c', 'a', 'b'].map((k) => put('networks', k, { k })) });
        expect((await store.getMany('networks', ['b', 'zz', 'a'])).map((i) => i?.key)).toEqual(['b', undefined, 'a']);
        expect((await store.list('networks')).map((i) => i.key)).toEqual(['a', 'b', 'c']);
        expect((await store.list('networks', { limit: 2 })).map((i) => i.key)).toEqual(['a', 'b']);
        expect((await store.list('networks', { reverse: true, limit: 2 })).map((i) => i.key)).toEqual(['c', 'b']);
        expect(await store.count('networks')).toBe(3);
      });

      it('lists and counts tuple keys by prefix, without neighbours', async () => {
        await store.commit({
          ops: [put('macs', ['n1', 'aa'], 1), put('macs', ['n1', 'bb'], 2), put('macs', ['n10', 'aa'], 3), put('macs', 'n1', 4), put('macs', [7, 'x'], 5), put('macs', [7, 8, 9], 6), put('macs', [70, 'y'], 7)],
        });
        expect((await store.list('macs', { prefix: ['n1'] })).map((i) => i.key)).toEqual([['n1', 'aa'], ['n1', 'bb']]);
        expect((await store.list('macs', { prefix: ['n1'], reverse: true, limit: 1 })).map((i) => i.key)).toEqual([['n1', 'bb']]);
        expect(await store.count('macs', { prefix: ['n1'] })).toBe(2);
        expect((await store.list('macs', { prefix: [7] })).map((i) => i.value)).toEqual([6, 5]);
        expect((await store.list('macs', { prefix: [7, 8] })).map((i) => i.value)).toEqual([6]);
        expect(await store.count('macs', { prefix: ['zz'] })).toBe(0);
      });

      it('maintains secondary indexes through updates and deletes', async () => {
        await store.commit({ ops: [put('ports', 'p1', port('netA', 'm1', 'h1')), put('ports', 'p2', port('netA', 'm2')), put('ports', 'p3', port('netB', 'm3', 'h1'))] });
        expect((await store.list('ports', { index: 'byNetwork', value: 'netA' })).map((i) => i.key)).toEqual(['p1', 'p2']);
        expect(await store.count('ports', { index: 'byNetwork', value: 'netA' })).toBe(2);
        expect((await store.list('ports', { index: 'byHostNetwork', value: ['h1', 'netB'] })).map((i) => i.key)).toEqual(['p3']);
        await store.commit({ ops: [put('ports', 'p1', port('netB', 'm1', 'h1')), del('ports', 'p2')] });
        expect(await store.count('ports', { index: 'byNetwork', value: 'netA' })).toBe(0);
        expect((await store.list<PortValue>('ports', { index: 'byNetwork', value: 'netB' })).map((i) => [i.key, i.value.mac])).toEqual([['p1', 'm1'], ['p3', 'm3']]);
        expect((await store.list('ports', { index: 'byHostNetwork', value: ['h1', 'netB'], limit: 1 })).map((i) => i.key)).toEqual(['p1']);
        expect(await store.list('ports', { index: 'byHostNetwork', value: ['h1', 'netA'] })).toEqual([]);
      });
    });

    describe('compares', () => {
      it('guards on modRevision (0 = must not exist) and writes nothing when one fails', async () => {
        const r1 = (await store.commit({ compares: [{ collection: 'networks', key: 'a', modRevision: 0 }], ops: [put('networks', 'a', 1)] })).revision;
        let caught: unknown;
        try {
          await store.commit({ compares: [{ collection: 'networks', key: 'a', modRevision: 0 }], ops: [put('networks', 'b', 2), put('networks', 'a', 3)] });
        } catch (err) {
          caught = err;
        }
        expect(isErrorType(caught, 'StoreConflict')).toBe(true);
        expect((caught as { params: unknown }).params).toEqual({ collection: 'networks', key: 'a', expected: 0, actual: r1 });
        expect(await store.get('networks', 'b')).toBeUndefined();
        expect((await store.get('networks', 'a'))?.value).toBe(1);
        expect(await store.currentRevision()).toBe(r1);
        const r2 = (await store.commit({ compares: [{ collection: 'networks', key: 'a', modRevision: r1 }], ops: [put('networks', 'a', 4)] })).revision;
        expect(r2).toBeGreaterThan(r1);
        expect(await errorTypeOf(() => store.commit({ compares: [{ collection: 'networks', key: 'a', modRevision: r1 }], ops: [] }))).toBe('StoreConflict');
      });

      it('lets exactly one of many concurrent writers with the same compare succeed', async () => {
        const r1 = (await store.commit({ ops: [put('networks', 'a', 0)] })).revision;
        const attempts = Array.from({ length: 12 }, (_, i) =>
          store.commit({ compares: [{ collection: 'networks', key: 'a', modRevision: r1 }], ops: [put('networks', 'a', i + 1), put('macs', ['winner', i], i)] }),
        );
        const settled = await Promise.allSettled(attempts);
        const won = settled.filter((s) => s.status === 'fulfilled');
        const lost = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((s) => isErrorType(s.reason, 'StoreConflict'))).toBe(true);
        expect(await store.count('macs', { prefix: ['winner'] })).toBe(1);
      });
    });

    describe('watch', () => {
      async function writeHistory(n: number): Promise<number[]> {
        const revisions: number[] = [];
        for (let i = 0; i < n; i++) {
          revisions.push((await store.commit({ ops: [put('networks', 'x', { i }), put('macs', ['m', i], i)] })).revision);
        }
        return revisions;
      }

      it('replays exactly the changes after any retained revision, then follows live commits', async () => {
        const history = await writeHistory(4);
        const base = history[0] - 1;
        for (const after of [base, ...history.slice(0, 3)]) {
          const events = await collectWatch(store, { afterRevision: after }, reached(history[3]));
          expect(revisionsOf(events)).toEqual(history.filter((r) => r > after));
        }
        const first = await collectWatch(store, { afterRevision: base }, reached(history[0]));
        expect(first[0]).toMatchObject({ type: 'changes', revision: history[0] });
        const live = collectWatch(store, { afterRevision: history[2] }, reached(history[3] + 1));
        const r5 = (await store.commit({ ops: [put('networks', 'x', { i: 9 }), del('macs', ['m', 0])] })).revision;
        const events = await live;
        expect(revisionsOf(events)).toEqual([history[3], r5]);
        const last = events[events.length - 1];
        expect(last.type === 'changes' && last.changes).toEqual([
          { type: 'put', collection: 'networks', key: 'x', value: { i: 9 }, prevValue: { i: 3 }, createRevision: history[0], modRevision: r5, version: 5 },
          expect.objectContaining({ type: 'delete', collection: 'macs', key: ['m', 0], prevValue: 0, modRevision: r5 }),
        ]);
      });

      it('reports compaction instead of a silent gap, and resumes from the compact revision', async () => {
        const history = await writeHistory(5);
        const { compactRevision } = await store.compact(history[2]);
        expect(compactRevision).toBe(history[2]);
        const status = await store.status();
        expect(status.compactRevision).toBe(history[2]);
        const events = await collectWatch(store, { afterRevision: history[0] }, (e) => e.some((x) => x.type === 'compacted'));
        expect(events).toEqual([{ type: 'compacted', compactRevision: history[2], currentRevision: history[4] }]);
        const resumed = await collectWatch(store, { afterRevision: history[2] }, reached(history[4]));
        expect(revisionsOf(resumed)).toEqual([history[3], history[4]]);
      });

      it('ends a lagging watcher with compacted when compaction overtakes it', async () => {
        // Enough history that no backend holds it all in one read batch.
        const total = 1500;
        const revisions = (await Promise.all(Array.from({ length: total }, (_, i) => store.commit({ ops: [put('macs', ['lag', i], i)] })))).map((r) => r.revision);
        const first = Math.min(...revisions);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 5_000);
        const seen: string[] = [];
        try {
          for await (const event of store.watch({ afterRevision: first - 1, signal: controller.signal })) {
            seen.push(event.type);
            if (seen.length === 1) await store.compact(Math.max(...revisions) - 10);
          }
        } finally {
          clearTimeout(timer);
          controller.abort();
        }
        expect(seen[0]).toBe('changes');
        expect(seen[seen.length - 1]).toBe('compacted');
        expect(seen.filter((t) => t === 'changes').length).toBeLessThan(total);
      });

      it('filters by collection and skips revisions without a matching change', async () => {
        const rNet = (await store.commit({ ops: [put('networks', 'n', 1)] })).revision;
        const rMixed = (await store.commit({ ops: [put('networks', 'n', 2), put('macs', ['a', 1], 1)] })).revision;
        const rMac = (await store.commit({ ops: [put('macs', ['a', 2], 2)] })).revision;
        const events = await collectWatch(store, { afterRevision: rNet - 1, collections: ['macs'] }, reached(rMac));
        expect(revisionsOf(events)).toEqual([rMixed, rMac]);
        for (const e of events) if (e.type === 'changes') expect(e.changes.every((c) => c.collection === 'macs')).toBe(true);
      });

      it('sends progress events while idle', async () => {
        const r = (await store.commit({ ops: [put('networks', 'n', 1)] })).revision;
        const events = await collectWatch(store, { afterRevision: r, progressIntervalMs: 30 }, (e) => e.length >= 2);
        expect(events).toEqual([{ type: 'progress', revision: r }, { type: 'progress', revision: r }]);
      });

      it('ends when its signal aborts', async () => {
        const controller = new AbortController();
        const iterator = store.watch({ afterRevision: await store.currentRevision(), signal: controller.signal })[Symbol.asyncIterator]();
        const next = iterator.next();
        setTimeout(() => controller.abort(), 20);
        expect(await next).toEqual({ done: true, value: undefined });
      });
    });

    describe('snapshot', () => {
      it('is consistent at its revision, and watch from it sees every later change exactly once', async () => {
        for (let i = 0; i < 20; i++) await store.commit({ ops: [put('macs', ['k', i], 0)] });
        const writer = (async () => {
          for (let round = 1; round <= 30; round++) {
            await Promise.all(Array.from({ length: 5 }, (_, j) => store.commit({ ops: [put('macs', ['k', (round * 5 + j) % 25], round)] })));
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 5));
        const snap = await store.snapshot(['macs']);
        const state = new Map<string, Item<unknown>>((snap.collections.get('macs') ?? []).map((i) => [JSON.stringify(i.key), i]));
        for (const item of state.values()) expect(item.modRevision).toBeLessThanOrEqual(snap.revision);
        await writer;
        const end = await store.currentRevision();
        const events = end > snap.revision ? await collectWatch(store, { afterRevision: snap.revision }, reached(end)) : [];
        const revisions = revisionsOf(events);
        expect(new Set(revisions).size).toBe(revisions.length);
        for (const e of events) {
          if (e.type !== 'changes') continue;
          expect(e.revision).toBeGreaterThan(snap.revision);
          for (const c of e.changes) {
            if (c.type === 'put') state.set(JSON.stringify(c.key), { key: c.key, value: c.value, createRevision: c.createRevision, modRevision: c.modRevision, version: c.version });
            else state.delete(JSON.stringify(c.key));
          }
        }
        const final = await store.list('macs');
        expect([...state.values()].sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1))).toEqual(
          [...final].sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1)),
        );
      });

      it('covers all collections by default', async () => {
        const r = (await store.commit({ ops: [put('networks', 'n', 1), put('ports', 'p', port('n', 'm'))] })).revision;
        const snap = await store.snapshot();
        expect(snap.revision).toBe(r);
        expect([...snap.collections.keys()].sort()).toEqual(['macs', 'networks', 'ports']);
        expect(snap.collections.get('ports')?.map((i) => i.key)).toEqual(['p']);
      });
    });

    describe('bad input', () => {
      it('refuses unknown collections with UnknownCollection', async () => {
        expect(await errorTypeOf(() => store.get('nope', 'a'))).toBe('UnknownCollection');
        expect(await errorTypeOf(() => store.list('nope'))).toBe('UnknownCollection');
        expect(await errorTypeOf(() => store.commit({ ops: [put('nope', 'a', 1)] }))).toBe('UnknownCollection');
        expect(await errorTypeOf(() => store.watch({ afterRevision: 0, collections: ['nope'] }))).toBe('UnknownCollection');
      });

      it('refuses malformed keys with InvalidKey and stays usable', async () => {
        for (const key of [{ a: 1 }, Number.NaN, Infinity, [], '', 'x'.repeat(5000), [['nested']], null, true]) {
          expect(await errorTypeOf(() => store.commit({ ops: [put('networks', key, 1)] }))).toBe('InvalidKey');
          expect(await errorTypeOf(() => store.get('networks', key as never))).toBe('InvalidKey');
        }
        expect(await errorTypeOf(() => store.list('macs', { prefix: [{}] as never }))).toBe('InvalidKey');
        expect((await store.commit({ ops: [put('networks', 'ok', 1)] })).revision).toBeGreaterThan(0);
        expect(await store.count('networks')).toBe(1);
      });

      it('refuses oversize values with ValueTooLarge and writes nothing', async () => {
        const before = await store.currentRevision();
        expect(await errorTypeOf(() => store.commit({ ops: [put('networks', 'small', 1), put('networks', 'big', 'x'.repeat(2 * 1024 * 1024))] }))).toBe('ValueTooLarge');
        expect(await store.get('networks', 'small')).toBeUndefined();
        expect(await store.currentRevision()).toBe(before);
      });

      it('refuses use after close with StoreClosed', async () => {
        await store.close();
        expect(await errorTypeOf(() => store.get('networks', 'a'))).toBe('StoreClosed');
        expect(await errorTypeOf(() => store.commit({ ops: [put('networks', 'a', 1)] }))).toBe('StoreClosed');
        expect(await errorTypeOf(() => store.currentRevision())).toBe('StoreClosed');
      });
    });
  });
}
