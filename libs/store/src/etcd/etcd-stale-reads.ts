import { isErrorType } from '@trellis/domain';
import type { ReadOptions, StaleReadInfo } from '../store';
import type { EtcdReader } from './etcd-connection';
import type { EtcdContext } from './etcd-context';
import { isAvailabilityError, toStoreError } from './etcd-errors';

/**
 * Runs `read` linearizably; when that fails for availability (typically: the etcd quorum is
 * lost, so no member can confirm it holds the latest data), runs it again as serializable
 * reads on the first member that answers, and reports the stale answer to the store's
 * `onStaleRead` and the call's `onStale` before returning it. The whole of one fallback read
 * goes to one member, so a multi-request read (list by index) is still one consistent image.
 *
 * While the quorum circuit is open the linearizable attempt is one quick try without retries
 * (a member without a leader refuses it at once), so a read does not wait a request timeout
 * first; and since any linearizable success closes the circuit, reads are linearizable again
 * from the first moment quorum can serve them (never stale by a timer, which once answered
 * from a member still catching up after quorum had returned).
 */
export async function readWithFallback<T>(
  ctx: EtcdContext,
  operation: string,
  readOptions: ReadOptions | undefined,
  read: (reader: EtcdReader) => Promise<T>,
): Promise<T> {
  const degraded = ctx.staleReads && ctx.conn.circuit.isOpen;
  try {
    return await read(degraded ? ctx.conn.quickReader() : ctx.conn);
  } catch (err) {
    if (!ctx.staleReads || ctx.conn.isClosed || !isErrorType(err, 'ServiceUnavailable')) throw err;
    const reason = ctx.conn.circuit.isOpen ? `etcd quorum unavailable during read: ${ctx.conn.circuit.reason}` : err.message;
    for (const reader of ctx.conn.memberReaders()) {
      let result: T;
      try {
        result = await read(reader);
      } catch (memberErr) {
        if (isAvailabilityError(memberErr)) continue;
        throw toStoreError(memberErr, operation);
      }
      const info: StaleReadInfo = { operation, revision: reader.revision, member: reader.member, reason };
      notify(ctx.onStaleRead, info);
      notify(readOptions?.onStale, info);
      return result;
    }
    throw err;
  }
}

/** A caller's callback must not turn a good answer into a failure. */
function notify(fn: ((info: StaleReadInfo) => void) | undefined, info: StaleReadInfo): void {
  try {
    fn?.(info);
  } catch {
    // ignored on purpose: the read itself succeeded
  }
}
