import { eventually } from '@trellis/testkit';
import { describe, expect, it } from 'vitest';
import { regionOneEachTest } from './testing/region-one';

const fx = regionOneEachTest();

const member = { 'x-project-id': 'p1', 'x-roles': 'member' };

describe('subnet pools at the regional endpoint', () => {
  it('forwards writes to central with the caller\'s identity and reads from central', async () => {
    const created = await fx.one.call('POST', '/v2.0/subnetpools', { subnetpool: { name: 'sp', prefixes: ['198.51.100.0/24'], default_prefixlen: 26 } }, member);
    expect(created.status).toBe(201);
    expect(created.json.subnetpool).toMatchObject({ name: 'sp', project_id: 'p1', prefixes: ['198.51.100.0/24'], default_prefixlen: 26, min_prefixlen: 8, ip_version: 4 });
    const [post] = fx.central.calls('/v2.0/subnetpools', 'POST');
    expect(post.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(post.body).toEqual({ subnetpool: { name: 'sp', description: '', project_id: 'p1', prefixes: ['198.51.100.0/24'], default_prefixlen: 26 } });

    const id = created.json.subnetpool.id;
    const updated = await fx.one.call('PUT', `/v2.0/subnetpools/${id}`, { subnetpool: { name: 'sp2', prefixes: ['198.51.100.0/23'] } }, member);
    expect(updated.json.subnetpool).toMatchObject({ name: 'sp2', prefixes: ['198.51.100.0/23'], revision_number: 2 });
    expect(fx.central.calls(`/v2.0/subnetpools/${id}`, 'PUT')[0].body).toEqual({ subnetpool: { name: 'sp2', prefixes: ['198.51.100.0/23'] } });
    expect((await fx.one.call('GET', `/v2.0/subnetpools/${id}`, undefined, member)).json.subnetpool.name).toBe('sp2');
    expect((await fx.one.call('GET', '/v2.0/subnetpools', undefined, member)).json.subnetpools).toHaveLength(1);
    const other = await fx.one.call('GET', `/v2.0/subnetpools/${id}`, undefined, { 'x-project-id': 'p2', 'x-roles': 'member' });
    expect([other.status, other.json.NeutronError.type]).toEqual([404, 'SubnetPoolNotFound']);

    expect((await fx.one.call('DELETE', `/v2.0/subnetpools/${id}`, undefined, member)).status).toBe(204);
    expect(fx.central.subnetPools.pools.has(id)).toBe(false);
    expect((await fx.one.call('GET', `/v2.0/subnetpools/${id}`)).json.NeutronError.type).toBe('SubnetPoolNotFound');
  });

  it('passes central\'s refusals through as they are', async () => {
    const mixed = await fx.one.call('POST', '/v2.0/subnetpools', { subnetpool: { prefixes: ['198.51.100.0/24', '2001:db8::/32'] } }, member);
    expect([mixed.status, mixed.json.NeutronError.type]).toEqual([400, 'PrefixVersionMismatch']);
  });

  it('forwards a subnet create from a pool without a CIDR', async () => {
    const { network } = await fx.central.createNetwork('n');
    const body = { subnet: { network_id: network.id, subnetpool_id: '6d7c8e55-1e0e-4a0f-9a55-0f2f5e9c1b11', prefixlen: 28, ip_version: 4 } };
    // The fake central refuses subnet creates (501): what matters is what the region forwarded.
    const [post] = await eventually(async () => {
      await fx.one.call('POST', '/v2.0/subnets', body);
      const calls = fx.central.calls('/v2.0/subnets', 'POST');
      if (calls.length === 0) throw new Error('network not replicated yet');
      return calls;
    });
    expect(post.body).toMatchObject({ subnet: { network_id: network.id, subnetpool_id: '6d7c8e55-1e0e-4a0f-9a55-0f2f5e9c1b11', prefixlen: 28, ip_version: 4 } });
    expect(post.body).not.toHaveProperty('subnet.cidr');
  });

  it('advertises subnet_allocation and the subnetpools collection', async () => {
    const aliases = (await fx.one.call('GET', '/v2.0/extensions')).json.extensions.map((e: { alias: string }) => e.alias);
    expect(aliases).toContain('subnet_allocation');
    expect((await fx.one.call('GET', '/v2.0/')).json.resources.map((r: { collection: string }) => r.collection)).toContain('subnetpools');
  });
});
