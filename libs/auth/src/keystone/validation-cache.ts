/**
 * Token validations by token: a bounded LRU whose entries end at the token's expiry or after
 * `maxTtlMs`, whichever is first. Optimization: a Map's insertion order is the recency order, so
 * a hit is one delete and one set, an eviction one iterator step.
 */
export class ValidationCache<V> {
  readonly #entries = new Map<string, { value: V; untilMs: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    if (this.now() >= entry.untilMs) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, expiresAtMs: number): void {
    if (this.maxEntries === 0 || this.maxTtlMs === 0) return;
    const untilMs = Math.min(expiresAtMs, this.now() + this.maxTtlMs);
    this.#entries.delete(key);
    this.#entries.set(key, { value, untilMs });
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}
