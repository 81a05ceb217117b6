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
  const send = (message: LiveMessage) => sendBounded(socket, message, options, abort.signal);
  let position = options.afterRevision;
  try {
    if (!(await send({ type: 'subscribed', after_revision: position }))) return;
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

/** Sends one message; false when the stream must stop (socket gone, or the client was evicted). */
async function sendBounded(socket: WebSocket, message: LiveMessage, options: EventStreamOptions, signal: AbortSignal): Promise<boolean> {
  if (socket.readyState !== WebSocket.OPEN) return false;
  const flushed = new Promise<boolean>((resolve) => socket.send(JSON.stringify(message), (err) => resolve(err === undefined || err === null)));
  if (socket.bufferedAmount <= options.maxBufferedBytes) return true;
  // The callback of the last send means everything before it reached the kernel too.
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const gaveUp = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), options.drainTimeoutMs);
    onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    if (await Promise.race([flushed, gaveUp])) return socket.readyState === WebSocket.OPEN;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
  if (socket.readyState !== WebSocket.OPEN) return false;
  options.onEvicted();
  options.log.warn({ bufferedBytes: socket.bufferedAmount, maxBufferedBytes: options.maxBufferedBytes, drainTimeoutMs: options.drainTimeoutMs }, 'live event client too slow; closing');
  socket.close(CLOSE_SLOW_CLIENT, 'client too slow: send buffer full; reconnect with after_revision');
  const cut = setTimeout(() => socket.terminate(), options.closeGraceMs);
  socket.once('close', () => clearTimeout(cut));
  return false;
}
