import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { FeedClient } from '@trellis/feed';
import { createLogger } from '@trellis/runtime';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../app';
import { DEFAULT_CELL_AGENT_CONFIG, type CellAgentConfig } from '../config';
import { CELL_AGENT_COLLECTIONS } from '../replica/collections';
import type { FakeCentral } from './fake-central';

export interface TestAgent {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly dir: string;
  call(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  /** Log lines written so far (parsed pino JSON). */
  logs(): Record<string, unknown>[];
  /** Stops the app and the store; keeps the data dir unless `remove`. */
  close(remove?: boolean): Promise<void>;
}

export interface TestAgentOptions {
  readonly region?: string;
  readonly cells?: readonly string[];
  /** Reuse a data dir (restart). */
  readonly dir?: string;
  readonly sync?: boolean;
}

/** A cell-agent on a fresh (or given) LMDB dir, following `central`'s REST and feed (fake or real). */
export async function startTestAgent(central: Pick<FakeCentral, 'url' | 'feedTarget'>, options: TestAgentOptions = {}): Promise<TestAgent> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'cell-agent-'));
  const store = await openLmdbStore({ path: dir, collections: CELL_AGENT_COLLECTIONS, maxOpsPerTxn: 1_000_000 });
  const chunks: string[] = [];
  const logger = createLogger({
    name: 'cell-agent',
    level: 'info',
    destination: new Writable({ write: (chunk: Buffer, _e, cb) => (chunks.push(chunk.toString('utf8')), cb()) }),
  });
  const config: CellAgentConfig = {
    ...DEFAULT_CELL_AGENT_CONFIG,
    region: options.region ?? 'RegionOne',
    cells: [...(options.cells ?? ['cell1'])],
    central: { urls: [central.url], feedTargets: [central.feedTarget], timeoutMs: 1_000, feedTls: {} },
    dataDir: dir,
  };
  const feed = options.sync === false ? undefined : new FeedClient({ targets: [central.feedTarget], logger, consumer: 'test-agent', backoff: { initialMs: 20, maxMs: 200 } });
  const app = await buildApp({ store, config, logger, feed, feedRetryDelayMs: 50 });
  return {
    app,
    store,
    dir,
    async call(method, url, body, headers = {}) {
      const res = await app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
      return { status: res.statusCode, json: res.body === '' ? undefined : res.headers['content-type']?.toString().includes('json') ? JSON.parse(res.body) : res.body };
    },
    logs: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
    async close(remove = true) {
      await app.close();
      feed?.close();
      await store.close();
      if (remove) rmSync(dir, { recursive: true, force: true });
    },
  };
}
