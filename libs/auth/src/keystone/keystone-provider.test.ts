import { domainError, isErrorType } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { keystoneAuthProvider } from './keystone-provider';
import type { TokenInfo } from './token-info';

const future = Date.now() + 3_600_000;
const TOKENS: Record<string, TokenInfo> = {
  member: { userId: 'u1', projectId: 'p1', roles: ['member', 'reader'], expiresAtMs: future },
  admin: { userId: 'u2', projectId: 'p0', roles: ['admin', 'member', 'reader'], expiresAtMs: future },
  nova: { userId: 'u3', projectId: 'service', roles: ['service'], expiresAtMs: future },
  plain: { userId: 'u4', projectId: 'p2', roles: ['member'], expiresAtMs: future },
};

function provider(cacheSize = 100) {
  const asked: string[] = [];
  const auth = keystoneAuthProvider({
    validator: { validate: async (token) => (asked.push(token), TOKENS[token]) },
    identityUrl: 'http://keystone:5000/v3',
    cacheSize,
    cacheMaxTtlMs: 60_000,
  });
  return { auth, asked };
}

const req = (headers: Record<string, string>, url = '/v2.0/networks') => ({ url, headers });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (isErrorType(err, 'HTTPUnauthorized')) return err.message;
    throw err;
  }
  throw new Error('expected HTTPUnauthorized');
}

describe('keystone provider', () => {
  it('turns a valid token into the context of its user, project and roles', async () => {
    const { auth } = provider();
    expect(await auth.authenticate(req({ 'x-auth-token': 'member' }))).toEqual({ userId: 'u1', projectId: 'p1', roles: ['member', 'reader'], isAdmin: false, token: 'member' });
    expect((await auth.authenticate(req({ 'x-auth-token': 'admin' }))).isAdmin).toBe(true);
  });

  it('refuses a missing, empty or unknown token with HTTPUnauthorized and announces Keystone', async () => {
    const { auth } = provider();
    expect(auth.challenge).toBe('Keystone uri="http://keystone:5000"');
    expect(await refusal(Promise.resolve(auth.authenticate(req({}))))).toMatch(/no X-Auth-Token/);
    expect(await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': '' }))))).toMatch(/no X-Auth-Token/);
    expect(await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': 'revoked' }))))).toMatch(/invalid, expired or revoked/);
  });

  it('serves version discovery, health and metrics without a token', async () => {
    const { auth, asked } = provider();
    for (const url of ['/', '/healthz', '/metrics', '/?x=1']) expect(await auth.authenticate(req({}, url))).toMatchObject({ isAdmin: false, projectId: '' });
    await refusal(Promise.resolve(auth.authenticate(req({}, '/v2.0/'))));
    expect(asked).toEqual([]);
  });

  it('asks Keystone once per token while cached, on every request without a cache', async () => {
    const cached = provider();
    for (let i = 0; i < 5; i++) await cached.auth.authenticate(req({ 'x-auth-token': 'member' }));
    expect(cached.asked).toEqual(['member']);
    expect(cached.auth.stats).toMatchObject({ hits: 4, misses: 1, cached: 1 });
    const uncached = provider(0);
    for (let i = 0; i < 3; i++) await uncached.auth.authenticate(req({ 'x-auth-token': 'member' }));
    expect(uncached.asked).toHaveLength(3);
  });

  it('shares one validation between concurrent requests with the same new token', async () => {
    const { auth, asked } = provider(0);
    await Promise.all(Array.from({ length: 5 }, () => auth.authenticate(req({ 'x-auth-token': 'member' }))));
    expect(asked).toEqual(['member']);
    await auth.authenticate(req({ 'x-auth-token': 'member' }));
    expect(asked).toEqual(['member', 'member']);
  });

  it('passes an unreachable Keystone on as ServiceUnavailable, and asks again next time', async () => {
    let calls = 0;
    const auth = keystoneAuthProvider({
      validator: {
        validate: async () => {
          calls++;
          throw domainError('ServiceUnavailable', { reason: 'the identity service did not answer (ECONNREFUSED)' });
        },
      },
      identityUrl: 'http://keystone:5000/v3',
      cacheSize: 10,
      cacheMaxTtlMs: 60_000,
    });
    for (let i = 0; i < 2; i++) {
      await expect(auth.authenticate(req({ 'x-auth-token': 'member' }))).rejects.toSatisfy((err: unknown) => isErrorType(err, 'ServiceUnavailable'));
    }
    expect(calls).toBe(2);
  });

  it('records a valid service token with the service role as isService, and refuses an invalid one', async () => {
    const { auth } = provider();
    expect(await auth.authenticate(req({ 'x-auth-token': 'member', 'x-service-token': 'nova' }))).toMatchObject({ projectId: 'p1', isAdmin: false, isService: true });
    expect((await auth.authenticate(req({ 'x-auth-token': 'member', 'x-service-token': 'plain' }))).isService).toBeUndefined();
    expect(await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': 'member', 'x-service-token': 'bogus' }))))).toMatch(/service token/);
  });

  it('refuses a refused token again without asking Keystone for a bounded time, then asks again', async () => {
    let nowMs = 1_000_000;
    const asked: string[] = [];
    const auth = keystoneAuthProvider({
      validator: { validate: async (token) => (asked.push(token), TOKENS[token]) },
      identityUrl: 'http://keystone:5000/v3',
      cacheSize: 100,
      cacheMaxTtlMs: 60_000,
      refusedCacheTtlMs: 5_000,
      now: () => nowMs,
    });
    for (let i = 0; i < 3; i++) await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': 'bogus' }))));
    expect(asked).toEqual(['bogus']);
    expect(auth.stats.refusedHits).toBe(2);
    nowMs += 5_000;
    await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': 'bogus' }))));
    expect(asked).toEqual(['bogus', 'bogus']);
    // A refused service token is remembered the same way; valid tokens are unaffected.
    await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': 'member', 'x-service-token': 'bogus' }))));
    expect(asked).toEqual(['bogus', 'bogus', 'member']);
  });

  it('with refusedCacheTtlMs 0 asks Keystone about a bad token every time', async () => {
    const asked: string[] = [];
    const auth = keystoneAuthProvider({ validator: { validate: async (t) => (asked.push(t), TOKENS[t]) }, identityUrl: 'http://k/v3', cacheSize: 100, cacheMaxTtlMs: 60_000, refusedCacheTtlMs: 0 });
    for (let i = 0; i < 3; i++) await refusal(Promise.resolve(auth.authenticate(req({ 'x-auth-token': 'bogus' }))));
    expect(asked).toEqual(['bogus', 'bogus', 'bogus']);
  });
});
