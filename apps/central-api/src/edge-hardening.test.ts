import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

/** Issue 16 reproductions against central: each answers a 4xx NeutronError, never a 500. */
let t: TestApp;
let netId: string;
let portId: string;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  netId = (await t.call('POST', '/v2.0/networks', { network: { name: 'n', availability_zone_hints: ['az1'] } })).json.network.id;
  await t.call('POST', '/v2.0/subnets', { subnet: { network_id: netId, cidr: '10.0.0.0/24', enable_dhcp: false } });
  portId = (await t.call('POST', '/v2.0/ports', { port: { network_id: netId } })).json.port.id;
});
afterEach(async () => t.close());

interface Answer {
  status: number;
  body: string;
}
async function raw(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await t.app.inject({ method, url, payload, headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers } });
  return { status: res.statusCode, body: res.body };
}
/** Status and NeutronError type; fails the test unless the body is NeutronError-shaped. */
function neutronError(res: Answer): [number, string] {
  const json = JSON.parse(res.body) as { NeutronError: { type: string; message: string; detail: string } };
  expect(Object.keys(json)).toEqual(['NeutronError']);
  expect(json.NeutronError).toEqual({ type: expect.any(String), message: expect.any(String), detail: expect.any(String) });
  return [res.status, json.NeutronError.type];
}
const portCount = async () => (await t.call('GET', '/v2.0/ports')).json.ports.length as number;
const deep = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('1. NUL in ids, filters and bodies', () => {
  it('answers 404 for a NUL id on every port route', async () => {
    expect(neutronError(await raw('GET', '/v2.0/ports/%00'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await raw('PUT', '/v2.0/ports/%00', '{"port":{"name":"x"}}'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await raw('DELETE', '/v2.0/ports/%00'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await raw('GET', '/v2.0/ports/%00/bindings'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await raw('POST', '/v2.0/ports/%00/bindings', '{"binding":{"host":"h1"}}'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await raw('DELETE', `/v2.0/ports/${portId}/bindings/%00`))).toEqual([404, 'PortBindingNotFound']);
    expect(neutronError(await raw('PUT', `/v2.0/ports/${portId}/bindings/h%00/activate`))).toEqual([404, 'PortBindingNotFound']);
    expect(neutronError(await raw('GET', '/v2.0/networks/%00'))).toEqual([404, 'NetworkNotFound']);
    expect(neutronError(await raw('DELETE', '/v2.0/subnets/%00'))).toEqual([404, 'SubnetNotFound']);
  });

  it('matches nothing for a NUL filter value', async () => {
    expect(await t.call('GET', '/v2.0/ports?id=%00')).toEqual({ status: 200, json: { ports: [] } });
    expect(await t.call('GET', `/v2.0/ports?id=%00&id=${portId}`)).toMatchObject({ status: 200, json: { ports: [{ id: portId }] } });
    expect(await t.call('GET', '/v2.0/networks?name=%00')).toEqual({ status: 200, json: { networks: [] } });
  });

  it('refuses a NUL tenant_id with 400 InvalidInput', async () => {
    expect(neutronError(await raw('POST', '/v2.0/networks', '{"network":{"tenant_id":"\\u0000"}}'))).toEqual([400, 'InvalidInput']);
    expect(neutronError(await raw('POST', '/v2.0/ports', `{"port":{"network_id":"${netId}","name":"a\\u0000b"}}`))).toEqual([400, 'InvalidInput']);
  });
});

describe('2. empty id filter', () => {
  it('GET /v2.0/ports?id= matches nothing', async () => {
    expect(await t.call('GET', '/v2.0/ports?id=')).toEqual({ status: 200, json: { ports: [] } });
    expect(await t.call('GET', '/v2.0/ports?network_id=')).toEqual({ status: 200, json: { ports: [] } });
    expect(await t.call('GET', '/v2.0/subnets?id=')).toEqual({ status: 200, json: { subnets: [] } });
  });
});

describe('3. values over the store key limit', () => {
  it('refuses a 600-character X-Project-Id with 400', async () => {
    const res = await raw('POST', '/v2.0/ports', JSON.stringify({ port: { network_id: netId } }), { 'x-project-id': 'p'.repeat(600) });
    expect(neutronError(res)).toEqual([400, 'BadRequest']);
    expect(await portCount()).toBe(1);
  });

  it('refuses device_id and project_id of 255 emoji (1,020 bytes)', async () => {
    const emoji = '\u{1F600}'.repeat(255);
    expect(neutronError(await raw('POST', '/v2.0/ports', JSON.stringify({ port: { network_id: netId, device_id: emoji } })))).toEqual([400, 'InvalidInput']);
    expect(neutronError(await raw('POST', '/v2.0/networks', JSON.stringify({ network: { project_id: emoji } })))).toEqual([400, 'InvalidInput']);
    expect(neutronError(await raw('PUT', `/v2.0/ports/${portId}`, JSON.stringify({ port: { device_id: emoji } })))).toEqual([400, 'InvalidInput']);
    // 255 ASCII characters are Neutron's limit and still fit.
    expect((await raw('PUT', `/v2.0/ports/${portId}`, JSON.stringify({ port: { device_id: 'd'.repeat(255) } }))).status).toBe(200);
  });

  it('keeps 255 characters of any script for names, which are no store key', async () => {
    const name = '网'.repeat(255);
    expect((await raw('PUT', `/v2.0/ports/${portId}`, JSON.stringify({ port: { name } }))).status).toBe(200);
    expect((await t.call('GET', `/v2.0/ports?name=${encodeURIComponent(name)}`)).json.ports.map((p: { id: string }) => p.id)).toEqual([portId]);
  });

  it('over-long filter values match nothing', async () => {
    for (const key of ['device_id', 'binding:host_id', 'network_id', 'id', 'name', 'device_owner', 'description']) {
      expect(await t.call('GET', `/v2.0/ports?${key}=${'x'.repeat(600)}`)).toEqual({ status: 200, json: { ports: [] } });
    }
    expect(await t.call('GET', `/v2.0/ports?device_id=${encodeURIComponent('\u{1F600}'.repeat(100))}`)).toEqual({ status: 200, json: { ports: [] } });
  });
});

describe('4. free-form dicts', () => {
  it('refuses binding:profile nested 1,351 to 1,353 levels with 400, and binds afterwards', async () => {
    for (const levels of [1351, 1352, 1353]) {
      const res = await raw('PUT', `/v2.0/ports/${portId}`, `{"port":{"binding:profile":${deep(levels)}}}`);
      expect(neutronError(res)).toEqual([400, 'InvalidInput']);
    }
    const create = await raw('POST', '/v2.0/ports', `{"port":{"network_id":"${netId}","binding:profile":${deep(1352)}}}`);
    expect(neutronError(create)).toEqual([400, 'InvalidInput']);
    expect(neutronError(await raw('POST', `/v2.0/ports/${portId}/bindings`, `{"binding":{"host":"h1","profile":${deep(40)}}}`))).toEqual([400, 'InvalidInput']);
    expect(await portCount()).toBe(1);
    expect((await raw('PUT', `/v2.0/ports/${portId}`, '{"port":{"binding:host_id":"h1"}}')).status).toBe(200);
  });

  it('takes 32 levels, refuses 33, and refuses more than 4 KiB', async () => {
    expect((await raw('PUT', `/v2.0/ports/${portId}`, `{"port":{"binding:profile":${deep(31)}}}`)).status).toBe(200);
    expect(neutronError(await raw('PUT', `/v2.0/ports/${portId}`, `{"port":{"binding:profile":${deep(33)}}}`))).toEqual([400, 'InvalidInput']);
    const big = JSON.stringify({ port: { 'binding:profile': { blob: 'x'.repeat(4100) } } });
    expect(neutronError(await raw('PUT', `/v2.0/ports/${portId}`, big))).toEqual([400, 'InvalidInput']);
  });
});

describe('6. long and badly encoded ids', () => {
  it('answers 404 for ids of 101 to 255 characters and for longer ones', async () => {
    for (const n of [101, 255, 256, 1000]) expect(neutronError(await raw('GET', `/v2.0/ports/${'a'.repeat(n)}`))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await raw('GET', `/v2.0/ports/${'a'.repeat(5000)}`))).toEqual([404, 'NotFound']);
  });

  it('answers 400 for a malformed %-encoding', async () => {
    expect(neutronError(await raw('GET', '/v2.0/ports/%E0%A4%A'))).toEqual([400, 'BadRequest']);
  });
});

describe('7. values Neutron refuses', () => {
  it('refuses project_id differing from tenant_id', async () => {
    const res = await raw('POST', '/v2.0/networks', '{"network":{"project_id":"a","tenant_id":"b"}}');
    expect(neutronError(res)).toEqual([400, 'BadRequest']);
    expect(JSON.parse(res.body).NeutronError.message).toContain("'project_id' and 'tenant_id' do not match");
  });

  it('refuses lone surrogates and bidi overrides in names and descriptions', async () => {
    for (const text of ['\\ud800', 'a\\udc00', 'evil\\u202Etxt', '\\u2066x\\u2069']) {
      expect(neutronError(await raw('POST', '/v2.0/networks', `{"network":{"name":"${text}"}}`))).toEqual([400, 'InvalidInput']);
      expect(neutronError(await raw('PUT', `/v2.0/ports/${portId}`, `{"port":{"description":"${text}"}}`))).toEqual([400, 'InvalidInput']);
    }
  });

  it('refuses /0 subnets', async () => {
    expect(neutronError(await raw('POST', '/v2.0/subnets', JSON.stringify({ subnet: { network_id: netId, cidr: '::/0', ip_version: 6 } })))).toEqual([400, 'InvalidInput']);
    expect(neutronError(await raw('POST', '/v2.0/subnets', JSON.stringify({ subnet: { network_id: netId, cidr: '0.0.0.0/0' } })))).toEqual([400, 'InvalidInput']);
  });

  it('accepts only Neutron booleans for page_reverse', async () => {
    expect(neutronError(await raw('GET', '/v2.0/ports?page_reverse=maybe'))).toEqual([400, 'BadRequest']);
    for (const v of ['true', 'False', '1', '0']) expect((await raw('GET', `/v2.0/ports?page_reverse=${v}`)).status).toBe(200);
  });
});

describe('8. Content-Type', () => {
  it('accepts a bodiless DELETE and GET that carry Content-Type: application/json', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/v2.0/ports/${portId}`, headers: { 'content-type': 'application/json' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/v2.0/ports/${portId}`, headers: { 'content-type': 'application/json' } })).statusCode).toBe(204);
  });

  it('parses a JSON body sent without Content-Type, as text/plain or as a form', async () => {
    const body = JSON.stringify({ network: { name: 'ct' } });
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded']) {
      const res = await t.app.inject({ method: 'POST', url: '/v2.0/networks', payload: body, headers: type === undefined ? {} : { 'content-type': type } });
      expect([type, res.statusCode]).toEqual([type, 201]);
    }
  });

  it('still refuses a POST without a body and a body that is not JSON', async () => {
    expect(neutronError(await raw('POST', '/v2.0/ports', ''))).toEqual([400, 'BadRequest']);
    expect(neutronError(await raw('POST', '/v2.0/ports', 'port=1'))).toEqual([400, 'MalformedRequestBody']);
  });
});

describe('members', () => {
  it('get the same checks', async () => {
    expect(neutronError(await raw('GET', '/v2.0/ports/%00', undefined, member('p1')))).toEqual([404, 'PortNotFound']);
  });
});

describe('format suffix', () => {
  it('answers a .json path as the path without it (Tempest reads quota details that way)', async () => {
    const list = await raw('GET', `/v2.0/networks.json?id=${netId}`);
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).networks.map((n: { id: string }) => n.id)).toEqual([netId]);
    expect(JSON.parse((await raw('GET', `/v2.0/ports/${portId}.json`)).body).port.id).toBe(portId);
    const details = await raw('GET', '/v2.0/quotas/admin/details.json');
    expect(details.status).toBe(200);
    expect(JSON.parse(details.body).quota.port).toMatchObject({ limit: 500, used: 1 });
  });
});
