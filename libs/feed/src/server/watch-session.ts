import { Metadata, status, type ServerWritableStream } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import { toGrpcStatus } from '../grpc-errors';
import { encodeSnapshotItem, frame } from '../wire';
import type { FeedMetrics } from './feed-metrics';
import { filterKeyOf, type FrameCache } from './frame-cache';
import { SubscriberSink } from './subscriber-sink';
import { decodeRequest } from './request-decoding';
import { toWatchRequest, type WatchRequest } from './watch-request';

export const EVICTION_DETAILS = 'consumer too slow; resume from your last revision';

export interface WatchSessionOptions {
  readonly store: Store;
  readonly log: Logger;
  readonly frames: FrameCache;
  readonly chunkItems: number;
  readonly chunkBytes: number;
  readonly queueLimitBytes: number;
  readonly stallTimeoutMs: number;
  readonly progressIntervalMs: number;
  readonly metrics?: FeedMetrics;
}

type WatchCall = ServerWritableStream<trellis.feed.v1.WatchRequest, Buffer>;

class Evicted extends Error {}

/**
 * Serves one Watch call: replays and follows the store's revision log from `after_revision`;
 * when that position is compacted, streams a snapshot (chunks, then the end marker) and follows
 * on from the snapshot's revision.
 *
 * Pacing: while catching up (replaying revisions that were already committed when the session
 * or its snapshot started) production waits for the stream to drain, so a lagging reader only
 * costs a log position. Once at the head, new revisions are pushed as they commit; when a burst
 * would take the bounded queue past its limit, production again waits for the drain and the
 * reader catches up from the log (the store's watch is pulled, so nothing piles up in memory).
 * A reader that takes nothing for `stallTimeoutMs` while frames wait is ended with UNAVAILABLE,
 * to resume from its last revision later.
 */
export async function serveWatch(call: WatchCall, options: WatchSessionOptions): Promise<void> {
  const { store, frames, metrics } = options;
  let request: WatchRequest;
  try {
    request = toWatchRequest(decodeRequest(call.request, trellis.feed.v1.WatchRequest.decode, 'WatchRequest'));
  } catch (err) {
    call.emit('error', toGrpcStatus(err, options.log));
    return;
  }
  const collections = request.collections ? [...request.collections] : undefined;
  const filterKey = filterKeyOf(collections);
  const consumer = request.consumer || call.getPeer();
  const log = options.log.child({ consumer });
  const controller = new AbortController();
  const signal = controller.signal;
  const sink = new SubscriberSink(call, options.queueLimitBytes);
  const onCancelled = () => controller.abort();
  call.on('cancelled', onCancelled);
  if (call.cancelled) controller.abort();
  // The interval asked for may only be shorter than the server's, never disable progress.
  const progressIntervalMs = request.progressIntervalMs ? Math.min(request.progressIntervalMs, options.progressIntervalMs) : options.progressIntervalMs;
  let position = request.afterRevision;

  const push = (bytes: Buffer): void => {
    if (!sink.push(bytes)) throw new Evicted();
  };
  /** Waits for the stream to drain; a reader that stays stalled for stallTimeoutMs is evicted. */
  const drained = async (): Promise<void> => {
    if (sink.idle) return;
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((resolve) => (timer = setTimeout(() => resolve('stalled'), options.stallTimeoutMs)));
    try {
      if ((await Promise.race([sink.whenIdle(), stalled])) === 'stalled') throw new Evicted();
    } finally {
      clearTimeout(timer);
    }
  };

  const sendSnapshot = async (): Promise<number> => {
    const snapshot = await store.snapshot(collections);
    let items: trellis.feed.v1.ISnapshotItem[] = [];
    let bytes = 0;
    let count = 0;
    const flush = async () => {
      await drained();
      if (signal.aborted || sink.closed) return;
      push(frame({ snapshotChunk: { revision: snapshot.revision, items } }));
      items = [];
      bytes = 0;
    };
    for (const [collection, list] of snapshot.collections) {
      for (const item of list) {
        const encoded = encodeSnapshotItem(collection, item);
        items.push(encoded);
        count++;
        bytes += (encoded.valueJson?.length ?? 0) + (encoded.keyJson?.length ?? 0) + collection.length + 24;
        if (items.length >= options.chunkItems || bytes >= options.chunkBytes) await flush();
        if (signal.aborted) return snapshot.revision;
      }
    }
    if (items.length > 0) await flush();
    await drained();
    if (!signal.aborted) push(frame({ snapshotEnd: { revision: snapshot.revision, itemCount: count } }));
    metrics?.snapshots.inc();
    log.info({ revision: snapshot.revision, items: count }, 'feed snapshot sent');
    return snapshot.revision;
  };

  const follow = async (): Promise<void> => {
    if (!Number.isSafeInteger(position) || position < 0) {
      throw domainError('BadRequest', { resource: 'feed watch', msg: `after_revision must be an integer >= 0, got ${position}` });
    }
    // Each pass either ends the session or moves `position` forward past a snapshot.
    while (!signal.aborted) {
      const head = await store.currentRevision();
      let live = false;
      let compacted = false;
      for await (const event of store.watch({ afterRevision: position, collections, signal, progressIntervalMs })) {
        if (event.type === 'compacted') {
          log.info({ position, compactRevision: event.compactRevision }, 'feed position compacted; sending a snapshot');
          compacted = true;
          break;
        }
        if (event.type === 'progress') {
          live = true;
          position = Math.max(position, event.revision);
          // Progress only matters to an idle reader; a busy one learns its position from data.
          if (sink.idle) push(frame({ progress: { revision: event.revision } }));
          continue;
        }
        if (!live && event.revision >= head) live = true;
        const bytes = frames.revision(event, filterKey);
        if (!live || sink.pendingBytes + bytes.length > options.queueLimitBytes) await drained();
        if (signal.aborted) return;
        push(bytes);
        metrics?.revisionsSent.inc();
        position = event.revision;
      }
      if (!compacted) return;
      position = await sendSnapshot();
    }
  };

  log.info({ afterRevision: position, collections }, 'feed watch started');
  metrics?.subscribers.inc();
  try {
    call.sendMetadata(new Metadata());
    await follow();
    if (!signal.aborted) call.end();
  } catch (err) {
    if (err instanceof Evicted) {
      metrics?.evictions.inc();
      log.warn({ position, queuedBytes: sink.pendingBytes, limitBytes: options.queueLimitBytes }, 'evicting slow feed consumer');
      call.emit('error', { code: status.UNAVAILABLE, details: EVICTION_DETAILS });
    } else if (!signal.aborted) {
      call.emit('error', toGrpcStatus(err, log));
    }
  } finally {
    metrics?.subscribers.dec();
    controller.abort();
    sink.close();
    call.removeListener('cancelled', onCancelled);
    log.info({ position, maxQueuedBytes: sink.maxQueuedBytes, backpressureCount: sink.backpressureCount }, 'feed watch ended');
  }
}
