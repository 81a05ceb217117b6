import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNeutronError, startDeployment, type Answer, type Deployment } from './deployment';

/** Issue 16 reproductions through a cell-agent forwarding to a real central. */
let d: Deployment;
beforeAll(async () => {
  d = await startDeployment();
});
afterAll(async () => d?.close());

const agent = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: string, headers: Record<string, string> = {}) =>
  d.agent.call({ method, url, payload, headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers } });
function neutronError(res: Answer): [number, string] {
  expect(isNeutronError(res.json), res.body).toBe(true);
  return [res.status, (res.json as { NeutronError: { type: string } }).NeutronError.type];
}
const centralRevision = () => d.centralStore.currentRevision();
const deep = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

describe('cell-agent edge', () => {
  it('1. answers NUL ids and filters without a 500', async () => {
    expect(neutronError(await agent('GET', '/v2.0/ports/%00'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await agent('PUT', '/v2.0/ports/%00', '{"port":{"name":"x"}}'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await agent('DELETE', '/v2.0/ports/%00'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await agent('POST', '/v2.0/ports/%00/bindings', '{"binding":{"host":"h1"}}'))).toEqual([404, 'PortNotFound']);
    expect(neutronError(await agent('GET', '/v2.0/networks/%00'))).toEqual([404, 'NetworkNotFound']);
    expect(await agent('GET', '/v2.0/ports?id=%00')).toMatchObject({ status: 200, json: { ports: [] } });
    expect(neutronError(await agent('POST', '/v2.0/ports', JSON.stringify({ port: { network_id: d.ids.network, tenant_id: '\u0000' } })))).toEqual([400, 'InvalidInput']);
  });

  it('2. matches nothing for ?id=', async () => {
    expect(await agent('GET', '/v2.0/ports?id=')).toMatchObject({ status: 200, json: { ports: [] } });
    expect(await agent('GET', '/v2.0/networks?id=')).toMatchObject({ status: 200, json: { networks: [] } });
  });

  it('3. refuses over-long project ids and device ids, and over-long filters match nothing', async () => {
    const before = await centralRevision();
    expect(neutronError(await agent('POST', '/v2.0/ports', JSON.stringify({ port: { network_id: d.ids.network } }), { 'x-project-id': 'p'.repeat(600) }))).toEqual([400, 'BadRequest']);
    expect(neutronError(await agent('POST', '/v2.0/ports', JSON.stringify({ port: { network_id: d.ids.network, device_id: '\u{1F600}'.repeat(255) } })))).toEqual([400, 'InvalidInput']);
    expect(await centralRevision()).toBe(before);
    for (const key of ['device_id', 'binding:host_id', 'network_id']) {
      expect(await agent('GET', `/v2.0/ports?${key}=${'x'.repeat(600)}`)).toMatchObject({ status: 200, json: { ports: [] } });
    }
  });

  it('4. refuses a deep binding:profile before forwarding it', async () => {
    const before = await centralRevision();
    expect(neutronError(await agent('PUT', `/v2.0/ports/${d.ids.port}`, `{"port":{"binding:profile":${deep(1352)}}}`))).toEqual([400, 'InvalidInput']);
    expect(await centralRevision()).toBe(before);
  });

  it('5. never lets .. reach another central route (paths sent as-is)', async () => {
    const before = await centralRevision();
    const raw = (method: string, path: string, body?: string) => d.agent.raw(method, path, body);
    for (const id of ['..', '%2e%2e', '%2E%2E', '.', '%2e']) {
      const url = `/v2.0/ports/${id}`;
      expect([url, ...neutronError(await raw('GET', url))]).toEqual([url, 404, 'PortNotFound']);
      expect([url, ...neutronError(await raw('PUT', url, '{"port":{"name":"x"}}'))]).toEqual([url, 404, 'PortNotFound']);
      expect([url, ...neutronError(await raw('DELETE', url))]).toEqual([url, 404, 'PortNotFound']);
      expect([url, ...neutronError(await raw('GET', `${url}/bindings`))]).toEqual([url, 404, 'PortNotFound']);
    }
    expect(neutronError(await raw('DELETE', `/v2.0/ports/${d.ids.port}/bindings/%2e%2e`))).toEqual([404, 'PortBindingNotFound']);
    expect(neutronError(await raw('DELETE', `/v2.0/ports/${d.ids.port}/bindings/..`))).toEqual([404, 'PortBindingNotFound']);
    expect(neutronError(await raw('PUT', `/v2.0/ports/${d.ids.port}/bindings/../activate`))).toEqual([404, 'PortBindingNotFound']);
    expect(neutronError(await raw('GET', '/v2.0/networks/..'))).toEqual([404, 'NetworkNotFound']);
    expect(await centralRevision()).toBe(before);
  });

  it('6. answers 404 for ids of 101 to 255 characters (central would have said 414)', async () => {
    for (const n of [101, 200, 255]) {
      expect(neutronError(await agent('GET', `/v2.0/ports/${'a'.repeat(n)}`))).toEqual([404, 'PortNotFound']);
      expect(neutronError(await agent('DELETE', `/v2.0/ports/${'a'.repeat(n)}`))).toEqual([404, 'PortNotFound']);
      expect(neutronError(await agent('GET', `/v2.0/networks/${'b'.repeat(n)}`))).toEqual([404, 'NetworkNotFound']);
    }
    expect(neutronError(await agent('GET', '/v2.0/ports/%E0%A4%A'))).toEqual([400, 'BadRequest']);
  });

  it('8. accepts bodiless requests with a JSON Content-Type and JSON bodies without one', async () => {
    expect((await d.agent.call({ method: 'GET', url: `/v2.0/ports/${d.ids.port}`, headers: { 'content-type': 'application/json' } })).status).toBe(200);
    const created = await d.agent.call({ method: 'POST', url: '/v2.0/ports', payload: JSON.stringify({ port: { network_id: d.ids.network } }), headers: { 'content-type': 'text/plain' } });
    expect(created.status).toBe(201);
    const id = (created.json as { port: { id: string } }).port.id;
    expect((await d.agent.call({ method: 'DELETE', url: `/v2.0/ports/${id}`, headers: { 'content-type': 'application/json' } })).status).toBe(204);
  });
});

describe('Idempotency-Key through the agent', () => {
  it('10. a retried create at the agent creates one port at central', async () => {
    const count = async () => ((await d.central.call({ method: 'GET', url: '/v2.0/ports' })).json as { ports: unknown[] }).ports.length;
    const before = await count();
    const create = () =>
      d.agent.call({ method: 'POST', url: '/v2.0/ports', payload: { port: { network_id: d.ids.network, name: 'idem' } }, headers: { 'idempotency-key': 'agent-retry-1' } });
    const [first, retry] = [await create(), await create()];
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect((retry.json as { port: { id: string } }).port.id).toBe((first.json as { port: { id: string } }).port.id);
    expect(await count()).toBe(before + 1);
  });
});
