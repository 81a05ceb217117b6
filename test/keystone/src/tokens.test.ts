import { describe, expect, inject, it } from 'vitest';
import type { KeystoneUser } from '@trellis/testkit';
import { issueToken } from './keystone-tokens';
import { http } from './rest';

const cloud = inject('cloud');

const issue = (user: KeystoneUser) => issueToken(cloud.keystoneUrl, user);

async function revoke(token: string): Promise<void> {
  const admin = await issue(cloud.admin);
  const res = await fetch(`${cloud.keystoneUrl}/auth/tokens`, { method: 'DELETE', headers: { 'x-auth-token': admin.token, 'x-subject-token': token } });
  expect(res.status).toBe(204);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function expectUnauthorized(res: { status: number; json: any; headers: Headers }): void {
  expect(res.status).toBe(401);
  expect(res.json.NeutronError.type).toBe('HTTPUnauthorized');
  expect(res.headers.get('www-authenticate')).toBe(`Keystone uri="${cloud.keystoneUrl.replace(/\/v3$/, '')}"`);
}

describe('central-api in keystone mode', () => {
  it('answers 401 with a NeutronError and WWW-Authenticate without a token or with a bogus one', async () => {
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/networks`));
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: '' }));
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: 'gAAAAAnot-a-token' }));
    expectUnauthorized(await http('POST', `${cloud.centralUrl}/v2.0/networks`, { token: 'bogus', body: { network: { name: 'x' } } }));
    expectUnauthorized(await http('GET', `${cloud.agentUrl}/v2.0/networks`));
  });

  it('serves version discovery, health and metrics without a token, and nothing else', async () => {
    const versions = await http('GET', `${cloud.centralUrl}/`);
    expect(versions.status).toBe(200);
    expect(JSON.stringify(versions.json)).toContain('v2.0');
    expect((await http('GET', `${cloud.centralUrl}/healthz`)).status).toBe(200);
    expect((await http('GET', `${cloud.centralUrl}/metrics`)).status).toBe(200);
    expect((await http('GET', `${cloud.agentUrl}/healthz`)).status).toBe(200);
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/extensions`));
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/admin/v1/regions`));
  });

  it('keeps the admin API for admins', async () => {
    const member = await issue(cloud.users.memberA);
    const admin = await issue(cloud.admin);
    const refused = await http('GET', `${cloud.centralUrl}/admin/v1/regions`, { token: member.token });
    expect(refused.status).toBe(403);
    expect(refused.json.NeutronError.type).toBe('PolicyNotAuthorized');
    expect((await http('GET', `${cloud.centralUrl}/admin/v1/regions`, { token: admin.token })).status).toBe(200);
  });

  it('refuses a revoked token: at once when never seen, within the cache bound when cached', async () => {
    const unseen = await issue(cloud.users.memberA);
    await revoke(unseen.token);
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: unseen.token }));

    const seen = await issue(cloud.users.memberA);
    expect((await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: seen.token })).status).toBe(200);
    await revoke(seen.token);
    await sleep(cloud.cacheMaxTtlMs + 200);
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: seen.token }));
    expectUnauthorized(await http('GET', `${cloud.agentUrl}/v2.0/networks`, { token: seen.token }));
  });

  it('refuses an expired token', async () => {
    const token = await issue(cloud.users.memberB);
    expect((await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: token.token })).status).toBe(200);
    const waitMs = Date.parse(token.expiresAt) - Date.now() + 1_000;
    expect(waitMs).toBeLessThanOrEqual(cloud.tokenLifetimeSeconds * 1000 + 1_000);
    await sleep(waitMs);
    expectUnauthorized(await http('GET', `${cloud.centralUrl}/v2.0/networks`, { token: token.token }));
  });
});
