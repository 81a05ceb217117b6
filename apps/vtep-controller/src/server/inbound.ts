import type { ServerDuplexStream } from '@grpc/grpc-js';

/** The part of grpc-js's server call (ServerInterceptingCall) that asks for the next message. */
interface ReadCore {
  startRead(): void;
}

/**
 * Delivers a host stream's inbound frames to `onFrame` and its half-close to `onEnd`.
 *
 * Optimization: grpc-js hands each inbound message to ServerDuplexStream with `push()`, and the
 * stream (an object-mode Readable) delivers it as 'data' after its own buffering, emit and
 * nextTick bookkeeping, then asks the call for the next one. With one ack per delivered Delta,
 * inbound messages outnumber outbound ones, so that bookkeeping is taken out: this stream's
 * `push` goes to `onFrame` directly and the next message is requested from the call at once,
 * one at a time as the Readable would (so a flood of frames is still read one by one). Falls
 * back to 'data' / 'end' events if the call does not have that shape (another grpc-js version).
 */
export function receiveFrames(call: ServerDuplexStream<Buffer, Buffer>, onFrame: (frame: Buffer) => void, onEnd: () => void): void {
  const core = (call as unknown as { call?: Partial<ReadCore> }).call;
  if (typeof core?.startRead !== 'function') {
    call.on('data', onFrame);
    call.on('end', onEnd);
    return;
  }
  const read = core as ReadCore;
  let reading = false;
  let again = false;
  let ended = false;
  // startRead may deliver the next message synchronously (into push, which asks for the next):
  // a loop instead of recursion keeps the stack flat however many frames are waiting.
  const readNext = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        read.startRead();
      } while (again && !ended && !call.destroyed);
    } finally {
      reading = false;
    }
  };
  const push = (frame: Buffer | null): boolean => {
    if (ended) return false;
    if (frame === null) {
      ended = true;
      onEnd();
      return false;
    }
    onFrame(frame);
    if (!call.destroyed) readNext();
    return true;
  };
  Object.defineProperty(call, 'push', { value: push, configurable: true, writable: true });
  readNext();
}
