import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keystoneAuthProvider, KeystoneSession, noAuthProvider, TokenValidator, type AuthProvider } from '@trellis/auth';
import { buildApp, DEFAULT_CENTRAL_CONFIG } from '@trellis/central-api';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { issueToken } from './keystone-tokens';
import { load, type LoadResult } from './load';

const cloud = inject('cloud');
const dir = mkdtempSync(path.join(tmpdir(), 'trellis-auth-cost-'));
let store: Store;
const apps: FastifyInstance[] = [];

async function serve(auth: AuthProvider): Promise<string> {
  const app = await buildApp({ store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: dir }, auth });
  apps.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

function keystoneProvider(cacheSize: number) {
  const session = new KeystoneSession({ authUrl: cloud.keystoneUrl, username: cloud.users.neutron.username, password: cloud.users.neutron.password, projectName: 'service', userDomainName: 'Default', projectDomainName: 'Default', timeoutMs: 30_000 });
  return keystoneAuthProvider({ validator: new TokenValidator(session), identityUrl: session.identityUrl, cacheSize, cacheMaxTtlMs: 300_000 });
}

beforeAll(async () => {
  store = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS });
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('token validation cost (GET /v2.0/networks)', () => {
  it('is paid once per token with the cache, on every request without it', async () => {
    const noauth = await serve(noAuthProvider({ defaultProjectId: 'project-a' }));
    const cached = keystoneProvider(1000);
    const cachedUrl = await serve(cached);
    const uncached = keystoneProvider(0);
    const uncachedUrl = await serve(uncached);
    // A fresh token per run: the fixture's tokens live 30 s. A warm-up run first, so that every
    // mode is measured with the handlers compiled.
    const measure = async (url: string, headers: () => Promise<Record<string, string>>, connections: number, amount: number) => {
      await load(`${url}/v2.0/networks`, await headers(), connections, Math.min(amount, 200));
      return load(`${url}/v2.0/networks`, await headers(), connections, amount);
    };
    const userToken = async () => ({ 'x-auth-token': (await issueToken(cloud.keystoneUrl, cloud.users.memberA)).token });
    const rows: Record<string, LoadResult> = {
      noauth: await measure(noauth, async () => ({ 'x-roles': 'member' }), 8, 20_000),
      'keystone, cached': await measure(cachedUrl, userToken, 8, 20_000),
      // Every request is a round trip to Keystone (one WSGI process here): few requests suffice,
      // and they must end before the token does. One connection: concurrent requests with the
      // same token would share a validation.
      'keystone, cache miss': await measure(uncachedUrl, userToken, 1, 20),
    };
    const table = Object.entries(rows).map(([mode, r]) => ({ mode, requests: r.requests, perSecond: Math.round(r.perSecond), p50Ms: r.p50Ms, p99Ms: r.p99Ms, non2xx: r.non2xx, errors: r.errors }));
    mkdirSync(path.resolve(import.meta.dirname, '../../../tmp'), { recursive: true });
    writeFileSync(path.resolve(import.meta.dirname, '../../../tmp/auth-validation-cost.json'), JSON.stringify(table, null, 2));
    process.stdout.write(`${JSON.stringify(table, null, 2)}\n`);
    for (const r of Object.values(rows)) expect(r.non2xx + r.errors).toBe(0);
    // One validation per token (warm-up and measured run each got a fresh one).
    expect(cached.stats.misses).toBe(2);
    expect(uncached.stats.misses).toBe(40);
    expect(rows['keystone, cached'].perSecond).toBeGreaterThan(rows['keystone, cache miss'].perSecond * 5);
  });
});
