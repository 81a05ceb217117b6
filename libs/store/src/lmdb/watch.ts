import { domainError } from '@trellis/domain';
import type { WatchEvent, WatchOptions } from '../store';
import type { Layout } from './layout';
import type { RevisionFeed } from './revision-feed';

/** Log entries read per range read; bounds what one watcher holds in memory. */
const REPLAY_BATCH = 512;

type ChangesEvent = WatchEvent & { type: 'changes' };
type Result = IteratorResult<WatchEvent, undefined>;

const DONE: Result = { done: true, value: undefined };

export interface WatchSource {
  readonly layout: Layout;
  readonly feed: RevisionFeed;
  compactRevision(): number;
}

/**
 * Replays the log after `afterRevision`, then follows live commits. The log is read lazily in
 * bounded batches at the watcher's own pace, so a slow watcher costs a position, not a buffer.
 * A gap in front of the position (compaction overtook the watcher) ends the watch with
 * `compacted`, never a silent skip. Throws DomainError `StoreClosed` when the store closes.
 */
export function watchLog(source: WatchSource, options: WatchOptions): AsyncIterable<WatchEvent> {
  return { [Symbol.asyncIterator]: () => new LogWatcher(source, options) };
}

/**
 * Optimization: a hand-written iterator rather than an async generator. During replay next()
 * serves from the current batch with one resolved promise and no generator resumption, which
 * roughly doubles replay throughput.
 */
class LogWatcher implements AsyncIterator<WatchEvent, undefined> {
  readonly #source: WatchSource;
  readonly #filter: ReadonlySet<string> | undefined;
  readonly #signal: AbortSignal | undefined;
  readonly #progressMs: number;
  #position: number;
  #batch: ChangesEvent[] = [];
  #next = 0;
  #lastYieldMs = Date.now();
  #ended = false;
  #aborted: Promise<void> | undefined;

  constructor(source: WatchSource, options: WatchOptions) {
    this.#source = source;
    this.#filter = options.collections ? new Set(options.collections) : undefined;
    this.#signal = options.signal;
    this.#progressMs = options.progressIntervalMs && options.progressIntervalMs > 0 ? options.progressIntervalMs : 0;
    this.#position = options.afterRevision;
  }

  next(): Promise<Result> {
    try {
      const ready = this.#step();
      return ready === undefined ? this.#wait() : Promise.resolve(ready);
    } catch (err) {
      this.#ended = true;
      return Promise.reject(err);
    }
  }

  return(): Promise<Result> {
    this.#ended = true;
    this.#batch = [];
    return Promise.resolve(DONE);
  }

  /** The next result available without waiting, or undefined when caught up. */
  #step(): Result | undefined {
    for (;;) {
      if (this.#ended || this.#signal?.aborted) return this.#end();
      if (this.#source.feed.closed) throw domainError('StoreClosed', {});
      if (this.#next < this.#batch.length) {
        const event = this.#batch[this.#next++];
        this.#position = event.revision;
        const out = this.#filtered(event);
        if (out) {
          this.#lastYieldMs = Date.now();
          return { done: false, value: out };
        }
        if (this.#progressMs && Date.now() - this.#lastYieldMs >= this.#progressMs) return this.#progress();
        continue;
      }
      this.#batch = this.#read();
      this.#next = 0;
      if (this.#batch.length > 0) {
        // Revisions are contiguous, so a first entry past position+1 means compaction removed the rest.
        if (this.#batch[0].revision !== this.#position + 1) return this.#compacted();
        continue;
      }
      if (this.#position < this.#source.compactRevision()) return this.#compacted();
      return undefined;
    }
  }

  #filtered(event: ChangesEvent): WatchEvent | undefined {
    if (!this.#filter) return event;
    const filter = this.#filter;
    const changes = event.changes.filter((c) => filter.has(c.collection));
    if (changes.length === 0) return undefined;
    return changes.length === event.changes.length ? event : { ...event, changes };
  }

  #read(): ChangesEvent[] {
    const out: ChangesEvent[] = [];
    for (const { value } of this.#source.layout.log.getRange({ start: this.#position + 1, limit: REPLAY_BATCH })) out.push(value);
    return out;
  }

  /** Caught up: wait for a commit, the abort signal or the progress timer, then step again. */
  async #wait(): Promise<Result> {
    for (;;) {
      // Taken in the same synchronous turn as the empty read, so no publish can slip in between.
      const waits: Promise<unknown>[] = [this.#source.feed.changed()];
      const aborted = this.#abortPromise();
      if (aborted) waits.push(aborted);
      let timer: NodeJS.Timeout | undefined;
      let progressDue = false;
      if (this.#progressMs) {
        const delay = Math.max(0, this.#progressMs - (Date.now() - this.#lastYieldMs));
        waits.push(new Promise<void>((resolve) => (timer = setTimeout(() => ((progressDue = true), resolve()), delay))));
      }
      try {
        await Promise.race(waits);
      } finally {
        if (timer) clearTimeout(timer);
      }
      if (progressDue && !this.#ended && !this.#signal?.aborted && !this.#source.feed.closed) return this.#progress();
      const ready = this.#step();
      if (ready !== undefined) return ready;
    }
  }

  #abortPromise(): Promise<void> | undefined {
    const signal = this.#signal;
    if (!signal) return undefined;
    this.#aborted ??= new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    return this.#aborted;
  }

  #progress(): Result {
    this.#lastYieldMs = Date.now();
    return { done: false, value: { type: 'progress', revision: this.#position } };
  }

  #compacted(): Result {
    const { feed } = this.#source;
    const value: WatchEvent = { type: 'compacted', compactRevision: this.#source.compactRevision(), currentRevision: feed.committed };
    this.#ended = true;
    this.#batch = [];
    return { done: false, value };
  }

  #end(): Result {
    this.#ended = true;
    this.#batch = [];
    return DONE;
  }
}
