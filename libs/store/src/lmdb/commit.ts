import { domainError } from '@trellis/domain';
import { Packr } from 'msgpackr';
import type { Change, Txn } from '../store';
import { keyText, normalizeKey, sameKey, type StoredKey } from './keys';
import type { CollectionLayout, Layout, StoredItem } from './layout';
import { encodeSection } from './log-record';

/** A transaction validated and encoded outside the write lock. */
export interface PreparedTxn {
  readonly compares: readonly { readonly coll: CollectionLayout; readonly key: StoredKey; readonly modRevision: number }[];
  readonly ops: readonly PreparedOp[];
}

interface PreparedOp {
  readonly type: 'put' | 'delete';
  readonly coll: CollectionLayout;
  readonly key: StoredKey;
  readonly value?: unknown;
  /** New index keys (puts on indexed collections). */
  readonly indexKeys?: readonly (StoredKey | undefined)[];
}

export type ApplyResult =
  /** `section`: the encoded log section of a new revision (when `changed`). */
  | { readonly revision: number; readonly changed: boolean; readonly section?: Buffer }
  | { readonly conflict: { collection: string; key: string; expected: number; actual: number } }
  /** The log section could not be encoded; nothing was written. */
  | { readonly error: unknown };

export interface PrepareLimits {
  readonly maxValueBytes: number;
  readonly maxOpsPerTxn: number;
}

/** Up to this many compares, ops look for a compare of their key (see applyTxn). */
const PAIRED_COMPARES_MAX = 8;

// Sizes values exactly as msgpack would store them, without shared structures.
const sizer = new Packr({ useRecords: false });

/**
 * An upper bound of the msgpack size of plain JSON-like data (`undefined` included), or Infinity
 * when the value is of another kind, too deep, or the bound passes `limit`.
 */
export function sizeBound(value: unknown, limit: number, depth = 0): number {
  switch (typeof value) {
    case 'string':
      return 5 + 3 * value.length; // a UTF-16 unit takes at most 3 UTF-8 bytes
    case 'number':
      return 9;
    case 'boolean':
      return 1;
    case 'undefined':
      // msgpackr writes undefined as a 3-byte fixext (d4 00 00). Stored rows carry optional
      // fields set to undefined (a port's `unboundVnicType`): without this case every port write
      // fell back to the exact size, one full extra msgpack encoding per put.
      return 3;
    case 'object': {
      if (value === null) return 1;
      if (depth > 32) return Infinity;
      let total = 5;
      if (Array.isArray(value)) {
        for (const v of value) if ((total += sizeBound(v, limit, depth + 1)) > limit) return Infinity;
        return total;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return Infinity;
      for (const k in value) {
        total += 5 + 3 * k.length + sizeBound((value as Record<string, unknown>)[k], limit, depth + 1);
        if (total > limit) return Infinity;
      }
      return total;
    }
    default:
      return Infinity;
  }
}

/** The encoded size when it may exceed `limit`; a cheap bound otherwise. */
export function valueSize(value: unknown, limit: number): number {
  // Optimization: most values are small plain objects whose bound is far below the limit, so the
  // exact (second) encoding is only paid for values near or over it.
  const bound = sizeBound(value, limit);
  return bound <= limit ? bound : sizer.pack(value).length;
}

function collectionOf(layout: Layout, name: unknown): CollectionLayout {
  const coll = typeof name === 'string' ? layout.collections.get(name) : undefined;
  if (!coll) throw domainError('UnknownCollection', { collection: String(name) });
  return coll;
}

/**
 * Validates and encodes a transaction before it is queued, so that the write callback can never
 * fail half-way (lmdb keeps the writes a throwing callback made before it threw).
 * @throws DomainError `UnknownCollection`, `InvalidKey`, `ValueTooLarge`, `BadRequest`
 */
export function prepareTxn(layout: Layout, txn: Txn, limits: PrepareLimits): PreparedTxn {
  if (!txn || !Array.isArray(txn.ops)) throw domainError('BadRequest', { resource: 'store transaction', msg: 'ops must be an array' });
  if (txn.ops.length > limits.maxOpsPerTxn) {
    throw domainError('BadRequest', { resource: 'store transaction', msg: `${txn.ops.length} operations exceed the limit of ${limits.maxOpsPerTxn}` });
  }
  const compares = (txn.compares ?? []).map((c) => {
    const coll = collectionOf(layout, c.collection);
    if (!Number.isSafeInteger(c.modRevision) || c.modRevision < 0) {
      throw domainError('BadRequest', { resource: 'store transaction', msg: `compare modRevision must be an integer >= 0, got ${String(c.modRevision)}` });
    }
    return { coll, key: normalizeKey(coll.name, c.key), modRevision: c.modRevision };
  });
  const seen = new Map<string, StoredKey[]>();
  const ops = txn.ops.map((op): PreparedOp => {
    const coll = collectionOf(layout, op.collection);
    const key = normalizeKey(coll.name, op.key);
    const keysOfColl = seen.get(coll.name) ?? [];
    // etcd refuses a txn that touches one key twice; refusing here keeps the backends alike.
    if (keysOfColl.some((k) => sameKey(k, key))) {
      throw domainError('BadRequest', { resource: 'store transaction', msg: `key ${coll.name}/${keyText(key)} appears twice` });
    }
    keysOfColl.push(key);
    seen.set(coll.name, keysOfColl);
    if (op.type === 'delete') return { type: 'delete', coll, key };
    if (op.type !== 'put') throw domainError('BadRequest', { resource: 'store transaction', msg: `unknown op type ${String((op as { type: unknown }).type)}` });
    if (op.value === undefined) throw domainError('BadRequest', { resource: 'store transaction', msg: 'put needs a value' });
    let size: number;
    try {
      size = valueSize(op.value, limits.maxValueBytes);
    } catch (err) {
      throw domainError('BadRequest', { resource: 'store value', msg: `not encodable (${(err as Error).message})` });
    }
    if (size > limits.maxValueBytes) {
      throw domainError('ValueTooLarge', { collection: coll.name, key: keyText(key), size, limit: limits.maxValueBytes });
    }
    const indexKeys = coll.indexes.length === 0 ? undefined : coll.indexes.map((ix) => {
      const k = ix.fn(op.value);
      return k === undefined ? undefined : normalizeKey(coll.name, k, `index ${ix.name} key`);
    });
    return { type: 'put', coll, key, value: op.value, indexKeys };
  });
  return { compares, ops };
}

/**
 * Applies a prepared transaction inside an lmdb write transaction callback: compares first (a
 * failed compare writes nothing), then all reads, then the log section is encoded, and only then
 * data and index are written, so no failure can leave half a commit. The caller adds `section`
 * to the log record of its batch. Never awaits. `nextRevision` is called at most once, at the
 * first real change; `releaseRevision` gives it back if the section cannot be encoded.
 */
export function applyTxn(
  layout: Layout,
  prepared: PreparedTxn,
  nextRevision: () => number,
  currentRevision: () => number,
  releaseRevision: () => void = () => {},
): ApplyResult {
  const { compares } = prepared;
  // Optimization: a read-modify-write compares the very key it writes. In small transactions the
  // record read for the compare serves as the op's previous value (same write transaction, so the
  // same bytes) instead of reading and decoding it twice. Big (bulk) ones skip the pairing search.
  const pairCompares = compares.length <= PAIRED_COMPARES_MAX;
  const compared: (StoredItem | undefined)[] = [];
  for (const cmp of compares) {
    const record = cmp.coll.db.get(cmp.key);
    if (pairCompares) compared.push(record);
    const actual = record?.m ?? 0;
    if (actual !== cmp.modRevision) {
      return { conflict: { collection: cmp.coll.name, key: keyText(cmp.key), expected: cmp.modRevision, actual } };
    }
  }
  const prevs: (StoredItem | undefined)[] = [];
  let changed = false;
  for (const op of prepared.ops) {
    let i = pairCompares ? 0 : compares.length;
    while (i < compares.length && !(compares[i].coll === op.coll && sameKey(compares[i].key, op.key))) i++;
    const prev = i < compares.length ? compared[i] : op.coll.db.get(op.key);
    prevs.push(prev);
    if (op.type === 'put' || prev) changed = true;
  }
  if (!changed) return { revision: currentRevision(), changed: false };
  const revision = nextRevision();
  const changes: Change[] = [];
  for (let i = 0; i < prepared.ops.length; i++) {
    const { type, coll, key, value } = prepared.ops[i];
    const prev = prevs[i];
    if (type === 'put') {
      const createRevision = prev ? prev.c : revision;
      const version = prev ? prev.n + 1 : 1;
      changes.push(
        prev
          ? { type, collection: coll.name, key, value, prevValue: prev.v, createRevision, modRevision: revision, version }
          : { type, collection: coll.name, key, value, createRevision, modRevision: revision, version },
      );
    } else if (prev) {
      // As in etcd, a delete carries the deletion revision and zero create revision / version.
      changes.push({ type, collection: coll.name, key, prevValue: prev.v, createRevision: 0, modRevision: revision, version: 0 });
    }
  }
  let section: Buffer;
  try {
    section = encodeSection(layout.logCodec, changes);
  } catch (err) {
    releaseRevision();
    return { error: err };
  }
  let n = 0;
  for (let i = 0; i < prepared.ops.length; i++) {
    const op = prepared.ops[i];
    const prev = prevs[i];
    const { coll, key } = op;
    if (op.type === 'put') {
      const { createRevision, version } = changes[n++];
      const item: StoredItem = op.indexKeys
        ? { v: op.value, c: createRevision, m: revision, n: version, x: op.indexKeys }
        : { v: op.value, c: createRevision, m: revision, n: version };
      coll.db.put(key, item);
      updateIndexes(coll, key, prev?.x, op.indexKeys);
    } else if (prev) {
      n++;
      coll.db.remove(key);
      updateIndexes(coll, key, prev.x, undefined);
    }
  }
  return { revision, changed: true, section };
}

function updateIndexes(
  coll: CollectionLayout,
  key: StoredKey,
  before: readonly (StoredKey | undefined)[] | undefined,
  after: readonly (StoredKey | undefined)[] | undefined,
): void {
  for (let i = 0; i < coll.indexes.length; i++) {
    const oldKey = before?.[i];
    const newKey = after?.[i];
    if (oldKey !== undefined && newKey !== undefined && sameKey(oldKey, newKey)) continue;
    if (oldKey !== undefined) coll.indexes[i].db.remove(oldKey, key);
    if (newKey !== undefined) coll.indexes[i].db.put(newKey, key);
  }
}
