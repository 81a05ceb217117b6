import { once } from 'node:events';
import type { Client, ClientReadableStream } from '@grpc/grpc-js';
import { FeedService, type trellis } from '@trellis/proto';
import type { Item } from '@trellis/store';
import type { FeedEvent, RejectedChange } from '../types';
import { decodeChanges, decodeSnapshotItem } from '../wire';

export interface WatchRequestOptions {
  readonly afterRevision: number;
  readonly collections?: readonly string[];
  readonly consumer: string;
  readonly progressIntervalMs?: number;
  readonly signal?: AbortSignal;
}

type WatchResponse = trellis.feed.v1.WatchResponse;

/**
 * One Watch call on one target, as FeedEvents: `connection` once the server answered, then
 * revisions, progress and whole snapshots (chunks are held until SnapshotEnd and dropped if the
 * stream breaks first). Ends or throws when the call does; the caller reconnects.
 */
export async function* watchOnce(client: Client, target: string, options: WatchRequestOptions): AsyncGenerator<FeedEvent, void, undefined> {
  const def = FeedService.watch;
  const call: ClientReadableStream<WatchResponse> = client.makeServerStreamRequest(
    def.path,
    def.requestSerialize,
    def.responseDeserialize,
    {
      afterRevision: options.afterRevision,
      collections: options.collections ? [...options.collections] : [],
      consumer: options.consumer,
      progressIntervalMs: options.progressIntervalMs ?? 0,
    },
  );
  // The iterator below reports errors while it runs; this listener covers the rest of the call's
  // life (before iteration, and the CANCELLED that cancel() emits on a later tick). It stays.
  call.on('error', () => {});
  const onAbort = () => call.cancel();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) return;
    await once(call, 'metadata');
    yield { type: 'connection', connected: true, target };
    let snapshot: Map<string, Item<unknown>[]> | undefined;
    let snapshotRejected: RejectedChange[] = [];
    for await (const message of call as AsyncIterable<WatchResponse>) {
      switch (message.kind) {
        case 'revision': {
          const revision = message.revision as trellis.feed.v1.IRevision;
          const rejected: RejectedChange[] = [];
          const changes = decodeChanges(revision, rejected);
          yield { type: 'revision', revision: Number(revision.revision), timestampMs: Number(revision.timestampMs ?? 0), changes, ...(rejected.length > 0 ? { rejected } : {}) };
          break;
        }
        case 'snapshotChunk': {
          snapshot ??= new Map();
          for (const raw of message.snapshotChunk?.items ?? []) {
            let decoded;
            try {
              decoded = decodeSnapshotItem(raw);
            } catch (err) {
              snapshotRejected.push({ collection: raw.collection ?? '', id: (raw.keyJson ?? '').slice(0, 128), reason: (err as Error).message.slice(0, 160) });
              continue;
            }
            const { collection, item } = decoded;
            let list = snapshot.get(collection);
            if (!list) snapshot.set(collection, (list = []));
            list.push(item);
          }
          break;
        }
        case 'snapshotEnd': {
          const revision = Number(message.snapshotEnd?.revision ?? 0);
          const collections = snapshot ?? new Map<string, Item<unknown>[]>();
          for (const name of options.collections ?? []) if (!collections.has(name)) collections.set(name, []);
          snapshot = undefined;
          const rejected = snapshotRejected;
          snapshotRejected = [];
          yield { type: 'snapshot', revision, collections, ...(rejected.length > 0 ? { rejected } : {}) };
          break;
        }
        case 'progress':
          yield { type: 'progress', revision: Number(message.progress?.revision ?? 0) };
          break;
        default:
          // A newer server's message kind: skipping it keeps this client working.
          break;
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    call.cancel();
  }
}
