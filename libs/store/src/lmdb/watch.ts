import { domainError } from '@trellis/domain';
import type { WatchEvent, WatchOptions } from '../store';
import type { Layout } from './layout';
import { decodeRevision, recordCount } from './log-record';
import type { RevisionFeed } from './revision-feed';

/** Log records read per range read… */
const READ_RECORDS = 32;
/** …or fewer once this many bytes are in hand; bounds what one watcher holds in memory. */
const READ_BYTES = 1024 * 1024;

/** Revisions this close to the committed head are shared between watchers once decoded. */
const HEAD_REVISIONS = 64;

/** lmdb hands out copies of binary values, as Buffers or plain Uint8Arrays. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A log record as read: raw bytes, decoded one revision at a time. */
interface HeldRecord {
  readonly key: number;
  readonly first: number;
  readonly bytes: Buffer;
}

type ChangesEvent = WatchEvent & { type: 'changes' };
type Result = IteratorResult<WatchEvent, undefined>;

const DONE: Result = { done: true, value: undefined };

export interface WatchSource {
  readonly layout: Layout;
  readonly feed: RevisionFeed;
  /** The compact revision as of the last committed compaction step (cheap: asked per revision). */
  compactRevision(): number;
  /** Revisions near the head, decoded once for every watcher (optional). */
  readonly decoded?: DecodedRevisions;
}

/**
 * The last few decoded revisions, shared by the watchers that follow the head. Optimization:
 * every live watcher (the feed's consumers, the live-event stream) asks for the same revision
 * right after its commit; without this each decoded it again (values and previous values).
 * Bounded by the number of changes held; oldest out first. Events are read-only to watchers.
 */
export class DecodedRevisions {
  readonly #events = new Map<number, ChangesEvent>();
  readonly #maxChanges: number;
  #changes = 0;

  constructor(maxChanges: number) {
    this.#maxChanges = maxChanges;
  }

  get(revision: number): ChangesEvent | undefined {
    return this.#events.get(revision);
  }

  /** Keeps `event` if it is small enough, dropping the oldest revisions past the bound. */
  add(event: ChangesEvent): void {
    const size = event.changes.length;
    if (size > this.#maxChanges / 4 || this.#events.has(event.revision)) return;
    this.#events.set(event.revision, event);
    this.#changes += size;
    for (const [revision, old] of this.#events) {
      if (this.#changes <= this.#maxChanges) break;
      this.#events.delete(revision);
      this.#changes -= old.changes.length;
    }
  }
}

/**
 * Replays the log after `afterRevision`, then follows live commits. The log is read lazily in
 * bounded batches of records at the watcher's own pace and each revision is decoded only when
 * it is yielded, so a slow watcher costs a position and a few raw records, not decoded events.
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
  /** Last revision yielded or skipped. */
  #position: number;
  #records: HeldRecord[] = [];
  /** Index into #records of the record being replayed. */
  #record = 0;
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
    this.#records = [];
    return Promise.resolve(DONE);
  }

  /** The next result available without waiting, or undefined when caught up. */
  #step(): Result | undefined {
    for (;;) {
      if (this.#ended || this.#signal?.aborted) return this.#end();
      if (this.#source.feed.closed) throw domainError('StoreClosed', {});
      if (this.#record < this.#records.length) {
        const held = this.#records[this.#record];
        if (this.#position >= held.key) {
          this.#record++;
          continue;
        }
        // Revisions are contiguous, so a record starting past position+1 means compaction removed
        // the rest; and compaction may overtake a watcher while it holds records read before.
        if (held.first > this.#position + 1 || this.#position < this.#source.compactRevision()) return this.#compacted();
        // A watch may start inside a record: decode from position+1 on, skipping the earlier ones.
        const ready = this.#advance(this.#decode(held));
        if (ready) return ready;
        continue;
      }
      // Optimization: a watcher at the head takes the next revision from the shared decoded ones
      // when another watcher read it already, without a read transaction and a copy of the
      // record of its own (one read per revision at the head instead of one per watcher).
      const shared = this.#source.decoded?.get(this.#position + 1);
      if (shared) {
        if (this.#position < this.#source.compactRevision()) return this.#compacted();
        const ready = this.#advance(shared);
        if (ready) return ready;
        continue;
      }
      const compacted = this.#read();
      if (compacted) return this.#compacted();
      if (this.#records.length === 0) return undefined;
    }
  }

  /** Moves the position to `event` and yields it (filtered), or a progress event when due; undefined to go on. */
  #advance(event: ChangesEvent): Result | undefined {
    this.#position = event.revision;
    const out = this.#filtered(event);
    if (out) {
      this.#lastYieldMs = Date.now();
      return { done: false, value: out };
    }
    if (this.#progressMs && Date.now() - this.#lastYieldMs >= this.#progressMs) return this.#progress();
    return undefined;
  }

  /** Revision position+1 of `held`, from the shared decoded revisions when a watcher near the head decoded it already. */
  #decode(held: HeldRecord): ChangesEvent {
    const revision = this.#position + 1;
    const shared = this.#source.decoded;
    const cached = shared?.get(revision);
    if (cached) return cached;
    const event = decodeRevision(this.#source.layout.logCodec, held.bytes, held.key, revision - held.first);
    // Only revisions at the head are worth keeping: a replaying watcher is alone at its position.
    if (shared && held.key >= this.#source.feed.committed - HEAD_REVISIONS) shared.add(event);
    return event;
  }

  #filtered(event: ChangesEvent): WatchEvent | undefined {
    if (!this.#filter) return event;
    const filter = this.#filter;
    const changes = event.changes.filter((c) => filter.has(c.collection));
    if (changes.length === 0) return undefined;
    return changes.length === event.changes.length ? event : { ...event, changes };
  }

  /**
   * Reads the records after the position, and the compact revision, in one read transaction.
   * True when the position is compacted (records that straddle the compact revision may still
   * hold it, but it is not retained any more).
   */
  #read(): boolean {
    const { layout } = this.#source;
    const records: HeldRecord[] = [];
    const transaction = layout.root.useReadTransaction();
    try {
      const compactRevision = (layout.meta.get('compactRevision', { transaction }) as number | undefined) ?? 0;
      if (this.#position < compactRevision) return true;
      let bytes = 0;
      for (const { key, value } of layout.log.getRange({ start: this.#position + 1, limit: READ_RECORDS, transaction })) {
        const raw = asBuffer(value);
        records.push({ key, first: key - recordCount(raw) + 1, bytes: raw });
        if ((bytes += raw.length) >= READ_BYTES) break;
      }
    } finally {
      transaction.done();
    }
    this.#records = records;
    this.#record = 0;
    return false;
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
    this.#records = [];
    return { done: false, value };
  }

  #end(): Result {
    this.#ended = true;
    this.#records = [];
    return DONE;
  }
}
