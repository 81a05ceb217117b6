import { Agent, request } from 'node:http';
import { nowMs } from './l2-bench-ipc';

// A small JSON client for driving central-api over keep-alive HTTP/1.1 on loopback, with the
// send and answer times of every request (the move latency starts at the answer).

/** One answered request: status, parsed body, and when it was sent and answered (`nowMs`). */
export interface RestAnswer<T> {
  readonly status: number;
  readonly body: T;
  readonly sentAt: number;
  readonly answeredAt: number;
}

export class RestError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly text: string,
  ) {
    super(`${method} ${path}: ${status} ${text.slice(0, 400)}`);
  }
}

/** Keep-alive JSON client of one base URL; at most `maxSockets` requests on the wire at once. */
export class RestClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(
    baseUrl: string,
    maxSockets: number,
    private readonly timeoutMs = 30_000,
  ) {
    const url = new URL(baseUrl);
    if (url.hostname !== '127.0.0.1' && url.hostname !== '[::1]') throw new Error(`loopback only, not ${url.hostname}`);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** Sends one request; a status ≥ 300 rejects with a RestError. */
  send<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<RestAnswer<T>> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
    return new Promise((resolve, reject) => {
      const sentAt = nowMs();
      const req = request({ host: this.host, port: this.port, method, path, headers, agent: this.agent, timeout: this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const answeredAt = nowMs();
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 300) return reject(new RestError(method, path, status, text));
          try {
            resolve({ status, body: (text ? JSON.parse(text) : undefined) as T, sentAt, answeredAt });
          } catch (err) {
            reject(err);
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  async get<T>(path: string): Promise<T> {
    return (await this.send<T>('GET', path)).body;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return (await this.send<T>('POST', path, body)).body;
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Runs `task(i)` for i in [0, count) with at most `concurrency` running at once; rejects on the
 * first failure (the tasks already running finish first).
 */
export async function forEachBounded(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const lane = async () => {
    while (failed === undefined && next < count) {
      const i = next++;
      try {
        await task(i);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  if (failed !== undefined) throw failed;
}
