import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import { buildApp } from './app';
import { DEFAULT_CENTRAL_CONFIG } from './config';
import { STALE_READ_HEADER, markStaleRead } from './stale-reads';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/**
 * A real LMDB store whose `list` reports itself stale the way the etcd backend's onStaleRead does
 * when quorum is lost, while `get` stays a normal read.
 */
async function appWithStaleLists(): Promise<FastifyInstance> {
  const dir = mkdtempSync(path.join(tmpdir(), 'central-stale-'));
  const real = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS });
  const store: Store = new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === 'list') {
        return async (...args: Parameters<Store['list']>) => {
          const items = await target.list(...args);
          markStaleRead({ operation: 'list', revision: 41, member: 'http://127.0.0.1:2379', reason: 'etcd quorum unavailable' });
          return items;
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const app = await buildApp({ store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: dir }, staleReadMarking: true });
  cleanups.push(async () => {
    await app.close();
    await real.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return app;
}

describe('stale-read marking', () => {
  it('says so in the response of a request whose store read lacked quorum, and only there', async () => {
    const app = await appWithStaleLists();
    const list = await app.inject({ method: 'GET', url: '/v2.0/networks' });
    expect(list.statusCode).toBe(200);
    expect(list.headers[STALE_READ_HEADER]).toBe('revision=41; member=http://127.0.0.1:2379');

    const missing = await app.inject({ method: 'GET', url: '/v2.0/networks/3f1e7c2a-0000-4000-8000-000000000001' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers[STALE_READ_HEADER]).toBeUndefined();
  });

  it('does not leak a mark into concurrent requests', async () => {
    const app = await appWithStaleLists();
    const [a, b] = await Promise.all([
      app.inject({ method: 'GET', url: '/v2.0/networks' }),
      app.inject({ method: 'GET', url: '/v2.0/networks/3f1e7c2a-0000-4000-8000-000000000002' }),
    ]);
    expect(a.headers[STALE_READ_HEADER]).toBeDefined();
    expect(b.headers[STALE_READ_HEADER]).toBeUndefined();
  });
});
