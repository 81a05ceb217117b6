import { credentials, makeGenericClientConstructor, Server, ServerCredentials, type ClientDuplexStream, type ServerDuplexStream } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { openGrpcFastPath } from './grpc-fast-path';
import { directFramedSender } from './server-outbound';
import { GRPC_FAST_PATH_VERSION } from './version-gate';

type Stream = ServerDuplexStream<Buffer, Buffer>;

const identity = (b: Buffer) => b;
const service = {
  stream: {
    path: '/test.Raw/Stream', requestStream: true, responseStream: true,
    requestSerialize: identity, requestDeserialize: identity, responseSerialize: identity, responseDeserialize: identity,
  },
};

function framed(text: string): Buffer {
  const body = Buffer.from(text);
  const out = Buffer.alloc(5 + body.length);
  out.writeUInt32BE(body.length, 1);
  body.copy(out, 5);
  return out;
}

/** Runs `handler` for one stream on a real grpc-js server and collects what the client receives. */
async function roundTrip(handler: (call: Stream) => void): Promise<string[]> {
  const server = new Server();
  server.addService(service, { stream: handler });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  const Raw = makeGenericClientConstructor(service, 'Raw');
  const client = new Raw(`127.0.0.1:${port}`, credentials.createInsecure());
  try {
    const stream = (client as unknown as { stream: () => ClientDuplexStream<Buffer, Buffer> }).stream();
    const got: string[] = [];
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (b: Buffer) => got.push(b.toString()));
      stream.on('end', resolve);
      stream.on('error', reject);
      stream.write(Buffer.from('go'));
    });
    return got;
  } finally {
    client.close();
    server.forceShutdown();
  }
}

describe('framed sender over grpc-js', () => {
  it('sends several framed messages in one write, never framing them again, in order', async () => {
    let sent = 0;
    const got = await roundTrip((call) => {
      call.once('data', () => {
        const sender = directFramedSender(call);
        expect(sender).toBeDefined();
        sender!.send(Buffer.concat([framed('a'), framed('bb'), framed('')]), () => sent++);
        sender!.send(framed('c'.repeat(70_000)), () => {
          sent++;
          call.end();
        });
      });
    });
    expect(got.map((m) => (m.length > 10 ? `c×${m.length}` : m))).toEqual(['a', 'bb', '', 'c×70000']);
    expect(sent).toBe(2);
  });

  it('is not handed out when the gate is off: the caller writes unframed messages with write()', async () => {
    const gate = openGrpcFastPath({ enabled: false, grpcVersion: GRPC_FAST_PATH_VERSION });
    const got = await roundTrip((call) => {
      call.once('data', () => {
        expect(gate.framedSender(call)).toBeUndefined();
        for (const m of ['x', 'y']) call.write(Buffer.from(m));
        call.end();
      });
    });
    expect(got).toEqual(['x', 'y']);
  });
});
