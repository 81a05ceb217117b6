import http2 from 'node:http2';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, credentials, InterceptingCall, Server, ServerCredentials, type ChannelOptions, type Interceptor, type ServerDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { FrameCall } from './frame-call';

const PATH = '/test.Frames/Stream';
const id = (b: Buffer) => b;
const service = { stream: { path: PATH, requestStream: true, responseStream: true, requestSerialize: id, requestDeserialize: id, responseSerialize: id, responseDeserialize: id } };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A grpc-js server whose handler gets each raw-bytes stream. */
async function grpcServer(handler: (s: ServerDuplexStream<Buffer, Buffer>) => void): Promise<string> {
  const server = new Server();
  server.addService(service, { stream: handler });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  cleanups.push(() => void server.forceShutdown());
  return `127.0.0.1:${port}`;
}

/** A plain HTTP/2 server speaking gRPC by hand, so responses can carry compressed messages (grpc-js's server sends none). */
async function rawServer(frames: Buffer): Promise<string> {
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-encoding': 'gzip' }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
    stream.on('error', () => {});
    stream.end(frames);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  return `127.0.0.1:${addr.port}`;
}

function frame(text: string, gzip = false): Buffer {
  const body = gzip ? gzipSync(Buffer.from(text)) : Buffer.from(text);
  const head = Buffer.alloc(5);
  head[0] = gzip ? 1 : 0;
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

function client(target: string, options: ChannelOptions = {}): Client {
  const c = new Client(target, credentials.createInsecure(), options);
  cleanups.push(() => c.close());
  return c;
}

/** Collects a call's frames as text until it ends; resolves with them and the error, if any. */
function collect(c: Client, opts: { canDeliver?: () => boolean; onText?: (t: string, call: FrameCall) => void } = {}) {
  const texts: string[] = [];
  // eslint-disable-next-line prefer-const
  let call: FrameCall;
  const done = new Promise<{ texts: string[]; error?: ServiceError }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('call did not end')), 5000);
    const end = (error?: ServiceError) => {
      clearTimeout(timer);
      resolve({ texts, error });
    };
    call = new FrameCall(c, PATH, (b) => {
      texts.push(b.toString());
      opts.onText?.(b.toString(), call);
    }, opts.canDeliver ?? (() => true));
    call.stream.on('error', (e: ServiceError) => end(e));
    call.stream.on('end', () => end());
  });
  return { call: call!, done };
}

describe('FrameCall', () => {
  it('hands received messages over synchronously, in order, and writes directly once the headers are in', async () => {
    const got: string[] = [];
    const target = await grpcServer((s) => {
      s.on('data', (b: Buffer) => {
        got.push(b.toString());
        if (got.length === 1) for (let i = 0; i < 50; i++) s.write(Buffer.from(`m${i}`));
        if (got.length === 21) s.end();
      });
    });
    const { call, done } = collect(client(target), {
      onText: (t, c) => {
        if (t === 'm0') for (let i = 1; i <= 20; i++) c.write(Buffer.from(`w${i}`));
      },
    });
    call.write(Buffer.from('hello'));
    const { texts, error } = await done;
    expect(error).toBeUndefined();
    expect(texts).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
    expect(got).toEqual(['hello', ...Array.from({ length: 20 }, (_, i) => `w${i + 1}`)]);
    expect(call.stats.directIn).toBe(50);
    expect(call.stats.directOut).toBe(20);
  });

  it('passes compressed messages through grpc-js, in order with the uncompressed ones around them', async () => {
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const zipped = new Set(['b', 'e']);
    const target = await rawServer(Buffer.concat(words.map((w) => frame(w, zipped.has(w)))));
    const { call, done } = collect(client(target));
    call.write(Buffer.from('hello'));
    const { texts, error } = await done;
    expect(error).toBeUndefined();
    expect(texts).toEqual(words);
    expect(call.stats.directIn).toBeGreaterThanOrEqual(1);
    expect(call.stats.directIn).toBeLessThan(words.length - zipped.size);
  });

  it('ends the call with RESOURCE_EXHAUSTED for a message over the receive limit, after the ones before it', async () => {
    const target = await grpcServer((s) => {
      s.once('data', () => {
        s.write(Buffer.from('small'));
        s.write(Buffer.alloc(500, 120));
        s.write(Buffer.from('never'));
      });
    });
    const { call, done } = collect(client(target, { 'grpc.max_receive_message_length': 100 }));
    call.write(Buffer.from('hello'));
    const { texts, error } = await done;
    expect(texts).toEqual(['small']);
    expect(error?.code).toBe(8);
  });

  it('while the receiver holds back (canDeliver false, stream paused) messages wait in grpc-js and arrive in order after resume', async () => {
    const target = await grpcServer((s) => {
      s.once('data', () => {
        for (let i = 0; i < 100; i++) s.write(Buffer.from(`m${i}`));
        s.end();
      });
    });
    let held = false;
    const { call, done } = collect(client(target), {
      canDeliver: () => !held,
      onText: (t, c) => {
        if (t !== 'm2') return;
        held = true;
        c.stream.pause();
        setTimeout(() => {
          held = false;
          c.stream.resume();
        }, 50);
      },
    });
    call.write(Buffer.from('hello'));
    const { texts, error } = await done;
    expect(error).toBeUndefined();
    expect(texts).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
    expect(call.stats.directIn).toBeGreaterThanOrEqual(3);
    expect(call.stats.directIn).toBeLessThan(100);
  });

  it('delivers nothing more once the receiver cancels the call inside a burst', async () => {
    const target = await grpcServer((s) => {
      s.on('error', () => {});
      s.once('data', () => {
        for (let i = 0; i < 20; i++) s.write(Buffer.from(`m${i}`));
      });
    });
    const { call, done } = collect(client(target), { onText: (t, c) => t === 'm3' && c.stream.cancel() });
    call.write(Buffer.from('hello'));
    const { texts, error } = await done;
    expect(texts).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect(error?.code).toBe(1);
  });

  it('writes through grpc-js when the channel compresses what it sends', async () => {
    const got: string[] = [];
    const target = await grpcServer((s) => {
      s.on('data', (b: Buffer) => {
        got.push(b.toString());
        if (got.length === 1) s.write(Buffer.from('go'));
        if (got.length === 11) s.end();
      });
    });
    const { call, done } = collect(client(target, { 'grpc.default_compression_algorithm': 2 }), {
      onText: (_t, c) => {
        for (let i = 1; i <= 10; i++) c.write(Buffer.from(`w${i}`));
      },
    });
    call.write(Buffer.from('hello'));
    const { error } = await done;
    expect(error).toBeUndefined();
    expect(got).toEqual(['hello', ...Array.from({ length: 10 }, (_, i) => `w${i + 1}`)]);
    expect(call.stats.directIn).toBe(1);
    expect(call.stats.directOut).toBe(0);
  });

  it('keeps to grpc-js’s own path when the call does not have the expected shape (an interceptor)', async () => {
    const target = await grpcServer((s) => {
      s.once('data', () => {
        for (let i = 0; i < 5; i++) s.write(Buffer.from(`m${i}`));
        s.end();
      });
    });
    const passThrough: Interceptor = (options, next) => new InterceptingCall(next(options));
    const c = client(target, { interceptors: [passThrough] });
    const { call, done } = collect(c);
    call.write(Buffer.from('hello'));
    const { texts, error } = await done;
    expect(error).toBeUndefined();
    expect(texts).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(call.stats).toEqual({ directIn: 0, directOut: 0 });
  });
});
