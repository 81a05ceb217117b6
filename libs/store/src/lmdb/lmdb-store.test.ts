import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../store';
import { CONTRACT_COLLECTIONS, describeStoreContract } from '../testing/store-contract';
import { openLmdbStore, type LmdbStoreOptions } from './lmdb-store';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'trellis-store-'));
}

describeStoreContract('lmdb', async (collections) => {
  const dir = await tempDir();
  const store = await openLmdbStore({ path: dir, collections });
  return {
    store,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('lmdb store specifics', () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  async function openIn(dir: string, extra: Partial<LmdbStoreOptions> = {}): Promise<Store> {
    const store = await openLmdbStore({ path: dir, collections: CONTRACT_COLLECTIONS, ...extra });
    stores.push(store);
    return store;
  }
  async function fresh(extra: Partial<LmdbStoreOptions> = {}): Promise<Store> {
    const dir = await tempDir();
    dirs.push(dir);
    return openIn(dir, extra);
  }
  const put = (i: number) => ({ ops: [{ type: 'put' as const, collection: 'networks', key: `n${i}`, value: { i } }] });

  it('persists revision, data, indexes and compact revision across reopen', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const first = await openIn(dir);
    for (let i = 0; i < 5; i++) await first.commit(put(i));
    await first.commit({ ops: [{ type: 'put', collection: 'ports', key: 'p', value: { networkId: 'A', mac: 'm' } }] });
    await first.compact(3);
    await first.close();
    const again = await openIn(dir);
    expect(await again.status()).toEqual({ backend: 'lmdb', revision: 6, compactRevision: 3, logEntries: 3 });
    expect((await again.commit(put(9))).revision).toBe(7);
    expect((await again.list('ports', { index: 'byNetwork', value: 'A' })).map((i) => i.key)).toEqual(['p']);
  });

  it('compacts by count on its timer and by age on demand', async () => {
    const store = await fresh({ compaction: { maxRevisions: 4, intervalMs: 20 } });
    for (let i = 0; i < 10; i++) await store.commit(put(i));
    const deadline = Date.now() + 3_000;
    while ((await store.status()).compactRevision < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await store.status()).toMatchObject({ compactRevision: 6, logEntries: 4 });

    const aged = await fresh({ compaction: { maxAgeMs: 40 } });
    for (let i = 0; i < 3; i++) await aged.commit(put(i));
    await new Promise((r) => setTimeout(r, 60));
    await aged.commit(put(3));
    expect(await aged.compact()).toEqual({ compactRevision: 3 });
    expect((await aged.status()).logEntries).toBe(1);
  });

  it('refuses duplicate keys in one transaction and oversize values per maxValueBytes', async () => {
    const store = await fresh({ maxValueBytes: 64 });
    await expect(store.commit({ ops: [put(1).ops[0], put(1).ops[0]] })).rejects.toMatchObject({ type: 'BadRequest' });
    await expect(store.commit(put(2))).resolves.toEqual({ revision: 1 });
    await expect(store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'big', value: 'y'.repeat(100) }] })).rejects.toMatchObject({
      type: 'ValueTooLarge',
      params: { collection: 'networks', key: 'big', limit: 64 },
    });
  });

  it('ends live watchers with StoreClosed when the store closes', async () => {
    const store = await fresh();
    const iterator = store.watch({ afterRevision: 0 })[Symbol.asyncIterator]();
    const pending = iterator.next();
    await store.close();
    await expect(pending).rejects.toMatchObject({ type: 'StoreClosed' });
  });
});
