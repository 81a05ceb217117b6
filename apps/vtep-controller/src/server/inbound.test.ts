import { EventEmitter } from 'node:events';
import type { ServerDuplexStream } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { receiveFrames } from './inbound';

type Stream = ServerDuplexStream<Buffer, Buffer>;

describe('receiveFrames', () => {
  it('reads frames one per startRead straight into the handler, in order, with a flat stack', () => {
    const waiting: Array<Buffer | null> = Array.from({ length: 20_000 }, (_, i) => Buffer.from(String(i)));
    waiting.push(null);
    let reads = 0;
    // Like grpc-js: startRead pushes the next waiting message synchronously, if there is one.
    const stream = Object.assign(new EventEmitter(), {
      destroyed: false,
      push: (_: Buffer | null): boolean => true,
      call: { startRead: () => (reads++, waiting.length > 0 && stream.push(waiting.shift()!)) },
    });
    const frames: string[] = [];
    let ended = 0;
    receiveFrames(stream as unknown as Stream, (f) => frames.push(f.toString()), () => ended++);
    expect(frames).toHaveLength(20_000);
    expect(frames.slice(0, 3)).toEqual(['0', '1', '2']);
    expect(frames.at(-1)).toBe('19999');
    expect(ended).toBe(1);
    expect(reads).toBe(20_001);
    // A message that arrives later is pushed by the call itself and read on.
    expect(stream.push(Buffer.from('late'))).toBe(false);
    expect(frames).toHaveLength(20_000);
  });

  it('asks for the next frame only after the handler took the current one', () => {
    const pushes: string[] = [];
    let pending = 0;
    const stream = Object.assign(new EventEmitter(), { destroyed: false, push: (_: Buffer | null) => true, call: { startRead: () => void pending++ } });
    receiveFrames(stream as unknown as Stream, (f) => pushes.push(f.toString()), () => undefined);
    expect(pending).toBe(1);
    stream.push(Buffer.from('a'));
    expect(pushes).toEqual(['a']);
    expect(pending).toBe(2);
  });

  it('falls back to data and end events without the inner call', () => {
    const stream = Object.assign(new EventEmitter(), { destroyed: false });
    const frames: string[] = [];
    let ended = 0;
    receiveFrames(stream as unknown as Stream, (f) => frames.push(f.toString()), () => ended++);
    stream.emit('data', Buffer.from('x'));
    stream.emit('end');
    expect(frames).toEqual(['x']);
    expect(ended).toBe(1);
  });
});
