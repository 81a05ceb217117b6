import { once } from 'node:events';
import type { Client, ClientReadableStream } from '@grpc/grpc-js';
import { FeedV2Service, trellis } from '@trellis/proto';
import { kindFromWire, kindToWire } from './kinds';
import { checkResource, isRejected } from './resource-check';
import type { FeedResource, RejectedResource, ResourceChange, ResourceEvent, ResourceKind } from './resources';

const pb = trellis.feed.v2;
type WatchResponse = trellis.feed.v2.WatchResponse;

export interface WatchV2Options {
  readonly afterRevision: number;
  readonly kinds: readonly ResourceKind[];
  readonly consumer: string;
  readonly progressIntervalMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * One v2 Watch call on one target, as ResourceEvents (see watchOnce for the v1 form). Every
 * resource is decoded and checked on its own; one that fails is yielded in `rejected`, never as
 * a change, and never as missing from a snapshot.
 */
export async function* watchOnceV2(client: Client, target: string, options: WatchV2Options): AsyncGenerator<ResourceEvent, void, undefined> {
  const def = FeedV2Service.watch;
  const call: ClientReadableStream<WatchResponse> = client.makeServerStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, {
    afterRevision: options.afterRevision,
    kinds: options.kinds.map(kindToWire),
    consumer: options.consumer,
    progressIntervalMs: options.progressIntervalMs ?? 0,
  });
  call.on('error', () => {});
  const onAbort = () => call.cancel();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) return;
    await once(call, 'metadata');
    yield { type: 'connection', connected: true, target };
    let snapshot: { resources: FeedResource[]; rejected: RejectedResource[] } | undefined;
    for await (const message of call as AsyncIterable<WatchResponse>) {
      switch (message.kind) {
        case 'revision': {
          const revision = message.revision as trellis.feed.v2.IRevision;
          const changes: ResourceChange[] = [];
          const rejected: RejectedResource[] = [];
          for (const c of revision.changes ?? []) decodeChange(c, changes, rejected);
          yield { type: 'revision', revision: Number(revision.revision), timestampMs: Number(revision.timestampMs ?? 0), changes, rejected };
          break;
        }
        case 'snapshotChunk': {
          snapshot ??= { resources: [], rejected: [] };
          for (const item of message.snapshotChunk?.items ?? []) {
            const kind = kindFromWire(item.kind);
            const id = item.id ?? '';
            if (!kind) {
              snapshot.rejected.push({ kind: 'unknown', id, reason: `resource kind ${String(item.kind)} is unknown` });
              continue;
            }
            const checked = checkResource(kind, id, item.resource);
            if (isRejected(checked)) snapshot.rejected.push(checked);
            else snapshot.resources.push(checked);
          }
          break;
        }
        case 'snapshotEnd': {
          const image = snapshot ?? { resources: [], rejected: [] };
          snapshot = undefined;
          yield { type: 'snapshot', revision: Number(message.snapshotEnd?.revision ?? 0), ...image };
          break;
        }
        case 'progress':
          yield { type: 'progress', revision: Number(message.progress?.revision ?? 0) };
          break;
        default:
          break;
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    call.cancel();
  }
}

function decodeChange(c: trellis.feed.v2.IChange, changes: ResourceChange[], rejected: RejectedResource[]): void {
  const kind = kindFromWire(c.kind);
  const id = c.id ?? '';
  if (!kind || id === '') {
    rejected.push({ kind: kind ?? 'unknown', id, reason: kind ? 'change without an id' : `resource kind ${String(c.kind)} is unknown` });
    return;
  }
  if (c.type === pb.ChangeType.CHANGE_TYPE_DELETE) {
    changes.push({ type: 'delete', kind, id });
    return;
  }
  if (c.type !== pb.ChangeType.CHANGE_TYPE_PUT) {
    // An unknown change type is not a delete either.
    rejected.push({ kind, id, reason: `change type ${String(c.type)} is unknown` });
    return;
  }
  const checked = checkResource(kind, id, c.resource);
  if (isRejected(checked)) rejected.push(checked);
  else changes.push({ type: 'put', resource: checked });
}
