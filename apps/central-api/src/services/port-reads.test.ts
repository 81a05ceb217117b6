import { Collections } from '@trellis/domain';
import type { StoredPort } from '@trellis/neutron';
import type { Item } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';

// A write may start from the port as its request read it for the visibility check. These tests
// hand the service a read that another write has overtaken since: the result must be what a
// fresh read would have given.

let t: TestApp;
let portId: string;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n', availability_zone_hints: ['az1', 'az2'] } })).json.network;
  await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '10.0.0.0/24', ip_version: 4 } });
  portId = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, 'binding:host_id': 'h1' } })).json.port.id;
});
afterEach(async () => t.close());

const readPort = async () => (await t.store.get<StoredPort>(Collections.ports, portId)) as Item<StoredPort>;

describe('writes from a read of the same request', () => {
  it('a binding created from an overtaken read keeps the change that overtook it', async () => {
    const stale = await readPort();
    expect((await t.call('PUT', `/v2.0/ports/${portId}`, { port: { name: 'renamed' } })).status).toBe(200);
    const binding = await t.app.central.ports.createBinding(portId, { host: 'h2' }, stale);
    expect(binding).toMatchObject({ host: 'h2', status: 'INACTIVE' });
    const now = (await readPort()).value;
    expect(now.name).toBe('renamed');
    expect(now.bindings.map((b) => [b.host, b.status])).toEqual([['h1', 'ACTIVE'], ['h2', 'INACTIVE']]);
    expect(now.revisionNumber).toBe(stale.value.revisionNumber + 2);
  });

  it('an If-Match on the current revision passes even when the read is older', async () => {
    const stale = await readPort();
    await t.call('PUT', `/v2.0/ports/${portId}`, { port: { name: 'renamed' } });
    const current = (await readPort()).value.revisionNumber;
    const updated = await t.app.central.ports.update(portId, { description: 'd' }, { revisionNumber: current }, stale);
    expect(updated).toMatchObject({ name: 'renamed', description: 'd', revisionNumber: current + 1 });
    await expect(t.app.central.ports.update(portId, { description: 'e' }, { revisionNumber: current }, stale)).rejects.toMatchObject({ type: 'RevisionNumberConstraintFailed' });
  });

  it('an activation from an overtaken read sees the binding added since', async () => {
    const stale = await readPort();
    await t.app.central.ports.createBinding(portId, { host: 'h2' });
    const binding = await t.app.central.ports.activateBinding(portId, 'h2', stale);
    expect(binding).toMatchObject({ host: 'h2', status: 'ACTIVE' });
    const now = (await readPort()).value;
    expect(now.mobilitySeq).toBe(stale.value.mobilitySeq + 1);
    expect(now.bindings.map((b) => [b.host, b.status])).toEqual([['h2', 'ACTIVE'], ['h1', 'INACTIVE']]);
  });

  it('the bindings API moves a port through the REST routes', async () => {
    expect((await t.call('POST', `/v2.0/ports/${portId}/bindings`, { binding: { host: 'h2' } })).status).toBe(201);
    expect((await t.call('PUT', `/v2.0/ports/${portId}/bindings/h2/activate`)).json.binding).toMatchObject({ host: 'h2', status: 'ACTIVE' });
    expect((await t.call('DELETE', `/v2.0/ports/${portId}/bindings/h1`)).status).toBe(204);
    const listed = await t.call('GET', `/v2.0/ports/${portId}/bindings`);
    expect(listed.json.bindings.map((b: { host: string; status: string }) => [b.host, b.status])).toEqual([['h2', 'ACTIVE']]);
    const shown = (await t.call('GET', `/v2.0/ports/${portId}`)).json.port;
    expect(shown).toMatchObject({ 'binding:host_id': 'h2', status: 'BUILD', revision_number: 4 });
  });
});
