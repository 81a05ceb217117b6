import { describe, expect, it } from 'vitest';
import { agentIdOf, agentsOf } from './agent';
import { agentFromJson, agentToJson, agentTime } from './json';

const view = {
  regions: new Map(),
  zones: new Map(),
  cells: new Map([['c1', { name: 'c1', region: 'r1', availabilityZone: 'az1', createdAt: '2024-01-01T00:00:00Z' }]]),
  hosts: new Map([
    ['b', { id: 'b', cell: 'c1', vtep: '192.0.2.2', agentState: 'down' as const, agentVersion: '', lastHeartbeatAt: null, createdAt: '2024-01-01T00:00:00Z' }],
    ['a', { id: 'a', cell: 'c1', vtep: '192.0.2.1', agentState: 'up' as const, agentVersion: '1', lastHeartbeatAt: '2024-01-02T03:04:05Z', createdAt: '2024-01-01T00:00:00Z', description: 'd' }],
    ['x', { id: 'x', cell: 'c9', vtep: '192.0.2.9', agentState: 'up' as const, agentVersion: '', lastHeartbeatAt: null, createdAt: '2024-01-01T00:00:00Z' }],
  ]),
};

describe('agents', () => {
  it('have stable, distinct UUIDs', () => {
    expect(agentIdOf('trellis-host-agent', 'a')).toBe(agentIdOf('trellis-host-agent', 'a'));
    expect(agentIdOf('trellis-host-agent', 'a')).not.toBe(agentIdOf('trellis-host-agent', 'b'));
  });

  it('are the hosts of the given cells, ordered by host, and round-trip through JSON', () => {
    const agents = agentsOf(view, ['c1']);
    expect(agents.map((a) => [a.host, a.alive, a.availabilityZone])).toEqual([['a', true, 'az1'], ['b', false, 'az1']]);
    expect(agentsOf(view).map((a) => a.host)).toEqual(['a', 'b', 'x']);
    expect(agentFromJson(agentToJson(agents[0]))).toEqual(agents[0]);
    expect(agentToJson(agents[0])).toMatchObject({ heartbeat_timestamp: '2024-01-02 03:04:05', description: 'd' });
    expect(agentTime('2024-01-02T03:04:05.123Z')).toBe('2024-01-02 03:04:05');
  });
});
