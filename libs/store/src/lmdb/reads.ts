import { domainError } from '@trellis/domain';
import type { Item, KeyPart, ListOptions } from '../store';
import { hasPrefix, normalizeKey, prefixRange, type StoredKey } from './keys';
import type { CollectionLayout, IndexLayout, StoredItem } from './layout';

export type ReadOptions = Pick<ListOptions, 'index' | 'value' | 'prefix'>;

export function toItem<T>(key: StoredKey, record: StoredItem): Item<T> {
  return { key, value: record.v as T, createRevision: record.c, modRevision: record.m, version: record.n };
}

function indexOf(coll: CollectionLayout, options: ReadOptions): { index: IndexLayout; value: StoredKey } | undefined {
  if (options.index === undefined) {
    if (options.value !== undefined) throw domainError('BadRequest', { resource: 'store list', msg: 'value needs an index' });
    return undefined;
  }
  const index = coll.indexByName.get(options.index);
  if (!index) throw domainError('BadRequest', { resource: 'store list', msg: `collection ${coll.name} has no index ${options.index}` });
  if (options.prefix !== undefined) throw domainError('BadRequest', { resource: 'store list', msg: 'index and prefix cannot be combined' });
  if (options.value === undefined) throw domainError('BadRequest', { resource: 'store list', msg: `index ${options.index} needs a value` });
  return { index, value: normalizeKey(coll.name, options.value, `index ${index.name} value`) };
}

function prefixOf(coll: CollectionLayout, options: ReadOptions): KeyPart[] | undefined {
  if (options.prefix === undefined || options.prefix.length === 0) return undefined;
  const normalized = normalizeKey(coll.name, options.prefix, 'prefix');
  return Array.isArray(normalized) ? normalized : [normalized];
}

function limitOf(options: ListOptions): number {
  const { limit } = options;
  if (limit === undefined) return Infinity;
  if (!Number.isSafeInteger(limit) || limit < 0) throw domainError('BadRequest', { resource: 'store list', msg: `limit must be an integer >= 0, got ${String(limit)}` });
  return limit;
}

/**
 * Lists a collection in key order: whole, by a secondary index (never scans the collection), or
 * by tuple-key prefix (a key range). Synchronous: one read snapshot.
 */
export function listItems<T>(coll: CollectionLayout, options: ListOptions): Item<T>[] {
  const limit = limitOf(options);
  const reverse = options.reverse === true;
  const byIndex = indexOf(coll, options);
  const out: Item<T>[] = [];
  if (limit === 0) return out;
  if (byIndex) {
    for (const key of byIndex.index.db.getValues(byIndex.value, { reverse })) {
      const record = coll.db.get(key);
      if (record) out.push(toItem<T>(key, record));
      if (out.length >= limit) break;
    }
    return out;
  }
  const prefix = prefixOf(coll, options);
  if (!prefix) {
    for (const { key, value } of coll.db.getRange({ reverse, limit: Number.isFinite(limit) ? limit : undefined })) {
      out.push(toItem<T>(key, value));
    }
    return out;
  }
  const { start, end } = prefixRange(prefix);
  const range = reverse ? { start: end, end: start, reverse } : { start, end };
  for (const { key, value } of coll.db.getRange(range as { start: StoredKey; end: StoredKey })) {
    if (!hasPrefix(key, prefix)) continue;
    out.push(toItem<T>(key, value));
    if (out.length >= limit) break;
  }
  return out;
}

/** Counts like listItems without decoding values (an index count reads only the index). */
export function countItems(coll: CollectionLayout, options: ReadOptions): number {
  const byIndex = indexOf(coll, options);
  if (byIndex) return byIndex.index.db.getValuesCount(byIndex.value);
  const prefix = prefixOf(coll, options);
  if (!prefix) return coll.db.getCount();
  let n = 0;
  for (const key of coll.db.getKeys(prefixRange(prefix) as { start: StoredKey; end: StoredKey })) if (hasPrefix(key, prefix)) n++;
  return n;
}
