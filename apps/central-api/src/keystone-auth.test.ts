import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { keystoneAuthProvider, type TokenInfo } from '@trellis/auth';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { createLogger } from '@trellis/runtime';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { DEFAULT_CENTRAL_CONFIG } from './config';

const future = Date.now() + 3_600_000;
const TOKENS: Record<string, TokenInfo> = {
  'member-token': { userId: 'u1', projectId: 'p1', roles: ['member', 'reader'], expiresAtMs: future },
  'reader-token': { userId: 'u2', projectId: 'p1', roles: ['reader'], expiresAtMs: future },
  'admin-token': { userId: 'u3', projectId: 'p0', roles: ['admin', 'member', 'reader'], expiresAtMs: future },
};

let dir: string;
let store: Store;
let app: FastifyInstance;
let logText: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'central-keystone-'));
  store = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS });
  logText = '';
  const destination = new Writable({ write: (chunk: Buffer, _e, cb) => ((logText += chunk.toString('utf8')), cb()) });
  const auth = keystoneAuthProvider({ validator: { validate: async (t) => TOKENS[t] }, identityUrl: 'http://keystone.test:5000/v3', cacheSize: 10, cacheMaxTtlMs: 60_000 });
  app = await buildApp({ store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: dir }, auth, logger: createLogger({ name: 'central-api', level: 'trace', destination }) });
});

afterEach(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = async (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, payload?: object) => {
  const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const json = res.headers['content-type']?.toString().startsWith('application/json') ? JSON.parse(res.body) : undefined;
  return { status: res.statusCode, json, headers: res.headers };
};

describe('central-api with a keystone auth provider', () => {
  it('answers 401 HTTPUnauthorized with WWW-Authenticate for a missing or refused token', async () => {
    for (const headers of [{}, { 'x-auth-token': 'nope' }] as Record<string, string>[]) {
      const res = await call('GET', '/v2.0/networks', headers);
      expect(res.status).toBe(401);
      expect(res.json.NeutronError.type).toBe('HTTPUnauthorized');
      expect(res.headers['www-authenticate']).toBe('Keystone uri="http://keystone.test:5000"');
    }
  });

  it('serves /, /healthz and /metrics without a token; the admin API to admins only', async () => {
    for (const url of ['/', '/healthz', '/metrics']) expect((await call('GET', url)).status, url).toBe(200);
    expect((await call('GET', '/admin/v1/regions', { 'x-auth-token': 'member-token' })).status).toBe(403);
    expect((await call('GET', '/admin/v1/regions', { 'x-auth-token': 'admin-token' })).status).toBe(200);
  });

  it('lets a reader read and refuses its writes; the trusted noauth headers mean nothing here', async () => {
    expect((await call('GET', '/v2.0/networks', { 'x-auth-token': 'reader-token' })).status).toBe(200);
    const write = await call('POST', '/v2.0/networks', { 'x-auth-token': 'reader-token' }, { network: { name: 'n' } });
    expect(write.status).toBe(403);
    expect(write.json.NeutronError.message).toBe('(create_network) is disallowed by policy.');
    const spoof = await call('POST', '/v2.0/networks', { 'x-auth-token': 'member-token', 'x-roles': 'admin', 'x-project-id': 'p9' }, { network: { name: 'n', 'provider:network_type': 'vxlan' } });
    expect(spoof.status).toBe(403);
    const made = await call('POST', '/v2.0/networks', { 'x-auth-token': 'member-token', 'x-project-id': 'p9' }, { network: { name: 'n' } });
    expect(made.status).toBe(201);
    expect(made.json.network.project_id).toBe('p1');
  });

  it('never writes a token into its logs', async () => {
    await call('GET', '/v2.0/networks', { 'x-auth-token': 'member-token', 'x-service-token': 'admin-token' });
    await call('GET', '/v2.0/networks', { 'x-auth-token': 'nope' });
    expect(logText).toContain('/v2.0/networks');
    expect(logText).not.toMatch(/member-token|admin-token|nope/);
  });
});
