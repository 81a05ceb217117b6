import type { RootDatabase } from 'lmdb';
import { describe, expect, it } from 'vitest';
import { durableTransaction } from './durable-transaction';

/** A root whose transactions commit at once and whose flush the test releases. */
function fakeRoot(commit: Promise<void>) {
  let release!: () => void;
  const flush = new Promise<boolean>((resolve) => (release = () => resolve(true)));
  const ran: string[] = [];
  const root = {
    transaction: (callback: () => void) => (callback(), ran.push('txn'), commit),
    get flushed() {
      return flush;
    },
  } as unknown as RootDatabase;
  return { root, release, ran };
}

describe('durableTransaction', () => {
  it('settles only once the transaction is flushed, not when it is committed', async () => {
    const { root, release, ran } = fakeRoot(Promise.resolve());
    let settled = false;
    const done = durableTransaction(root, () => ran.push('callback')).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(['callback', 'txn']);
    expect(settled).toBe(false);
    release();
    await done;
    expect(settled).toBe(true);
  });

  it('rejects with the commit error and leaves no unhandled rejection behind', async () => {
    const { root } = fakeRoot(Promise.reject(new Error('MDB_MAP_FULL')));
    await expect(durableTransaction(root, () => undefined)).rejects.toThrow('MDB_MAP_FULL');
  });
});
