import { eventually } from '@trellis/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeCentral } from './testing/fake-central';
import { startTestAgent, type TestAgent } from './testing/test-agent';

let central: FakeCentral;
let two: TestAgent;

beforeEach(async () => {
  central = await FakeCentral.start();
  await central.seedTopology();
  two = await startTestAgent(central, { region: 'RegionTwo', cells: ['cell2', 'cell3'] });
});

afterEach(async () => {
  await two.close();
  await central.close();
});

describe('agents at the regional endpoint', () => {
  it("lists the host agents of the region's cells from the replica, admin only, and advertises what it serves", async () => {
    const agents = await eventually(async () => {
      const res = await two.call('GET', '/v2.0/agents');
      if (res.json.agents.length < 2) throw new Error('topology not replicated yet');
      return res.json.agents;
    });
    expect(agents.map((a: { host: string }) => a.host).sort()).toEqual(['h2', 'h3']);
    expect(agents.find((a: { host: string }) => a.host === 'h2')).toMatchObject({ binary: 'trellis-host-agent', availability_zone: 'az2', alive: false });
    const h1 = agents[0];
    expect((await two.call('GET', `/v2.0/agents/${h1.id}`)).json.agent).toEqual(h1);
    const member = { 'x-project-id': 'p1', 'x-roles': 'member' };
    expect((await two.call('GET', '/v2.0/agents', undefined, member)).json.agents).toEqual([]);
    const aliases = (await two.call('GET', '/v2.0/extensions')).json.extensions.map((e: { alias: string }) => e.alias);
    expect(aliases).toEqual(expect.arrayContaining(['agent', 'external-net', 'port-security']));
    expect(aliases).not.toContain('quotas');
    expect(aliases).not.toContain('standard-attr-tag');
    expect((await two.call('PUT', '/v2.0/networks/00000000-0000-0000-0000-000000000001/tags/x')).status).toBe(404);
    expect((await two.call('GET', '/v2.0/')).json.resources.map((r: { collection: string }) => r.collection)).toContain('agents');
  });

  it('forwards router:external and port_security_enabled to central and reads them back', async () => {
    const { network } = await central.createNetwork('ext');
    const upd = await two.call('PUT', `/v2.0/networks/${network.id}`, { network: { 'router:external': true, port_security_enabled: false } });
    expect(upd.status).toBe(200);
    expect(upd.json.network).toMatchObject({ 'router:external': true, port_security_enabled: false });
    const sent = central.calls(`/v2.0/networks/${network.id}`, 'PUT')[0].body as { network: Record<string, unknown> };
    expect(sent.network).toEqual({ 'router:external': true, port_security_enabled: false });
  });
});
