import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, startTestApp, type TestApp } from './test-app';

let t: TestApp;
let net: any;
beforeEach(async () => {
  t = await startTestApp();
  net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
});
afterEach(async () => t.close());

const errOf = (res: { status: number; json: any }) => [res.status, res.json?.NeutronError?.type];

describe('standard-attr-tag (central)', () => {
  it('replaces, adds, checks and removes tags on networks, subnets and ports, bumping the revision', async () => {
    const sub = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '192.0.2.0/24' } })).json.subnet;
    const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id } })).json.port;
    for (const [collection, res] of [['networks', net], ['subnets', sub], ['ports', port]] as const) {
      const base = `/v2.0/${collection}/${res.id}/tags`;
      expect((await t.call('PUT', base, { tags: ['red', 'blue'] })).json).toEqual({ tags: ['blue', 'red'] });
      expect((await t.call('PUT', `${base}/green`)).status).toBe(201);
      expect((await t.call('GET', base)).json.tags).toEqual(['blue', 'green', 'red']);
      expect((await t.call('GET', `${base}/green`)).status).toBe(204);
      expect(errOf(await t.call('GET', `${base}/black`))).toEqual([404, 'TagNotFound']);
      expect((await t.call('DELETE', `${base}/green`)).status).toBe(204);
      expect(errOf(await t.call('DELETE', `${base}/green`))).toEqual([404, 'TagNotFound']);
      const shown = (await t.call('GET', `/v2.0/${collection}/${res.id}`)).json;
      const one = shown[collection.replace(/s$/, '')];
      expect(one.tags.sort()).toEqual(['blue', 'red']);
      expect(one.revision_number).toBe(res.revision_number + 3);
      expect((await t.call('DELETE', base)).status).toBe(204);
      expect((await t.call('GET', base)).json.tags).toEqual([]);
    }
    expect((await t.call('GET', '/v2.0/extensions/standard-attr-tag')).status).toBe(200);
  });

  it('filters with tags, tags-any, not-tags and not-tags-any', async () => {
    const make = async (name: string, tags: string[]) => (await t.call('POST', '/v2.0/networks', { network: { name, tags } })).json.network.id;
    const a = await make('a', ['x', 'y']);
    const b = await make('b', ['x']);
    const c = await make('c', ['z']);
    const ids = async (q: string) => (await t.call('GET', `/v2.0/networks?${q}`)).json.networks.map((n: any) => n.id).sort();
    expect(await ids('tags=x,y')).toEqual([a]);
    expect(await ids('tags=x')).toEqual([a, b].sort());
    expect(await ids('tags-any=y,z')).toEqual([a, c].sort());
    expect(await ids('not-tags=x,y')).toEqual([net.id, b, c].sort());
    expect(await ids('not-tags-any=x')).toEqual([net.id, c].sort());
    expect(await ids('tags=x&name=b')).toEqual([b]);
  });

  it('lets only the owner (or an admin) change tags', async () => {
    const own = (await t.call('POST', '/v2.0/networks', { network: { name: 'mine', shared: true } })).json.network;
    expect(errOf(await t.call('PUT', `/v2.0/networks/${own.id}/tags/x`, undefined, member('p2')))).toEqual([403, 'PolicyNotAuthorized']);
    expect(errOf(await t.call('PUT', `/v2.0/networks/${net.id}/tags`, { tags: [''] }))).toEqual([400, 'InvalidInput']);
  });
});
