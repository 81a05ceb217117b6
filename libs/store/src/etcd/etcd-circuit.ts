/** Settings of {@link QuorumCircuit}. */
export interface QuorumCircuitOptions {
  /**
   * Open once availability failures have followed each other, without any success in between,
   * for this long. Longer than an etcd leader election (etcd's default election timeout is 1 s,
   * randomised up to 2 s), so losing one member never opens it.
   */
  readonly tripAfterMs: number;
  /** Clock (tests). */
  readonly now?: () => number;
}

/**
 * Whether the etcd cluster is known to have lost quorum. Linearizable operations report their
 * outcome here: a success closes the circuit (quorum is there, by definition of linearizable);
 * failures open it when they persist past `tripAfterMs`, or at once when one operation waited its
 * whole deadline. While open, writes are refused without being sent (they could not commit) and
 * reads go to members' own copies; the connection probes linearizably to close it again.
 */
export class QuorumCircuit {
  private failingSinceMs: number | undefined;
  private openedAtMs: number | undefined;
  private lastFailure = '';
  private readonly now: () => number;
  private readonly listeners = new Set<(open: boolean) => void>();

  constructor(private readonly options: QuorumCircuitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** True while quorum is known to be lost. */
  get isOpen(): boolean {
    return this.openedAtMs !== undefined;
  }

  /** Why it opened and for how long it has been open ('' while closed). */
  get reason(): string {
    if (this.openedAtMs === undefined) return '';
    return `quorum circuit open for ${this.now() - this.openedAtMs} ms after: ${this.lastFailure}`;
  }

  /** A linearizable operation succeeded: quorum is there. */
  succeeded(): void {
    this.failingSinceMs = undefined;
    if (this.openedAtMs === undefined) return;
    this.openedAtMs = undefined;
    this.emit(false);
  }

  /**
   * A linearizable operation failed for availability. `waitedDeadline`: it waited its whole
   * request timeout (no member could confirm quorum in that time), which no election explains.
   */
  failed(err: unknown, waitedDeadline: boolean): void {
    const now = this.now();
    this.lastFailure = err instanceof Error ? err.message : String(err);
    this.failingSinceMs ??= now;
    if (this.openedAtMs !== undefined) return;
    if (waitedDeadline || now - this.failingSinceMs >= this.options.tripAfterMs) {
      this.openedAtMs = now;
      this.emit(true);
    }
  }

  /** Called with true when the circuit opens and false when it closes. */
  onChange(listener: (open: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(open: boolean): void {
    for (const l of this.listeners) l(open);
  }
}
