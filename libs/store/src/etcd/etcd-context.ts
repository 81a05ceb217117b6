import { domainError } from '@trellis/domain';
import type { IKeyValue } from 'etcd3';
import type { CollectionSpec, Item, Key, KeyPart, StaleReadInfo } from '../store';
import type { EtcdConnection } from './etcd-connection';
import type { KeyLayout } from './etcd-keys';
import type { MarkerLease } from './etcd-markers';

/** What the parts of the etcd backend share. */
export interface EtcdContext {
  readonly conn: EtcdConnection;
  readonly layout: KeyLayout;
  readonly specs: ReadonlyMap<string, CollectionSpec>;
  readonly maxValueBytes: number;
  readonly maxOpsPerTxn: number;
  /** The lease commit markers are attached to. */
  readonly markerLease: MarkerLease;
  /** Fall back to member-local reads when linearizable ones are unavailable. */
  readonly staleReads: boolean;
  /** Store-wide report of every stale answer. */
  readonly onStaleRead?: (info: StaleReadInfo) => void;
}

/** The spec of a known collection; UnknownCollection otherwise. */
export function specOf(ctx: EtcdContext, collection: string): CollectionSpec {
  const spec = ctx.specs.get(collection);
  if (!spec) throw domainError('UnknownCollection', { collection });
  return spec;
}

/** The index keys of a value, per index (an array result is one tuple key). */
export function indexEntriesOf(spec: CollectionSpec, value: unknown): { index: string; value: KeyPart | readonly KeyPart[] }[] {
  const entries: { index: string; value: KeyPart | readonly KeyPart[] }[] = [];
  for (const [index, fn] of Object.entries(spec.indexes ?? {})) {
    const v = fn(value);
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    entries.push({ index, value: v });
  }
  return entries;
}

/** An etcd KeyValue as a store Item. */
export function toItem<T>(key: Key, kv: IKeyValue): Item<T> {
  return {
    key,
    value: JSON.parse(kv.value.toString('utf8')) as T,
    createRevision: Number(kv.create_revision),
    modRevision: Number(kv.mod_revision),
    version: Number(kv.version),
  };
}

/** Encodes a value, enforcing the size limit. */
export function encodeValue(ctx: EtcdContext, collection: string, key: Key, value: unknown): Buffer {
  if (value === undefined) throw domainError('BadRequest', { resource: 'store transaction', msg: 'put needs a value' });
  const bytes = Buffer.from(JSON.stringify(value), 'utf8');
  if (bytes.length > ctx.maxValueBytes) {
    throw domainError('ValueTooLarge', { collection, key: JSON.stringify(key), size: bytes.length, limit: ctx.maxValueBytes });
  }
  return bytes;
}
