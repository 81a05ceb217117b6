import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SubscriberSink } from './subscriber-sink';

/** A stream that accepts `capacity` frames before reporting back-pressure. */
class FakeStream extends EventEmitter {
  written: Buffer[] = [];
  accepting = true;
  write(frame: Buffer): boolean {
    this.written.push(frame);
    return this.accepting;
  }
  drain(): void {
    this.accepting = true;
    this.emit('drain');
  }
}

const frame = (n: number, size = 10) => Buffer.alloc(size, n);

describe('SubscriberSink', () => {
  it('writes straight through while the stream accepts', () => {
    const stream = new FakeStream();
    const sink = new SubscriberSink(stream, 100);
    expect(sink.push(frame(1))).toBe(true);
    expect(sink.push(frame(2))).toBe(true);
    expect(stream.written).toHaveLength(2);
    expect(sink.pendingBytes).toBe(0);
  });

  it('queues after write() returns false and flushes in order on drain', async () => {
    const stream = new FakeStream();
    const sink = new SubscriberSink(stream, 100);
    stream.accepting = false;
    sink.push(frame(1));
    sink.push(frame(2));
    sink.push(frame(3));
    expect(stream.written.map((b) => b[0])).toEqual([1]);
    expect(sink.pendingBytes).toBe(20);
    expect(sink.idle).toBe(false);
    const idle = sink.whenIdle();
    stream.drain();
    await idle;
    expect(stream.written.map((b) => b[0])).toEqual([1, 2, 3]);
    expect(sink.pendingBytes).toBe(0);
  });

  it('refuses a frame that would pass the byte limit', () => {
    const stream = new FakeStream();
    const sink = new SubscriberSink(stream, 25);
    stream.accepting = false;
    sink.push(frame(1));
    expect(sink.push(frame(2))).toBe(true);
    expect(sink.push(frame(3))).toBe(true);
    expect(sink.push(frame(4))).toBe(false);
    expect(sink.pendingBytes).toBe(20);
  });

  it('releases waiters and refuses frames once closed', async () => {
    const stream = new FakeStream();
    const sink = new SubscriberSink(stream, 100);
    stream.accepting = false;
    sink.push(frame(1));
    sink.push(frame(2));
    const idle = sink.whenIdle();
    sink.close();
    await idle;
    expect(sink.push(frame(3))).toBe(false);
    stream.drain();
    expect(stream.written).toHaveLength(1);
  });
});
