import { EventEmitter } from 'node:events';
import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { FramedSender } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import { frameMessage } from '../wire/messages';
import { HostStream, Status } from './host-stream';

/** A transport double shaped like grpc-js's ServerDuplexStream, and the fast path's framed sender for it. */
function fakeCall(withSender: boolean) {
  const sent: string[] = [];
  const callbacks: Array<() => void> = [];
  const written: string[] = [];
  const frames: Buffer[] = [];
  let writable = true;
  const call = Object.assign(new EventEmitter(), {
    cancelled: false,
    destroyed: false,
    write: (b: Buffer) => (written.push(b.toString()), writable),
    end: () => undefined,
  });
  call.on('error', () => undefined);
  const sender: FramedSender | undefined = withSender
    ? {
        send(frame: Buffer, cb: () => void) {
          sent.push(frame.subarray(5).toString());
          frames.push(frame);
          callbacks.push(cb);
        },
      }
    : undefined;
  return { call: call as unknown as ServerDuplexStream<Buffer, Buffer>, sender, sent, callbacks, written, frames, setWritable: (w: boolean) => (writable = w) };
}

const msg = (i: number) => frameMessage(Buffer.from(`m${i}`));

describe('HostStream', () => {
  it('hands messages to the call directly, waits past 16 in flight and resumes in order', () => {
    const f = fakeCall(true);
    const s = new HostStream(f.call, 1 << 20, () => undefined, f.sender);
    for (let i = 0; i < 20; i++) s.send(msg(i));
    expect(f.sent).toEqual(Array.from({ length: 16 }, (_, i) => `m${i}`));
    expect(s.backlogBytes).toBe(4 * (5 + 3));
    for (const cb of f.callbacks.splice(0, 11)) cb();
    expect(f.sent).toHaveLength(16);
    f.callbacks.shift()!();
    expect(f.sent.slice(16)).toEqual(['m16', 'm17', 'm18', 'm19']);
    expect(s.backlogBytes).toBe(0);
    expect(f.written).toEqual([]);
  });

  it('merges a live delta into the waiting tail and evicts past the queue bound', () => {
    const f = fakeCall(true);
    let closed: number | undefined;
    const s = new HostStream(f.call, 16, (code) => (closed = code), f.sender);
    for (let i = 0; i < 16; i++) s.send(msg(i));
    expect(s.waitingTail()).toBeUndefined();
    s.send(msg(16), false, ['a']);
    expect(s.waitingTail()).toEqual(['a']);
    s.replaceTail(frameMessage(Buffer.from('m16+m17')), ['a', 'b']);
    expect(s.backlogBytes).toBe(5 + 7);
    s.send(msg(18), true);
    expect(s.waitingTail()).toBeUndefined();
    s.send(frameMessage(Buffer.from('0123')));
    expect(closed).toBe(Status.UNAVAILABLE);
    expect(s.evicted).toBe(true);
  });

  it('writes with write() and honours drain without a framed sender (public API)', () => {
    const f = fakeCall(false);
    const s = new HostStream(f.call, 1 << 20, () => undefined, f.sender);
    f.setWritable(false);
    s.send(msg(0));
    s.send(msg(1));
    expect(f.written).toEqual(['m0']);
    f.setWritable(true);
    (f.call as unknown as EventEmitter).emit('drain');
    expect(f.written).toEqual(['m0', 'm1']);
  });

  it('sends several frames in one write, counting messages and their bytes without prefixes', () => {
    const f = fakeCall(true);
    const s = new HostStream(f.call, 1 << 20, () => undefined, f.sender);
    const three = Buffer.concat([msg(1), frameMessage(Buffer.from('chunk')), msg(2)]);
    s.send(three, true, undefined, 3);
    expect(f.frames).toHaveLength(1);
    expect(Buffer.compare(f.frames[0], three)).toBe(0);
    expect(s.sentMessages).toBe(3);
    expect(s.sentBytes).toBe(2 + 5 + 2);
    // Without a framed sender each message is written on its own, without its prefix.
    const g = fakeCall(false);
    const t = new HostStream(g.call, 1 << 20, () => undefined, g.sender);
    t.send(three, true, undefined, 3);
    expect(g.written).toEqual(['m1', 'chunk', 'm2']);
    expect(t.sentBytes).toBe(9);
  });
});
