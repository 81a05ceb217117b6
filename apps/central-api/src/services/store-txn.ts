import { isErrorType } from '@trellis/domain';
import type { Compare, Item, Op } from '@trellis/store';

/** Allocation races (VNI, MAC, IP) lose a compare; a few fresh attempts settle them. */
export const DEFAULT_ATTEMPTS = 5;

/**
 * Runs `attempt` (given its number, from 1) again on StoreConflict, up to `attempts` times; the
 * last conflict propagates.
 */
export async function retryOnConflict<T>(attempt: (n: number) => Promise<T>, attempts = DEFAULT_ATTEMPTS): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt(i);
    } catch (err) {
      if (i >= attempts || !isErrorType(err, 'StoreConflict')) throw err;
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
