import type { Client, ClientDuplexStream } from '@grpc/grpc-js';

const identity = (b: Buffer): Buffer => b;

/**
 * The session's bidi call, carrying encoded messages as bytes through grpc-js's public API:
 * grpc-js neither serializes nor deserializes, the agent encodes and decodes itself (`onFrame`
 * gets each message's bytes, in order; pausing the stream stops them). `write` returns false
 * once the stream's buffer is full, as a Writable does: the caller then waits for 'drain'.
 */
export class ControllerCall {
  readonly stream: ClientDuplexStream<Buffer, Buffer>;

  constructor(client: Client, path: string, onFrame: (payload: Buffer) => void) {
    this.stream = client.makeBidiStreamRequest<Buffer, Buffer>(path, identity, identity);
    this.stream.on('data', onFrame);
  }

  /** Sends one encoded message; false when the stream wants the caller to wait for 'drain'. */
  write(payload: Uint8Array): boolean {
    return this.stream.write(Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.length));
  }
}
