import type { Change, Key, WatchEvent } from '@trellis/store';

/** One key's change as live-event clients see it. */
export interface LiveChange {
  readonly type: 'put' | 'delete';
  readonly collection: string;
  readonly key: Key;
  /** The new value; null for a delete. */
  readonly value: unknown;
}

/**
 * What `GET /v2.0/trellis/events` sends, one JSON text frame each:
 * - `subscribed` first: the revision the stream starts after (what `after_revision` resolved to);
 * - `changes`: one committed revision, in order, with every change it made;
 * - `compacted`: `after_revision` (or a later position) is older than the retained log; changes up to
 *   `resume_revision` are not replayed (reload current state over REST), the stream goes on after it;
 *   `reason: "replay_limit"` when the log is there but more than the server's replay bound behind;
 * - `progress`: sent when idle, so clients can persist their position.
 */
export type LiveMessage =
  | { readonly type: 'subscribed'; readonly after_revision: number }
  | { readonly type: 'changes'; readonly revision: number; readonly timestamp: string; readonly changes: readonly LiveChange[] }
  | { readonly type: 'compacted'; readonly after_revision: number; readonly compact_revision: number; readonly resume_revision: number; readonly reason?: 'replay_limit' }
  | { readonly type: 'progress'; readonly revision: number };

function liveChange(change: Change): LiveChange {
  return { type: change.type, collection: change.collection, key: change.key, value: change.type === 'put' ? change.value : null };
}

/** The message for one store watch event; `position` is the revision the watch started after. */
export function toLiveMessage(event: WatchEvent, position: number): LiveMessage {
  switch (event.type) {
    case 'changes':
      return { type: 'changes', revision: event.revision, timestamp: new Date(event.timestampMs).toISOString(), changes: event.changes.map(liveChange) };
    case 'compacted':
      return { type: 'compacted', after_revision: position, compact_revision: event.compactRevision, resume_revision: event.currentRevision };
    case 'progress':
      return { type: 'progress', revision: event.revision };
  }
}
