import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { listenGrpc, shutdownGrpc } from './grpc-server';

// A raw-bytes streaming service, so this test needs no generated code.
const identity = (b: Buffer) => b;
const EchoService = {
  hold: { path: '/test.Echo/Hold', requestStream: false, responseStream: true, requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity },
} satisfies grpc.ServiceDefinition;

const servers: grpc.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.forceShutdown();
});

describe('listenGrpc / shutdownGrpc', () => {
  it('binds 127.0.0.1:0 to a real port and shuts down gracefully when idle', async () => {
    const server = new grpc.Server();
    servers.push(server);
    const port = await listenGrpc(server, '127.0.0.1:0');
    expect(port).toBeGreaterThan(0);
    await expect(shutdownGrpc(server, 1000)).resolves.toBe('graceful');
  });

  it('forces shutdown when a stream stays open past the timeout', async () => {
    const server = new grpc.Server();
    servers.push(server);
    server.addService(EchoService, { hold: (call: grpc.ServerWritableStream<Buffer, Buffer>) => void call.write(Buffer.from('x')) });
    const port = await listenGrpc(server, '127.0.0.1:0');
    const Client = grpc.makeGenericClientConstructor(EchoService, 'Echo');
    const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const stream = client.hold(Buffer.alloc(0)) as grpc.ClientReadableStream<Buffer>;
    const ended = new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
    await new Promise((resolve) => stream.once('data', resolve));
    await expect(shutdownGrpc(server, 100)).resolves.toBe('forced');
    expect([grpc.status.CANCELLED, grpc.status.UNAVAILABLE]).toContain((await ended).code);
    client.close();
  });

  it('rejects when the address cannot be bound', async () => {
    const server = new grpc.Server();
    servers.push(server);
    await expect(listenGrpc(server, 'not-an-address:xyz')).rejects.toThrow();
  });
});
