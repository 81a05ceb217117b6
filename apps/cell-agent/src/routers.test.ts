import { eventually } from '@trellis/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeCentral } from './testing/fake-central';
import { startTestAgent, type TestAgent } from './testing/test-agent';

let central: FakeCentral;
let one: TestAgent;

beforeEach(async () => {
  central = await FakeCentral.start();
  await central.seedTopology();
  one = await startTestAgent(central, { region: 'RegionOne', cells: ['cell1'] });
});

afterEach(async () => {
  await one.close();
  await central.close();
});

const member = { 'x-project-id': 'p1', 'x-roles': 'member' };

describe('routers at the regional endpoint', () => {
  it('forwards writes to central with the caller\'s identity', async () => {
    const created = await one.call('POST', '/v2.0/routers', { router: { name: 'r', external_gateway_info: {} } }, member);
    expect(created.status).toBe(201);
    expect(created.json.router).toMatchObject({ name: 'r', project_id: 'p1', external_gateway_info: null });
    const [post] = central.calls('/v2.0/routers', 'POST');
    expect(post.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(post.body).toMatchObject({ router: { name: 'r', project_id: 'p1' } });

    const id = created.json.router.id;
    const added = await one.call('PUT', `/v2.0/routers/${id}/add_router_interface`, { subnet_id: 's1' }, member);
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ id, subnet_id: 's1', subnet_ids: ['s1'], project_id: 'p1' });
    const [put] = central.calls(`/v2.0/routers/${id}/add_router_interface`, 'PUT');
    expect(put.body).toEqual({ subnet_id: 's1' });
    expect(put.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });

    expect((await one.call('PUT', `/v2.0/routers/${id}`, { router: { name: 'r2' } }, member)).json.router.name).toBe('r2');
    expect((await one.call('DELETE', `/v2.0/routers/${id}`, undefined, member)).status).toBe(204);
    expect(central.routers.routers.has(id)).toBe(false);
    expect((await one.call('GET', `/v2.0/routers/${id}`)).json.NeutronError.type).toBe('RouterNotFound');
  });

  it('shows the region\'s view: a router scoped away from the region is not visible here', async () => {
    const global = central.routers.seed('global');
    const here = central.routers.seed('here', ['az1']);
    const away = central.routers.seed('away', ['RegionTwo']);
    const listed = await eventually(async () => {
      const names = (await one.call('GET', '/v2.0/routers')).json.routers.map((r: { name: string }) => r.name).sort();
      if (!names.includes('here')) throw new Error('topology not replicated yet');
      return names;
    });
    expect(listed).toEqual(['global', 'here']);
    expect((await one.call('GET', `/v2.0/routers/${here.id}`)).status).toBe(200);
    expect((await one.call('GET', `/v2.0/routers/${global.id}`)).status).toBe(200);
    const hidden = await one.call('GET', `/v2.0/routers/${away.id}`);
    expect([hidden.status, hidden.json.NeutronError.type]).toEqual([404, 'RouterNotFound']);
  });

  it('advertises the router extensions and collection', async () => {
    const aliases = (await one.call('GET', '/v2.0/extensions')).json.extensions.map((e: { alias: string }) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['router', 'router_availability_zone', 'extraroute']));
    expect((await one.call('GET', '/v2.0/')).json.resources.map((r: { collection: string }) => r.collection)).toContain('routers');
  });
});
