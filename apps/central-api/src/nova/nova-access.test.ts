import type { KeystoneSession } from '@trellis/auth';
import { afterEach, describe, expect, it } from 'vitest';
import { keystoneNovaAccess } from './nova-access';
import { NovaClient } from './nova-client';
import { startFakeNova, type FakeNova } from './fake-nova';

const event = { name: 'network-vif-deleted' as const, server_uuid: '6f1c7a0e-4a5b-4f8e-9d2c-0b1a2c3d4e5f', tag: 'p1' };
let nova: FakeNova | undefined;
afterEach(async () => nova?.close());

/** A session stub: hands out token-1, token-2 … (a new one after each invalidate) and a catalog. */
function sessionStub(catalogUrl: string) {
  let n = 1;
  const filters: unknown[] = [];
  const session = {
    token: async () => `token-${n}`,
    invalidate: (token: string) => {
      if (token === `token-${n}`) n++;
    },
    endpoint: async (filter: unknown) => (filters.push(filter), catalogUrl),
  } as unknown as KeystoneSession;
  return { session, filters };
}

describe('Nova access through a Keystone session', () => {
  it("posts to the catalog's compute endpoint with the session token and the microversion", async () => {
    nova = await startFakeNova();
    const { session, filters } = sessionStub(`${nova.url}/v2.1`);
    const client = new NovaClient({ access: keystoneNovaAccess({ session, url: '', interface: 'internal', region: 'CentralRegion' }), requestTimeoutMs: 5000 });
    expect((await client.post([event], new AbortController().signal)).kind).toBe('delivered');
    expect(filters).toEqual([{ type: 'compute', interface: 'internal', region: 'CentralRegion' }]);
    const [request] = nova.requests;
    expect(request.url).toBe('/v2.1/os-server-external-events');
    expect(request.headers['x-auth-token']).toBe('token-1');
    expect(request.headers['openstack-api-version']).toBe('compute 2.1');
  });

  it('retries a 401 with a new token; a static token would be refused for good', async () => {
    nova = await startFakeNova();
    nova.script.push(() => ({ status: 401, body: { error: { code: 401 } } }));
    const { session } = sessionStub('unused');
    const client = new NovaClient({ access: keystoneNovaAccess({ session, url: nova.url, interface: 'public' }), requestTimeoutMs: 5000 });
    const signal = new AbortController().signal;
    expect(await client.post([event], signal)).toMatchObject({ kind: 'retryable', httpStatus: 401 });
    expect((await client.post([event], signal)).kind).toBe('delivered');
    expect(nova.requests.map((r) => r.headers['x-auth-token'])).toEqual(['token-1', 'token-2']);
  });
});
