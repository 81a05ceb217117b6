import http2 from 'node:http2';
import { trellis } from '@trellis/proto';

const pb = trellis.feed.v1;

export interface RawWatch {
  /**
   * Starts reading; resolves when the call ends (or, with `stopWhen`, once it holds: the session is
   * then closed) with every message and the final status (-1 when stopped early).
   */
  drain(stopWhen?: (messages: readonly trellis.feed.v1.WatchResponse[]) => boolean): Promise<{ messages: trellis.feed.v1.WatchResponse[]; code: number; details: string }>;
  close(): void;
}

/**
 * A Watch call over plain node:http2 that reads nothing until `drain()`. grpc-js clients keep
 * reading into memory even when paused, so a truly stalled reader (HTTP/2 flow control closed,
 * as with a wedged process) needs the raw transport.
 */
export async function rawStalledWatch(target: string, request: trellis.feed.v1.IWatchRequest): Promise<RawWatch> {
  const session = http2.connect(`http://${target}`);
  session.on('error', () => {});
  const stream = session.request({ ':method': 'POST', ':path': '/trellis.feed.v1.Feed/Watch', 'content-type': 'application/grpc', te: 'trailers' });
  stream.on('error', () => {});
  stream.pause();
  const body = pb.WatchRequest.encode(request).finish();
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(body.length, 1);
  stream.end(Buffer.concat([prefix, body]));
  await new Promise<void>((resolve, reject) => {
    stream.once('response', () => resolve());
    stream.once('close', () => reject(new Error('stream closed before response headers')));
  });
  return {
    drain: (stopWhen) =>
      new Promise((resolve) => {
        let pending = Buffer.alloc(0);
        const messages: trellis.feed.v1.WatchResponse[] = [];
        let trailers: http2.IncomingHttpHeaders = {};
        stream.on('trailers', (t) => (trailers = t));
        stream.on('data', (chunk: Buffer) => {
          pending = Buffer.concat([pending, chunk]);
          while (pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
            const length = pending.readUInt32BE(1);
            messages.push(pb.WatchResponse.decode(pending.subarray(5, 5 + length)));
            pending = pending.subarray(5 + length);
          }
          if (stopWhen?.(messages)) session.destroy();
        });
        stream.on('close', () => {
          resolve({ messages, code: Number(trailers['grpc-status'] ?? -1), details: decodeURIComponent(String(trailers['grpc-message'] ?? '')) });
        });
        stream.resume();
      }),
    close: () => session.destroy(),
  };
}
