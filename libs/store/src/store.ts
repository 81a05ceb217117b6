/**
 * The store contract. It follows etcd's model, so that the embedded LMDB backend and the etcd
 * backend are interchangeable:
 * - one global, strictly increasing revision; every committed transaction gets exactly one;
 * - every item carries createRevision / modRevision / version, like etcd's KeyValue;
 * - transactions are guarded by compares on modRevision (0 = "must not exist");
 * - watch(afterRevision) replays the revision log in order and then follows live commits, and
 *   reports compaction explicitly instead of leaving a silent gap.
 */

/** A key part; ordered-binary on LMDB, escaped path segments on etcd. */
export type KeyPart = string | number;
/**
 * A primary key: one part or a tuple of parts (e.g. `[subnetId, ip]`). A one-part tuple is the same
 * key as its part (`['a']` ≡ `'a'`). Parts: non-empty strings without NUL, finite numbers.
 * Malformed keys fail with DomainError `InvalidKey`.
 */
export type Key = KeyPart | readonly KeyPart[];

/** What a collection is: its name and the secondary indexes the store maintains for it. */
export interface CollectionSpec<T = unknown> {
  readonly name: string;
  /**
   * Secondary indexes: name → function of the value giving the index key (or undefined for
   * "not indexed"). An array is one tuple index key, matched exactly by `ListOptions.value`.
   * Kept in the same transaction as the value, so lookups never scan.
   */
  readonly indexes?: Readonly<Record<string, (value: T) => KeyPart | readonly KeyPart[] | undefined>>;
}

/** A stored value with etcd-style metadata. */
export interface Item<T> {
  readonly key: Key;
  readonly value: T;
  readonly createRevision: number;
  readonly modRevision: number;
  /** Number of writes since creation (1 after create). */
  readonly version: number;
}

/** Guard of a transaction: compare an item's modRevision (0 means "does not exist"). */
export interface Compare {
  readonly collection: string;
  readonly key: Key;
  readonly modRevision: number;
}

export type Op =
  | { readonly type: 'put'; readonly collection: string; readonly key: Key; readonly value: unknown }
  | { readonly type: 'delete'; readonly collection: string; readonly key: Key };

/** A guarded batch of writes. A key may appear at most once in `ops` (as in etcd); else `BadRequest`. */
export interface Txn {
  /** All must hold or the transaction fails with DomainError `StoreConflict`, writing nothing. */
  readonly compares?: readonly Compare[];
  readonly ops: readonly Op[];
}

export interface TxnResult {
  /**
   * The revision of this transaction (unchanged current revision if `ops` was empty or changed
   * nothing, e.g. only deletes of missing keys: like etcd, no change means no new revision).
   */
  readonly revision: number;
}

/** One key's change inside a committed revision. */
export interface Change {
  readonly type: 'put' | 'delete';
  readonly collection: string;
  readonly key: Key;
  /** The new value (put) or undefined (delete). */
  readonly value?: unknown;
  /** The value before this change, when there was one. */
  readonly prevValue?: unknown;
  /** As in etcd: 0 for a delete. */
  readonly createRevision: number;
  /** The revision of the change (for a delete: the deletion's revision). */
  readonly modRevision: number;
  /** As in etcd: 0 for a delete. */
  readonly version: number;
}

/** What watch() yields. */
export type WatchEvent =
  | { readonly type: 'changes'; readonly revision: number; readonly timestampMs: number; readonly changes: readonly Change[] }
  /** `afterRevision` is older than the retained log: snapshot at R, then watch from R. Ends the watch. */
  | { readonly type: 'compacted'; readonly compactRevision: number; readonly currentRevision: number }
  /** Sent when idle so consumers can persist their position (like etcd progress notify). */
  | { readonly type: 'progress'; readonly revision: number };

export interface WatchOptions {
  /** Yield only changes with revision > afterRevision. */
  readonly afterRevision: number;
  /** Only these collections (default: all). A revision with no matching change is skipped. */
  readonly collections?: readonly string[];
  /** Ends the watch (the iterator returns). */
  readonly signal?: AbortSignal;
  /** Emit a progress event after this much idle time (default: never). */
  readonly progressIntervalMs?: number;
}

export interface ListOptions {
  /** Use a secondary index; `value` is the index key to match exactly. */
  readonly index?: string;
  readonly value?: KeyPart | readonly KeyPart[];
  /** Primary-key prefix (tuple keys): items whose key is a longer tuple starting with these parts. */
  readonly prefix?: readonly KeyPart[];
  readonly limit?: number;
  readonly reverse?: boolean;
}

/** What a backend reports when it answered a read from possibly stale data. */
export interface StaleReadInfo {
  /** The store method, e.g. `get`, `list`. */
  readonly operation: string;
  /** The revision the answer reflects (that member's revision; may lag the cluster's). */
  readonly revision: number;
  /** Which replica answered, when the backend knows (etcd: the member's client URL). */
  readonly member?: string;
  /** Why a consistent read was not possible (e.g. the etcd quorum is lost). */
  readonly reason: string;
}

/**
 * Per-call read options (optional; backends without replicas, like LMDB, never read stale and
 * ignore them).
 */
export interface ReadOptions {
  /**
   * Called (before the read resolves) when the answer comes from possibly stale data because a
   * consistent read was impossible, so the caller can mark its own response.
   */
  readonly onStale?: (info: StaleReadInfo) => void;
}

/** A consistent image of all collections at one revision. */
export interface Snapshot {
  readonly revision: number;
  readonly collections: ReadonlyMap<string, readonly Item<unknown>[]>;
}

export interface CompactionPolicy {
  /** Keep at most this many log revisions (0 = unlimited). */
  readonly maxRevisions?: number;
  /** Drop log revisions older than this (0 = unlimited). */
  readonly maxAgeMs?: number;
}

export interface StoreStatus {
  readonly backend: 'lmdb' | 'etcd';
  readonly revision: number;
  readonly compactRevision: number;
  readonly logEntries: number;
}

/** The persistence interface every component uses. All methods may throw DomainError. */
export interface Store {
  get<T>(collection: string, key: Key, readOptions?: ReadOptions): Promise<Item<T> | undefined>;
  getMany<T>(collection: string, keys: readonly Key[], readOptions?: ReadOptions): Promise<(Item<T> | undefined)[]>;
  list<T>(collection: string, options?: ListOptions, readOptions?: ReadOptions): Promise<Item<T>[]>;
  count(collection: string, options?: Pick<ListOptions, 'index' | 'value' | 'prefix'>, readOptions?: ReadOptions): Promise<number>;
  commit(txn: Txn): Promise<TxnResult>;
  currentRevision(): Promise<number>;
  snapshot(collections?: readonly string[]): Promise<Snapshot>;
  /** Iteration fails with DomainError `StoreClosed` when the store closes under a live watch. */
  watch(options: WatchOptions): AsyncIterable<WatchEvent>;
  /** Drops log revisions <= revision (explicit) or per the configured policy (no argument). */
  compact(revision?: number): Promise<{ compactRevision: number }>;
  status(): Promise<StoreStatus>;
  close(): Promise<void>;
}
