import type { VniDeltaSpec } from '@trellis/l2';

/**
 * A VNI change's per-host deltas where full tables (joiners, resyncs) are built on first read.
 * Why: most joiners are not connected when they join (a bulk load, a host still booting), so
 * their tables would only be built to be thrown away; at 50,000 ports that was several hundred
 * MB of short-lived entry objects, which grew the heap well past its steady size.
 *
 * A table describes the index at the revision that produced it, so it must be read before the
 * next revision is applied: `isCurrent` says whether that still holds, and a read of a table
 * not yet built after that throws instead of returning a newer table.
 */
export class PerHostDeltas extends Map<string, VniDeltaSpec | null> {
  private readonly lazy = new Set<string>();
  private readonly built = new Set<string>();

  constructor(
    private readonly build: (host: string) => VniDeltaSpec,
    private readonly isCurrent: () => boolean,
  ) {
    super();
  }

  /** Names `host` as getting its full table, built when first read. */
  setFull(host: string): void {
    this.lazy.add(host);
    super.set(host, null);
  }

  /** True when `host` gets a full table (built or not). */
  isFull(host: string): boolean {
    return this.lazy.has(host) || this.built.has(host);
  }

  override get(host: string): VniDeltaSpec | null | undefined {
    if (this.lazy.has(host)) {
      if (!this.isCurrent()) throw new Error(`full table of ${host} read after a later revision was applied`);
      this.lazy.delete(host);
      this.built.add(host);
      const d = this.build(host);
      super.set(host, d);
      return d;
    }
    return super.get(host);
  }

  override set(host: string, delta: VniDeltaSpec | null): this {
    this.lazy.delete(host);
    return super.set(host, delta);
  }

  override *entries(): MapIterator<[string, VniDeltaSpec | null]> {
    for (const host of super.keys()) yield [host, this.get(host)!];
  }

  override *values(): MapIterator<VniDeltaSpec | null> {
    for (const host of super.keys()) yield this.get(host)!;
  }

  override [Symbol.iterator](): MapIterator<[string, VniDeltaSpec | null]> {
    return this.entries();
  }

  override forEach(fn: (value: VniDeltaSpec | null, key: string, map: Map<string, VniDeltaSpec | null>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}
