/** The part of a grpc-js server stream the sink writes to. */
export interface FrameWritable {
  write(frame: Buffer): boolean;
  once(event: 'drain', listener: () => void): unknown;
  removeListener(event: 'drain', listener: () => void): unknown;
}

/**
 * One subscriber's outbound queue. Frames go straight to the stream while it accepts them; once
 * `write()` returns false they wait here until `'drain'`. The queue is bounded in bytes: `push`
 * refuses a frame that would take it past the limit, and the caller then evicts the subscriber,
 * so a stalled consumer costs at most `limitBytes` and never holds anyone else up.
 */
export class SubscriberSink {
  readonly #stream: FrameWritable;
  readonly #limitBytes: number;
  readonly #queue: Buffer[] = [];
  #queuedBytes = 0;
  #blocked = false;
  #closed = false;
  #idleWaiters: (() => void)[] = [];
  /** High-water mark of the queue, and how often the stream pushed back (for logs). */
  maxQueuedBytes = 0;
  backpressureCount = 0;
  readonly #onDrain = () => {
    this.#blocked = false;
    this.#pump();
  };

  constructor(stream: FrameWritable, limitBytes: number) {
    this.#stream = stream;
    this.#limitBytes = limitBytes;
  }

  /** Bytes produced for this subscriber that the transport has not taken yet. */
  get pendingBytes(): number {
    return this.#queuedBytes;
  }

  /** True when the stream takes frames right away (nothing queued, no drain awaited). */
  get idle(): boolean {
    return !this.#blocked && this.#queue.length === 0;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Sends or queues a frame; false (frame dropped) when it would exceed the queue limit. */
  push(frame: Buffer): boolean {
    if (this.#closed) return false;
    if (this.idle) {
      this.#write(frame);
      return true;
    }
    if (this.#queuedBytes + frame.length > this.#limitBytes) return false;
    this.#queue.push(frame);
    this.#queuedBytes += frame.length;
    if (this.#queuedBytes > this.maxQueuedBytes) this.maxQueuedBytes = this.#queuedBytes;
    return true;
  }

  /** Resolves once the stream is idle (or the sink closed): how replay and snapshots are paced. */
  whenIdle(): Promise<void> {
    if (this.idle || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops anything queued and releases waiters; later pushes are refused. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#queuedBytes = 0;
    this.#stream.removeListener('drain', this.#onDrain);
    this.#wakeIdle();
  }

  #write(frame: Buffer): void {
    if (!this.#stream.write(frame)) {
      this.#blocked = true;
      this.backpressureCount++;
      this.#stream.once('drain', this.#onDrain);
    }
  }

  #pump(): void {
    while (!this.#closed && !this.#blocked && this.#queue.length > 0) {
      const frame = this.#queue.shift() as Buffer;
      this.#queuedBytes -= frame.length;
      this.#write(frame);
    }
    if (this.idle) this.#wakeIdle();
  }

  #wakeIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
