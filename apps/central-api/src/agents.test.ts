import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

const errOf = (res: { status: number; json: any }) => [res.status, res.json?.NeutronError?.type];

describe('agent (central)', () => {
  it('lists one host agent per host, built from the topology, and shows it', async () => {
    await t.app.central.topology.recordLiveness({ id: 'h1', connected: true, agentVersion: '1.2.3', lastSeenAt: '2024-05-01T10:00:00Z', controllerId: 'vc1' });
    const list = await t.call('GET', '/v2.0/agents');
    expect(list.status).toBe(200);
    const byHost = (host: string) => list.json.agents.find((a: any) => a.host === host);
    expect(list.json.agents.map((a: any) => a.host).sort()).toEqual(['h1', 'h2', 'h3']);
    const h1 = byHost('h1');
    expect(h1).toMatchObject({
      agent_type: 'Linux bridge agent',
      binary: 'trellis-host-agent',
      topic: 'N/A',
      host: 'h1',
      admin_state_up: true,
      alive: true,
      availability_zone: 'az1',
      heartbeat_timestamp: '2024-05-01 10:00:00',
      description: '',
      configurations: { tunneling_ip: '192.0.2.1', tunnel_types: ['vxlan'], cell: 'c1', region: 'r1', agent_version: '1.2.3' },
    });
    expect(h1.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(byHost('h2')).toMatchObject({ host: 'h2', alive: false, availability_zone: 'az2' });
    expect((await t.call('GET', `/v2.0/agents/${h1.id}`)).json.agent).toEqual(h1);
    expect((await t.call('GET', '/v2.0/agents?host=h3&fields=host')).json.agents).toEqual([{ host: 'h3' }]);
    expect((await t.call('GET', '/v2.0/agents?alive=true')).json.agents.map((a: any) => a.host)).toEqual(['h1']);
    expect(errOf(await t.call('GET', '/v2.0/agents/00000000-0000-5000-8000-000000000000'))).toEqual([404, 'AgentNotFound']);
    expect((await t.call('GET', '/v2.0/extensions/agent')).status).toBe(200);
  });

  it('is admin only: members see no agents and no agent', async () => {
    const id = (await t.call('GET', '/v2.0/agents')).json.agents[0].id;
    expect((await t.call('GET', '/v2.0/agents', undefined, member('p1'))).json.agents).toEqual([]);
    expect(errOf(await t.call('GET', `/v2.0/agents/${id}`, undefined, member('p1')))).toEqual([404, 'AgentNotFound']);
    expect(errOf(await t.call('PUT', `/v2.0/agents/${id}`, { agent: { description: 'x' } }, member('p1')))).toEqual([404, 'AgentNotFound']);
  });

  it('keeps a description, accepts admin_state_up true, refuses false and DELETE', async () => {
    const id = (await t.call('GET', '/v2.0/agents?host=h1')).json.agents[0].id;
    const described = await t.call('PUT', `/v2.0/agents/${id}`, { agent: { description: 'rack 4' } });
    expect(described.json.agent).toMatchObject({ id, description: 'rack 4' });
    expect((await t.call('GET', `/v2.0/agents/${id}`)).json.agent.description).toBe('rack 4');
    expect((await t.call('PUT', `/v2.0/agents/${id}`, { agent: { admin_state_up: true } })).json.agent.admin_state_up).toBe(true);
    expect(errOf(await t.call('PUT', `/v2.0/agents/${id}`, { agent: { admin_state_up: false } }))).toEqual([409, 'Conflict']);
    const del = await t.call('DELETE', `/v2.0/agents/${id}`);
    expect(errOf(del)).toEqual([409, 'Conflict']);
    expect(del.json.NeutronError.message).toContain('DELETE /admin/v1/hosts/h1');
    expect((await t.call('GET', '/v2.0/agents')).json.agents).toHaveLength(3);
  });
});
