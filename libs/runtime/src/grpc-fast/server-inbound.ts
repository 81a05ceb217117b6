import type { ServerDuplexStream } from '@grpc/grpc-js';

/** gRPC's length prefix: compressed flag (1 byte) and message length (4 bytes). */
export const GRPC_PREFIX_BYTES = 5;

/** The part of grpc-js's server call (ServerInterceptingCall) that asks for the next message. */
interface ReadCore {
  startRead(): void;
}

/** grpc-js's queue entry for an inbound message (BaseServerInterceptingCall.readQueue). */
interface QueueEntry {
  type: string;
  compressedMessage: Buffer | null;
  parsedMessage: unknown;
}

/**
 * The part of grpc-js 1.14's BaseServerInterceptingCall that turns HTTP/2 DATA chunks into
 * messages (see `takeDataFrames`).
 */
export interface FrameCore extends ReadCore {
  handleDataFrame(data: Buffer): void;
  checkCancelled(): boolean;
  sendStatus(status: { code: number; details: string }): void;
  decompressAndMaybePush(entry: QueueEntry): Promise<void>;
  readonly decoder: { write(data: Buffer): Buffer[] };
  readonly readQueue: QueueEntry[];
  readonly stream: { pause(): void };
}

const RESOURCE_EXHAUSTED = 8;

function isFrameCore(core: Partial<FrameCore>): core is FrameCore {
  return (
    typeof core.handleDataFrame === 'function' &&
    typeof core.checkCancelled === 'function' &&
    typeof core.sendStatus === 'function' &&
    typeof core.decompressAndMaybePush === 'function' &&
    typeof core.decoder?.write === 'function' &&
    Array.isArray(core.readQueue) &&
    typeof core.stream?.pause === 'function'
  );
}

/** Delivers inbound messages with the public API: the stream's 'data' and 'end' events. */
export function receiveFramesPublic(call: ServerDuplexStream<Buffer, Buffer>, onFrame: (frame: Buffer) => void, onEnd: () => void): void {
  call.on('data', onFrame);
  call.on('end', onEnd);
}

/**
 * Delivers a server stream's inbound messages (its requestDeserialize must be the identity) to
 * `onFrame` and its half-close to `onEnd`, through grpc-js 1.14's internals.
 *
 * Optimization: grpc-js hands each inbound message to ServerDuplexStream with `push()`, and the
 * stream (an object-mode Readable) delivers it as 'data' after its own buffering, emit and
 * nextTick bookkeeping, then asks the call for the next one. With one ack per delivered Delta,
 * inbound messages outnumber outbound ones, so that bookkeeping is taken out: this stream's
 * `push` goes to `onFrame` directly and the next message is requested from the call at once,
 * one at a time as the Readable would (so a flood of frames is still read one by one). Falls
 * back to 'data' / 'end' events if the call does not have that shape.
 * Below that, uncompressed messages skip grpc-js's per-message queue as well (`takeDataFrames`).
 */
export function receiveFramesDirect(call: ServerDuplexStream<Buffer, Buffer>, onFrame: (frame: Buffer) => void, onEnd: () => void): void {
  const core = (call as unknown as { call?: Partial<FrameCore> }).call;
  if (typeof core?.startRead !== 'function') {
    receiveFramesPublic(call, onFrame, onEnd);
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
  if (isFrameCore(core)) takeDataFrames(core, (frame) => !ended && !call.destroyed && (onFrame(frame), true));
  readNext();
}

/**
 * Optimization: for each inbound message, grpc-js's call pauses the HTTP/2 stream, queues the
 * message, runs an async function (a promise and a microtask per message, even for an
 * uncompressed one), delivers it, and resumes the stream when the next one is asked for: about
 * half of the controller's CPU per inbound ack. Here the call's DATA handler splits the chunk
 * with grpc-js's own decoder (and its size limit) and hands each uncompressed message to
 * `deliver` synchronously, in order, never pausing the stream (each message is handled before
 * the next chunk is read, so nothing accumulates). A compressed message, or any message while
 * grpc-js's queue holds one, goes through grpc-js's own path, which keeps the order: once its
 * queue is not empty, every later message joins it until it has drained.
 */
export function takeDataFrames(core: FrameCore, deliver: (frame: Buffer) => boolean): void {
  const original = core.handleDataFrame;
  core.handleDataFrame = (data: Buffer) => {
    if (core.readQueue.length > 0) return original.call(core, data);
    if (core.checkCancelled()) return;
    let messages: Buffer[];
    try {
      messages = core.decoder.write(data);
    } catch (err) {
      core.sendStatus({ code: RESOURCE_EXHAUSTED, details: (err as Error).message });
      return;
    }
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i];
      if (m[0] === 0 && core.readQueue.length === 0) {
        if (!deliver(m.subarray(GRPC_PREFIX_BYTES))) return;
        continue;
      }
      // As grpc-js's handleDataFrame does for every message.
      core.stream.pause();
      const entry: QueueEntry = { type: 'COMPRESSED', compressedMessage: m, parsedMessage: null };
      core.readQueue.push(entry);
      void core.decompressAndMaybePush(entry);
    }
  };
}
