import { Collections } from '@trellis/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from '../test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function setup(ttlMs?: number): Promise<{ t: TestApp; netId: string }> {
  t = await startTestApp(ttlMs === undefined ? {} : { limits: { idempotencyTtlMs: ttlMs } });
  await seedTopology(t);
  const netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'n', shared: true } })).json.network.id as string;
  await t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, cidr: '10.0.0.0/24', enable_dhcp: false } });
  return { t, netId };
}
const post = (app: TestApp, body: unknown, key: string | undefined, headers: Record<string, string> = {}) =>
  app.app.inject({ method: 'POST', url: '/v2.0/ports', payload: body as object, headers: key === undefined ? headers : { 'idempotency-key': key, ...headers } });
const ports = async (app: TestApp) => (await app.call('GET', '/v2.0/ports')).json.ports as unknown[];

describe('Idempotency-Key on creates', () => {
  it('answers a retry with the original 201 instead of creating a second port', async () => {
    const { t, netId } = await setup();
    const first = await post(t, { port: { network_id: netId, name: 'a' } }, 'k-1');
    const retry = await post(t, { port: { network_id: netId, name: 'a' } }, 'k-1');
    expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await ports(t)).toHaveLength(1);
    // Without the header, or with another key, a create is a create.
    expect((await post(t, { port: { network_id: netId, name: 'a' } }, undefined)).statusCode).toBe(201);
    expect((await post(t, { port: { network_id: netId, name: 'a' } }, 'k-2')).statusCode).toBe(201);
    expect(await ports(t)).toHaveLength(3);
  });

  it('refuses the same key with another body, keeps projects apart, and refuses bad keys', async () => {
    const { t, netId } = await setup();
    expect((await post(t, { port: { network_id: netId, name: 'a' } }, 'k')).statusCode).toBe(201);
    const other = await post(t, { port: { network_id: netId, name: 'b' } }, 'k');
    expect([other.statusCode, other.json().NeutronError.type]).toEqual([409, 'Conflict']);
    expect((await post(t, { port: { network_id: netId, name: 'a' } }, 'k', member('p2'))).statusCode).toBe(201);
    const bad = await post(t, { port: { network_id: netId } }, 'has space');
    expect([bad.statusCode, bad.json().NeutronError.type]).toEqual([400, 'BadRequest']);
    expect(await ports(t)).toHaveLength(2);
  });

  it('keeps no refusal: a retry of a refused create runs again', async () => {
    const { t } = await setup();
    const missing = { port: { network_id: '00000000-0000-0000-0000-000000000000' } };
    expect((await post(t, missing, 'k')).statusCode).toBe(404);
    expect((await post(t, missing, 'k')).statusCode).toBe(404);
    expect(await t.store.count(Collections.idempotency)).toBe(0);
  });

  it('forgets an answer after the TTL', async () => {
    const { t, netId } = await setup(100);
    expect((await post(t, { port: { network_id: netId } }, 'k')).statusCode).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const later = await post(t, { port: { network_id: netId } }, 'k');
    expect([later.statusCode, later.headers['idempotent-replayed']]).toEqual([201, undefined]);
    expect(await ports(t)).toHaveLength(2);
  });
});
