import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubnetPool } from '@trellis/domain';
import { buildApp } from './app';
import { DEFAULT_CENTRAL_CONFIG } from './config';
import { member, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => t.close());

type Res = { status: number; json: any };
const errOf = (res: Res) => [res.status, res.json?.NeutronError?.type];
const messageOf = (res: Res): string => res.json?.NeutronError?.message;
const ok = (res: Res): any => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
};

const createPool = async (body: Record<string, unknown>, headers?: Record<string, string>) => ok(await t.call('POST', '/v2.0/subnetpools', { subnetpool: { name: 'sp', ...body } }, headers)).subnetpool;
const createNetwork = async (headers?: Record<string, string>) => ok(await t.call('POST', '/v2.0/networks', { network: { name: 'n' } }, headers)).network;
const createSubnet = (body: Record<string, unknown>, headers?: Record<string, string>) => t.call('POST', '/v2.0/subnets', { subnet: body }, headers);

describe('subnet pools: CRUD', () => {
  it('creates, shows, lists, updates and deletes a pool with Neutron\'s fields', async () => {
    const p = await createPool({ prefixes: ['203.0.113.0/25', '203.0.113.128/25', '198.51.100.0/24'], description: 'd' }, member('p1'));
    expect(p).toMatchObject({
      name: 'sp', description: 'd', project_id: 'p1', tenant_id: 'p1', prefixes: ['198.51.100.0/24', '203.0.113.0/24'], ip_version: 4,
      min_prefixlen: 8, max_prefixlen: 32, default_prefixlen: 8, shared: false, is_default: false, default_quota: null, address_scope_id: null, tags: [], revision_number: 1,
    });
    expect(Object.keys(p).sort()).toEqual([
      'address_scope_id', 'created_at', 'default_prefixlen', 'default_quota', 'description', 'id', 'ip_version', 'is_default', 'max_prefixlen', 'min_prefixlen',
      'name', 'prefixes', 'project_id', 'revision_number', 'shared', 'tags', 'tenant_id', 'updated_at',
    ]);
    expect(ok(await t.call('GET', `/v2.0/subnetpools/${p.id}?fields=id&fields=ip_version`, undefined, member('p1'))).subnetpool).toEqual({ id: p.id, ip_version: 4 });
    const updated = ok(await t.call('PUT', `/v2.0/subnetpools/${p.id}`, { subnetpool: { name: 'sp2', prefixes: ['198.51.100.0/23', '203.0.113.0/24'], min_prefixlen: 24, default_prefixlen: 26 } }, member('p1'))).subnetpool;
    expect(updated).toMatchObject({ name: 'sp2', prefixes: ['198.51.100.0/23', '203.0.113.0/24'], min_prefixlen: 24, default_prefixlen: 26, revision_number: 2 });
    await createPool({ name: 'other', prefixes: ['2001:db8::/32'] }, member('p2'));
    expect(ok(await t.call('GET', '/v2.0/subnetpools', undefined, member('p1'))).subnetpools.map((x: any) => x.name)).toEqual(['sp2']);
    expect(ok(await t.call('GET', '/v2.0/subnetpools?ip_version=6')).subnetpools.map((x: any) => x.name)).toEqual(['other']);
    expect(errOf(await t.call('GET', `/v2.0/subnetpools/${p.id}`, undefined, member('p2')))).toEqual([404, 'SubnetPoolNotFound']);
    expect((await t.call('DELETE', `/v2.0/subnetpools/${p.id}`, undefined, member('p1'))).status).toBe(204);
    const gone = await t.call('GET', `/v2.0/subnetpools/${p.id}`);
    expect(errOf(gone)).toEqual([404, 'SubnetPoolNotFound']);
    expect(messageOf(gone)).toBe(`Subnet pool ${p.id} could not be found.`);
  });

  it('refuses bad prefixes and bounds with Neutron\'s errors', async () => {
    const post = (body: Record<string, unknown>) => t.call('POST', '/v2.0/subnetpools', { subnetpool: body });
    expect(errOf(await post({ prefixes: [] }))).toEqual([400, 'EmptySubnetPoolPrefixList']);
    expect((await post({})).status).toBe(400);
    const mixed = await post({ prefixes: ['198.51.100.0/24', '2001:db8::/32'] });
    expect(errOf(mixed)).toEqual([400, 'PrefixVersionMismatch']);
    expect(messageOf(mixed)).toBe('Cannot mix IPv4 and IPv6 prefixes in a subnet pool.');
    expect(errOf(await post({ prefixes: ['198.51.100.7/24'] }))).toEqual([400, 'InvalidInput']);
    const bounds = await post({ prefixes: ['198.51.100.0/24'], min_prefixlen: 26, max_prefixlen: 24 });
    expect(errOf(bounds)).toEqual([400, 'IllegalSubnetPoolPrefixBounds']);
    expect(messageOf(bounds)).toBe('Illegal prefix bounds: min_prefixlen=26, max_prefixlen=24.');
    expect((await post({ prefixes: ['198.51.100.0/24'], address_scope_id: 'x' })).status).toBe(400);
    const p = await createPool({ prefixes: ['198.51.100.0/24'] });
    const shrink = await t.call('PUT', `/v2.0/subnetpools/${p.id}`, { subnetpool: { prefixes: ['198.51.100.0/25'] } });
    expect(errOf(shrink)).toEqual([400, 'IllegalSubnetPoolPrefixUpdate']);
    expect(messageOf(shrink)).toBe('Illegal update to prefixes: Existing prefixes must be a subset of the new prefixes.');
    expect((await t.call('PUT', `/v2.0/subnetpools/${p.id}`, { subnetpool: { shared: true } })).status).toBe(400);
  });

  it('lets only admins set shared and is_default; a shared pool is readable by all and writable by its owner', async () => {
    expect(errOf(await t.call('POST', '/v2.0/subnetpools', { subnetpool: { prefixes: ['198.51.100.0/24'], shared: true } }, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('POST', '/v2.0/subnetpools', { subnetpool: { prefixes: ['198.51.100.0/24'], is_default: true } }, member('p1')))).toEqual([403, 'PolicyNotAuthorized']);
    expect((await t.call('POST', '/v2.0/subnetpools', { subnetpool: { prefixes: ['198.51.100.0/24'], is_default: false } }, member('p1'))).status).toBe(201);
    const shared = await createPool({ prefixes: ['198.51.100.0/24'], shared: true, is_default: true, project_id: 'admin-project' });
    expect(ok(await t.call('GET', `/v2.0/subnetpools/${shared.id}`, undefined, member('p2'))).subnetpool.shared).toBe(true);
    expect(errOf(await t.call('PUT', `/v2.0/subnetpools/${shared.id}`, { subnetpool: { name: 'x' } }, member('p2')))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('DELETE', `/v2.0/subnetpools/${shared.id}`, undefined, member('p2')))).toEqual([403, 'PolicyNotAuthorized']);
    const second = await t.call('POST', '/v2.0/subnetpools', { subnetpool: { prefixes: ['203.0.113.0/24'], is_default: true } });
    expect(errOf(second)).toEqual([400, 'InvalidInput']);
    expect(messageOf(second)).toContain('A default subnetpool for this IP family has already been set');
    expect((await createPool({ prefixes: ['2001:db8::/32'], is_default: true })).is_default).toBe(true);
  });

  it('tags a pool and bumps its revision', async () => {
    const p = await createPool({ prefixes: ['198.51.100.0/24'] }, member('p1'));
    expect((await t.call('PUT', `/v2.0/subnetpools/${p.id}/tags/red`, undefined, member('p1'))).status).toBe(201);
    expect(ok(await t.call('PUT', `/v2.0/subnetpools/${p.id}/tags`, { tags: ['b', 'a'] }, member('p1')))).toEqual({ tags: ['a', 'b'] });
    expect(ok(await t.call('GET', `/v2.0/subnetpools/${p.id}`, undefined, member('p1'))).subnetpool).toMatchObject({ tags: ['a', 'b'], revision_number: 3 });
    expect(ok(await t.call('GET', '/v2.0/subnetpools?tags=a', undefined, member('p1'))).subnetpools).toHaveLength(1);
    expect(errOf(await t.call('GET', `/v2.0/subnetpools/${p.id}/tags/red`, undefined, member('p1')))).toEqual([404, 'TagNotFound']);
    expect(errOf(await t.call('PUT', `/v2.0/subnetpools/${p.id}/tags/x`, undefined, member('p2')))).toEqual([404, 'SubnetPoolNotFound']);
  });

  it('advertises subnet_allocation and the subnetpools collection', async () => {
    const aliases = ok(await t.call('GET', '/v2.0/extensions')).extensions.map((e: any) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['subnet_allocation', 'default-subnetpools']));
    expect(ok(await t.call('GET', '/v2.0/')).resources.map((r: any) => r.collection)).toContain('subnetpools');
  });
});

describe('subnets from a pool', () => {
  it('allocates the default length, a given prefixlen, or takes a CIDR inside the pool; shows subnetpool_id', async () => {
    const p = await createPool({ prefixes: ['198.51.100.0/24'], min_prefixlen: 24, default_prefixlen: 26 }, member('p1'));
    const net = await createNetwork(member('p1'));
    const a = ok(await createSubnet({ network_id: net.id, subnetpool_id: p.id, ip_version: 4 }, member('p1'))).subnet;
    expect(a).toMatchObject({ cidr: '198.51.100.0/26', subnetpool_id: p.id, gateway_ip: '198.51.100.1', ip_version: 4 });
    const b = ok(await createSubnet({ network_id: net.id, subnetpool_id: p.id, prefixlen: 27 }, member('p1'))).subnet;
    expect(b.cidr).toBe('198.51.100.64/27');
    const c = ok(await createSubnet({ network_id: net.id, subnetpool_id: p.id, cidr: '198.51.100.128/25' }, member('p1'))).subnet;
    expect(c.cidr).toBe('198.51.100.128/25');
    const mixed = await createSubnet({ network_id: net.id, cidr: '203.0.113.0/24' }, member('p1'));
    expect(errOf(mixed)).toEqual([400, 'NetworkSubnetPoolAffinityError']);
    expect(messageOf(mixed)).toBe('Subnets hosted on the same network must be allocated from the same subnet pool.');
    const plain = ok(await createSubnet({ network_id: (await createNetwork(member('p1'))).id, cidr: '203.0.113.0/24' }, member('p1'))).subnet;
    expect(plain.subnetpool_id).toBeNull();
    expect(ok(await createSubnet({ network_id: net.id, cidr: '2001:db8::/64' }, member('p1'))).subnet.subnetpool_id).toBeNull();
    expect(ok(await t.call('GET', `/v2.0/subnets?subnetpool_id=${p.id}`, undefined, member('p1'))).subnets).toHaveLength(3);

    const exhausted = await createSubnet({ network_id: net.id, subnetpool_id: p.id, prefixlen: 26 }, member('p1'));
    expect(exhausted.status).toBe(500);
    expect(exhausted.json).toEqual({ NeutronError: { type: 'SubnetAllocationError', message: 'Failed to allocate subnet: Insufficient prefix space to allocate subnet size /26.', detail: '' } });
    // The hole left by a deleted subnet is allocated again.
    expect((await t.call('DELETE', `/v2.0/subnets/${b.id}`, undefined, member('p1'))).status).toBe(204);
    expect(ok(await createSubnet({ network_id: net.id, subnetpool_id: p.id, prefixlen: 26 }, member('p1'))).subnet.cidr).toBe('198.51.100.64/26');
  });

  it('refuses what Neutron refuses', async () => {
    const p = await createPool({ prefixes: ['198.51.100.0/24'], min_prefixlen: 24, max_prefixlen: 28 }, member('p1'));
    const net = await createNetwork(member('p1'));
    const tooLong = await createSubnet({ network_id: net.id, subnetpool_id: p.id, prefixlen: 29 }, member('p1'));
    expect(errOf(tooLong)).toEqual([400, 'MaxPrefixSubnetAllocationError']);
    expect(messageOf(tooLong)).toBe('Unable to allocate subnet with prefix length 29, maximum allowed prefix is 28.');
    expect(errOf(await createSubnet({ network_id: net.id, subnetpool_id: p.id, prefixlen: 23 }, member('p1')))).toEqual([400, 'MinPrefixSubnetAllocationError']);
    const outside = await createSubnet({ network_id: net.id, subnetpool_id: p.id, cidr: '203.0.113.0/24' }, member('p1'));
    expect(errOf(outside)).toEqual([500, 'SubnetAllocationError']);
    expect(messageOf(outside)).toBe('Failed to allocate subnet: Cannot allocate requested subnet from the available set of prefixes.');
    const v6 = await createSubnet({ network_id: net.id, subnetpool_id: p.id, ip_version: 6 }, member('p1'));
    expect(errOf(v6)).toEqual([400, 'BadRequest']);
    expect(messageOf(v6)).toBe('Bad subnets request: Cannot allocate IPv6 subnet from IPv4 subnet pool.');
    const noCidr = await createSubnet({ network_id: net.id }, member('p1'));
    expect(messageOf(noCidr)).toBe('Bad subnets request: a subnetpool must be specified in the absence of a cidr.');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errOf(await createSubnet({ network_id: net.id, subnetpool_id: unknown }, member('p1')))).toEqual([404, 'SubnetPoolNotFound']);
    const private2 = await createPool({ prefixes: ['203.0.113.0/24'] }, member('p2'));
    expect(errOf(await createSubnet({ network_id: net.id, subnetpool_id: private2.id, prefixlen: 26 }, member('p1')))).toEqual([404, 'SubnetPoolNotFound']);
  });

  it('takes subnets from a shared pool for any project, within default_quota', async () => {
    const p = await createPool({ prefixes: ['198.51.100.0/24'], shared: true, default_prefixlen: 26, min_prefixlen: 24, default_quota: 64 });
    const net = await createNetwork(member('p1'));
    ok(await createSubnet({ network_id: net.id, subnetpool_id: p.id }, member('p1')));
    const over = await createSubnet({ network_id: net.id, subnetpool_id: p.id, prefixlen: 28 }, member('p1'));
    expect(errOf(over)).toEqual([409, 'SubnetPoolQuotaExceeded']);
    const net2 = await createNetwork(member('p2'));
    expect(ok(await createSubnet({ network_id: net2.id, subnetpool_id: p.id }, member('p2'))).subnet.cidr).toBe('198.51.100.64/26');
  });

  it('uses the default pool of the IP version on use_default_subnetpool', async () => {
    const p = await createPool({ prefixes: ['2001:db8::/48'], is_default: true, shared: true, min_prefixlen: 48, default_prefixlen: 64 });
    const net = await createNetwork(member('p1'));
    const s = ok(await createSubnet({ network_id: net.id, use_default_subnetpool: true, ip_version: 6 }, member('p1'))).subnet;
    expect(s).toMatchObject({ cidr: '2001:db8::/64', subnetpool_id: p.id, ip_version: 6 });
    expect(messageOf(await createSubnet({ network_id: net.id, use_default_subnetpool: true, ip_version: 4 }, member('p1')))).toBe('Bad subnets request: No default subnetpool found for IPv4.');
  });

  it('refuses to delete a pool with subnets allocated from it', async () => {
    const p = await createPool({ prefixes: ['198.51.100.0/24'], default_prefixlen: 26 }, member('p1'));
    const net = await createNetwork(member('p1'));
    const s = ok(await createSubnet({ network_id: net.id, subnetpool_id: p.id }, member('p1'))).subnet;
    const refused = await t.call('DELETE', `/v2.0/subnetpools/${p.id}`, undefined, member('p1'));
    expect(errOf(refused)).toEqual([400, 'SubnetPoolDeleteError']);
    expect(messageOf(refused)).toBe('Unable to delete subnet pool: Subnet pool has existing allocations.');
    expect((await t.call('DELETE', `/v2.0/subnets/${s.id}`, undefined, member('p1'))).status).toBe(204);
    expect((await t.call('DELETE', `/v2.0/subnetpools/${p.id}`, undefined, member('p1'))).status).toBe(204);
  });

  it('gives parallel creates from one pool distinct prefixes (each allocation compares the pool)', async () => {
    const p = await createPool({ prefixes: ['198.51.100.0/24'], min_prefixlen: 24, default_prefixlen: 28 }, member('p1'));
    const nets = await Promise.all(Array.from({ length: 4 }, () => createNetwork(member('p1'))));
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => createSubnet({ network_id: nets[i % 4].id, subnetpool_id: p.id, enable_dhcp: false }, member('p1'))));
    const cidrs = results.map((r) => ok(r).subnet.cidr);
    expect(new Set(cidrs).size).toBe(16);
    expect([...cidrs].sort()).toEqual(Array.from({ length: 16 }, (_, i) => `198.51.100.${i * 16}/28`).sort());
    expect((await t.store.get<SubnetPool>('subnetpools', p.id))?.value.allocationSerial).toBe(16);
    // The pool is full now, and its revision did not move: allocations are not API changes.
    expect(errOf(await createSubnet({ network_id: nets[0].id, subnetpool_id: p.id }, member('p1')))).toEqual([500, 'SubnetAllocationError']);
    expect(ok(await t.call('GET', `/v2.0/subnetpools/${p.id}`, undefined, member('p1'))).subnetpool.revision_number).toBe(1);
  });

  it('two central-api replicas on one store: their allocations race on the pool compare, retry, and get distinct prefixes', async () => {
    const replica = await buildApp({ store: t.store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: t.dir } });
    try {
      const p = await createPool({ prefixes: ['2001:db8::/56'], min_prefixlen: 56, default_prefixlen: 64 }, member('p1'));
      const net = await createNetwork(member('p1'));
      const create = (app: typeof replica) => app.inject({ method: 'POST', url: '/v2.0/subnets', headers: member('p1'), payload: { subnet: { network_id: net.id, subnetpool_id: p.id, enable_dhcp: false } } });
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => create(i % 2 === 0 ? t.app : replica)));
      const cidrs = results.map((r) => ok({ status: r.statusCode, json: JSON.parse(r.body) }).subnet.cidr as string);
      expect(new Set(cidrs).size).toBe(12);
      expect((await t.store.get<SubnetPool>('subnetpools', p.id))?.value.allocationSerial).toBe(12);
    } finally {
      await replica.close();
    }
  });

  it('allocates a bulk create from one pool in one transaction', async () => {
    const p = await createPool({ prefixes: ['203.0.113.0/24'], default_prefixlen: 26 }, member('p1'));
    const net = await createNetwork(member('p1'));
    const res = ok(await t.call('POST', '/v2.0/subnets', { subnets: [0, 1, 2].map(() => ({ network_id: net.id, subnetpool_id: p.id, enable_dhcp: false })) }, member('p1')));
    expect(res.subnets.map((s: any) => s.cidr)).toEqual(['203.0.113.0/26', '203.0.113.64/26', '203.0.113.128/26']);
  });
});
