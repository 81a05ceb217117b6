import { EventEmitter } from 'node:events';
import { createLogger } from '@trellis/runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';
import { startFakeNova, type FakeNova } from './fake-nova';
import { NovaNotifier, type PortChangeSink } from './nova-notifier';
import { connectPortEvents, type PortEventPort } from './port-events-adapter';

const SERVER = '3f2c1a9e-8d7b-4c6a-9e5f-1b2c3d4e5f60';

function recordingSink(): PortChangeSink & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    portStatusChanged: ({ port, previousStatus }) => void calls.push(`status ${port.id} ${previousStatus}→${port.status}`),
    portDataChanged: (port) => void calls.push(`data ${port.id}`),
    portDeleted: (port) => void calls.push(`deleted ${port.id}`),
    portPluggedOnDestination: (port) => void calls.push(`destination ${port.id}`),
  };
}

describe('connectPortEvents', () => {
  const p = (status: string, bound: boolean): PortEventPort => ({ id: 'p1', deviceId: SERVER, deviceOwner: 'compute:nova', status, bindings: bound ? [{ status: 'ACTIVE' }] : [] });

  it('forwards API updates as data changes but not the update that carries a wiring report', () => {
    const events = new EventEmitter();
    const sink = recordingSink();
    const disconnect = connectPortEvents(events, sink);
    // Wiring report: BUILD → ACTIVE (status + updated with the same object).
    const active = p('ACTIVE', true);
    events.emit('status', { port: active, previous: 'BUILD', current: 'ACTIVE' });
    events.emit('updated', active);
    // API update of the name.
    events.emit('updated', { ...active });
    // Wiring report: ACTIVE → DOWN with the binding kept.
    const down = p('DOWN', true);
    events.emit('status', { port: down, previous: 'ACTIVE', current: 'DOWN' });
    events.emit('updated', down);
    // API unbind: ACTIVE → DOWN, binding gone: a data change too.
    const unbound = p('DOWN', false);
    events.emit('status', { port: unbound, previous: 'ACTIVE', current: 'DOWN' });
    events.emit('updated', unbound);
    events.emit('deleted', unbound);
    expect(sink.calls).toEqual(['status p1 BUILD→ACTIVE', 'data p1', 'status p1 ACTIVE→DOWN', 'status p1 ACTIVE→DOWN', 'data p1', 'deleted p1']);
    disconnect();
    events.emit('deleted', unbound);
    expect(sink.calls).toHaveLength(6);
  });
});

describe('central-api port life-cycle → Nova', () => {
  let t: TestApp | undefined;
  let nova: FakeNova | undefined;
  afterEach(async () => {
    await t?.close();
    await nova?.close();
  });

  it('sends what Neutron would for boot, update, unplug and delete of an instance port', async () => {
    t = await startTestApp();
    nova = await startFakeNova();
    await seedTopology(t);
    const notifier = new NovaNotifier({ url: nova.url, batchIntervalMs: 60_000, logger: createLogger({ name: 'nova-test', level: 'silent' }) });
    const disconnect = connectPortEvents(t.app.central.ports.events, notifier);
    try {
      const net = (await t.call('POST', '/v2.0/networks', { network: { name: 'n1' } })).json.network;
      const port = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, device_owner: 'compute:az1', device_id: SERVER, 'binding:host_id': 'h1' } })).json.port;
      const dhcp = (await t.call('POST', '/v2.0/ports', { port: { network_id: net.id, device_owner: 'network:dhcp', device_id: 'dhcp-1', 'binding:host_id': 'h1' } })).json.port;
      expect(port.status).toBe('BUILD');
      await t.app.central.ports.setPortWiring(port.id, 'h1', true);
      await t.app.central.ports.setPortWiring(dhcp.id, 'h1', true);
      expect((await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { name: 'renamed' } })).status).toBe(200);
      await t.app.central.ports.setPortWiring(port.id, 'h1', false);
      expect((await t.call('DELETE', `/v2.0/ports/${port.id}`)).status).toBe(204);
      expect((await t.call('DELETE', `/v2.0/ports/${dhcp.id}`)).status).toBe(204);
      await notifier.close();
    } finally {
      disconnect();
    }
    expect(nova.requests).toHaveLength(1);
    expect(nova.requests[0].events).toEqual([
      { name: 'network-vif-plugged', server_uuid: SERVER, status: 'completed', tag: expect.any(String) },
      { name: 'network-changed', server_uuid: SERVER, tag: expect.any(String) },
      { name: 'network-vif-unplugged', server_uuid: SERVER, status: 'completed', tag: expect.any(String) },
      { name: 'network-vif-deleted', server_uuid: SERVER, tag: expect.any(String) },
    ]);
    expect(new Set(nova.requests[0].events.map((e) => e.tag)).size).toBe(1);
  });
});
