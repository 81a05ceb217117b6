import { describe, expect, it } from 'vitest';
import type { NetworkJson, Snapshot } from './api-types';
import { age, describeChange, meshByVni, networkScope, regionTree, reloadsFor } from './model';

const network = (id: string, name: string, vni: number | null, hints: string[] = [], zones: string[] = []): NetworkJson => ({
  id,
  name,
  status: 'ACTIVE',
  project_id: 'p',
  availability_zone_hints: hints,
  availability_zones: zones,
  'provider:segmentation_id': vni,
});

const snapshot: Snapshot = {
  regions: [{ name: 'r2', description: '', cells: ['c3'] }, { name: 'r1', description: '', cells: ['c1', 'c2'] }],
  zones: [],
  cells: [
    { name: 'c2', region: 'r1', availability_zone: 'az2' },
    { name: 'c1', region: 'r1', availability_zone: 'az1' },
    { name: 'c3', region: 'r2', availability_zone: 'az2' },
  ],
  hosts: [
    { id: 'h2', cell: 'c1', region: 'r1', availability_zone: 'az1', vtep: '192.0.2.2', agent_state: 'down', agent_version: '', last_heartbeat_at: null },
    { id: 'h1', cell: 'c1', region: 'r1', availability_zone: 'az1', vtep: '192.0.2.1', agent_state: 'up', agent_version: '', last_heartbeat_at: '2026-01-01T00:00:00Z' },
    { id: 'h3', cell: 'c3', region: 'r2', availability_zone: 'az2', vtep: '192.0.2.3', agent_state: 'up', agent_version: '', last_heartbeat_at: null },
  ],
  networks: [network('n2', 'scoped', 1001, ['az1'], ['az1']), network('n1', 'global', 1000, [], ['az1', 'az2']), network('n3', 'empty', 1002)],
  ports: [
    { id: 'p1', network_id: 'n1', status: 'ACTIVE', 'binding:host_id': 'h3' },
    { id: 'p2', network_id: 'n1', status: 'ACTIVE', 'binding:host_id': 'h1' },
    { id: 'p3', network_id: 'n1', status: 'ACTIVE', 'binding:host_id': 'h1' },
    { id: 'p4', network_id: 'n2', status: 'DOWN', 'binding:host_id': '' },
  ],
  routers: { served: false, status: 404 },
  controller: { configured: true, reachable: true, revision: 9, hosts: [{ host: 'h1', connected: true, ackedRevision: 8, lagRevisions: 1, spanVnis: 1, digestRevision: 8, digestAt: null, divergentVnis: [] }] },
};

describe('topology page model', () => {
  it('nests regions → cells → hosts by name and joins the controller view per host', () => {
    const tree = regionTree(snapshot);
    expect(tree.map((r) => [r.name, r.cells.map((c) => [c.name, c.availabilityZone, c.hosts.map((h) => h.id)])])).toEqual([
      ['r1', [['c1', 'az1', ['h1', 'h2']], ['c2', 'az2', []]]],
      ['r2', [['c3', 'az2', ['h3']]]],
    ]);
    expect(tree[0].cells[0].hosts[0].controller?.lagRevisions).toBe(1);
    expect(tree[0].cells[0].hosts[1].controller).toBeUndefined();
  });

  it('calls a network without hints global and lists the hints of a scoped one', () => {
    expect(networkScope(snapshot.networks[1])).toEqual({ global: true, hints: [], zones: ['az1', 'az2'] });
    expect(networkScope(snapshot.networks[0])).toEqual({ global: false, hints: ['az1'], zones: ['az1'] });
  });

  it('derives each VNI\'s members from bound ports, counting ports per host; unbound ports add none', () => {
    const mesh = meshByVni(snapshot);
    expect(mesh.map((m) => [m.vni, m.network.name, m.members.map((x) => [x.host, x.vtep, x.ports])])).toEqual([
      [1000, 'global', [['h1', '192.0.2.1', 2], ['h3', '192.0.2.3', 1]]],
      [1001, 'scoped', []],
      [1002, 'empty', []],
    ]);
  });

  it('words ages, names changes and knows what each collection reloads', () => {
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    expect([age(null, t0), age('2026-01-01T00:00:00Z', t0 + 12_400), age('2026-01-01T00:00:00Z', t0 + 600_000), age('2026-01-01T00:00:00Z', t0 + 3 * 3600_000)]).toEqual(['never', '12 s ago', '10 min ago', '3 h ago']);
    expect(describeChange({ type: 'put', collection: 'networks', key: 'n1', value: { name: 'blue' } })).toBe('put networks blue (n1)');
    expect(describeChange({ type: 'delete', collection: 'macs', key: ['n1', 'fa:16:3e:00:00:01'], value: null })).toBe('delete macs ["n1","fa:16:3e:00:00:01"]');
    expect([reloadsFor('hosts'), reloadsFor('subnets'), reloadsFor('ports'), reloadsFor('macs')]).toEqual(['topology', 'networks', 'ports', undefined]);
  });
});
