import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** What one bounded autocannon run measured. */
export interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

// The load generator runs in its own thread so that the server's event loop is not also the client's.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannonPath);
// Inside a worker autocannon returns raw histograms: aggregate them here.
autocannon(workerData.options, (err, raw) =>
  parentPort.postMessage(err ? { error: String(err) } : { result: autocannon.aggregateResult([raw], workerData.options) }));
`;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}

/** `amount` GETs of `url` over `connections` connections with `headers` (bounded by count, not time). */
export function load(url: string, headers: Record<string, string>, connections: number, amount: number): Promise<LoadResult> {
  const autocannonPath = createRequire(import.meta.url).resolve('autocannon');
  const options = { url, connections, amount, headers, timeout: 60 };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { autocannonPath, options } });
    worker.once('message', (m: { error?: string; result?: AutocannonResult }) => {
      void worker.terminate();
      if (m.error || !m.result) return reject(new Error(m.error ?? 'no result'));
      const r = m.result;
      resolve({ requests: r.requests.total, perSecond: r.requests.total / r.duration, p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts });
    });
    worker.once('error', reject);
  });
}
