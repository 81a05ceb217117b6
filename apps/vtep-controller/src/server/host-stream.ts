import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { FramedSender } from '@trellis/runtime';
import { FRAME_PREFIX_BYTES, framedMessages } from '../wire/messages';

/** Numeric gRPC status codes used by the controller. */
export const Status = {
  OK: 0,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  INTERNAL: 13,
  UNAVAILABLE: 14,
} as const;

/** Messages in flight before the stream counts as not drained (a Writable's object-mode bound). */
const MAX_IN_FLIGHT = 16;
const RESUME_IN_FLIGHT = 4;

/**
 * One host's outbound side: a bounded byte queue in front of the gRPC stream. The stream is a
 * Writable whose `write()` returning false means "stop until 'drain'"; the queue holds what
 * waits meanwhile. Past `queueLimitBytes` of queued live traffic the stream is ended with
 * UNAVAILABLE (the host resumes later); other streams never wait on this one. Snapshot
 * messages are exempt from the limit: a snapshot is bounded by the host's span and is queued
 * at once so that it is consistent with the index.
 */
export class HostStream {
  private readonly queue: Array<{ bytes: Buffer; exempt: boolean; frames: number; parts?: unknown }> = [];
  private head = 0;
  private queuedBytes = 0;
  private exemptBytes = 0;
  private blocked = false;
  closed = false;
  /** True when the stream was cut off for falling behind. */
  evicted = false;
  sentMessages = 0;
  /** Message bytes handed to the transport (without gRPC's 5-byte prefixes). */
  sentBytes = 0;

  /** Messages handed to `sender` whose transport write has not completed. */
  private inFlight = 0;
  private readonly onSent = () => {
    this.inFlight--;
    if (this.blocked && this.inFlight <= RESUME_IN_FLIGHT) {
      this.blocked = false;
      this.pump();
    }
  };

  constructor(
    private readonly call: ServerDuplexStream<Buffer, Buffer>,
    private readonly queueLimitBytes: number,
    private readonly onClosed: (code: number, details: string) => void,
    /** The framed-bytes sender of the app's gRPC fast path (`GrpcFastPath.framedSender`), if any. */
    private readonly sender?: FramedSender,
  ) {
    call.on('drain', () => {
      this.blocked = false;
      this.pump();
    });
  }

  /**
   * Hands framed messages to the transport (one write). Optimization: with the app's gRPC fast
   * path (libs/runtime `grpc-fast`), framed bytes go beneath the stream's object-mode Writable
   * (at 25 writes per move its per-write bookkeeping was a large share of the controller's CPU),
   * with the Writable's own bound (16 messages in flight, then wait) kept here: `blocked` until
   * the transport has taken all but a few. Without it (public API) each message is written with
   * `write()` and 'drain' is honoured.
   */
  private transmit(bytes: Buffer, frames: number): void {
    this.sentMessages += frames;
    this.sentBytes += bytes.length - frames * FRAME_PREFIX_BYTES;
    if (this.sender === undefined) {
      for (const message of framedMessages(bytes)) if (!this.call.write(message)) this.blocked = true;
      return;
    }
    this.inFlight++;
    this.sender.send(bytes, this.onSent);
    if (this.inFlight >= MAX_IN_FLIGHT) this.blocked = true;
  }

  /** Queued bytes not yet handed to the transport. */
  get backlogBytes(): number {
    return this.queuedBytes;
  }

  /**
   * The parts of the last queued message when it still waits for the transport and was sent
   * with parts (a live delta that may absorb the next one); undefined otherwise.
   */
  waitingTail(): unknown {
    if (this.closed || this.head === this.queue.length) return undefined;
    const tail = this.queue[this.queue.length - 1];
    return tail.exempt ? undefined : tail.parts;
  }

  /**
   * Replaces the last queued message (see `waitingTail`) by one that carries it and more:
   * coalescing while the stream is not drained. The queue bound applies to the result.
   */
  replaceTail(bytes: Buffer, parts: unknown): void {
    const tail = this.queue[this.queue.length - 1];
    this.queuedBytes += bytes.length - tail.bytes.length;
    tail.bytes = bytes;
    tail.parts = parts;
    this.enforceLimit();
  }

  /**
   * Queues (or writes) `frames` messages, each framed (gRPC's 5-byte prefix, then the message),
   * back to back in `bytes`; `parts` marks a live delta (one frame) that a later one may absorb.
   * Several frames in one buffer go out in one transport write (a snapshot: Welcome, chunks,
   * SnapshotEnd); the host reads the same messages.
   */
  send(bytes: Buffer, exempt = false, parts?: unknown, frames = 1): void {
    if (this.closed) return;
    if (!this.blocked && this.head === this.queue.length) {
      // Optimization: nothing waits, so the message goes straight to the transport (no queue
      // entry, no pump pass): the common case for live deltas.
      this.transmit(bytes, frames);
      return;
    }
    this.queue.push(parts === undefined ? { bytes, exempt, frames } : { bytes, exempt, frames, parts });
    this.queuedBytes += bytes.length;
    if (exempt) this.exemptBytes += bytes.length;
    if (this.enforceLimit()) this.pump();
  }

  /** Evicts the host past the bound of queued live bytes; false when it did. */
  private enforceLimit(): boolean {
    if (this.queuedBytes - this.exemptBytes <= this.queueLimitBytes) return true;
    this.evicted = true;
    this.close(Status.UNAVAILABLE, `host fell behind: more than ${this.queueLimitBytes} bytes queued; resume later`);
    return false;
  }

  private pump(): void {
    while (!this.blocked && !this.closed && this.head < this.queue.length) {
      const item = this.queue[this.head];
      this.queue[this.head++] = undefined as never;
      this.queuedBytes -= item.bytes.length;
      if (item.exempt) this.exemptBytes -= item.bytes.length;
      this.transmit(item.bytes, item.frames);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Ends the stream with a status (OK ends it normally). Idempotent. */
  close(code: number, details: string): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.head = 0;
    this.queuedBytes = 0;
    this.exemptBytes = 0;
    this.onClosed(code, details);
    if (this.call.cancelled || this.call.destroyed) return;
    if (code === Status.OK) this.call.end();
    else this.call.emit('error', { code, details });
  }
}
