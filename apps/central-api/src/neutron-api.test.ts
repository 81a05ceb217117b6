import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ vniRange: { min: 100, max: 102 } });
  await seedTopology(t);
});
afterEach(async () => t.close());

const net = async (body: Record<string, unknown> = {}, headers?: Record<string, string>) => (await t.call('POST', '/v2.0/networks', { network: { name: 'n', ...body } }, headers)).json.network;
const errType = (res: { json: any }) => res.json.NeutronError.type;

describe('discovery and errors', () => {
  it('serves the version document, v2.0 resources and extensions', async () => {
    const root = await t.call('GET', '/');
    expect(root.json.versions[0]).toMatchObject({ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self' }] });
    expect((await t.call('GET', '/v2.0/')).json.resources.map((r: any) => r.collection)).toContain('ports');
    const exts = (await t.call('GET', '/v2.0/extensions')).json.extensions.map((e: any) => e.alias);
    expect(exts).toEqual(expect.arrayContaining(['binding', 'binding-extended', 'availability_zone', 'network_availability_zone', 'provider', 'standard-attr-revisions']));
    expect((await t.call('GET', '/v2.0/extensions/binding')).json.extension.alias).toBe('binding');
    const missing = await t.call('GET', '/v2.0/extensions/tag-ports-during-bulk-creation');
    expect([missing.status, errType(missing)]).toEqual([404, 'ExtensionNotFound']);
  });

  it('answers unknown routes, bad bodies, unknown attributes and oversize bodies with NeutronErrors', async () => {
    const unknown = await t.call('GET', '/v2.0/floatingips');
    expect([unknown.status, errType(unknown)]).toEqual([404, 'NotFound']);
    const attr = await t.call('POST', '/v2.0/networks', { network: { name: 'x', colour: 'red' } });
    expect([attr.status, errType(attr)]).toEqual([400, 'BadRequest']);
    expect(attr.json.NeutronError.message).toContain("Unrecognized attribute(s) 'colour'");
    const wrongType = await t.call('POST', '/v2.0/networks', { network: { mtu: 'abc' } });
    expect([wrongType.status, errType(wrongType)]).toEqual([400, 'InvalidInput']);
    expect(wrongType.json.NeutronError.message).toContain('mtu');
    const malformed = await t.app.inject({ method: 'POST', url: '/v2.0/networks', headers: { 'content-type': 'application/json' }, payload: '{"network": ' });
    expect([malformed.statusCode, malformed.json().NeutronError.type]).toEqual([400, 'MalformedRequestBody']);
    const big = await t.app.inject({ method: 'POST', url: '/v2.0/networks', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ network: { name: 'x'.repeat(2 * 1024 * 1024) } }) });
    expect([big.statusCode, big.json().NeutronError.type]).toEqual([413, 'RequestEntityTooLarge']);
    const noWrap = await t.call('POST', '/v2.0/networks', {});
    expect(noWrap.status).toBe(400);
    const badFilter = await t.call('GET', '/v2.0/networks?colour=red');
    expect([badFilter.status, errType(badFilter)]).toEqual([400, 'BadRequest']);
  });
});

describe('networks', () => {
  it('allocates VNIs from the range, validates explicit ones and refuses exhaustion', async () => {
    const a = await net();
    expect(a['provider:segmentation_id']).toBe(100);
    const dup = await t.call('POST', '/v2.0/networks', { network: { 'provider:segmentation_id': 100 } });
    expect([dup.status, errType(dup)]).toEqual([409, 'TunnelIdInUse']);
    const range = await t.call('POST', '/v2.0/networks', { network: { 'provider:segmentation_id': 16777216 } });
    expect([range.status, errType(range)]).toEqual([400, 'InvalidInput']);
    expect((await net())['provider:segmentation_id']).toBe(101);
    expect((await net())['provider:segmentation_id']).toBe(102);
    const full = await t.call('POST', '/v2.0/networks', { network: {} });
    expect([full.status, errType(full)]).toEqual([503, 'NoNetworkAvailable']);
    const local = await net({ 'provider:network_type': 'local' });
    expect(local['provider:segmentation_id']).toBeNull();
  });

  it('refuses an unknown AZ hint and computes availability_zones from scope', async () => {
    const bad = await t.call('POST', '/v2.0/networks', { network: { availability_zone_hints: ['nowhere'] } });
    expect([bad.status, errType(bad)]).toEqual([404, 'AvailabilityZoneNotFound']);
    expect(bad.json.NeutronError.message).toContain('nowhere');
    expect((await net({ availability_zone_hints: ['r2'] })).availability_zones).toEqual(['az2']);
    expect((await net()).availability_zones).toEqual(['az1', 'az2']);
  });

  it('bulk-creates all or nothing', async () => {
    const bad = await t.call('POST', '/v2.0/networks', { networks: [{ name: 'ok' }, { name: 'bad', availability_zone_hints: ['nowhere'] }] });
    expect(bad.status).toBe(404);
    expect((await t.call('GET', '/v2.0/networks')).json.networks).toEqual([]);
    const ok = await t.call('POST', '/v2.0/networks', { networks: [{ name: 'a' }, { name: 'b' }] });
    expect(ok.status).toBe(201);
    expect(ok.json.networks.map((n: any) => n.name)).toEqual(['a', 'b']);
  });

  it('bumps revision_number, honours If-Match and keeps hints create-only', async () => {
    const n = await net();
    const upd = await t.call('PUT', `/v2.0/networks/${n.id}`, { network: { name: 'renamed' } }, { 'if-match': 'revision_number=1' });
    expect([upd.status, upd.json.network.revision_number]).toEqual([200, 2]);
    const stale = await t.call('PUT', `/v2.0/networks/${n.id}`, { network: { name: 'again' } }, { 'if-match': 'revision_number=1' });
    expect([stale.status, errType(stale)]).toEqual([412, 'RevisionNumberConstraintFailed']);
    const hints = await t.call('PUT', `/v2.0/networks/${n.id}`, { network: { availability_zone_hints: ['az1'] } });
    expect(hints.status).toBe(400);
  });

  it('returns 404 for a name in the id position, then filters by name, sorts and pages', async () => {
    for (const name of ['c', 'a', 'b']) await net({ name });
    expect((await t.call('GET', '/v2.0/networks/a')).status).toBe(404);
    expect((await t.call('GET', '/v2.0/networks?name=a')).json.networks.map((n: any) => n.name)).toEqual(['a']);
    const page1 = await t.call('GET', '/v2.0/networks?sort_key=name&sort_dir=asc&limit=2');
    expect(page1.json.networks.map((n: any) => n.name)).toEqual(['a', 'b']);
    const next = page1.json.networks_links.find((l: any) => l.rel === 'next').href as string;
    const page2 = await t.call('GET', next.slice(next.indexOf('/v2.0')));
    expect(page2.json.networks.map((n: any) => n.name)).toEqual(['c']);
    expect(page2.json.networks_links.map((l: any) => l.rel)).toEqual(['previous']);
  });

  it('refuses delete with ports (NetworkInUse) and deletes once empty', async () => {
    const n = await net();
    const p = await t.call('POST', '/v2.0/ports', { port: { network_id: n.id } });
    const inUse = await t.call('DELETE', `/v2.0/networks/${n.id}`);
    expect([inUse.status, errType(inUse)]).toEqual([409, 'NetworkInUse']);
    expect((await t.call('DELETE', `/v2.0/ports/${p.json.port.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/v2.0/networks/${n.id}`)).status).toBe(204);
    expect((await t.call('GET', `/v2.0/networks/${n.id}`)).status).toBe(404);
  });
});

describe('project isolation and policy', () => {
  it('hides other projects, shows shared networks, keeps admin attributes admin-only', async () => {
    const mine = await net({ name: 'mine' }, member('p1'));
    expect(mine.project_id).toBe('p1');
    expect(mine).not.toHaveProperty('provider:segmentation_id');
    await net({ name: 'shared', shared: true, project_id: 'p9' });
    await net({ name: 'hidden', project_id: 'p9' });
    const seen = (await t.call('GET', '/v2.0/networks', undefined, member('p1'))).json.networks.map((n: any) => n.name).sort();
    expect(seen).toEqual(['mine', 'shared']);
    const other = (await t.call('GET', '/v2.0/networks?name=hidden')).json.networks[0];
    expect((await t.call('GET', `/v2.0/networks/${other.id}`, undefined, member('p1'))).status).toBe(404);
    const prov = await t.call('POST', '/v2.0/networks', { network: { 'provider:segmentation_id': 500 } }, member('p1'));
    expect([prov.status, errType(prov)]).toEqual([403, 'PolicyNotAuthorized']);
    const bind = await t.call('POST', '/v2.0/ports', { port: { network_id: mine.id, 'binding:host_id': 'h1' } }, member('p1'));
    expect([bind.status, errType(bind)]).toEqual([403, 'PolicyNotAuthorized']);
    const admin = await t.call('GET', '/admin/v1/hosts', undefined, member('p1'));
    expect(admin.status).toBe(403);
    const foreign = await t.call('POST', '/v2.0/ports', { port: { network_id: other.id } }, member('p1'));
    expect([foreign.status, errType(foreign)]).toEqual([404, 'NetworkNotFound']);
  });
});
