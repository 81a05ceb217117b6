import type { ServerDuplexStream } from '@grpc/grpc-js';

/** Sends messages that are framed already (gRPC's 5-byte prefix, then the message), back to back. */
export interface FramedSender {
  /** Hands `framed` to the transport as one write; `onSent` runs when the transport took it. */
  send(framed: Buffer, onSent: () => void): void;
}

/** The part of grpc-js 1.14's server call (BaseServerInterceptingCall) that sends one message. */
interface CallCore {
  sendMessage(message: Buffer, callback: () => void): void;
  /** Turns a message into the bytes written to the HTTP/2 stream (prefix + a copy of the message). */
  serializeMessage(message: Buffer): Buffer;
}

/** grpc-js's serializeMessage for bytes that are framed already. */
function passFrame(frame: Buffer): Buffer {
  return frame;
}

/**
 * A sender that writes framed bytes straight to grpc-js 1.14's call beneath `call`, or
 * undefined when the call does not have that shape (the caller then writes each message with
 * the public `write()` and honours 'drain').
 *
 * Optimization: grpc-js's ServerDuplexStream is an object-mode Writable whose `write` only
 * forwards each message to its call's `sendMessage` after per-write bookkeeping (buffer state,
 * a callback deferred by nextTick), and the call's `serializeMessage` allocates a buffer per
 * message and copies the message into it. Here the call's serializeMessage passes the caller's
 * framed bytes through, and they go to `sendMessage` directly; the caller keeps a Writable's
 * bound itself (messages in flight until their callbacks, then wait).
 */
export function directFramedSender(call: ServerDuplexStream<Buffer, Buffer>): FramedSender | undefined {
  const core = (call as unknown as { call?: Partial<CallCore> }).call;
  if (typeof core?.sendMessage !== 'function' || typeof core.serializeMessage !== 'function') return undefined;
  core.serializeMessage = passFrame;
  const c = core as CallCore;
  return { send: (framed, onSent) => c.sendMessage(framed, onSent) };
}
