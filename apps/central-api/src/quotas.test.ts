import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let netId: string;
beforeEach(async () => {
  t = await startTestApp({ quotas: { network: 100, subnet: 100, port: 3, router: 10, security_group: 10, security_group_rule: 100 } });
  await seedTopology(t);
  netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'n', shared: true } })).json.network.id;
  await t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, cidr: '10.0.0.0/24' } });
});
afterEach(async () => t.close());

const errOf = (res: { status: number; json: any }) => [res.status, res.json?.NeutronError?.type];

describe('quotas', () => {
  it('shows the configured defaults to a project (what nova-api reads before a boot) and is advertised', async () => {
    expect((await t.call('GET', '/v2.0/quotas/p1', undefined, member('p1'))).json).toEqual({ quota: { network: 100, subnet: 100, port: 3, router: 10, security_group: 10, security_group_rule: 100 } });
    expect((await t.call('GET', '/v2.0/quotas/p1/default', undefined, member('p1'))).json).toEqual({ quota: { network: 100, subnet: 100, port: 3, router: 10, security_group: 10, security_group_rule: 100 } });
    expect(errOf(await t.call('GET', '/v2.0/quotas/p2', undefined, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
    const aliases = (await t.call('GET', '/v2.0/extensions')).json.extensions.map((e: any) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['quotas', 'quota_details']));
  });

  it('refuses the create that would pass the limit with OverQuota, bulk all-or-nothing, per project', async () => {
    for (let i = 0; i < 2; i++) expect((await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, member('p1'))).status).toBe(201);
    const bulk = await t.call('POST', '/v2.0/ports', { ports: [{ network_id: netId }, { network_id: netId }] }, member('p1'));
    expect(errOf(bulk)).toEqual([409, 'OverQuota']);
    expect(bulk.json.NeutronError.message).toBe("Quota exceeded for resources: ['port'].");
    expect((await t.call('GET', '/v2.0/ports', undefined, member('p1'))).json.ports).toHaveLength(2);
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, member('p1'))).status).toBe(201);
    expect(errOf(await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, member('p1')))).toEqual([409, 'OverQuota']);
    // An admin creating for p1 counts against p1; p2 is untouched.
    expect(errOf(await t.call('POST', '/v2.0/ports', { port: { network_id: netId, project_id: 'p1' } }))).toEqual([409, 'OverQuota']);
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, member('p2'))).status).toBe(201);
    expect((await t.call('GET', '/v2.0/quotas/p1/details', undefined, member('p1'))).json.quota).toEqual({
      network: { used: 0, limit: 100, reserved: 0 },
      subnet: { used: 0, limit: 100, reserved: 0 },
      port: { used: 3, limit: 3, reserved: 0 },
      router: { used: 0, limit: 10, reserved: 0 },
      // The ports' default group, made on p1's first port, with its four rules.
      security_group: { used: 1, limit: 10, reserved: 0 },
      security_group_rule: { used: 4, limit: 100, reserved: 0 },
    });
  });

  it('admins set, list and reset per-project limits; -1 is unlimited; members may not', async () => {
    expect(errOf(await t.call('PUT', '/v2.0/quotas/p1', { quota: { port: 10 } }, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('GET', '/v2.0/quotas', undefined, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('PUT', '/v2.0/quotas/p1', { quota: { port: -2 } }))).toEqual([400, 'InvalidInput']);
    expect((await t.call('PUT', '/v2.0/quotas/p1', { quota: { floatingip: 5 } })).status).toBe(400);
    expect((await t.call('PUT', '/v2.0/quotas/p1', { quota: { port: '-1', network: 1 } })).json).toEqual({ quota: { network: 1, subnet: 100, port: -1, router: 10, security_group: 10, security_group_rule: 100 } });
    expect((await t.call('GET', '/v2.0/quotas')).json).toEqual({ quotas: [{ network: 1, subnet: 100, port: -1, router: 10, security_group: 10, security_group_rule: 100, project_id: 'p1', tenant_id: 'p1' }] });
    for (let i = 0; i < 5; i++) expect((await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, member('p1'))).status).toBe(201);
    expect((await t.call('POST', '/v2.0/networks', { network: { name: 'a' } }, member('p1'))).status).toBe(201);
    expect(errOf(await t.call('POST', '/v2.0/networks', { network: { name: 'b' } }, member('p1')))).toEqual([409, 'OverQuota']);
    expect((await t.call('DELETE', '/v2.0/quotas/p1')).status).toBe(204);
    expect((await t.call('GET', '/v2.0/quotas')).json).toEqual({ quotas: [] });
    expect(errOf(await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, member('p1')))).toEqual([409, 'OverQuota']);
  });

  it('counts routers (Neutron default 10) once routers exist', async () => {
    await t.call('PUT', '/v2.0/quotas/p1', { quota: { router: 1 } });
    expect((await t.call('POST', '/v2.0/routers', { router: { name: 'r1' } }, member('p1'))).status).toBe(201);
    const over = await t.call('POST', '/v2.0/routers', { router: { name: 'r2' } }, member('p1'));
    expect(errOf(over)).toEqual([409, 'OverQuota']);
    expect(over.json.NeutronError.message).toBe("Quota exceeded for resources: ['router'].");
    expect((await t.call('GET', '/v2.0/quotas/p1/details', undefined, member('p1'))).json.quota.router).toEqual({ used: 1, limit: 1, reserved: 0 });
  });

  it('keeps limits in the store, so a second app on the same store (a replica) agrees', async () => {
    await t.call('PUT', '/v2.0/quotas/p9', { quota: { subnet: 7 } });
    const stored = await t.store.get<{ limits: Record<string, number> }>('quotas', 'p9');
    expect(stored?.value.limits).toEqual({ subnet: 7 });
  });
});
