/**
 * Runs tasks one at a time per key within this process: a task holding keys [a, b] waits for
 * every earlier task holding a or b, in call order. A task queues on all its keys at once, so two
 * tasks never wait on each other.
 */
export class KeyedSerialiser {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: Iterable<string>, task: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const held = [...new Set(keys)];
    const previous = held.map((key) => this.tails.get(key) ?? Promise.resolve());
    const mine = held.map((key, i) => {
      const tail = previous[i].then(() => done);
      this.tails.set(key, tail);
      return tail;
    });
    try {
      await Promise.all(previous);
      return await task();
    } finally {
      release();
      held.forEach((key, i) => {
        if (this.tails.get(key) === mine[i]) this.tails.delete(key);
      });
    }
  }
}
