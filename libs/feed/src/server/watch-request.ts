import { domainError } from '@trellis/domain';
import type { trellis } from '@trellis/proto';
import { FEED_INPUT_LIMITS, boundedText, quoted } from './input-limits';

/** Most collections one Watch may name (central has about a dozen). */
export const MAX_WATCH_COLLECTIONS = 64;

/** A validated `WatchRequest`. */
export interface WatchRequest {
  readonly afterRevision: number;
  /** undefined = every collection. */
  readonly collections: readonly string[] | undefined;
  readonly consumer: string;
  /** 0 = the server's interval. */
  readonly progressIntervalMs: number;
}

/**
 * Validates a Watch request before anything is opened: a revision beyond 2^53 (decoded from a
 * uint64), too many or oversized collection names, or an oversized consumer name are
 * InvalidInput (INVALID_ARGUMENT); unknown collections are left to the store (UnknownCollection).
 */
export function toWatchRequest(message: trellis.feed.v1.IWatchRequest): WatchRequest {
  const afterRevision = Number(message.afterRevision ?? 0);
  if (!Number.isSafeInteger(afterRevision) || afterRevision < 0) {
    throw domainError('InvalidInput', { error_message: `after_revision ${String(message.afterRevision).slice(0, 32)} is out of range` });
  }
  const names = message.collections ?? [];
  if (names.length > MAX_WATCH_COLLECTIONS) {
    throw domainError('InvalidInput', { error_message: `${names.length} collections exceed the limit of ${MAX_WATCH_COLLECTIONS} per watch` });
  }
  for (let i = 0; i < names.length; i++) {
    if (names[i] === '') throw domainError('InvalidInput', { error_message: `collections[${i}] is empty` });
    boundedText(names[i], `collections[${i}]`, FEED_INPUT_LIMITS.maxIdBytes);
  }
  const consumer = boundedText(message.consumer, 'consumer', FEED_INPUT_LIMITS.maxIdBytes);
  const progressIntervalMs = Number(message.progressIntervalMs ?? 0);
  if (!Number.isSafeInteger(progressIntervalMs) || progressIntervalMs < 0) {
    throw domainError('InvalidInput', { error_message: `progress_interval_ms ${quoted(String(message.progressIntervalMs))} is out of range` });
  }
  return { afterRevision, collections: names.length > 0 ? [...names] : undefined, consumer, progressIntervalMs };
}
