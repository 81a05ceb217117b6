import { domainError, isErrorType } from '@trellis/domain';
import type { IRequestOp } from 'etcd3';
import type { EtcdConnection } from './etcd-connection';
import { isAvailabilityError, wasNotSent } from './etcd-errors';
import { prefixEnd, type KeyLayout } from './etcd-keys';

/**
 * Commit markers: every mutating commit also puts `<prefix>t/<txnId>/<n>` in the same etcd txn,
 * so after a failure whose outcome is unknown (the request may have reached a member that then
 * died), a linearizable read of the marker tells whether the txn was applied. Markers live
 * outside the data prefix (watch, list and snapshot never see them) and on a lease that expires
 * long after any resolution could still look for them.
 */

/** Markers outlive their commit by at least TTL - ROTATE (5 minutes). */
const LEASE_TTL_S = 600;
const LEASE_ROTATE_MS = 300_000;
const POLL_DELAY_MS = 100;

/** The lease markers are attached to; a fresh one is granted every few minutes. */
export class MarkerLease {
  private current: { id: string; grantedAtMs: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly conn: EtcdConnection) {}

  /** The lease id to attach new markers to (grants one when none is young enough). */
  async id(): Promise<string> {
    const c = this.current;
    if (c && Date.now() - c.grantedAtMs < LEASE_ROTATE_MS) return c.id;
    this.pending ??= this.conn
      .leaseGrant(LEASE_TTL_S)
      .then((id) => {
        this.current = { id, grantedAtMs: Date.now() };
        return id;
      })
      .finally(() => (this.pending = undefined));
    return this.pending;
  }
}

/**
 * The marker ops of a commit. With a put in it the txn always makes a revision, so one marker
 * put is enough. A delete-only txn makes a revision only if some key existed, so (to keep "no
 * change, no revision") each delete gets a nested txn putting its own marker only when its key
 * existed before the txn (nested compares see the state before any op of the txn).
 */
export function markerOps(layout: KeyLayout, txnId: string, lease: string, writes: readonly { readonly dataKey: Buffer; readonly isPut: boolean }[]): IRequestOp[] {
  const prefix = layout.markerPrefix(txnId);
  const put = (n: number): IRequestOp => ({ request_put: { key: Buffer.concat([prefix, Buffer.from(String(n))]), value: Buffer.alloc(0), lease } });
  if (writes.length === 0) return [];
  if (writes.some((w) => w.isPut)) return [put(0)];
  return writes.map((w, n) => ({
    request_txn: { compare: [{ key: w.dataKey, target: 'Version', result: 'Greater', version: 0 }], success: [put(n)], failure: [] },
  }));
}

/** True for a commit failure after which the txn may or may not have been applied. */
export function isAmbiguous(err: unknown): boolean {
  if (!isErrorType(err, 'ServiceUnavailable')) return false;
  const cause = (err as Error).cause;
  return cause !== undefined && isAvailabilityError(cause) && !wasNotSent(cause);
}

/**
 * After an ambiguous failure (the call has settled): waits (up to `timeoutMs`, and not at all
 * while the quorum circuit is open) until a linearizable read answers, and reads the txn's markers. Returns the revision the txn was applied at, 0 when it certainly was
 * not applied, or undefined when etcd stayed unavailable (the outcome is still unknown).
 */
export async function appliedRevision(conn: EtcdConnection, layout: KeyLayout, txnId: string, timeoutMs: number): Promise<number | undefined> {
  const prefix = layout.markerPrefix(txnId);
  const deadline = Date.now() + timeoutMs;
  do {
    // Quorum known lost: no linearizable read can answer now, so do not wait for one.
    if (conn.circuit.isOpen) return undefined;
    try {
      const res = await conn.range({ key: prefix, range_end: prefixEnd(prefix), limit: 1 }, 'commit outcome check');
      return res.kvs[0] ? Number(res.kvs[0].mod_revision) : 0;
    } catch (err) {
      if (!isErrorType(err, 'ServiceUnavailable')) throw err;
      await new Promise((r) => setTimeout(r, POLL_DELAY_MS));
    }
  } while (Date.now() < deadline);
  return undefined;
}

/** The ServiceUnavailable of a commit known not to have been applied. */
export function notWritten(err: unknown): Error {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const message = cause instanceof Error ? cause.message : String(cause);
  return domainError('ServiceUnavailable', { reason: `etcd quorum unavailable during commit: ${message}; nothing was written` }, { cause });
}

/**
 * The ServiceUnavailable of a commit whose outcome is unknown: an attempt of it may have reached
 * etcd and may still be applied (at most once: every attempt carries the "no marker yet" compare).
 */
export function mayHaveBeenWritten(err: unknown): Error {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const message = cause instanceof Error ? cause.message : String(cause);
  return domainError(
    'ServiceUnavailable',
    { reason: `etcd quorum unavailable during commit: ${message}; the transaction may or may not have been applied (it is all or nothing)` },
    { cause },
  );
}
