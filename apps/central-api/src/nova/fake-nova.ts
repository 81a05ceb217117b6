import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NovaEvent } from './nova-event';

/** A request the fake nova-api received. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly events: NovaEvent[];
  readonly atMs: number;
}

/** What the fake answers: a status and a body (default: 200, every event echoed with code 200). */
export type FakeNovaResponder = (request: RecordedRequest) => { status: number; body?: unknown };

/**
 * A nova-api stand-in for tests: records every POST to os-server-external-events on 127.0.0.1.
 * Not used by the app itself.
 */
export interface FakeNova {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Answers for the next requests, in order; after they run out, `respond` (default: accept all). */
  readonly script: FakeNovaResponder[];
  respond: FakeNovaResponder;
  /** Resolves once `count` requests arrived; rejects after `timeoutMs`. */
  waitForRequests(count: number, timeoutMs?: number): Promise<RecordedRequest[]>;
  close(): Promise<void>;
}

export const acceptAll: FakeNovaResponder = (request) => ({
  status: 200,
  body: { events: request.events.map((e) => ({ ...e, status: 'completed', code: 200 })) },
});

/** Starts a fake nova-api; `port` reuses a known port (e.g. to come up after "connection refused"). */
export async function startFakeNova(port = 0): Promise<FakeNova> {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const fake: FakeNova = {
    url: '',
    port: 0,
    requests,
    script: [],
    respond: acceptAll,
    async waitForRequests(count, timeoutMs = 5000) {
      if (requests.length < count) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`fake nova: ${requests.length}/${count} requests after ${timeoutMs} ms`)), timeoutMs);
          waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
        });
      }
      return requests.slice(0, count);
    },
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const parsed = raw === '' ? {} : (JSON.parse(raw) as { events?: NovaEvent[] });
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, events: parsed.events ?? [], atMs: Date.now() };
      requests.push(recorded);
      const answer = (fake.script.shift() ?? fake.respond)(recorded);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      for (const w of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A loopback port nothing listens on (bound, then released). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
