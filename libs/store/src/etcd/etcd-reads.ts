import { domainError } from '@trellis/domain';
import type { IKeyValue, IRangeRequest } from 'etcd3';
import type { Item, Key, ListOptions, Snapshot } from '../store';
import type { EtcdReader } from './etcd-connection';
import { specOf, toItem, type EtcdContext } from './etcd-context';
import { prefixEnd } from './etcd-keys';

/** etcd refuses txns with more ops than --max-txn-ops (128 by default); reads are chunked below it. */
const READ_CHUNK = 100;
const PAGE_SIZE = 1000;

/** Reads the given etcd keys at one revision (the first chunk's, unless `revision` is given; 0 when no keys). */
export async function readKeysAt(
  ctx: EtcdContext,
  keys: readonly Buffer[],
  revision?: number,
  reader: EtcdReader = ctx.conn,
): Promise<{ revision: number; kvs: (IKeyValue | undefined)[] }> {
  const kvs: (IKeyValue | undefined)[] = [];
  let rev = revision;
  // Nothing to read means no round trip (commits without indexed keys go straight to the txn).
  if (keys.length === 0) return { revision: rev ?? 0, kvs };
  for (let i = 0; i < keys.length; i += READ_CHUNK) {
    const chunk = keys.slice(i, i + READ_CHUNK);
    const res = await reader.readTxn({
      success: chunk.map((key) => ({ request_range: { key, ...(rev !== undefined ? { revision: rev } : {}) } })),
    });
    rev ??= Number(res.header.revision);
    for (const r of res.responses) kvs.push(r.response_range.kvs[0]);
  }
  return { revision: rev!, kvs };
}

/** The current revision (a linearizable read of one key range). */
export async function currentRevision(ctx: EtcdContext): Promise<number> {
  const res = await ctx.conn.range({ key: ctx.layout.allData(), count_only: true, limit: 1 }, 'read');
  return Number(res.header.revision);
}

/*
 * get/getMany/list/count take the reader to use: the connection (linearizable, retried) or, as a
 * fallback without quorum, one member's serializable reader (see etcd-stale-reads.ts).
 */

export async function get<T>(ctx: EtcdContext, collection: string, key: Key, reader: EtcdReader = ctx.conn): Promise<Item<T> | undefined> {
  specOf(ctx, collection);
  const res = await reader.range({ key: ctx.layout.dataKey(collection, key) });
  const kv = res.kvs[0];
  return kv ? toItem<T>(key, kv) : undefined;
}

export async function getMany<T>(ctx: EtcdContext, collection: string, keys: readonly Key[], reader: EtcdReader = ctx.conn): Promise<(Item<T> | undefined)[]> {
  specOf(ctx, collection);
  const { kvs } = await readKeysAt(
    ctx,
    keys.map((k) => ctx.layout.dataKey(collection, k)),
    undefined,
    reader,
  );
  return kvs.map((kv, i) => (kv ? toItem<T>(keys[i]!, kv) : undefined));
}

/** The etcd range a list/count reads: the index value prefix, a key prefix, or the collection. */
function rangeOf(ctx: EtcdContext, collection: string, options: Pick<ListOptions, 'index' | 'value' | 'prefix'>): { key: Buffer; range_end: Buffer; viaIndex: boolean } {
  const spec = specOf(ctx, collection);
  if (options.index !== undefined) {
    if (!spec.indexes?.[options.index]) throw domainError('InvalidKey', { collection, reason: `unknown index ${options.index}` });
    if (options.value === undefined) throw domainError('InvalidKey', { collection, reason: `index ${options.index} needs a value` });
    const key = ctx.layout.indexValuePrefix(collection, options.index, options.value);
    return { key, range_end: prefixEnd(key), viaIndex: true };
  }
  if (options.prefix?.length) {
    // Only tuples longer than the prefix: the key equal to the prefix itself ends right there,
    // while every longer tuple continues with a part tag ('n' or 's'), both above 0x21.
    const prefix = ctx.layout.dataPrefix(collection, options.prefix);
    return { key: Buffer.concat([prefix, Buffer.from([0x21])]), range_end: prefixEnd(prefix), viaIndex: false };
  }
  const key = ctx.layout.collectionData(collection);
  return { key, range_end: prefixEnd(key), viaIndex: false };
}

export async function list<T>(ctx: EtcdContext, collection: string, options: ListOptions = {}, reader: EtcdReader = ctx.conn): Promise<Item<T>[]> {
  const range = rangeOf(ctx, collection, options);
  const req: IRangeRequest = {
    key: range.key,
    range_end: range.range_end,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.reverse ? { sort_order: 'Descend', sort_target: 'Key' } : {}),
  };
  if (options.limit !== undefined && options.limit <= 0) return [];
  const res = await reader.range(req);
  if (!range.viaIndex) {
    return res.kvs.map((kv) => toItem<T>(ctx.layout.parseDataKey(kv.key)!.key, kv));
  }
  // Index entries name primary keys; read the items at the index read's revision so the
  // result is one consistent image.
  const keys = res.kvs.map((kv) => ctx.layout.parseIndexEntryKey(kv.key, range.key.length));
  const { kvs } = await readKeysAt(
    ctx,
    keys.map((k) => ctx.layout.dataKey(collection, k)),
    Number(res.header.revision),
    reader,
  );
  const items: Item<T>[] = [];
  kvs.forEach((kv, i) => kv && items.push(toItem<T>(keys[i]!, kv)));
  return items;
}

export async function count(
  ctx: EtcdContext,
  collection: string,
  options: Pick<ListOptions, 'index' | 'value' | 'prefix'> = {},
  reader: EtcdReader = ctx.conn,
): Promise<number> {
  const range = rangeOf(ctx, collection, options);
  const res = await reader.range({ key: range.key, range_end: range.range_end, count_only: true });
  return Number(res.count);
}

const COMPACTED = /required revision has been compacted/;

/** All items of the given collections at one revision, read page by page at that revision. */
export async function snapshot(ctx: EtcdContext, collections?: readonly string[]): Promise<Snapshot> {
  const names = collections ?? [...ctx.specs.keys()];
  for (const name of names) specOf(ctx, name);
  // A compaction between pages would make the fixed revision unreadable: start again (bounded).
  for (let attempt = 0; ; attempt++) {
    const revision = await currentRevision(ctx);
    try {
      const result = new Map<string, Item<unknown>[]>();
      for (const name of names) result.set(name, await readCollectionAt(ctx, name, revision));
      return { revision, collections: result };
    } catch (err) {
      if (attempt >= 2 || !(err instanceof Error) || !COMPACTED.test(err.message)) throw err;
    }
  }
}

async function readCollectionAt(ctx: EtcdContext, collection: string, revision: number): Promise<Item<unknown>[]> {
  const prefix = ctx.layout.collectionData(collection);
  const end = prefixEnd(prefix);
  const items: Item<unknown>[] = [];
  let from = prefix;
  for (;;) {
    const res = await ctx.conn.range({ key: from, range_end: end, revision, limit: PAGE_SIZE }, 'snapshot');
    for (const kv of res.kvs) items.push(toItem(ctx.layout.parseDataKey(kv.key)!.key, kv));
    if (!res.more || res.kvs.length === 0) return items;
    from = Buffer.concat([res.kvs[res.kvs.length - 1]!.key, Buffer.from([0])]);
  }
}
