import type { Store } from '@trellis/store';
import type { FastifyBaseLogger } from 'fastify';
import { WebSocket } from 'ws';
import { toLiveMessage, type LiveMessage } from './event-messages';

/** Close code for a client that does not keep up (RFC 6455 1013 "Try Again Later"). */
export const CLOSE_SLOW_CLIENT = 1013;
/** Close code when the server cannot go on (e.g. the store closed under the stream). */
export const CLOSE_SERVER_ERROR = 1011;

export interface EventStreamOptions {
  readonly store: Pick<Store, 'watch'>;
  /** Stream revisions after this one. */
  readonly afterRevision: number;
  /** Sent right after `subscribed` (e.g. that the replay was cut short). */
  readonly notice?: LiveMessage;
  /** Only these collections (default all). */
  readonly collections?: readonly string[];
  /** Bytes the socket may hold unsent before the client has `drainTimeoutMs` to take them. */
  readonly maxBufferedBytes: number;
  readonly drainTimeoutMs: number;
  /** After the 1013 close frame is queued, how long the client gets before the socket is cut. */
  readonly closeGraceMs: number;
  /** Idle time before a `progress` message (0 = never). */
  readonly progressIntervalMs: number;
  readonly log: FastifyBaseLogger;
  readonly onEvicted: () => void;
}

/**
 * Streams the store's revisions to one WebSocket client until either side closes. The watch is
 * pulled one revision at a time, so the store reads at the client's pace; when the socket's send
 * buffer passes `maxBufferedBytes` and does not drain within `drainTimeoutMs`, the client is closed
 * with 1013 rather than letting its buffer grow (it reconnects with `after_revision`).
 */
export async function streamEvents(socket: WebSocket, options: EventStreamOptions): Promise<void> {
  const abort = new AbortController();
  socket.once('close', () => abort.abort());
  const window = new SendWindow(socket, options.maxBufferedBytes);
  const send = (message: LiveMessage) => sendBounded(socket, window, message, options, abort.signal);
  let position = options.afterRevision;
  try {
    if (!(await send({ type: 'subscribed', after_revision: position }))) return;
    if (options.notice && !(await send(options.notice))) return;
    // Each pass is one store watch; a pass ends on abort, or on compaction (then resumes once past it).
    for (let resumed = true; resumed && !abort.signal.aborted; ) {
      resumed = false;
      const watch = options.store.watch({ afterRevision: position, collections: options.collections, signal: abort.signal, progressIntervalMs: options.progressIntervalMs });
      for await (const event of watch) {
        if (!(await send(toLiveMessage(event, position)))) return;
        if (event.type === 'changes') position = event.revision;
        else if (event.type === 'compacted') {
          position = event.currentRevision;
          resumed = true;
          break;
        }
      }
    }
  } catch (err) {
    if (abort.signal.aborted) return;
    options.log.warn({ err, position }, 'live event stream failed');
    if (socket.readyState === WebSocket.OPEN) socket.close(CLOSE_SERVER_ERROR, 'event stream failed; reconnect with after_revision');
  }
}

/**
 * Tells when a socket's send buffer is back under the bound. Optimization: one shared send
 * callback instead of a promise per message (a third of the replay cost otherwise).
 */
class SendWindow {
  private waiter: (() => void) | undefined;
  readonly onSent = (): void => {
    if (this.waiter && this.socket.bufferedAmount <= this.maxBufferedBytes) {
      const wake = this.waiter;
      this.waiter = undefined;
      wake();
    }
  };

  constructor(
    private readonly socket: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {}

  get full(): boolean {
    return this.socket.bufferedAmount > this.maxBufferedBytes;
  }

  /** Resolves true once the buffer is under the bound, false after `timeoutMs` or on abort. */
  drained(timeoutMs: number, signal: AbortSignal): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiter = undefined;
        resolve(ok);
      };
      const onAbort = () => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiter = () => finish(true);
    });
  }
}

/** Sends one message; false when the stream must stop (socket gone, or the client was evicted). */
async function sendBounded(socket: WebSocket, window: SendWindow, message: LiveMessage, options: EventStreamOptions, signal: AbortSignal): Promise<boolean> {
  if (socket.readyState !== WebSocket.OPEN) return false;
  socket.send(JSON.stringify(message), window.onSent);
  if (!window.full) return true;
  if (await window.drained(options.drainTimeoutMs, signal)) return socket.readyState === WebSocket.OPEN;
  if (socket.readyState !== WebSocket.OPEN) return false;
  options.onEvicted();
  options.log.warn({ bufferedBytes: socket.bufferedAmount, maxBufferedBytes: options.maxBufferedBytes, drainTimeoutMs: options.drainTimeoutMs }, 'live event client too slow; closing');
  socket.close(CLOSE_SLOW_CLIENT, 'client too slow: send buffer full; reconnect with after_revision');
  const cut = setTimeout(() => socket.terminate(), options.closeGraceMs);
  socket.once('close', () => clearTimeout(cut));
  return false;
}
