import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** The answer of one health check: `ok` decides 200 vs 503; `detail` is shown as JSON. */
export interface HealthResult {
  readonly ok: boolean;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface OpsServerOptions {
  readonly host: string;
  /** 0 picks a free port (tests); the bound port is on the returned server. */
  readonly port: number;
  readonly registry: Registry;
  /** Liveness (`/healthz`): the process can do its work at all. */
  readonly live: () => HealthResult;
  /** Readiness (`/readyz`): the process is connected to what it needs and serving. */
  readonly ready: () => HealthResult;
  /**
   * The process's own routes (e.g. the controller's `/v1/...` inspection API), tried before the
   * three above; answers JSON, or undefined to fall through to them.
   */
  readonly handle?: (request: OpsRequest) => OpsResponse | undefined | Promise<OpsResponse | undefined>;
}

export interface OpsRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
}

export interface OpsResponse {
  readonly status: number;
  readonly body: unknown;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

function answer(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function health(res: ServerResponse, result: HealthResult): void {
  answer(res, result.ok ? 200 : 503, 'application/json', JSON.stringify({ status: result.ok ? 'ok' : 'unavailable', ...result.detail }));
}

async function route(req: IncomingMessage, res: ServerResponse, options: OpsServerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://ops');
  const path = url.pathname;
  const own = await options.handle?.({ method: req.method ?? 'GET', path, query: url.searchParams });
  if (own !== undefined) return answer(res, own.status, 'application/json', `${JSON.stringify(own.body)}\n`);
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'text/plain', 'method not allowed\n');
  switch (path) {
    case '/metrics':
      return answer(res, 200, options.registry.contentType, await options.registry.metrics());
    case '/healthz':
      return health(res, options.live());
    case '/readyz':
      return health(res, options.ready());
    default:
      return answer(res, 404, 'text/plain', 'not found: try /metrics, /healthz or /readyz\n');
  }
}

/**
 * A small HTTP listener for the processes that have no REST API of their own (vtep-controller,
 * host-agent): Prometheus text at `/metrics`, liveness at `/healthz`, readiness at `/readyz`.
 * Plain node:http, no framework: three read-only routes, nothing else is accepted.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    route(req, res, options).catch((err: unknown) => {
      if (!res.headersSent) answer(res, 500, 'text/plain', `${err instanceof Error ? err.message : String(err)}\n`);
      else res.destroy();
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
