import { domainError } from '@trellis/domain';
import type {
  CollectionSpec,
  CompactionPolicy,
  Item,
  Key,
  ListOptions,
  Snapshot,
  Store,
  StoreStatus,
  Txn,
  TxnResult,
  WatchEvent,
  WatchOptions,
} from '../store';
import { applyTxn, prepareTxn, type ApplyResult, type PrepareLimits, type PreparedTxn } from './commit';
import { compactLog, policyTarget } from './compaction';
import { normalizeKey, type StoredKey } from './keys';
import { openLayout, type CollectionLayout, type Layout } from './layout';
import { migrateLog } from './log-migration';
import { RecordBuilder } from './log-record';
import { listItems, countItems, toItem, type ReadOptions } from './reads';
import { RevisionFeed } from './revision-feed';
import { DecodedRevisions, watchLog } from './watch';
import { durableTransaction } from './durable-transaction';

/** Options of {@link openLmdbStore}. */
export interface LmdbStoreOptions {
  /** Directory of the LMDB environment (created if missing). */
  readonly path: string;
  /** Every collection the store holds, with its secondary indexes. */
  readonly collections: readonly CollectionSpec[];
  /** Log retention; with `intervalMs` it also runs on an (unref'd) timer. */
  readonly compaction?: CompactionPolicy & { readonly intervalMs?: number };
  /** Largest accepted value, msgpack-encoded (default 1 MiB). */
  readonly maxValueBytes?: number;
  /** Most operations one transaction may carry (default 10 000). */
  readonly maxOpsPerTxn?: number;
  /** Receives failures of timed compaction (which is retried at the next interval). */
  readonly onBackgroundError?: (err: unknown) => void;
}

/**
 * Opens (or creates) the embedded LMDB store: one environment, a sub-DB per collection, one per
 * secondary index, the revision log and metadata. Reads are synchronous underneath; writes are
 * batched by lmdb, so many concurrent commit() calls share one disk commit.
 * @throws DomainError `InvalidConfig` for duplicate collection names
 */
export async function openLmdbStore(options: LmdbStoreOptions): Promise<Store> {
  const layout = openLayout(options.path, options.collections);
  try {
    await migrateLog(layout);
  } catch (err) {
    await layout.root.close();
    throw err;
  }
  return new LmdbStore(layout, options);
}

const DEFAULT_MAX_VALUE_BYTES = 1024 * 1024;
const DEFAULT_MAX_OPS = 10_000;
/** A log record is closed once it holds this many bytes (a watcher decodes from one record at a time). */
const RECORD_TARGET_BYTES = 256 * 1024;
/** … or this many revisions. */
const RECORD_MAX_REVISIONS = 4096;
/** Changes of the decoded head revisions shared by live watchers (see DecodedRevisions). */
const SHARED_DECODED_CHANGES = 4096;

/** A commit waiting for its write batch. */
interface QueuedCommit {
  readonly prepared: PreparedTxn;
  result?: ApplyResult;
}

/** Commits sharing one lmdb write callback (and so one disk commit and one log record). */
interface WriteBatch {
  readonly commits: QueuedCommit[];
  /** Settles when the batch has committed and is flushed to disk (rejects when it did not commit). */
  done?: Promise<void>;
}

class LmdbStore implements Store {
  readonly #layout: Layout;
  readonly #limits: PrepareLimits;
  readonly #policy: CompactionPolicy;
  readonly #feed: RevisionFeed;
  readonly #decoded = new DecodedRevisions(SHARED_DECODED_CHANGES);
  readonly #pending = new Set<Promise<unknown>>();
  readonly #timer: NodeJS.Timeout | undefined;
  /** Last revision handed out inside a write callback (may be ahead of the feed by in-flight commits). */
  #revision: number;
  #closed = false;
  /** The persisted compact revision (this process is the only writer of the environment). */
  #compactRevisionNow: number;
  /** The write batch whose callback lmdb has not run yet; later commits join it. */
  #openBatch: WriteBatch | undefined;
  #compacting: Promise<{ compactRevision: number }> | undefined;

  constructor(layout: Layout, options: LmdbStoreOptions) {
    this.#layout = layout;
    this.#limits = {
      maxValueBytes: options.maxValueBytes ?? DEFAULT_MAX_VALUE_BYTES,
      maxOpsPerTxn: options.maxOpsPerTxn ?? DEFAULT_MAX_OPS,
    };
    this.#policy = { maxRevisions: options.compaction?.maxRevisions, maxAgeMs: options.compaction?.maxAgeMs };
    this.#compactRevisionNow = this.#readCompactRevision();
    this.#revision = this.#readRevision();
    this.#feed = new RevisionFeed(this.#revision);
    const intervalMs = options.compaction?.intervalMs;
    if (intervalMs && intervalMs > 0) {
      const onError = options.onBackgroundError ?? (() => {});
      this.#timer = setInterval(() => {
        if (!this.#closed) this.compact().catch(onError);
      }, intervalMs);
      this.#timer.unref();
    }
  }

  /** The newest revision on disk: the last log key, or the compact revision if the log is empty. */
  #readRevision(): number {
    let last = 0;
    for (const key of this.#layout.log.getKeys({ reverse: true, limit: 1 })) last = key;
    return Math.max(last, this.#readCompactRevision());
  }

  #readCompactRevision(): number {
    return (this.#layout.meta.get('compactRevision') as number | undefined) ?? 0;
  }

  #compactRevision(): number {
    return this.#compactRevisionNow;
  }

  #open(): void {
    if (this.#closed) throw domainError('StoreClosed', {});
  }

  #collection(name: string): CollectionLayout {
    this.#open();
    const coll = this.#layout.collections.get(name);
    if (!coll) throw domainError('UnknownCollection', { collection: String(name) });
    return coll;
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const forget = () => this.#pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  async get<T>(collection: string, key: Key): Promise<Item<T> | undefined> {
    const coll = this.#collection(collection);
    const stored = normalizeKey(collection, key);
    const record = coll.db.get(stored);
    return record ? toItem<T>(stored, record) : undefined;
  }

  async getMany<T>(collection: string, keys: readonly Key[]): Promise<(Item<T> | undefined)[]> {
    const coll = this.#collection(collection);
    const stored = keys.map((k) => normalizeKey(collection, k));
    return stored.map((k) => {
      const record = coll.db.get(k);
      return record ? toItem<T>(k, record) : undefined;
    });
  }

  async list<T>(collection: string, options: ListOptions = {}): Promise<Item<T>[]> {
    return listItems<T>(this.#collection(collection), options);
  }

  async count(collection: string, options: ReadOptions = {}): Promise<number> {
    return countItems(this.#collection(collection), options);
  }

  async commit(txn: Txn): Promise<TxnResult> {
    this.#open();
    const prepared = prepareTxn(this.#layout, txn, this.#limits);
    if (prepared.ops.length === 0) {
      // Nothing to write: compares are still checked, against committed data.
      const result = applyTxn(this.#layout, prepared, () => 0, () => this.#feed.committed);
      return this.#settle(result);
    }
    const queued: QueuedCommit = { prepared };
    // Optimization (group commit): every commit() until lmdb runs the write callback joins the same
    // batch: one disk commit and one log record for all of them.
    let batch = this.#openBatch;
    if (batch) batch.commits.push(queued);
    else {
      batch = this.#openBatch = { commits: [queued] };
      batch.done = this.#runBatch(batch);
    }
    await batch.done;
    return this.#settle(queued.result!);
  }

  #runBatch(batch: WriteBatch): Promise<void> {
    // A commit is acknowledged (and its revision published) only once it is on disk.
    const written = durableTransaction(this.#layout.root, () => {
      if (this.#openBatch === batch) this.#openBatch = undefined;
      this.#applyBatch(batch.commits);
    });
    return this.#track(
      written.then(
        () => undefined,
        (err: unknown) => {
          // The batch did not commit: realign the counter with what is on disk.
          this.#revision = this.#readRevision();
          throw err;
        },
      ),
    );
  }

  /**
   * Inside the write transaction: applies the queued commits one after another (each sees the
   * writes of those before it) and writes their log sections as records, in the same transaction
   * as the data, so the log and the data can never disagree after a crash.
   */
  #applyBatch(batch: readonly QueuedCommit[]): void {
    const layout = this.#layout;
    const builder = new RecordBuilder();
    const timestampMs = Date.now();
    const nextRevision = () => ++this.#revision;
    const current = () => this.#revision;
    const release = () => void this.#revision--;
    const flush = () => void layout.log.put(builder.last, builder.finish(timestampMs));
    for (const queued of batch) {
      const before = this.#revision;
      try {
        queued.result = applyTxn(layout, queued.prepared, nextRevision, current, release);
      } catch (err) {
        // Not expected (applyTxn encodes before it writes); never leave a revision without a section.
        this.#revision = before;
        queued.result = { error: err };
      }
      const { result } = queued;
      if ('section' in result && result.section) {
        builder.add(result.revision, result.section);
        if (builder.bytes >= RECORD_TARGET_BYTES || builder.count >= RECORD_MAX_REVISIONS) flush();
      }
    }
    if (builder.count > 0) flush();
  }

  #settle(result: ApplyResult): TxnResult {
    if ('conflict' in result) throw domainError('StoreConflict', result.conflict);
    if ('error' in result) throw result.error;
    this.#feed.publish(result.revision);
    return { revision: result.revision };
  }

  async currentRevision(): Promise<number> {
    this.#open();
    return this.#feed.committed;
  }

  async snapshot(collections?: readonly string[]): Promise<Snapshot> {
    const colls = (collections ?? [...this.#layout.collections.keys()]).map((c) => this.#collection(c));
    // One read transaction for everything, so commits landing meanwhile cannot tear the image.
    const transaction = this.#layout.root.useReadTransaction();
    try {
      let last = 0;
      for (const key of this.#layout.log.getKeys({ reverse: true, limit: 1, transaction })) last = key;
      const compactRevision = (this.#layout.meta.get('compactRevision', { transaction }) as number | undefined) ?? 0;
      const out = new Map<string, Item<unknown>[]>();
      for (const coll of colls) {
        const items: Item<unknown>[] = [];
        for (const { key, value } of coll.db.getRange({ transaction })) items.push(toItem(key as StoredKey, value));
        out.set(coll.name, items);
      }
      return { revision: Math.max(last, compactRevision), collections: out };
    } finally {
      transaction.done();
    }
  }

  watch(options: WatchOptions): AsyncIterable<WatchEvent> {
    this.#open();
    for (const c of options.collections ?? []) this.#collection(c);
    if (!Number.isSafeInteger(options.afterRevision) || options.afterRevision < 0) {
      throw domainError('BadRequest', { resource: 'store watch', msg: `afterRevision must be an integer >= 0, got ${String(options.afterRevision)}` });
    }
    return watchLog({ layout: this.#layout, feed: this.#feed, compactRevision: () => this.#compactRevision(), decoded: this.#decoded }, options);
  }

  async compact(revision?: number): Promise<{ compactRevision: number }> {
    this.#open();
    if (revision !== undefined && (!Number.isSafeInteger(revision) || revision < 0)) {
      throw domainError('BadRequest', { resource: 'store compaction', msg: `revision must be an integer >= 0, got ${String(revision)}` });
    }
    // One compaction at a time; a second caller waits for the running one and then runs its own.
    while (this.#compacting) await this.#compacting.catch(() => undefined);
    this.#compacting = this.#track(this.#compactNow(revision));
    try {
      return await this.#compacting;
    } finally {
      this.#compacting = undefined;
    }
  }

  async #compactNow(revision: number | undefined): Promise<{ compactRevision: number }> {
    const from = this.#compactRevision();
    const current = this.#feed.committed;
    const target = revision === undefined ? policyTarget(this.#layout, this.#policy, current, from, Date.now()) : Math.min(revision, current);
    if (target > from) await compactLog(this.#layout, from, target, (r) => (this.#compactRevisionNow = Math.max(this.#compactRevisionNow, r)));
    return { compactRevision: Math.max(from, target) };
  }

  async status(): Promise<StoreStatus> {
    this.#open();
    const compactRevision = this.#compactRevision();
    // Revisions are contiguous from compactRevision + 1 (a record straddling the compact revision
    // may still hold older ones; they count as compacted).
    const revision = this.#feed.committed;
    return { backend: 'lmdb', revision, compactRevision, logEntries: Math.max(0, revision - compactRevision) };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#feed.close();
    await Promise.allSettled([...this.#pending]);
    await this.#layout.root.close();
  }
}
