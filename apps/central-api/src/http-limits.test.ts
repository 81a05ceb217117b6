import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('HTTP limits', () => {
  it('applies the configured request and idle timeouts to the server', async () => {
    t = await startTestApp({ limits: { requestTimeoutMs: 12_000, connectionTimeoutMs: 7_000 } });
    expect(t.app.server.requestTimeout).toBe(12_000);
    expect(t.app.server.timeout).toBe(7_000);
  });

  it('cuts a body trickled slower than the idle timeout instead of holding the socket', async () => {
    t = await startTestApp({ limits: { requestTimeoutMs: 5_000, connectionTimeoutMs: 1_000 } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as { port: number };
    const socket = connect({ host: '127.0.0.1', port });
    const started = Date.now();
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)));
    socket.on('error', () => undefined);
    socket.write('POST /v2.0/networks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    // One more byte every 1.5 s: never enough to finish, always past the idle bound.
    const trickle = setInterval(() => socket.write(' '), 1_500);
    try {
      expect(await closed).toBeLessThan(4_000);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  });
});
