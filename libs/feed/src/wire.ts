import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Change, Item, Key, WatchEvent } from '@trellis/store';
import type { RejectedChange } from './types';

const pb = trellis.feed.v1;
const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

export const keyToJson = (key: Key): string => JSON.stringify(key);

export function keyFromJson(json: string): Key {
  const key = JSON.parse(json) as unknown;
  const isPart = (p: unknown) => typeof p === 'string' || typeof p === 'number';
  if (isPart(key) || (Array.isArray(key) && key.every(isPart))) return key as Key;
  throw domainError('InvalidKey', { collection: '(feed)', reason: `not a key: ${json.slice(0, 80)}` });
}

export const valueToBytes = (value: unknown): Uint8Array => (value === undefined ? new Uint8Array(0) : textEncoder.encode(JSON.stringify(value)));

export const valueFromBytes = (bytes: Uint8Array | null | undefined): unknown =>
  bytes && bytes.length > 0 ? (JSON.parse(textDecoder.decode(bytes)) as unknown) : undefined;

type ChangesEvent = Extract<WatchEvent, { type: 'changes' }>;

/** Encodes one revision as a WatchResponse frame (the bytes every subscriber gets). */
export function encodeRevisionFrame(event: ChangesEvent): Buffer {
  const changes = event.changes.map((c) => ({
    type: c.type === 'put' ? pb.ChangeType.CHANGE_TYPE_PUT : pb.ChangeType.CHANGE_TYPE_DELETE,
    collection: c.collection,
    keyJson: keyToJson(c.key),
    valueJson: c.type === 'put' ? valueToBytes(c.value) : new Uint8Array(0),
    createRevision: c.createRevision,
    modRevision: c.modRevision,
    version: c.version,
  }));
  return frame({ revision: { revision: event.revision, timestampMs: event.timestampMs, changes } });
}

export function encodeSnapshotItem(collection: string, item: Item<unknown>): trellis.feed.v1.ISnapshotItem {
  return {
    collection,
    keyJson: keyToJson(item.key),
    valueJson: valueToBytes(item.value),
    createRevision: item.createRevision,
    modRevision: item.modRevision,
    version: item.version,
  };
}

export const frame = (message: trellis.feed.v1.IWatchResponse): Buffer => pb.WatchResponse.encode(message).finish() as Buffer;

/**
 * Decodes a Revision message into the store's Change shape. A change whose key or value does
 * not decode (bad JSON, bad UTF-8, an unknown change type) goes to `rejected`, never into the
 * changes: a consumer must not take it for a delete, nor stall the stream on it.
 */
export function decodeChanges(revision: trellis.feed.v1.IRevision, rejected: RejectedChange[] = []): Change[] {
  const out: Change[] = [];
  for (const c of revision.changes ?? []) {
    const collection = c.collection ?? '';
    try {
      const isPut = c.type === pb.ChangeType.CHANGE_TYPE_PUT;
      if (!isPut && c.type !== pb.ChangeType.CHANGE_TYPE_DELETE) throw new Error(`change type ${String(c.type)} is unknown`);
      const value = isPut ? valueFromBytes(c.valueJson) : undefined;
      if (isPut && value === undefined) throw new Error('put without a value');
      out.push({
        type: isPut ? 'put' : 'delete',
        collection,
        key: keyFromJson(c.keyJson ?? 'null'),
        ...(isPut ? { value } : {}),
        createRevision: Number(c.createRevision ?? 0),
        modRevision: Number(c.modRevision ?? 0),
        version: Number(c.version ?? 0),
      });
    } catch (err) {
      rejected.push({ collection, id: (c.keyJson ?? '').slice(0, 128), reason: (err as Error).message.slice(0, 160) });
    }
  }
  return out;
}

/** Decodes one snapshot item. @throws when its key or value does not decode (see watchOnce). */
export function decodeSnapshotItem(item: trellis.feed.v1.ISnapshotItem): { collection: string; item: Item<unknown> } {
  return {
    collection: item.collection ?? '',
    item: {
      key: keyFromJson(item.keyJson ?? 'null'),
      value: valueFromBytes(item.valueJson),
      createRevision: Number(item.createRevision ?? 0),
      modRevision: Number(item.modRevision ?? 0),
      version: Number(item.version ?? 0),
    },
  };
}
