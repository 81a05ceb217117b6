import type { WatchEvent } from '@trellis/store';
import { encodeRevisionFrame } from '../wire';

type ChangesEvent = Extract<WatchEvent, { type: 'changes' }>;

/**
 * Encoded revision frames shared by every subscriber with the same collection filter.
 * Optimization: subscribers following the head all ask for the same few revisions, so each is
 * encoded once and the same Buffer is written to every stream. Bounded by bytes; oldest first out
 * (revisions arrive in increasing order, so insertion order is age order).
 */
export class FrameCache {
  readonly #frames = new Map<string, Buffer>();
  readonly #limitBytes: number;
  #bytes = 0;
  hits = 0;
  misses = 0;

  /** Entries held (frames and cached empty results). */
  get size(): number {
    return this.#frames.size;
  }

  constructor(limitBytes: number) {
    this.#limitBytes = limitBytes;
  }

  /** The frame of `event` as seen through `filterKey` (the subscriber's collection filter). */
  revision(event: ChangesEvent, filterKey: string): Buffer {
    return this.frame(event.revision, filterKey, () => encodeRevisionFrame(event)) as Buffer;
  }

  /**
   * The frame of `revision` for `filterKey`, produced at most once while cached; `produce` may
   * answer undefined (nothing for that filter), which is cached too.
   */
  frame(revision: number, filterKey: string, produce: () => Buffer | undefined): Buffer | undefined {
    const key = `${revision}\u0000${filterKey}`;
    const cached = this.#frames.get(key);
    if (cached) {
      this.hits++;
      return cached.length === 0 ? undefined : cached;
    }
    this.misses++;
    const bytes = produce() ?? EMPTY;
    if (bytes.length <= this.#limitBytes / 4) {
      this.#frames.set(key, bytes);
      this.#bytes += bytes.length + ENTRY_OVERHEAD_BYTES;
      for (const [oldKey, old] of this.#frames) {
        if (this.#bytes <= this.#limitBytes) break;
        this.#frames.delete(oldKey);
        this.#bytes -= old.length + ENTRY_OVERHEAD_BYTES;
      }
    }
    return bytes.length === 0 ? undefined : bytes;
  }
}

/**
 * Counted per entry on top of its bytes (key, Map slot), so that cached empty results (status
 * revisions seen by a spec filter: most revisions) are bounded too.
 */
const ENTRY_OVERHEAD_BYTES = 64;

/** Cached "nothing for this filter" (no real frame is empty: every message has a field set). */
const EMPTY = Buffer.alloc(0);

/** A stable key for a collection filter (`*` for all collections). */
export const filterKeyOf = (collections: readonly string[] | undefined): string =>
  collections && collections.length > 0 ? [...new Set(collections)].sort().join(',') : '*';
