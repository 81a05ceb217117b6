import type { RootDatabase } from 'lmdb';

/**
 * Runs `callback` as one lmdb write transaction and settles once that transaction is durable:
 * committed and flushed to disk (data pages and meta page synced), not merely visible.
 *
 * Why not just the transaction's promise: with `overlappingSync` (lmdb-js's default on Linux)
 * the sync runs after the commit, outside the writer lock. In lmdb-js 3.5 the promise happens to
 * settle after that sync (the native commit returns only once it is done), but lmdb-js documents
 * it as "committed", with durability signalled by the environment's `flushed`. Awaiting
 * `flushed` as well makes the contract explicit and survives a change of that detail; when the
 * sync is already done it costs a few microseconds (see libs/store/README.md, "Durability").
 * Concurrent commits that share one transaction (group commit) share its flush.
 */
export function durableTransaction(root: RootDatabase, callback: () => void): Promise<void> {
  const committed = root.transaction(callback);
  // Bound now: `flushed` follows the newest write queued so far, which is this transaction
  // (a later one only makes the wait longer, never shorter).
  const flushed = new Promise<void>((resolve, reject) => void root.flushed.then(() => resolve(), reject));
  flushed.catch(() => undefined); // observed below; a failed commit must not leave it unhandled
  return committed.then(() => flushed);
}
