import { isErrorType } from '@trellis/domain';
import type { ReadOptions, StaleReadInfo } from '../store';
import type { EtcdReader } from './etcd-connection';
import type { EtcdContext } from './etcd-context';
import { isAvailabilityError, toStoreError } from './etcd-errors';

/**
 * After a fallback read, further reads skip the linearizable attempt for this long: while the
 * quorum is lost every linearizable read would wait a whole request timeout first, and one
 * request (a port create reads several keys) would add those waits up. Past the window, the
 * next read tries linearizably again, so service returns to normal soon after quorum does.
 */
export const STALE_WINDOW_MS = 5_000;

/** Per store: until when reads go straight to a member, and the failure that opened the window. */
const degraded = new WeakMap<EtcdContext, { until: number; reason: string }>();

/**
 * Runs `read` linearizably; when that fails for availability (typically: the etcd quorum is
 * lost, so no member can confirm it holds the latest data), runs it again as serializable
 * reads on the first member that answers, and reports the stale answer to the store's
 * `onStaleRead` and the call's `onStale` before returning it. The whole of one fallback read
 * goes to one member, so a multi-request read (list by index) is still one consistent image.
 */
export async function readWithFallback<T>(
  ctx: EtcdContext,
  operation: string,
  readOptions: ReadOptions | undefined,
  read: (reader: EtcdReader) => Promise<T>,
): Promise<T> {
  const window = degraded.get(ctx);
  if (ctx.staleReads && !ctx.conn.isClosed && window && window.until > Date.now()) {
    const stale = await readFromAnyMember(ctx, operation, readOptions, read, window.reason);
    if (stale) return stale.result;
    // No member answers any more: take the normal path, which reports its own failure.
    degraded.delete(ctx);
    return read(ctx.conn);
  }
  try {
    return await read(ctx.conn);
  } catch (err) {
    if (!ctx.staleReads || ctx.conn.isClosed || !isErrorType(err, 'ServiceUnavailable')) throw err;
    const stale = await readFromAnyMember(ctx, operation, readOptions, read, err.message);
    if (stale) return stale.result;
    throw err;
  }
}

/** Serializable read on the first member that answers; opens the stale-read window on success. */
async function readFromAnyMember<T>(
  ctx: EtcdContext,
  operation: string,
  readOptions: ReadOptions | undefined,
  read: (reader: EtcdReader) => Promise<T>,
  reason: string,
): Promise<{ result: T } | undefined> {
  for (const reader of ctx.conn.memberReaders()) {
    let result: T;
    try {
      result = await read(reader);
    } catch (memberErr) {
      if (isAvailabilityError(memberErr)) continue;
      throw toStoreError(memberErr, operation);
    }
    degraded.set(ctx, { until: Date.now() + STALE_WINDOW_MS, reason });
    const info: StaleReadInfo = { operation, revision: reader.revision, member: reader.member, reason };
    notify(ctx.onStaleRead, info);
    notify(readOptions?.onStale, info);
    return { result };
  }
  return undefined;
}

/** A caller's callback must not turn a good answer into a failure. */
function notify(fn: ((info: StaleReadInfo) => void) | undefined, info: StaleReadInfo): void {
  try {
    fn?.(info);
  } catch {
    // ignored on purpose: the read itself succeeded
  }
}
