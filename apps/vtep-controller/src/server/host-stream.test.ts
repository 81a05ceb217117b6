import { EventEmitter } from 'node:events';
import type { ServerDuplexStream } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { HostStream, Status } from './host-stream';

/** A transport double shaped like grpc-js's ServerDuplexStream (with or without its inner call). */
function fakeCall(withCore: boolean) {
  const sent: string[] = [];
  const callbacks: Array<() => void> = [];
  const written: string[] = [];
  let writable = true;
  const call = Object.assign(new EventEmitter(), {
    cancelled: false,
    destroyed: false,
    write: (b: Buffer) => (written.push(b.toString()), writable),
    end: () => undefined,
    call: withCore ? { sendMessage: (b: Buffer, cb: () => void) => (sent.push(b.toString()), callbacks.push(cb)) } : undefined,
  });
  call.on('error', () => undefined);
  return { call: call as unknown as ServerDuplexStream<Buffer, Buffer>, sent, callbacks, written, setWritable: (w: boolean) => (writable = w) };
}

const msg = (i: number) => Buffer.from(`m${i}`);

describe('HostStream', () => {
  it('hands messages to the call directly, waits past 16 in flight and resumes in order', () => {
    const f = fakeCall(true);
    const s = new HostStream(f.call, 1 << 20, () => undefined);
    for (let i = 0; i < 20; i++) s.send(msg(i));
    expect(f.sent).toEqual(Array.from({ length: 16 }, (_, i) => `m${i}`));
    expect(s.backlogBytes).toBe(4 * 3);
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
    const s = new HostStream(f.call, 10, (code) => (closed = code));
    for (let i = 0; i < 16; i++) s.send(msg(i));
    expect(s.waitingTail()).toBeUndefined();
    s.send(msg(16), false, ['a']);
    expect(s.waitingTail()).toEqual(['a']);
    s.replaceTail(Buffer.from('m16+m17'), ['a', 'b']);
    expect(s.backlogBytes).toBe(7);
    s.send(msg(18), true);
    expect(s.waitingTail()).toBeUndefined();
    s.send(Buffer.from('0123'));
    expect(closed).toBe(Status.UNAVAILABLE);
    expect(s.evicted).toBe(true);
  });

  it('falls back to write() and drain when the call has no inner sendMessage', () => {
    const f = fakeCall(false);
    const s = new HostStream(f.call, 1 << 20, () => undefined);
    f.setWritable(false);
    s.send(msg(0));
    s.send(msg(1));
    expect(f.written).toEqual(['m0']);
    f.setWritable(true);
    (f.call as unknown as EventEmitter).emit('drain');
    expect(f.written).toEqual(['m0', 'm1']);
  });
});
