import { isErrorType } from '@trellis/domain';
import type { Compare, Item, Op } from '@trellis/store';

/**
 * Allocation races (VNI, MAC, IP) lose a compare; fresh attempts settle them. Replicas sharing one
 * etcd start their next-fit cursors at the same place, so under load several rounds can be lost
 * in a row: allow enough attempts that a client practically never sees the race.
 */
export const DEFAULT_ATTEMPTS = 8;
/** Upper bound of the random pause before attempt n (times n-1), to break lockstep between replicas. */
const RETRY_JITTER_MS = 4;

/**
 * Runs `attempt` (given its number, from 1) again on StoreConflict, up to `attempts` times, with
 * a short jittered pause between attempts; the last conflict propagates.
 */
export async function retryOnConflict<T>(attempt: (n: number) => Promise<T>, attempts = DEFAULT_ATTEMPTS): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt(i);
    } catch (err) {
      if (i >= attempts || !isErrorType(err, 'StoreConflict')) throw err;
      if (i > 1) await new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_JITTER_MS * (i - 1)));
    }
  }
}

/** Builds one transaction: ops plus the compares that make it safe. */
export class TxnBuilder {
  readonly compares: Compare[] = [];
  readonly ops: Op[] = [];

  /** The item must still be at the revision it was read at (0 = must not exist). */
  expect(collection: string, key: Item<unknown>['key'], item: Pick<Item<unknown>, 'modRevision'> | undefined): this {
    this.compares.push({ collection, key, modRevision: item?.modRevision ?? 0 });
    return this;
  }

  /** Creates a key that must not exist yet. */
  create(collection: string, key: Item<unknown>['key'], value: unknown): this {
    this.expect(collection, key, undefined);
    this.ops.push({ type: 'put', collection, key, value });
    return this;
  }

  put(collection: string, key: Item<unknown>['key'], value: unknown): this {
    this.ops.push({ type: 'put', collection, key, value });
    return this;
  }

  delete(collection: string, key: Item<unknown>['key']): this {
    this.ops.push({ type: 'delete', collection, key });
    return this;
  }

  get txn() {
    return { compares: this.compares, ops: this.ops };
  }
}
