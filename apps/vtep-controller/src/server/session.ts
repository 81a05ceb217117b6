import type { ServerDuplexStream } from '@grpc/grpc-js';
import { trellis } from '@trellis/proto';
import type { GrpcFastPath, Logger } from '@trellis/runtime';
import { HostStream, Status } from './host-stream';
import { checkAck, checkDigests, checkHello, checkNack, checkPortStatuses } from './host-input';
import { StreamError } from './stream-error';

const l2 = trellis.l2.v1;

export { StreamError } from './stream-error';

/** What a session asks of the controller once the host has said hello. */
export interface SessionHandler {
  attach(session: Session, hello: trellis.l2.v1.IHello): void;
  detach(session: Session): void;
  onAck(session: Session, ack: trellis.l2.v1.IAck): void;
  onNack(session: Session, nack: trellis.l2.v1.INack): void;
  onPortStatuses(session: Session, batch: trellis.l2.v1.IPortStatusBatch): void;
  onDigests(session: Session, digests: trellis.l2.v1.IDigests): void;
  /** A whole live Delta message (revision, nonce implied, token) from pre-encoded VniDeltas, framed. */
  encodeLiveDelta(session: Session, revision: number, vnis: readonly Uint8Array[]): Buffer;
  /** Counts one live Delta absorbed by a waiting one. */
  coalesced(session: Session): void;
}

/** The encoded VniDeltas of a queued live Delta, kept so that a later one can be merged into it. */
export type LiveDelta = readonly Uint8Array[];

export interface SessionOptions {
  readonly queueLimitBytes: number;
  readonly helloTimeoutMs: number;
  readonly maxFrameBytes: number;
  readonly logger: Logger;
  /** How frames reach grpc-js (the app's gate over grpc-js internals, or the public API). */
  readonly grpc: GrpcFastPath;
  /** The host id the peer's certificate names (mTLS); its hello may name no other. None: no check. */
  readonly hostIdentity?: string;
}

/**
 * One host stream: decodes and validates inbound frames, enforces hello-first, and routes
 * messages to the controller. Any bad input ends this stream only, with a status naming it.
 */
export class Session {
  readonly out: HostStream;
  hostId = '';
  vtep = '';
  agentVersion = '';
  attached = false;
  /** Revision of the last delta/snapshot end queued to this host. */
  lastSentRevision = 0;
  /** Revision of the newest message this host has acked. */
  ackedRevision = 0;
  /**
   * The host's last digest report (per-VNI wire digests of what it holds and, from agents that
   * digest routers, per-router ones), for inspection.
   */
  lastDigests: { readonly revision: number; readonly atMs: number; readonly vnis: ReadonlyMap<number, number>; readonly routers?: ReadonlyMap<string, number> } | undefined;
  /** Nonces sent and not yet acked, oldest first → revision. */
  readonly outstanding = new Map<string, number>();
  unknownNonceLogged = false;
  private helloTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly call: ServerDuplexStream<Buffer, Buffer>,
    private readonly handler: SessionHandler,
    private readonly options: SessionOptions,
  ) {
    this.out = new HostStream(call, options.queueLimitBytes, (code, details) => this.onClosed(code, details), options.grpc.framedSender(call));
    this.helloTimer = setTimeout(() => this.fail(Status.DEADLINE_EXCEEDED, `no hello within ${options.helloTimeoutMs} ms`), options.helloTimeoutMs);
    options.grpc.receiveFrames(call, (frame) => this.onFrame(frame), () => this.out.close(Status.OK, 'host closed the stream'));
    call.on('cancelled', () => this.out.close(Status.OK, 'cancelled'));
    call.on('error', () => this.out.close(Status.OK, 'stream error'));
  }

  get log(): Logger {
    return this.options.logger;
  }

  /**
   * Queues a framed message to this host (or `frames` of them in one buffer, the one carrying
   * `nonce` last), remembering its nonce for acks. `live` (the VniDeltas of a live revision's
   * Delta) lets the message be coalesced: while the stream is not drained, a live Delta still
   * waiting in the queue absorbs the next one (one message, one ack, the later revision and
   * token) instead of queueing another.
   */
  sendDelta(bytes: Buffer, nonce: string, revision: number, exempt = false, live?: LiveDelta, frames = 1): void {
    if (live && !exempt) {
      const tail = this.out.waitingTail() as LiveDelta | undefined;
      if (tail) {
        const merged: LiveDelta = [...tail, ...live];
        this.remember(nonce, revision);
        this.handler.coalesced(this);
        this.out.replaceTail(this.handler.encodeLiveDelta(this, revision, merged), merged);
        return;
      }
    }
    this.remember(nonce, revision);
    this.out.send(bytes, exempt, live, frames);
  }

  /**
   * Revisions sent to this host and not yet acked: 0 when it has applied everything it was sent
   * (revisions outside its span are never sent, so the controller's own revision is no measure).
   */
  get lagRevisions(): number {
    return this.outstanding.size === 0 ? 0 : Math.max(0, this.lastSentRevision - this.ackedRevision);
  }

  private remember(nonce: string, revision: number): void {
    if (nonce !== '') {
      this.outstanding.set(nonce, revision);
      if (this.outstanding.size > 4096) this.outstanding.delete(this.outstanding.keys().next().value!);
    }
    if (revision > this.lastSentRevision) this.lastSentRevision = revision;
  }

  fail(code: number, details: string): void {
    if (!this.out.closed) this.log.warn({ host: this.hostId || undefined, code, details }, 'host stream rejected');
    this.out.close(code, details);
  }

  private onFrame(frame: Buffer): void {
    if (this.out.closed) return;
    try {
      if (frame.length > this.options.maxFrameBytes) {
        throw new StreamError(Status.RESOURCE_EXHAUSTED, `frame of ${frame.length} bytes exceeds the limit of ${this.options.maxFrameBytes} bytes`);
      }
      let msg: trellis.l2.v1.HostMessage;
      try {
        msg = l2.HostMessage.decode(frame);
      } catch (err) {
        throw new StreamError(Status.INVALID_ARGUMENT, `malformed HostMessage: ${(err as Error).message}`);
      }
      this.dispatch(msg);
    } catch (err) {
      if (err instanceof StreamError) this.fail(err.code, err.message);
      else {
        this.log.error({ err, host: this.hostId }, 'host message handling failed');
        this.fail(Status.INTERNAL, 'internal error');
      }
    }
  }

  /**
   * Validates a message's fields (INVALID_ARGUMENT) and its place in the protocol
   * (FAILED_PRECONDITION: anything but hello first, a second hello) before any handler sees it,
   * so a refused message changes no state.
   */
  private dispatch(msg: trellis.l2.v1.HostMessage): void {
    const kind = msg.kind;
    if (kind === undefined) throw new StreamError(Status.INVALID_ARGUMENT, 'empty HostMessage (no kind set)');
    if (!this.attached) {
      if (!msg.hello) throw new StreamError(Status.FAILED_PRECONDITION, `the first message of a stream must be hello, got ${kind}`);
      checkHello(msg.hello);
      const certified = this.options.hostIdentity;
      if (certified !== undefined && msg.hello.hostId !== certified) {
        throw new StreamError(Status.PERMISSION_DENIED, `this certificate is host ${certified}'s; it may not subscribe as ${msg.hello.hostId}`);
      }
      clearTimeout(this.helloTimer);
      this.handler.attach(this, msg.hello);
      return;
    }
    if (msg.hello) throw new StreamError(Status.FAILED_PRECONDITION, 'hello was already received on this stream');
    if (msg.ack) {
      checkAck(msg.ack);
      this.handler.onAck(this, msg.ack);
    } else if (msg.nack) {
      checkNack(msg.nack);
      this.handler.onNack(this, msg.nack);
    } else if (msg.portStatuses) {
      checkPortStatuses(msg.portStatuses);
      this.handler.onPortStatuses(this, msg.portStatuses);
    } else if (msg.digests) {
      checkDigests(msg.digests);
      this.handler.onDigests(this, msg.digests);
    } else throw new StreamError(Status.INVALID_ARGUMENT, `HostMessage kind ${kind} is not accepted from a host`);
  }

  private onClosed(code: number, details: string): void {
    clearTimeout(this.helloTimer);
    if (this.attached) this.handler.detach(this);
    this.log.debug({ host: this.hostId || undefined, code, details }, 'host stream closed');
  }
}
