import { domainError } from '@trellis/domain';
import type {
  CollectionSpec,
  CompactionPolicy,
  Item,
  Key,
  ListOptions,
  ReadOptions,
  Snapshot,
  StaleReadInfo,
  Store,
  StoreStatus,
  Txn,
  TxnResult,
  WatchEvent,
  WatchOptions,
} from '../store';
import { commit } from './etcd-commit';
import { EtcdCompaction } from './etcd-compaction';
import { EtcdConnection } from './etcd-connection';
import { specOf, type EtcdContext } from './etcd-context';
import { KeyLayout } from './etcd-keys';
import { MarkerLease } from './etcd-markers';
import * as reads from './etcd-reads';
import { readWithFallback } from './etcd-stale-reads';
import { watchEtcd } from './etcd-watch';

/** Options of {@link openEtcdStore}. */
export interface EtcdStoreOptions {
  /** Client URLs of the etcd members, e.g. `['http://10.0.0.1:2379', ...]`. */
  readonly endpoints: readonly string[];
  /** Every key of this store lives under this prefix (default `/trellis/`). */
  readonly prefix?: string;
  /** Every collection the store holds, with its secondary indexes. */
  readonly collections: readonly CollectionSpec[];
  /** Largest encoded value (default 1 MiB; etcd refuses requests over 1.5 MiB by default). */
  readonly maxValueBytes?: number;
  /**
   * Most ops one commit may carry (default 10 000, as on LMDB). etcd itself refuses txns over
   * `--max-txn-ops` (128 by default; index entries count too): run etcd with a higher value.
   */
  readonly maxOpsPerTxn?: number;
  /** What `compact()` without an argument drops. */
  readonly compaction?: CompactionPolicy;
  /** Connection setup limit per member (default 3 s). */
  readonly dialTimeoutMs?: number;
  /** Deadline of each etcd request (default 5 s); a write without quorum fails after it. */
  readonly requestTimeoutMs?: number;
  /** A watch that finds no member for this long fails with ServiceUnavailable (default 30 s). */
  readonly watchReconnectTimeoutMs?: number;
  /**
   * When a linearizable get/getMany/list/count fails for availability (e.g. quorum lost), answer
   * it from serializable reads on the first member that responds, and report it through
   * `onStaleRead` and the call's `ReadOptions.onStale` (default true; false: fail with
   * ServiceUnavailable instead).
   */
  readonly staleReads?: boolean;
  /**
   * Availability failures of linearizable calls (e.g. "no leader") that persist this long open
   * the quorum circuit (default 2 s, longer than an etcd election); a call that waited its whole
   * `requestTimeoutMs` opens it at once. While open, commits fail at once with ServiceUnavailable
   * ("nothing was written") and reads answer from member copies after one quick linearizable try.
   */
  readonly quorumLossAfterMs?: number;
  /** While the quorum circuit is open, a linearizable probe this often closes it once quorum is back (default 250 ms). */
  readonly quorumProbeIntervalMs?: number;
  /** Deadline of a probe and of the quick linearizable try of a read while the circuit is open (default 1 s). */
  readonly quorumProbeTimeoutMs?: number;
  /** Called for every read answered from possibly stale data (e.g. to count or log them). */
  readonly onStaleRead?: (info: StaleReadInfo) => void;
}

const DEFAULT_MAX_VALUE_BYTES = 1024 * 1024;
const COLLECTION_NAME = /^[A-Za-z0-9_.-]+$/;

class EtcdStore implements Store {
  private readonly closer = new AbortController();

  constructor(
    private readonly ctx: EtcdContext,
    private readonly compaction: EtcdCompaction,
    private readonly watchReconnectTimeoutMs: number,
  ) {}

  private open(): void {
    if (this.closer.signal.aborted) throw domainError('StoreClosed', {});
  }

  async get<T>(collection: string, key: Key, readOptions?: ReadOptions): Promise<Item<T> | undefined> {
    this.open();
    return readWithFallback(this.ctx, 'get', readOptions, (r) => reads.get<T>(this.ctx, collection, key, r));
  }

  async getMany<T>(collection: string, keys: readonly Key[], readOptions?: ReadOptions): Promise<(Item<T> | undefined)[]> {
    this.open();
    return readWithFallback(this.ctx, 'getMany', readOptions, (r) => reads.getMany<T>(this.ctx, collection, keys, r));
  }

  async list<T>(collection: string, options?: ListOptions, readOptions?: ReadOptions): Promise<Item<T>[]> {
    this.open();
    return readWithFallback(this.ctx, 'list', readOptions, (r) => reads.list<T>(this.ctx, collection, options, r));
  }

  async count(collection: string, options?: Pick<ListOptions, 'index' | 'value' | 'prefix'>, readOptions?: ReadOptions): Promise<number> {
    this.open();
    return readWithFallback(this.ctx, 'count', readOptions, (r) => reads.count(this.ctx, collection, options, r));
  }

  async commit(txn: Txn): Promise<TxnResult> {
    this.open();
    const result = await commit(this.ctx, txn);
    this.compaction.observe(result.revision);
    return result;
  }

  async currentRevision(): Promise<number> {
    this.open();
    const revision = await reads.currentRevision(this.ctx);
    this.compaction.observe(revision);
    return revision;
  }

  async snapshot(collections?: readonly string[]): Promise<Snapshot> {
    this.open();
    return reads.snapshot(this.ctx, collections);
  }

  watch(options: WatchOptions): AsyncIterable<WatchEvent> {
    this.open();
    // Validated here, not inside the generator, so bad input throws at the call.
    if (!Number.isInteger(options.afterRevision) || options.afterRevision < 0) {
      throw domainError('BadRequest', { resource: 'store watch', msg: `afterRevision must be an integer >= 0, got ${String(options.afterRevision)}` });
    }
    for (const c of options.collections ?? []) specOf(this.ctx, c);
    return watchEtcd(this.ctx, options, { reconnectTimeoutMs: this.watchReconnectTimeoutMs, closed: this.closer.signal });
  }

  async compact(revision?: number): Promise<{ compactRevision: number }> {
    this.open();
    return this.compaction.compact(revision);
  }

  async status(): Promise<StoreStatus> {
    this.open();
    const revision = await reads.currentRevision(this.ctx);
    const compactRevision = await this.compaction.compactRevision();
    return { backend: 'etcd', revision, compactRevision, logEntries: Math.max(0, revision - Math.max(compactRevision, 1) + 1) };
  }

  async close(): Promise<void> {
    if (this.closer.signal.aborted) return;
    this.closer.abort();
    this.ctx.conn.close();
  }
}

/**
 * Opens the store on an etcd cluster. Revisions are etcd's own (shared by every process on the
 * cluster); each commit is one etcd txn including its secondary-index entries; watch follows
 * etcd's watch from a revision. Fails with ServiceUnavailable when no member answers.
 */
export async function openEtcdStore(options: EtcdStoreOptions): Promise<Store> {
  validate(options);
  return openEtcdStoreOn(options, new EtcdConnection(options));
}

/** Refuses bad options with InvalidConfig; returns the collection specs by name. */
function validate(options: EtcdStoreOptions): Map<string, CollectionSpec> {
  const problems: string[] = [];
  if (options.endpoints.length === 0) problems.push('store.endpoints must name at least one etcd member');
  const prefix = options.prefix ?? '/trellis/';
  if (!prefix.endsWith('/')) problems.push(`store.prefix ${JSON.stringify(prefix)} must end with "/"`);
  const specs = new Map<string, CollectionSpec>();
  for (const spec of options.collections) {
    if (!COLLECTION_NAME.test(spec.name)) problems.push(`collection name ${JSON.stringify(spec.name)} must match ${COLLECTION_NAME}`);
    if (specs.has(spec.name)) problems.push(`collection ${spec.name} is declared twice`);
    specs.set(spec.name, spec);
  }
  if (problems.length > 0) throw domainError('InvalidConfig', { problems: problems.join('; ') });
  return specs;
}

/** {@link openEtcdStore} on a given connection (not exported from the package: tests inject faults through a subclass). */
export async function openEtcdStoreOn(options: EtcdStoreOptions, conn: EtcdConnection): Promise<Store> {
  let specs: Map<string, CollectionSpec>;
  try {
    specs = validate(options);
  } catch (err) {
    conn.close();
    throw err;
  }
  const ctx: EtcdContext = {
    conn,
    layout: new KeyLayout(options.prefix ?? '/trellis/'),
    specs,
    maxValueBytes: options.maxValueBytes ?? DEFAULT_MAX_VALUE_BYTES,
    maxOpsPerTxn: options.maxOpsPerTxn ?? 10_000,
    markerLease: new MarkerLease(conn),
    staleReads: options.staleReads ?? true,
    ...(options.onStaleRead ? { onStaleRead: options.onStaleRead } : {}),
  };
  const compaction = new EtcdCompaction(ctx, options.compaction);
  try {
    compaction.observe(await reads.currentRevision(ctx));
  } catch (err) {
    conn.close();
    throw err;
  }
  return new EtcdStore(ctx, compaction, options.watchReconnectTimeoutMs ?? 30_000);
}
