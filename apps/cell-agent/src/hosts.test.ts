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

describe('host inventory', () => {
  it("registers a host of the region's cells at central and keeps it in the replica", async () => {
    const res = await two.call('POST', '/admin/v1/hosts', { host: { id: 'cmp-21', cell: 'cell3', vtep: '198.51.100.21', agent_version: '1.0' } });
    expect(res.status).toBe(201);
    expect(res.json.host).toMatchObject({ id: 'cmp-21', cell: 'cell3', region: 'RegionTwo', vtep: '198.51.100.21' });
    expect((await central.store.get('hosts', 'cmp-21'))?.value).toMatchObject({ cell: 'cell3', vtep: '198.51.100.21' });
    expect((await two.call('GET', '/admin/v1/hosts')).json.hosts.map((h: { id: string }) => h.id)).toContain('cmp-21');

    // A restarted host registers again with a new VTEP: an update, not an error.
    const again = await two.call('POST', '/admin/v1/hosts', { host: { id: 'cmp-21', cell: 'cell3', vtep: '198.51.100.99' } });
    expect(again.status).toBe(200);
    expect((await central.store.get('hosts', 'cmp-21'))?.value).toMatchObject({ vtep: '198.51.100.99' });
  });

  it('refuses a host claiming a cell outside this region, naming it, and tells central nothing', async () => {
    const res = await two.call('POST', '/admin/v1/hosts', { host: { id: 'rogue', cell: 'cell1', vtep: '198.51.100.5' } });
    expect(res.status).toBe(400);
    expect(res.json.NeutronError.type).toBe('HostNotInRegion');
    expect(res.json.NeutronError.message).toContain('Host rogue is in cell cell1 of region (not known here)');
    expect(res.json.NeutronError.message).toContain('serves region RegionTwo (cells cell2, cell3)');
    expect(central.calls('/admin/v1/hosts', 'POST')).toHaveLength(0);
    expect(await central.store.get('hosts', 'rogue')).toBeUndefined();
  });

  it('relays heartbeats of its hosts only', async () => {
    const beat = await two.call('PUT', '/admin/v1/hosts/h2/heartbeat', { host: { agent_version: '2.0' } });
    expect(beat.status).toBe(200);
    expect(beat.json.host).toMatchObject({ id: 'h2', agent_state: 'up', agent_version: '2.0' });
    expect((await central.store.get('hosts', 'h2'))?.value).toMatchObject({ agentState: 'up' });
    const foreign = await two.call('PUT', '/admin/v1/hosts/h1/heartbeat', {});
    expect(foreign.status).toBe(400);
    expect(foreign.json.NeutronError.type).toBe('HostNotInRegion');
    expect(foreign.json.NeutronError.message).toContain('cell1 of region RegionOne');
    expect((await two.call('PUT', '/admin/v1/hosts/ghost/heartbeat', {})).json.NeutronError.type).toBe('HostNotFound');
  });

  it('validates the registration body and requires admin', async () => {
    expect((await two.call('POST', '/admin/v1/hosts', { host: { id: 'x', cell: 'cell2' } })).json.NeutronError.type).toBe('BadRequest');
    const member = await two.call('POST', '/admin/v1/hosts', { host: { id: 'x', cell: 'cell2', vtep: '10.0.0.1' } }, { 'x-roles': 'member' });
    expect(member.status).toBe(403);
  });
});
