import type { Client, ClientDuplexStream } from '@grpc/grpc-js';

/** gRPC length prefix: compressed flag (1 byte) and length (4 bytes). */
const PREFIX_BYTES = 5;

const identity = (b: Buffer): Buffer => b;

/** The part of grpc-js 1.x's Http2SubchannelCall (one HTTP/2 stream) used here. */
interface SubchannelCore {
  tryPush(framed: Buffer): void;
  sendMessageWithContext(context: { callback?: () => void }, framed: Buffer): void;
  readonly unpushedReadMessages: unknown[];
  readonly isPushPending: boolean;
  readonly statusOutput: boolean;
  readonly finalStatus: unknown;
}

/** The part of grpc-js 1.x's CompressionFilter used here. */
interface CompressionCore {
  readonly currentCompressionAlgorithm: string;
  readonly maxSendMessageLength: number;
}

/** The part of grpc-js 1.x's ResolvingCall (the channel's call: filters, then the retrying call) used here. */
interface ResolvingCore {
  readonly readFilterPending: boolean;
  readonly writeFilterPending: boolean;
  readonly filterStack?: { readonly filters?: readonly unknown[] };
  readonly child?: { readonly underlyingCalls?: ReadonlyArray<{ state?: string; call?: { child?: unknown } }>; readonly committedCallIndex?: number | null } | null;
}

/** Counts of messages that took the direct paths (for tests and diagnostics). */
export interface FrameCallStats {
  directIn: number;
  directOut: number;
}

interface Direct {
  core: SubchannelCore;
  resolving: ResolvingCore;
  compression: CompressionCore;
}

function isSubchannelCore(c: unknown): c is SubchannelCore {
  const s = c as Partial<SubchannelCore> | undefined;
  return (
    typeof s?.tryPush === 'function' &&
    typeof s.sendMessageWithContext === 'function' &&
    Array.isArray(s.unpushedReadMessages) &&
    typeof s.isPushPending === 'boolean' &&
    typeof s.statusOutput === 'boolean' &&
    'finalStatus' in s
  );
}

function isCompressionCore(f: unknown): f is CompressionCore {
  const c = f as Partial<CompressionCore> | undefined;
  return typeof c?.currentCompressionAlgorithm === 'string' && typeof c.maxSendMessageLength === 'number';
}

/**
 * The grpc-js internals under a client call, once its response headers arrived (the retrying
 * call has committed its one attempt and the HTTP/2 stream exists), or undefined if they do not
 * have the expected shape (another grpc-js version, interceptors, more than one filter).
 */
function findDirect(stream: ClientDuplexStream<Buffer, Buffer>): Direct | undefined {
  const resolving = (stream as unknown as { call?: { call?: Partial<ResolvingCore> } }).call?.call;
  if (typeof resolving?.readFilterPending !== 'boolean' || typeof resolving.writeFilterPending !== 'boolean') return undefined;
  const filters = resolving.filterStack?.filters;
  if (!Array.isArray(filters) || filters.length !== 1 || !isCompressionCore(filters[0])) return undefined;
  const retrying = resolving.child;
  const attempts = retrying?.underlyingCalls;
  const index = retrying?.committedCallIndex;
  if (!Array.isArray(attempts) || attempts.length !== 1 || index !== 0 || attempts[0].state !== 'ACTIVE') return undefined;
  const core = attempts[0].call?.child;
  if (!isSubchannelCore(core)) return undefined;
  return { core, resolving: resolving as ResolvingCore, compression: filters[0] };
}

/**
 * A bidi call that carries encoded messages as bytes: grpc-js neither serializes nor
 * deserializes, the caller encodes and decodes (`onFrame` gets each message's bytes).
 *
 * Optimization: per received message grpc-js's client call pauses the HTTP/2 stream, defers the
 * message a tick, runs the compression filter's async function (a promise even for an
 * uncompressed message), and pushes it through an object-mode Readable, which asks for the next
 * one (resuming the HTTP/2 stream); per sent message the object-mode Writable, a promise in the
 * filter stack and the retry buffer. Once the response headers are in (nothing can have arrived
 * before them), each uncompressed message that grpc-js's decoder (with its size limit) splits
 * off the HTTP/2 stream is handed to `onFrame` synchronously, and a message is written to the
 * HTTP/2 stream call directly (grpc-js's own write, with its error handling), framed here.
 * The normal path stays for everything else, in order: a compressed message, any message while
 * grpc-js's path still holds an earlier one, any while `canDeliver()` is false (the caller's
 * flow control, which then pauses the stream), writes while grpc-js's write path holds one, with
 * send compression or over the send size limit, and all of it if the internals do not have the
 * expected shape.
 */
export class FrameCall {
  readonly stream: ClientDuplexStream<Buffer, Buffer>;
  readonly stats: FrameCallStats = { directIn: 0, directOut: 0 };
  private direct: Direct | undefined;

  constructor(client: Client, path: string, onFrame: (payload: Buffer) => void, canDeliver: () => boolean) {
    const stream = client.makeBidiStreamRequest<Buffer, Buffer>(path, identity, identity);
    this.stream = stream;
    stream.on('data', onFrame);
    stream.once('metadata', () => {
      const direct = findDirect(stream);
      if (!direct) return;
      this.direct = direct;
      const { core, resolving } = direct;
      const tryPush = core.tryPush;
      const stats = this.stats;
      core.tryPush = (framed: Buffer) => {
        if (
          framed[0] === 0 &&
          core.unpushedReadMessages.length === 0 &&
          !core.isPushPending &&
          !resolving.readFilterPending &&
          stream.readableLength === 0 &&
          !core.statusOutput &&
          canDeliver()
        ) {
          stats.directIn++;
          onFrame(framed.subarray(PREFIX_BYTES));
          return;
        }
        tryPush.call(core, framed);
      };
    });
  }

  /** Sends one encoded message (after earlier ones, whichever path they took). */
  write(payload: Uint8Array): void {
    const d = this.direct;
    const len = payload.length;
    if (
      d !== undefined &&
      d.core.finalStatus === null &&
      !d.resolving.writeFilterPending &&
      this.stream.writableLength === 0 &&
      d.compression.currentCompressionAlgorithm === 'identity' &&
      (d.compression.maxSendMessageLength === -1 || len <= d.compression.maxSendMessageLength)
    ) {
      const framed = Buffer.allocUnsafe(PREFIX_BYTES + len);
      framed[0] = 0;
      framed.writeUInt32BE(len, 1);
      framed.set(payload, PREFIX_BYTES);
      this.stats.directOut++;
      d.core.sendMessageWithContext({}, framed);
      return;
    }
    this.stream.write(Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, len));
  }
}
