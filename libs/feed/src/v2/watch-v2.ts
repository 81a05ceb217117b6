import type { ServerWritableStream } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import { toGrpcStatus } from '../grpc-errors';
import { FEED_INPUT_LIMITS, boundedText } from '../server/input-limits';
import { decodeRequest } from '../server/request-decoding';
import { serveWatchView, type WatchSessionOptions } from '../server/watch-session';
import { kindFromWire, kindsKey } from './kinds';
import { collectionsOf, projectChange, projectSnapshotItem } from './projection';
import type { ResourceKind } from './resources';

const pb = trellis.feed.v2;
type WatchCall = ServerWritableStream<trellis.feed.v2.WatchRequest | Buffer, Buffer>;

const frame = (message: trellis.feed.v2.IWatchResponse): Buffer => pb.WatchResponse.encode(message).finish() as Buffer;

/** A validated v2 WatchRequest. */
export interface WatchV2Request {
  readonly afterRevision: number;
  readonly kinds: readonly ResourceKind[];
  readonly consumer: string;
  readonly progressIntervalMs: number;
}

/** Validates a v2 Watch request: at least one known kind; numbers in range (InvalidInput). */
export function toWatchV2Request(message: trellis.feed.v2.IWatchRequest): WatchV2Request {
  const afterRevision = Number(message.afterRevision ?? 0);
  if (!Number.isSafeInteger(afterRevision) || afterRevision < 0) {
    throw domainError('InvalidInput', { error_message: `after_revision ${String(message.afterRevision).slice(0, 32)} is out of range` });
  }
  const kinds: ResourceKind[] = [];
  for (const wire of message.kinds ?? []) {
    const kind = kindFromWire(wire);
    if (!kind) throw domainError('InvalidInput', { error_message: `resource kind ${String(wire).slice(0, 16)} is unknown` });
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw domainError('InvalidInput', { error_message: 'kinds: at least one resource kind is required' });
  const progressIntervalMs = Number(message.progressIntervalMs ?? 0);
  if (!Number.isSafeInteger(progressIntervalMs) || progressIntervalMs < 0) {
    throw domainError('InvalidInput', { error_message: `progress_interval_ms ${String(message.progressIntervalMs).slice(0, 32)} is out of range` });
  }
  return { afterRevision, kinds, consumer: boundedText(message.consumer, 'consumer', FEED_INPUT_LIMITS.maxIdBytes), progressIntervalMs };
}

/**
 * Serves one `trellis.feed.v2.Feed/Watch`: the store's revisions projected to the asked kinds
 * (projection.ts). A revision that projects to nothing is not sent. Frames are encoded once per
 * (revision, kinds) and shared through the frame cache, as v1's are.
 */
export async function serveWatchV2(call: WatchCall, options: WatchSessionOptions): Promise<void> {
  let request: WatchV2Request;
  try {
    request = toWatchV2Request(decodeRequest(call.request, pb.WatchRequest.decode, 'WatchRequest'));
  } catch (err) {
    call.emit('error', toGrpcStatus(err, options.log));
    return;
  }
  const { kinds } = request;
  const filterKey = kindsKey(kinds);
  await serveWatchView(call, options, {
    afterRevision: request.afterRevision,
    consumer: request.consumer,
    progressIntervalMs: request.progressIntervalMs,
    collections: collectionsOf(kinds),
    revisionFrame: (event) =>
      options.frames.frame(event.revision, filterKey, () => {
        const changes: trellis.feed.v2.IChange[] = [];
        for (const change of event.changes) projectChange(change, kinds, changes);
        return changes.length === 0 ? undefined : frame({ revision: { revision: event.revision, timestampMs: event.timestampMs, changes } });
      }),
    snapshotItems: (collection, item, out) => projectSnapshotItem(collection, item, kinds, out as trellis.feed.v2.ISnapshotItem[]),
    snapshotChunkFrame: (revision, items) => frame({ snapshotChunk: { revision, items: items as trellis.feed.v2.ISnapshotItem[] } }),
    snapshotEndFrame: (revision, itemCount) => frame({ snapshotEnd: { revision, itemCount } }),
    progressFrame: (revision) => frame({ progress: { revision } }),
  });
}
