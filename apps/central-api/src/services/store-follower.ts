import { isErrorType } from '@trellis/domain';
import type { Change, Store } from '@trellis/store';

export interface StoreFollowerOptions {
  readonly store: Store;
  readonly collections: readonly string[];
  /** A committed revision touched these of the followed collections, with these changes. */
  readonly onChange: (revision: number, collections: ReadonlySet<string>, changes: readonly Change[]) => void;
  /** Changes may have been missed (watch failed, log compacted): drop every cached view. */
  readonly onGap: () => void;
  readonly onError?: (err: unknown) => void;
  /** Pause after a failed watch before it is opened again. */
  readonly retryDelayMs?: number;
}

/**
 * Follows the store's changes to some collections made by other processes (central-api replicas
 * on one etcd) so that in-memory caches stay current. Runs until `signal` aborts or the store
 * closes.
 */
export async function followStore(options: StoreFollowerOptions, signal: AbortSignal): Promise<void> {
  const { store } = options;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  let after: number | undefined;
  // Bounded by the signal: every turn either streams until an error or waits retryDelayMs.
  while (!signal.aborted) {
    try {
      after ??= await store.currentRevision();
      for await (const event of store.watch({ afterRevision: after, collections: options.collections, signal })) {
        if (event.type === 'changes') {
          options.onChange(event.revision, new Set(event.changes.map((c) => c.collection)), event.changes);
          after = event.revision;
        } else if (event.type === 'compacted') {
          options.onGap();
          after = event.currentRevision;
          break;
        } else {
          after = event.revision;
        }
      }
    } catch (err) {
      if (signal.aborted || isErrorType(err, 'StoreClosed')) return;
      options.onError?.(err);
      options.onGap();
      after = undefined;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs).unref());
      // What changed during the pause is unknown too.
      options.onGap();
    }
  }
}
