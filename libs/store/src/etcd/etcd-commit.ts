import { randomUUID } from 'node:crypto';
import { domainError, isErrorType } from '@trellis/domain';
import type { ICompare, IKeyValue, IRequestOp, ITxnResponse } from 'etcd3';
import type { CollectionSpec, Key, Op, Txn, TxnResult } from '../store';
import { encodeValue, indexEntriesOf, specOf, type EtcdContext } from './etcd-context';
import { QuorumCircuitOpenError, toStoreError } from './etcd-errors';
import { prefixEnd } from './etcd-keys';
import { appliedRevision, isAmbiguous, markerOps, mayHaveBeenWritten, notWritten } from './etcd-markers';
import { readKeysAt } from './etcd-reads';

/** Index maintenance races with blind writes to the same keys; a lost race is simply redone. */
const MAX_ATTEMPTS = 20;

interface PlannedOp {
  readonly op: Op;
  readonly spec: CollectionSpec;
  readonly dataKey: Buffer;
  readonly value?: Buffer;
}

/** Validates and encodes ops; a key may appear once per txn (as in etcd, and as on LMDB). */
function planOps(ctx: EtcdContext, txn: Txn): PlannedOp[] {
  if (!txn || !Array.isArray(txn.ops)) throw domainError('BadRequest', { resource: 'store transaction', msg: 'ops must be an array' });
  if (txn.ops.length > ctx.maxOpsPerTxn) {
    throw domainError('BadRequest', { resource: 'store transaction', msg: `${txn.ops.length} operations exceed the limit of ${ctx.maxOpsPerTxn}` });
  }
  for (const c of txn.compares ?? []) {
    if (!Number.isInteger(c.modRevision) || c.modRevision < 0) {
      throw domainError('BadRequest', { resource: 'store transaction', msg: `compare modRevision must be an integer >= 0, got ${String(c.modRevision)}` });
    }
  }
  const byKey = new Map<string, PlannedOp>();
  for (const op of txn.ops) {
    const spec = specOf(ctx, op.collection);
    const dataKey = ctx.layout.dataKey(op.collection, op.key);
    if (op.type !== 'put' && op.type !== 'delete') throw domainError('BadRequest', { resource: 'store transaction', msg: `unknown op type ${String((op as { type: unknown }).type)}` });
    const value = op.type === 'put' ? encodeValue(ctx, op.collection, op.key, op.value) : undefined;
    const id = dataKey.toString('latin1');
    if (byKey.has(id)) throw domainError('BadRequest', { resource: 'store transaction', msg: `key ${op.collection}/${keyText(op.key)} appears twice` });
    byKey.set(id, { op, spec, dataKey, ...(value ? { value } : {}) });
  }
  return [...byKey.values()];
}

const hasIndexes = (spec: CollectionSpec) => Object.keys(spec.indexes ?? {}).length > 0;

/** Index entry keys of a stored or new value (hex-keyed set). */
function indexKeysOf(ctx: EtcdContext, p: PlannedOp, value: unknown): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (value === undefined) return out;
  for (const e of indexEntriesOf(p.spec, value)) {
    const key = ctx.layout.indexEntryKey(p.op.collection, e.index, e.value, p.op.key);
    out.set(key.toString('latin1'), key);
  }
  return out;
}

/**
 * Commits one store transaction as ONE etcd txn: the user's compares on mod_revision, guards
 * on every indexed key whose old value was read (so stale index entries are never left), the
 * data writes, the index entry writes and the commit marker. Either all of it lands at one etcd
 * revision or none.
 *
 * Every attempt also compares "no marker of this txn exists", so the txn can be applied once at
 * most, however many of its attempts reach etcd and whenever they land; a failed compare whose
 * failure branch finds the marker means an earlier attempt was applied (→ its revision, success).
 *
 * A failure that leaves the outcome unknown is resolved here rather than passed on: once the
 * call has settled, and while etcd answers linearizable reads (within one request timeout, not
 * while the quorum circuit is open), the marker says whether the txn was applied (→ its
 * revision, success) or not (→ sent again, once; the marker compare makes that safe even if the
 * first attempt still lands later). Otherwise the ServiceUnavailable says the txn may or may
 * not have been applied.
 */
export async function commit(ctx: EtcdContext, txn: Txn): Promise<TxnResult> {
  const planned = planOps(ctx, txn);
  const userCompares = (txn.compares ?? []).map((c) => {
    specOf(ctx, c.collection);
    return { compare: c, key: ctx.layout.dataKey(c.collection, c.key) };
  });
  // Known lost quorum: fail before sending anything (the txn could not commit anyway).
  if (ctx.conn.circuit.isOpen) throw toStoreError(new QuorumCircuitOpenError(ctx.conn.circuit.reason), 'commit');
  const compared = new Set(userCompares.map((c) => c.key.toString('latin1')));
  const indexed = planned.filter((p) => hasIndexes(p.spec));
  const txnId = randomUUID();
  const markerPrefix = ctx.layout.markerPrefix(txnId);
  let resentOnce = false;
  /** The ambiguous failure of an earlier attempt, if any (then nothing can be called unwritten). */
  let ambiguous: unknown;
  /** Failures before the first attempt was sent, or certainly not sent, say "nothing was written" unless an attempt was ambiguous. */
  const unsent = (err: unknown): unknown => {
    if (!isErrorType(err, 'ServiceUnavailable')) return err;
    return ambiguous === undefined ? notWritten(err) : mayHaveBeenWritten(ambiguous);
  };

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let before: Awaited<ReturnType<typeof readKeysAt>>;
    try {
      before = await readKeysAt(
        ctx,
        indexed.map((p) => p.dataKey),
      );
    } catch (err) {
      throw unsent(err);
    }
    const old = new Map<PlannedOp, IKeyValue | undefined>(indexed.map((p, i) => [p, before.kvs[i]]));

    const compare: ICompare[] = userCompares.map(({ compare: c, key }) => ({ key, target: 'Mod', result: 'Equal', mod_revision: c.modRevision }));
    const guards: PlannedOp[] = [];
    for (const p of indexed) {
      if (compared.has(p.dataKey.toString('latin1'))) continue;
      guards.push(p);
      compare.push({ key: p.dataKey, target: 'Mod', result: 'Equal', mod_revision: Number(old.get(p)?.mod_revision ?? 0) });
    }

    const writes = new Map<string, IRequestOp>();
    for (const p of planned) {
      if (old.has(p)) {
        const oldKv = old.get(p);
        const previous = indexKeysOf(ctx, p, oldKv ? JSON.parse(oldKv.value.toString('utf8')) : undefined);
        const next = indexKeysOf(ctx, p, p.op.type === 'put' ? p.op.value : undefined);
        for (const [id, key] of previous) if (!next.has(id)) writes.set(id, { request_delete_range: { key } });
        for (const [id, key] of next) if (!previous.has(id)) writes.set(id, { request_put: { key, value: Buffer.alloc(0) } });
      }
      writes.set(
        p.dataKey.toString('latin1'),
        p.value ? { request_put: { key: p.dataKey, value: p.value } } : { request_delete_range: { key: p.dataKey } },
      );
    }

    let lease: string | undefined;
    try {
      if (planned.length > 0) lease = await ctx.markerLease.id();
    } catch (err) {
      throw unsent(err);
    }
    const markers = lease === undefined ? [] : markerOps(ctx.layout, txnId, lease, planned.map((p) => ({ dataKey: p.dataKey, isPut: p.op.type === 'put' })));
    // Applied at most once: no marker of this txn may exist yet (an empty range compares as version 0).
    if (markers.length > 0) compare.push({ key: markerPrefix, range_end: prefixEnd(markerPrefix), target: 'Version', result: 'Equal', version: 0 });

    let res: ITxnResponse;
    try {
      res = await ctx.conn.writeTxn({
        compare,
        success: [...writes.values(), ...markers],
        // On failure, read every compared data key so the conflict can name what was found, and
        // the txn's markers: present means an earlier attempt of it was applied.
        failure: [
          ...compare.slice(0, userCompares.length + guards.length).map((c) => ({ request_range: { key: c.key!, keys_only: true } })),
          { request_range: { key: markerPrefix, range_end: prefixEnd(markerPrefix), keys_only: true, limit: 1 } },
        ],
      });
    } catch (err) {
      if (!isAmbiguous(err)) throw unsent(err);
      ambiguous = err;
      // The call has settled (its deadline passed or its connection failed): ask the marker.
      const applied = await appliedRevision(ctx.conn, ctx.layout, txnId, ctx.conn.requestTimeoutMs);
      if (applied === undefined) throw mayHaveBeenWritten(err);
      if (applied > 0) return { revision: applied };
      if (resentOnce) throw mayHaveBeenWritten(err);
      resentOnce = true;
      attempt--; // the resend does not count as a lost race
      continue;
    }
    if (res.succeeded) return { revision: Number(res.header.revision) };

    const marker = res.responses[res.responses.length - 1]?.response_range.kvs[0];
    if (marker) return { revision: Number(marker.mod_revision) };
    for (let i = 0; i < userCompares.length; i++) {
      const { compare: c } = userCompares[i]!;
      const actual = Number(res.responses[i]?.response_range.kvs[0]?.mod_revision ?? 0);
      if (actual !== c.modRevision) {
        throw domainError('StoreConflict', { collection: c.collection, key: keyText(c.key), expected: c.modRevision, actual });
      }
    }
    // Only a guard failed: a concurrent blind write changed an indexed key; redo with fresh reads.
  }
  throw domainError('ServiceUnavailable', { reason: `etcd commit kept racing with concurrent writers after ${MAX_ATTEMPTS} attempts` });
}

function keyText(key: Key): string {
  return Array.isArray(key) ? JSON.stringify(key) : String(key);
}
