import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, credentials, Server, ServerCredentials, type ServerDuplexStream } from '@grpc/grpc-js';
import { ControllerCall } from './controller-call';

const PATH = '/test.Frames/Stream';
const id = (b: Buffer) => b;
const service = { stream: { path: PATH, requestStream: true, responseStream: true, requestSerialize: id, requestDeserialize: id, responseSerialize: id, responseDeserialize: id } };

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

async function grpcServer(handler: (s: ServerDuplexStream<Buffer, Buffer>) => void): Promise<Client> {
  const server = new Server();
  server.addService(service, { stream: handler });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  cleanups.push(() => server.forceShutdown());
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  cleanups.push(() => client.close());
  return client;
}

describe('ControllerCall', () => {
  it('carries bytes both ways, in order, without (de)serializing', async () => {
    const got: string[] = [];
    const client = await grpcServer((s) => {
      s.on('data', (b: Buffer) => {
        got.push(b.toString());
        if (got.length === 1) for (let i = 0; i < 50; i++) s.write(Buffer.from(`m${i}`));
        if (got.length === 21) s.end();
      });
    });
    const texts: string[] = [];
    const call: ControllerCall = new ControllerCall(client, PATH, (b) => {
      texts.push(b.toString());
      if (texts.length === 1) for (let i = 1; i <= 20; i++) call.write(new Uint8Array(Buffer.from(`w${i}`)));
    });
    call.write(Buffer.from('hello'));
    await once(call.stream, 'end');
    expect(texts).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
    expect(got).toEqual(['hello', ...Array.from({ length: 20 }, (_, i) => `w${i + 1}`)]);
  });

  it("returns false while the controller does not read, and 'drain' follows once it does", async () => {
    let server: ServerDuplexStream<Buffer, Buffer> | undefined;
    let received = 0;
    const client = await grpcServer((s) => (server = s));
    const call = new ControllerCall(client, PATH, () => undefined);
    call.stream.on('error', () => undefined);
    const message = Buffer.alloc(4096, 1);
    let refused = 0;
    for (let i = 0; i < 256; i++) if (!call.write(message)) refused++;
    // HTTP/2 flow control holds the unread bytes: the call's buffer fills up.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(refused).toBeGreaterThan(0);
    expect(call.stream.writableNeedDrain).toBe(true);
    const drained = once(call.stream, 'drain');
    server!.on('data', () => received++);
    await drained;
    expect(call.stream.writableNeedDrain).toBe(false);
    expect(received).toBeGreaterThan(0);
  });
});
