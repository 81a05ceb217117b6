import { describe, expect, it } from 'vitest';
import { regionOneEachTest } from './testing/region-one';
import { startTestAgent } from './testing/test-agent';

const fx = regionOneEachTest();

describe('writes go through central', () => {
  it('forwards port create with the caller context; the local copy is central answer (MAC and IP from fx.central)', async () => {
    const { network, subnet } = await fx.central.createNetwork('net');
    const res = await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, name: 'p1', device_owner: 'compute:az1', 'binding:host_id': 'h1' } });
    expect(res.status).toBe(201);
    expect(res.json.port).toMatchObject({
      name: 'p1', mac_address: 'fa:16:3e:00:00:01', fixed_ips: [{ subnet_id: subnet.id, ip_address: '10.0.0.11' }], 'binding:host_id': 'h1', 'binding:vif_type': 'ovs', status: 'BUILD',
    });
    const [post] = fx.central.calls('/v2.0/ports', 'POST');
    expect(post.headers['x-roles']).toBe('admin');
    expect(post.body).toMatchObject({ port: { network_id: network.id, 'binding:host_id': 'h1', device_owner: 'compute:az1' } });
    const local = await fx.one.app.cellAgent.replica.port(res.json.port.id);
    expect(local).toMatchObject({ macAddress: 'fa:16:3e:00:00:01', bindings: [{ host: 'h1', status: 'ACTIVE' }] });
    expect((await fx.one.call('GET', `/v2.0/ports?binding:host_id=h1`)).json.ports.map((p: { id: string }) => p.id)).toEqual([res.json.port.id]);
  });

  it('forwards a member as a member, so central applies its policy', async () => {
    const { network } = await fx.central.createNetwork('net');
    await fx.central.store.commit({ ops: [{ type: 'put', collection: 'networks', key: network.id, value: { ...network, shared: true, revisionNumber: 2 } }] });
    const res = await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id } }, { 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(res.status).toBe(201);
    expect(res.json.port.project_id).toBe('p1');
    const [post] = fx.central.calls('/v2.0/ports', 'POST');
    expect(post.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });
  });

  it("refuses to bind to a host of another region's cell, naming host, cell and regions, without calling central", async () => {
    const { network } = await fx.central.createNetwork('net');
    const created = await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id } });
    const putsBefore = fx.central.calls('/v2.0/ports/', 'PUT').length;
    const res = await fx.one.call('PUT', `/v2.0/ports/${created.json.port.id}`, { port: { 'binding:host_id': 'h2' } });
    expect(res.status).toBe(400);
    expect(res.json.NeutronError.type).toBe('HostNotInRegion');
    expect(res.json.NeutronError.message).toContain('Host h2 is in cell cell2 of region RegionTwo');
    expect(res.json.NeutronError.message).toContain('region RegionOne (cells cell1)');
    expect(fx.central.calls('/v2.0/ports/', 'PUT')).toHaveLength(putsBefore);

    const atCreate = await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, 'binding:host_id': 'h3' } });
    expect(atCreate.status).toBe(400);
    const binding = await fx.one.call('POST', `/v2.0/ports/${created.json.port.id}/bindings`, { binding: { host: 'h2' } });
    expect(binding.status).toBe(400);
    expect((await fx.one.call('PUT', `/v2.0/ports/${created.json.port.id}`, { port: { 'binding:host_id': 'nope' } })).json.NeutronError.type).toBe('HostNotFound');
  });

  it("passes central's own refusals through with the same type and message (host outside the network's scope)", async () => {
    const now = '2024-01-01T00:00:00Z';
    await fx.central.store.commit({
      ops: [
        { type: 'put', collection: 'cells', key: 'cell4', value: { name: 'cell4', region: 'RegionOne', availabilityZone: 'az3', createdAt: now } },
        { type: 'put', collection: 'hosts', key: 'h4', value: { id: 'h4', cell: 'cell4', vtep: '192.0.2.4', agentState: 'up', agentVersion: '', lastHeartbeatAt: null, createdAt: now } },
      ],
    });
    const wide = await startTestAgent(fx.central, { region: 'RegionOne', cells: ['cell1', 'cell4'] });
    try {
      const { network } = await fx.central.createNetwork('az1-only', ['az1']);
      const res = await wide.call('POST', '/v2.0/ports', { port: { network_id: network.id, 'binding:host_id': 'h4' } });
      expect(res.status).toBe(400);
      expect(res.json.NeutronError.type).toBe('HostNotInNetworkScope');
      expect(res.json.NeutronError.message).toContain('Host h4 (cell cell4, region RegionOne, availability zone az3) is outside the scope');
      expect(fx.central.calls('/v2.0/ports', 'POST')).toHaveLength(1);
      expect((await wide.call('GET', '/v2.0/ports')).json.ports).toEqual([]);
      const missing = await wide.call('PUT', '/v2.0/ports/6b3a0c1e-0000-4000-8000-000000000001', { port: { name: 'x' } });
      expect(missing.json.NeutronError.type).toBe('PortNotFound');
    } finally {
      await wide.close();
    }
  });

  it('binds and re-binds through central; the local copy follows; If-Match is forwarded', async () => {
    const { network } = await fx.central.createNetwork('net');
    const created = (await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, device_owner: 'compute:nova' } })).json.port;
    const bound = await fx.one.call('PUT', `/v2.0/ports/${created.id}`, { port: { 'binding:host_id': 'h1', device_id: 'vm-1' } }, { 'if-match': 'revision_number=1' });
    expect(bound.status).toBe(200);
    expect(bound.json.port).toMatchObject({ 'binding:host_id': 'h1', device_id: 'vm-1', revision_number: 2 });
    expect(fx.central.calls(`/v2.0/ports/${created.id}`, 'PUT')[0].headers['if-match']).toBe('revision_number=1');
    const stale = await fx.one.call('PUT', `/v2.0/ports/${created.id}`, { port: { name: 'x' } }, { 'if-match': 'revision_number=1' });
    expect(stale.status).toBe(412);
    expect((await fx.one.app.cellAgent.replica.port(created.id))?.deviceId).toBe('vm-1');
  });

  it('deletes a compute port centrally and locally', async () => {
    const { network } = await fx.central.createNetwork('net');
    const created = (await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, device_owner: 'compute:nova', 'binding:host_id': 'h1' } })).json.port;
    expect((await fx.one.call('DELETE', `/v2.0/ports/${created.id}`)).status).toBe(204);
    expect(fx.central.calls(`/v2.0/ports/${created.id}`, 'DELETE')).toHaveLength(1);
    expect(await fx.central.store.get('ports', created.id)).toBeUndefined();
    expect(await fx.one.app.cellAgent.replica.port(created.id)).toBeUndefined();
    expect((await fx.one.call('GET', `/v2.0/ports/${created.id}`)).status).toBe(404);
  });

  it('creates, lists and activates port bindings (live migration inside the region)', async () => {
    const { network } = await fx.central.createNetwork('net');
    await fx.central.store.commit({ ops: [{ type: 'put', collection: 'hosts', key: 'h1b', value: { id: 'h1b', cell: 'cell1', vtep: '192.0.2.11', agentState: 'up', agentVersion: '', lastHeartbeatAt: null, createdAt: '' } }] });
    const created = (await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, 'binding:host_id': 'h1' } })).json.port;
    const inactive = await fx.one.call('POST', `/v2.0/ports/${created.id}/bindings`, { binding: { host: 'h1b' } });
    expect(inactive.status).toBe(201);
    expect(inactive.json.binding).toMatchObject({ host: 'h1b', status: 'INACTIVE' });
    expect((await fx.one.call('GET', `/v2.0/ports/${created.id}/bindings`)).json.bindings.map((b: { host: string }) => b.host).sort()).toEqual(['h1', 'h1b']);
    const active = await fx.one.call('PUT', `/v2.0/ports/${created.id}/bindings/h1b/activate`);
    expect(active.json.binding).toMatchObject({ host: 'h1b', status: 'ACTIVE' });
    expect((await fx.one.call('GET', `/v2.0/ports/${created.id}`)).json.port['binding:host_id']).toBe('h1b');
    expect((await fx.one.call('DELETE', `/v2.0/ports/${created.id}/bindings/h1`)).status).toBe(204);
    expect((await fx.one.app.cellAgent.replica.port(created.id))?.bindings.map((b) => b.host)).toEqual(['h1b']);
  });
});
