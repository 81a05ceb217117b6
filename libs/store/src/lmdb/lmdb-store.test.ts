import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../testing/store-contract';
import { openLmdbStore } from './lmdb-store';

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
