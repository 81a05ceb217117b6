import { domainError } from '@trellis/domain';
import type { WatchEvent, WatchOptions } from '../store';
import type { Layout } from './layout';
import type { RevisionFeed } from './revision-feed';

/** Log entries read per range read; bounds what one watcher holds in memory. */
const REPLAY_BATCH = 512;

type ChangesEvent = WatchEvent & { type: 'changes' };

export interface WatchSource {
  readonly layout: Layout;
  readonly feed: RevisionFeed;
  compactRevision(): number;
}

function readBatch(layout: Layout, afterRevision: number): ChangesEvent[] {
  const out: ChangesEvent[] = [];
  for (const { value } of layout.log.getRange({ start: afterRevision + 1, limit: REPLAY_BATCH })) out.push(value);
  return out;
}

function abortPromise(signal: AbortSignal | undefined): Promise<void> | undefined {
  if (!signal) return undefined;
  return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/**
 * Replays the log after `afterRevision`, then follows live commits. The log is read lazily in
 * bounded batches at the watcher's own pace, so a slow watcher costs a position, not a buffer.
 * A gap in front of the position (compaction overtook the watcher) ends the watch with
 * `compacted`, never a silent skip. Throws DomainError `StoreClosed` when the store closes.
 */
export async function* watchLog(source: WatchSource, options: WatchOptions): AsyncGenerator<WatchEvent, void, undefined> {
  const { layout, feed } = source;
  const filter = options.collections ? new Set(options.collections) : undefined;
  const signal = options.signal;
  const progressMs = options.progressIntervalMs && options.progressIntervalMs > 0 ? options.progressIntervalMs : 0;
  const aborted = abortPromise(signal);
  let position = options.afterRevision;
  let lastYieldMs = Date.now();

  const compacted = (): WatchEvent => ({ type: 'compacted', compactRevision: source.compactRevision(), currentRevision: feed.committed });

  for (;;) {
    if (signal?.aborted) return;
    if (feed.closed) throw domainError('StoreClosed', {});
    const batch = readBatch(layout, position);
    if (batch.length > 0) {
      // Revisions are contiguous, so a first entry past position+1 means compaction removed the rest.
      if (batch[0].revision !== position + 1) {
        yield compacted();
        return;
      }
      for (const event of batch) {
        position = event.revision;
        if (filter) {
          const changes = event.changes.filter((c) => filter.has(c.collection));
          if (changes.length === 0) {
            if (progressMs && Date.now() - lastYieldMs >= progressMs) {
              lastYieldMs = Date.now();
              yield { type: 'progress', revision: position };
            }
            continue;
          }
          yield changes.length === event.changes.length ? event : { ...event, changes };
        } else {
          yield event;
        }
        if (signal?.aborted) return;
      }
      lastYieldMs = Date.now();
      continue;
    }
    if (position < source.compactRevision()) {
      yield compacted();
      return;
    }
    // Caught up: wait for a commit, the abort signal, or the progress timer.
    // Taken in the same synchronous turn as the empty read, so no publish can slip in between.
    const changed = feed.changed();
    let timer: NodeJS.Timeout | undefined;
    const waits: Promise<unknown>[] = [changed];
    if (aborted) waits.push(aborted);
    let progressDue = false;
    if (progressMs) {
      const delay = Math.max(0, progressMs - (Date.now() - lastYieldMs));
      waits.push(new Promise<void>((resolve) => (timer = setTimeout(() => ((progressDue = true), resolve()), delay))));
    }
    try {
      await Promise.race(waits);
    } finally {
      if (timer) clearTimeout(timer);
    }
    if (progressDue && !signal?.aborted && !feed.closed) {
      lastYieldMs = Date.now();
      yield { type: 'progress', revision: position };
    }
  }
}
