import { Collections, domainError } from '@trellis/domain';
import type { Store } from '@trellis/store';

export interface VniRange {
  readonly min: number;
  readonly max: number;
}

/** Most candidates checked per store read once the first guesses turned out taken. */
const MAX_BATCH = 1024;

/**
 * VNI allocation by next-fit: a cursor walks the configured range (wrapping), so allocation
 * reads only the candidates it hands out instead of the whole `vnis` collection. Candidates are
 * reserved in memory before the store is asked, so concurrent requests of this process never
 * pick the same VNI; across processes the `vnis` key's must-not-exist compare decides and the
 * loser retries (by then its cursor has moved on).
 */
export class VniAllocator {
  private cursor: number | undefined;
  private cursorInit: Promise<void> | undefined;
  private readonly reserved = new Set<number>();

  constructor(private readonly store: Store, private readonly range: VniRange) {}

  /**
   * `count` free VNIs, not in `exclude`, reserved until `release()` (call it once the
   * transaction that creates their keys settled, committed or not).
   * @throws DomainError `NoNetworkAvailable` when the range has no free VNI left
   */
  async allocate(count: number, exclude: ReadonlySet<number>): Promise<number[]> {
    if (count === 0) return [];
    await this.initCursor();
    const size = this.range.max - this.range.min + 1;
    const out: number[] = [];
    let visited = 0;
    let batchSize = count;
    try {
      while (out.length < count) {
        if (visited >= size) throw domainError('NoNetworkAvailable', {});
        const batch: number[] = [];
        // Synchronous up to the read: the cursor and reservations move before anyone else runs.
        while (batch.length < batchSize && visited < size) {
          const vni = this.next();
          visited++;
          if (exclude.has(vni) || this.reserved.has(vni)) continue;
          this.reserved.add(vni);
          batch.push(vni);
        }
        const found = await this.store.getMany(Collections.vnis, batch);
        batch.forEach((vni, i) => {
          if (found[i] === undefined && out.length < count) out.push(vni);
          else this.reserved.delete(vni);
        });
        batchSize = Math.min(MAX_BATCH, batchSize * 4);
      }
      return out;
    } catch (err) {
      this.release(out);
      throw err;
    }
  }

  /** Ends the reservation of VNIs returned by `allocate()`. */
  release(vnis: readonly number[]): void {
    for (const vni of vnis) this.reserved.delete(vni);
  }

  private next(): number {
    const vni = this.cursor ?? this.range.min;
    this.cursor = vni >= this.range.max ? this.range.min : vni + 1;
    return vni;
  }

  /** Starts after the highest allocated VNI (keys sort numerically on every backend). */
  private initCursor(): Promise<void> {
    this.cursorInit ??= (async () => {
      const [highest] = await this.store.list(Collections.vnis, { reverse: true, limit: 1 });
      const top = typeof highest?.key === 'number' ? highest.key : undefined;
      this.cursor ??= top !== undefined && top >= this.range.min && top < this.range.max ? top + 1 : this.range.min;
    })().catch((err: unknown) => {
      this.cursorInit = undefined;
      throw err;
    });
    return this.cursorInit;
  }
}
