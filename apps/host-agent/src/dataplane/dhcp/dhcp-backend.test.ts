import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { DataplaneBackend } from '../backend';
import { MemoryBackend } from '../memory-backend';
import type { RoutingPlan } from '../routing-plan';
import { DhcpBackend } from './dhcp-backend';
import type { DhcpServers } from './dhcp-servers';

// Routing goes through the DHCP wrapper untouched (no DHCP server is involved in it).
const servers = {} as DhcpServers;
const logger = pino({ level: 'silent' });

const plan: RoutingPlan = {
  routers: new Map([
    ['r1', { routerId: 'r1', legs: new Map([['p1', { portId: 'p1', vni: 100, networkId: 'n1', address: '192.0.2.1/24', gatewayIp: '192.0.2.1', routerMac: 'fa:16:3e:00:00:01' }]]), routes: new Map(), neigh: new Map() }],
  ]),
  guards: new Map([[100, { gatewayIps: new Set(['192.0.2.1']), routerMacs: new Set(['fa:16:3e:00:00:01']) }]]),
};

describe('DhcpBackend', () => {
  it("passes routing through to a backend that routes (the agent routes only through a backend with syncRouting)", async () => {
    const inner = new MemoryBackend();
    const backend = new DhcpBackend(inner, servers, logger);
    expect(backend.syncRouting).toBeTypeOf('function');
    await backend.syncRouting!(plan, 'full');
    expect((await backend.readRouting!()).routers.get('r1')?.legs.get('p1')?.gatewayIp).toBe('192.0.2.1');
    expect((await inner.readRouting()).routers.has('r1')).toBe(true);
  });

  it('does not claim routing over a backend without it', () => {
    const inner = new MemoryBackend();
    const plain: DataplaneBackend = { kind: 'plain', reconcile: inner.reconcile.bind(inner), apply: inner.apply.bind(inner), checkPorts: inner.checkPorts.bind(inner), read: inner.read.bind(inner), close: inner.close.bind(inner) };
    const backend = new DhcpBackend(plain, servers, logger);
    expect(backend.syncRouting).toBeUndefined();
    expect(backend.networkHints).toBeUndefined();
  });
});
