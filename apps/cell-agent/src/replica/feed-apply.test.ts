import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Collections } from '@trellis/domain';
import { openLmdbStore, type Change, type Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CELL_AGENT_COLLECTIONS } from './collections';
import { applyRevision, applySnapshot } from './feed-apply';
import { LocalReplica } from './local-replica';

// An ill-typed value on the feed (e.g. a field renamed by a newer central during a rolling
// upgrade) must not delete or damage what the replica holds.

let dir: string;
let store: Store;
let replica: LocalReplica;
const cells = new Set(['cell1']);
const T = '2026-01-01T00:00:00Z';
const hostRow = { id: 'h1', cell: 'cell1', vtep: '192.0.2.1', agentState: 'up', agentVersion: '', lastHeartbeatAt: null, createdAt: T };
const networkRow = {
  id: 'n1', projectId: 'p', name: 'n1', description: '', tags: [], revisionNumber: 1, createdAt: T, updatedAt: T, adminStateUp: true, status: 'ACTIVE',
  shared: false, mtu: 1450, networkType: 'vxlan', segmentationId: 100, availabilityZoneHints: [], portSecurityEnabled: true,
};
const portRow = (revisionNumber: number, over: Record<string, unknown> = {}) => ({
  id: 'p1', projectId: 'p', name: 'p1', description: '', tags: [], revisionNumber, createdAt: T, updatedAt: T, networkId: 'n1', macAddress: 'fa:16:3e:00:00:01',
  fixedIps: [], deviceId: 'vm', deviceOwner: 'compute:nova', status: 'ACTIVE', adminStateUp: true, mobilitySeq: 0,
  bindings: [{ host: 'h1', status: 'ACTIVE', vnicType: 'normal', vifType: 'bridge', vifDetails: {}, profile: {} }],
  ...over,
});
const put = (collection: string, value: { id: string; [field: string]: unknown }, revision: number): Change => ({ type: 'put', collection, key: value.id, value, createRevision: revision, modRevision: revision, version: 1 });

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cell-agent-feed-apply-'));
  store = await openLmdbStore({ path: dir, collections: CELL_AGENT_COLLECTIONS });
  replica = new LocalReplica(store);
  await applyRevision(replica, cells, 1, [put(Collections.hosts, hostRow, 1), put(Collections.networks, networkRow, 1), put(Collections.ports, portRow(1), 1)]);
  expect((await store.get(Collections.ports, 'p1'))?.value).toMatchObject({ macAddress: 'fa:16:3e:00:00:01' });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('replica feed apply with values that fail the check', () => {
  it('a revision with an ill-typed port, host or network is rejected, counted, and leaves what is held', async () => {
    const { macAddress: _renamed, ...renamed } = portRow(2);
    const outcome = await applyRevision(replica, cells, 2, [
      put(Collections.ports, { ...renamed, mac_address: 'fa:16:3e:00:00:01' }, 2),
      put(Collections.hosts, { ...hostRow, vtep: 7 } as unknown as typeof hostRow, 2),
      { ...put(Collections.networks, networkRow, 2), value: 'garbage' },
    ]);
    expect(outcome.rejected.map((r) => [r.collection, r.id])).toEqual([['ports', 'p1'], ['hosts', 'h1'], ['networks', 'n1']]);
    expect((await store.get(Collections.ports, 'p1'))?.value).toMatchObject({ macAddress: 'fa:16:3e:00:00:01', revisionNumber: 1 });
    expect((await store.get(Collections.hosts, 'h1'))?.value).toMatchObject({ vtep: '192.0.2.1' });
    expect(await replica.position()).toBe(2);
  });

  it('a snapshot whose port fails the check keeps the held port (not taken as gone)', async () => {
    const { bindings: _renamed, ...renamed } = portRow(3);
    const outcome = await applySnapshot(
      replica,
      cells,
      3,
      new Map([
        [Collections.hosts, [{ key: 'h1', value: hostRow, createRevision: 1, modRevision: 1, version: 1 }]],
        [Collections.networks, [{ key: 'n1', value: networkRow, createRevision: 1, modRevision: 1, version: 1 }]],
        [Collections.ports, [{ key: 'p1', value: { ...renamed, binding_list: [] }, createRevision: 1, modRevision: 3, version: 2 }]],
      ]),
    );
    expect(outcome.rejected).toEqual([{ collection: 'ports', id: 'p1', reason: 'bindings is not a list' }]);
    expect((await store.get(Collections.ports, 'p1'))?.value).toMatchObject({ macAddress: 'fa:16:3e:00:00:01', revisionNumber: 1 });
  });
});

describe('routers in the replica', () => {
  const cellRows = [
    { name: 'cell1', region: 'RegionOne', availabilityZone: 'az1', createdAt: T },
    { name: 'cell2', region: 'RegionTwo', availabilityZone: 'az2', createdAt: T },
  ];
  const routerRow = (id: string, hints: string[]) => ({
    id, projectId: 'p', name: id, description: '', tags: [], revisionNumber: 1, createdAt: T, updatedAt: T,
    adminStateUp: true, status: 'ACTIVE', availabilityZoneHints: hints, routes: [], interfaces: [],
  });
  const item = (key: string, value: unknown) => ({ key, value, createRevision: 1, modRevision: 1, version: 1 });
  const names = async () => (await store.list<{ id: string }>(Collections.routers)).map((i) => i.value.id).sort();

  it("a revision keeps the routers whose scope reaches the agent's cells, and deletes held ones", async () => {
    await applyRevision(replica, cells, 2, [...cellRows.map((c) => ({ ...put(Collections.cells, { id: c.name, ...c }, 2), key: c.name }))]);
    await applyRevision(replica, cells, 3, [put(Collections.routers, routerRow('global', []), 3), put(Collections.routers, routerRow('az1', ['az1']), 3), put(Collections.routers, routerRow('two', ['RegionTwo']), 3)]);
    expect(await names()).toEqual(['az1', 'global']);
    await applyRevision(replica, cells, 4, [{ type: 'delete', collection: Collections.routers, key: 'global', createRevision: 3, modRevision: 4, version: 0 }]);
    expect(await names()).toEqual(['az1']);
  });

  it('a snapshot replaces the held routers: gone ones deleted, out-of-scope ones left out, ill-typed ones kept', async () => {
    await applyRevision(replica, cells, 2, [...cellRows.map((c) => ({ ...put(Collections.cells, { id: c.name, ...c }, 2), key: c.name }))]);
    await applyRevision(replica, cells, 3, [put(Collections.routers, routerRow('gone', []), 3), put(Collections.routers, routerRow('kept', []), 3)]);
    const outcome = await applySnapshot(
      replica,
      cells,
      5,
      new Map([
        [Collections.hosts, [item('h1', hostRow)]],
        [Collections.cells, cellRows.map((c) => item(c.name, c))],
        [Collections.routers, [item('new', routerRow('new', ['az1'])), item('two', routerRow('two', ['az2'])), item('kept', { ...routerRow('kept', []), interfaces: 'x' })]],
      ]),
    );
    expect(outcome.rejected).toEqual([{ collection: 'routers', id: 'kept', reason: 'interfaces is not a list' }]);
    expect(await names()).toEqual(['kept', 'new']);
  });
});

describe('the held topology', () => {
  const host2 = { ...hostRow, id: 'h2', vtep: '192.0.2.2' };

  it('is patched in place by topology revisions, not copied or read again', async () => {
    const before = await replica.topology();
    await applyRevision(replica, cells, 2, [put(Collections.hosts, host2, 2)]);
    const after = await replica.topology();
    expect(after).toBe(before);
    expect([...after.hosts.keys()].sort()).toEqual(['h1', 'h2']);
    await applyRevision(replica, cells, 3, [{ type: 'delete', collection: Collections.hosts, key: 'h1', createRevision: 1, modRevision: 3, version: 0 }]);
    expect([...(await replica.topology()).hosts.keys()]).toEqual(['h2']);
  });

  it('is read again from the store when the commit of a patched revision fails', async () => {
    await replica.topology();
    const failing = new Proxy(store, {
      get: (target, prop) => {
        if (prop === 'commit') return () => Promise.reject(new Error('disk full'));
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const broken = new LocalReplica(failing);
    await broken.topology();
    await expect(applyRevision(broken, cells, 2, [put(Collections.hosts, host2, 2)])).rejects.toThrow('disk full');
    expect([...(await broken.topology()).hosts.keys()]).toEqual(['h1']);
  });
});
