/**
 * The in-process "a commit happened" signal: one shared promise per generation, so any number of
 * watchers wait on the same object and nothing is buffered per watcher.
 */
export class RevisionFeed {
  #committed: number;
  #wake: () => void = () => {};
  #next: Promise<void>;
  #closed = false;

  constructor(committed: number) {
    this.#committed = committed;
    this.#next = this.#arm();
  }

  /** Highest revision whose commit has resolved. */
  get committed(): number {
    return this.#committed;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Resolves at the next publish() or close(). */
  changed(): Promise<void> {
    return this.#next;
  }

  publish(revision: number): void {
    if (revision <= this.#committed) return;
    this.#committed = revision;
    this.#fire();
  }

  close(): void {
    this.#closed = true;
    this.#fire();
  }

  #fire(): void {
    const wake = this.#wake;
    this.#next = this.#arm();
    wake();
  }

  #arm(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#wake = resolve;
    });
  }
}
