import { EventEmitter } from 'node:events';
import { credentials, makeGenericClientConstructor, Server, ServerCredentials, type ServerDuplexStream } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { receiveFramesDirect as receiveFrames, takeDataFrames } from './server-inbound';

type Stream = ServerDuplexStream<Buffer, Buffer>;

describe('receiveFrames', () => {
  it('reads frames one per startRead straight into the handler, in order, with a flat stack', () => {
    const waiting: Array<Buffer | null> = Array.from({ length: 20_000 }, (_, i) => Buffer.from(String(i)));
    waiting.push(null);
    let reads = 0;
    // Like grpc-js: startRead pushes the next waiting message synchronously, if there is one.
    const stream = Object.assign(new EventEmitter(), {
      destroyed: false,
      push: (_: Buffer | null): boolean => true,
      call: { startRead: () => (reads++, waiting.length > 0 && stream.push(waiting.shift()!)) },
    });
    const frames: string[] = [];
    let ended = 0;
    receiveFrames(stream as unknown as Stream, (f) => frames.push(f.toString()), () => ended++);
    expect(frames).toHaveLength(20_000);
    expect(frames.slice(0, 3)).toEqual(['0', '1', '2']);
    expect(frames.at(-1)).toBe('19999');
    expect(ended).toBe(1);
    expect(reads).toBe(20_001);
    // A message that arrives later is pushed by the call itself and read on.
    expect(stream.push(Buffer.from('late'))).toBe(false);
    expect(frames).toHaveLength(20_000);
  });

  it('asks for the next frame only after the handler took the current one', () => {
    const pushes: string[] = [];
    let pending = 0;
    const stream = Object.assign(new EventEmitter(), { destroyed: false, push: (_: Buffer | null) => true, call: { startRead: () => void pending++ } });
    receiveFrames(stream as unknown as Stream, (f) => pushes.push(f.toString()), () => undefined);
    expect(pending).toBe(1);
    stream.push(Buffer.from('a'));
    expect(pushes).toEqual(['a']);
    expect(pending).toBe(2);
  });

  it('falls back to data and end events without the inner call', () => {
    const stream = Object.assign(new EventEmitter(), { destroyed: false });
    const frames: string[] = [];
    let ended = 0;
    receiveFrames(stream as unknown as Stream, (f) => frames.push(f.toString()), () => ended++);
    stream.emit('data', Buffer.from('x'));
    stream.emit('end');
    expect(frames).toEqual(['x']);
    expect(ended).toBe(1);
  });
});

/** A gRPC length-prefixed message. */
function framed(text: string, compressed = 0): Buffer {
  const body = Buffer.from(text);
  const out = Buffer.alloc(5 + body.length);
  out[0] = compressed;
  out.writeUInt32BE(body.length, 1);
  body.copy(out, 5);
  return out;
}

/** grpc-js's BaseServerInterceptingCall as far as takeDataFrames uses it. */
function fakeCore(limit = 1024) {
  let pending = Buffer.alloc(0);
  const core = {
    readQueue: [] as Array<{ type: string; compressedMessage: Buffer | null; parsedMessage: unknown }>,
    originalChunks: 0,
    queued: [] as string[],
    paused: 0,
    cancelled: false,
    status: undefined as { code: number; details: string } | undefined,
    stream: { pause: () => void core.paused++ },
    decoder: {
      // Splits whole messages out of the bytes so far (grpc-js's StreamDecoder, minus its state machine).
      write(data: Buffer): Buffer[] {
        pending = Buffer.concat([pending, data]);
        const out: Buffer[] = [];
        while (pending.length >= 5) {
          const n = pending.readUInt32BE(1);
          if (n > limit) throw new Error(`Received message larger than max (${n} vs ${limit})`);
          if (pending.length < 5 + n) break;
          out.push(pending.subarray(0, 5 + n));
          pending = pending.subarray(5 + n);
        }
        return out;
      },
    },
    handleDataFrame(_data: Buffer): void {
      core.originalChunks++;
    },
    checkCancelled: () => core.cancelled,
    sendStatus: (s: { code: number; details: string }) => void (core.status = s),
    decompressAndMaybePush: async (entry: { compressedMessage: Buffer | null }) => void core.queued.push(entry.compressedMessage!.subarray(5).toString()),
    startRead: () => undefined,
  };
  return core;
}

describe('takeDataFrames', () => {
  it('hands uncompressed messages over synchronously, in order, across chunk boundaries, without pausing', () => {
    const core = fakeCore();
    const got: string[] = [];
    takeDataFrames(core, (f) => (got.push(f.toString()), true));
    const bytes = Buffer.concat([framed('a'), framed('bb'), framed('ccc')]);
    core.handleDataFrame(bytes.subarray(0, 8));
    expect(got).toEqual(['a']);
    core.handleDataFrame(bytes.subarray(8));
    expect(got).toEqual(['a', 'bb', 'ccc']);
    expect(core.paused).toBe(0);
    expect(core.originalChunks).toBe(0);
    expect(core.queued).toEqual([]);
  });

  it("sends a compressed message, and every message behind it, through grpc-js's queue", () => {
    const core = fakeCore();
    const got: string[] = [];
    takeDataFrames(core, (f) => (got.push(f.toString()), true));
    core.handleDataFrame(Buffer.concat([framed('a'), framed('z', 1), framed('b')]));
    expect(got).toEqual(['a']);
    expect(core.queued).toEqual(['z', 'b']);
    expect(core.paused).toBe(2);
    // While grpc-js's queue is not empty, whole chunks go to its own handler.
    core.handleDataFrame(framed('c'));
    expect(core.originalChunks).toBe(1);
    core.readQueue.length = 0;
    core.handleDataFrame(framed('d'));
    expect(got).toEqual(['a', 'd']);
  });

  it("ends the call on a message over grpc-js's limit and stops at a closed stream", () => {
    const core = fakeCore(4);
    const got: string[] = [];
    takeDataFrames(core, (f) => (got.push(f.toString()), got.length < 1));
    core.handleDataFrame(framed('too long'));
    expect(core.status?.code).toBe(8);
    const ok = fakeCore();
    takeDataFrames(ok, (f) => (got.push(f.toString()), false));
    ok.handleDataFrame(Buffer.concat([framed('x'), framed('y')]));
    expect(got).toEqual(['x']);
    ok.cancelled = true;
    ok.handleDataFrame(framed('w'));
    expect(got).toEqual(['x']);
  });
});

describe('receiveFrames over grpc-js', () => {
  it("takes the call's DATA chunks itself: messages arrive in order, half-close ends, grpc-js's queue unused", async () => {
    const service = {
      stream: {
        path: '/test.Raw/Stream', requestStream: true, responseStream: true,
        requestSerialize: (b: Buffer) => b, requestDeserialize: (b: Buffer) => b, responseSerialize: (b: Buffer) => b, responseDeserialize: (b: Buffer) => b,
      },
    };
    const got: string[] = [];
    let queued = 0;
    const server: Server = new Server();
    const done = new Promise<void>((resolve) => {
      server.addService(service, {
        stream: (call: Stream) => {
          const core = (call as unknown as { call: { decompressAndMaybePush: (e: unknown) => Promise<void> } }).call;
          const original = core.decompressAndMaybePush.bind(core);
          core.decompressAndMaybePush = (e) => (queued++, original(e));
          receiveFrames(call, (f) => got.push(f.toString()), () => (call.end(), resolve()));
        },
      });
    });
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    const Raw = makeGenericClientConstructor(service, 'Raw');
    const client = new Raw(`127.0.0.1:${port}`, credentials.createInsecure());
    try {
      const stream = (client as unknown as { stream: () => import('@grpc/grpc-js').ClientDuplexStream<Buffer, Buffer> }).stream();
      stream.on('data', () => undefined);
      stream.on('error', () => undefined);
      for (let i = 0; i < 200; i++) stream.write(Buffer.from(`m${i}`));
      stream.end();
      await done;
      expect(got).toHaveLength(200);
      expect(got.slice(0, 2)).toEqual(['m0', 'm1']);
      expect(got.at(-1)).toBe('m199');
      // The first message may have been queued before the handler ran; the rest were not.
      expect(queued).toBeLessThanOrEqual(1);
    } finally {
      client.close();
      server.forceShutdown();
    }
  });
});
