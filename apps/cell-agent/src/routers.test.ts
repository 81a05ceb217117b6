import { Collections, newId, type Router } from '@trellis/domain';
import { eventually } from '@trellis/testkit';
import { describe, expect, it } from 'vitest';
import { regionOneEachTest } from './testing/region-one';

const fx = regionOneEachTest();

const member = { 'x-project-id': 'p1', 'x-roles': 'member' };

describe('routers at the regional endpoint', () => {
  it('forwards writes to central with the caller\'s identity', async () => {
    const created = await fx.one.call('POST', '/v2.0/routers', { router: { name: 'r', external_gateway_info: {} } }, member);
    expect(created.status).toBe(201);
    expect(created.json.router).toMatchObject({ name: 'r', project_id: 'p1', external_gateway_info: null });
    const [post] = fx.central.calls('/v2.0/routers', 'POST');
    expect(post.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(post.body).toMatchObject({ router: { name: 'r', project_id: 'p1' } });

    const id = created.json.router.id;
    const added = await fx.one.call('PUT', `/v2.0/routers/${id}/add_router_interface`, { subnet_id: 's1' }, member);
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ id, subnet_id: 's1', subnet_ids: ['s1'], project_id: 'p1' });
    const [put] = fx.central.calls(`/v2.0/routers/${id}/add_router_interface`, 'PUT');
    expect(put.body).toEqual({ subnet_id: 's1' });
    expect(put.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });

    expect((await fx.one.call('PUT', `/v2.0/routers/${id}`, { router: { name: 'r2' } }, member)).json.router.name).toBe('r2');
    expect((await fx.one.call('DELETE', `/v2.0/routers/${id}`, undefined, member)).status).toBe(204);
    expect(fx.central.routers.routers.has(id)).toBe(false);
    expect((await fx.one.call('GET', `/v2.0/routers/${id}`)).json.NeutronError.type).toBe('RouterNotFound');
  });

  it('shows the region\'s view: a router scoped away from the region is not visible here', async () => {
    const global = fx.central.routers.seed('global');
    const here = fx.central.routers.seed('here', ['az1']);
    const away = fx.central.routers.seed('away', ['RegionTwo']);
    const listed = await eventually(async () => {
      const names = (await fx.one.call('GET', '/v2.0/routers')).json.routers.map((r: { name: string }) => r.name).sort();
      if (!names.includes('here')) throw new Error('topology not replicated yet');
      return names;
    });
    expect(listed).toEqual(['global', 'here']);
    expect((await fx.one.call('GET', `/v2.0/routers/${here.id}`)).status).toBe(200);
    expect((await fx.one.call('GET', `/v2.0/routers/${global.id}`)).status).toBe(200);
    const hidden = await fx.one.call('GET', `/v2.0/routers/${away.id}`);
    expect([hidden.status, hidden.json.NeutronError.type]).toEqual([404, 'RouterNotFound']);
  });

  it("without fx.central, reads answer from the region's copy, which the feed keeps (scope, updates, deletes)", async () => {
    const at = '2024-01-01T00:00:00Z';
    const row = (name: string, hints: string[] = []): Router => ({
      id: newId(), name, description: '', projectId: 'p1', tags: [], revisionNumber: 1, createdAt: at, updatedAt: at,
      adminStateUp: true, status: 'ACTIVE', availabilityZoneHints: hints, routes: [], interfaces: [],
    });
    const [global, here, away] = [row('global'), row('here', ['az1']), row('away', ['RegionTwo'])];
    const put = (r: Router) => ({ type: 'put' as const, collection: Collections.routers, key: r.id, value: r });
    await fx.central.store.commit({ ops: [global, here, away].map(put) });
    const held = async () => (await fx.one.store.list<Router>(Collections.routers)).map((i) => i.value.name).sort();
    await eventually(async () => (await held()).length === 2, 10_000, 'routers replicated');
    expect(await held()).toEqual(['global', 'here']);

    await fx.central.stopRest();
    const listed = await fx.one.call('GET', '/v2.0/routers', undefined, member);
    expect(listed.status).toBe(200);
    expect(listed.json.routers.map((r: { name: string }) => r.name).sort()).toEqual(['global', 'here']);
    const shown = await fx.one.call('GET', `/v2.0/routers/${here.id}`, undefined, member);
    expect([shown.status, shown.json.router.availability_zones, shown.json.router.availability_zone_hints]).toEqual([200, ['az1'], ['az1']]);
    expect((await fx.one.call('GET', '/v2.0/routers?name=global', undefined, member)).json.routers.map((r: { id: string }) => r.id)).toEqual([global.id]);
    const elsewhere = await fx.one.call('GET', `/v2.0/routers/${away.id}`, undefined, member);
    expect([elsewhere.status, elsewhere.json.NeutronError.type]).toEqual([503, 'ServiceUnavailable']);
    // Another project's router is held but not shown to this member.
    expect((await fx.one.call('GET', '/v2.0/routers', undefined, { 'x-project-id': 'p2', 'x-roles': 'member' })).json.routers).toEqual([]);

    // The feed still runs: a rename and a delete at central reach the copy.
    await fx.central.store.commit({ ops: [put({ ...here, name: 'renamed', revisionNumber: 2 }), { type: 'delete', collection: Collections.routers, key: global.id }] });
    await eventually(async () => (await held()).join() === 'renamed', 10_000, 'rename and delete replicated');
    expect((await fx.one.call('GET', '/v2.0/routers', undefined, member)).json.routers.map((r: { name: string }) => r.name)).toEqual(['renamed']);
  });

  it('advertises the router extensions and collection', async () => {
    const aliases = (await fx.one.call('GET', '/v2.0/extensions')).json.extensions.map((e: { alias: string }) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['router', 'router_availability_zone', 'extraroute']));
    expect((await fx.one.call('GET', '/v2.0/')).json.resources.map((r: { collection: string }) => r.collection)).toContain('routers');
  });
});
