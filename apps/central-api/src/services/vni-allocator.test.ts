import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Collections } from '@trellis/domain';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VniAllocator } from './vni-allocator';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'central-vni-'));
  store = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const take = (vnis: number[]) => store.commit({ ops: vnis.map((vni) => ({ type: 'put' as const, collection: Collections.vnis, key: vni, value: { networkId: `n${vni}` } })) });

describe('VniAllocator', () => {
  it('walks the range next-fit, skipping taken and excluded VNIs, and wraps', async () => {
    await take([11, 12]);
    const alloc = new VniAllocator(store, { min: 10, max: 15 });
    // The cursor starts after the highest allocated VNI.
    expect(await alloc.allocate(2, new Set([13]))).toEqual([14, 15]);
    alloc.release([14, 15]);
    await take([14, 15]);
    expect(await alloc.allocate(1, new Set())).toEqual([10]);
    alloc.release([10]);
    await take([10]);
    expect(await alloc.allocate(1, new Set())).toEqual([13]);
  });

  it('never hands the same VNI to concurrent callers before they settle', async () => {
    const alloc = new VniAllocator(store, { min: 100, max: 199 });
    const results = await Promise.all(Array.from({ length: 20 }, () => alloc.allocate(3, new Set())));
    const all = results.flat();
    expect(new Set(all).size).toBe(60);
    expect(all.every((v) => v >= 100 && v <= 199)).toBe(true);
  });

  it('reports exhaustion with NoNetworkAvailable and keeps nothing reserved', async () => {
    await take([1, 2, 4]);
    const alloc = new VniAllocator(store, { min: 1, max: 5 });
    await expect(alloc.allocate(3, new Set())).rejects.toMatchObject({ type: 'NoNetworkAvailable' });
    expect((await alloc.allocate(2, new Set())).sort()).toEqual([3, 5]);
  });
});
