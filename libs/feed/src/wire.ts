import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Change, Item, Key, WatchEvent } from '@trellis/store';

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

/** Decodes a Revision message into the store's Change shape. */
export function decodeChanges(revision: trellis.feed.v1.IRevision): Change[] {
  return (revision.changes ?? []).map((c) => {
    const isPut = c.type === pb.ChangeType.CHANGE_TYPE_PUT;
    const change: Change = {
      type: isPut ? 'put' : 'delete',
      collection: c.collection ?? '',
      key: keyFromJson(c.keyJson ?? 'null'),
      ...(isPut ? { value: valueFromBytes(c.valueJson) } : {}),
      createRevision: Number(c.createRevision ?? 0),
      modRevision: Number(c.modRevision ?? 0),
      version: Number(c.version ?? 0),
    };
    return change;
  });
}

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
