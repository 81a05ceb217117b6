import { Collections } from '@trellis/domain';
import type { Item, Snapshot } from '@trellis/store';
import { describe, expect, it } from 'vitest';
import { TopologyCache } from './topology-cache';

const T = '2026-01-01T00:00:00Z';
const host = (id: string, vtep: string) => ({ id, cell: 'cell1', vtep, agentState: 'unknown', agentVersion: '', lastHeartbeatAt: null, createdAt: T });
const item = (key: string, value: unknown, modRevision: number): Item<unknown> => ({ key, value, createRevision: modRevision, modRevision, version: 1 });
const put = (key: string, value: unknown) => ({ type: 'put' as const, collection: Collections.hosts, key, value });
const del = (key: string) => ({ type: 'delete' as const, collection: Collections.hosts, key });

/** A store read that counts its calls and can be held until released. */
function reader(snapshot: () => Snapshot) {
  const state = { reads: 0, release: undefined as (() => void) | undefined };
  const read = async (): Promise<Snapshot> => {
    state.reads++;
    const taken = snapshot();
    if (state.release === undefined) return taken;
    await new Promise<void>((resolve) => {
      const release = state.release!;
      state.release = () => {
        release();
        resolve();
      };
    });
    return taken;
  };
  return { state, read, hold: () => (state.release = () => {}) };
}

const snap = (revision: number, hosts: Item<unknown>[]): Snapshot => ({ revision, collections: new Map([[Collections.hosts, hosts], [Collections.cells, [item('cell1', { name: 'cell1' }, 1)]]]) });
const vteps = async (cache: TopologyCache) => Object.fromEntries([...(await cache.view()).hosts].map(([id, h]) => [id, h.vtep]));

describe('TopologyCache', () => {
  it('reads the store once and then follows commits change by change', async () => {
    const r = reader(() => snap(10, [item('h1', host('h1', '192.0.2.1'), 5)]));
    const cache = new TopologyCache(r.read);
    expect(await vteps(cache)).toEqual({ h1: '192.0.2.1' });
    cache.apply(11, [put('h2', host('h2', '192.0.2.2'))]);
    cache.apply(12, [put('h1', host('h1', '192.0.2.9'))]);
    cache.apply(13, [del('h2')]);
    expect(await vteps(cache)).toEqual({ h1: '192.0.2.9' });
    expect((await cache.view()).cells.has('cell1')).toBe(true);
    expect(r.state.reads).toBe(1);
  });

  it('ignores a change older than the one a key already holds (a commit seen again through the follower)', async () => {
    const cache = new TopologyCache(async () => snap(10, [item('h1', host('h1', '192.0.2.1'), 10)]));
    await cache.view();
    cache.apply(9, [put('h1', host('h1', '192.0.2.8'))]);
    cache.apply(14, [put('h1', host('h1', '192.0.2.4'))]);
    cache.apply(12, [put('h1', host('h1', '192.0.2.2'))]);
    cache.apply(13, [del('h1')]);
    expect(await vteps(cache)).toEqual({ h1: '192.0.2.4' });
    // A delete holds its revision too: an older put does not bring the host back.
    cache.apply(20, [del('h1')]);
    cache.apply(15, [put('h1', host('h1', '192.0.2.5'))]);
    expect(await vteps(cache)).toEqual({});
  });

  it('applies changes committed while the first read is in flight, unless the read saw them', async () => {
    // The read sees revision 11 (h2 created at 11, h3 deleted at 11); changes at 11 arrive during the read.
    const r = reader(() => snap(11, [item('h1', host('h1', '192.0.2.1'), 5), item('h2', host('h2', '192.0.2.2'), 11)]));
    r.hold();
    const cache = new TopologyCache(r.read);
    const first = cache.view();
    cache.apply(11, [put('h3', host('h3', '192.0.2.3'))]);
    cache.apply(11, [del('h3')]);
    cache.apply(12, [put('h4', host('h4', '192.0.2.4'))]);
    r.state.release!();
    await first;
    expect(await vteps(cache)).toEqual({ h1: '192.0.2.1', h2: '192.0.2.2', h4: '192.0.2.4' });
    expect(r.state.reads).toBe(1);
  });

  it('after invalidate() reads the store again, and drops a read that started before it', async () => {
    let vtep = '192.0.2.1';
    const r = reader(() => snap(10, [item('h1', host('h1', vtep), 5)]));
    const cache = new TopologyCache(r.read);
    await cache.view();
    cache.invalidate();
    r.hold();
    const stale = cache.view();
    const releaseStale = r.state.release!;
    r.state.release = undefined;
    vtep = '192.0.2.7';
    cache.invalidate();
    const fresh = vteps(cache);
    releaseStale();
    expect(Object.fromEntries([...(await stale).hosts].map(([id, h]) => [id, h.vtep]))).toEqual({ h1: '192.0.2.7' });
    expect(await fresh).toEqual({ h1: '192.0.2.7' });
    expect(r.state.reads).toBe(3);
  });
});

describe('TopologyCache VTEP index', () => {
  it('names the hosts that have a VTEP, through the read, puts, moves and deletes', async () => {
    const cache = new TopologyCache(async () => snap(10, [item('h1', host('h1', '192.0.2.1'), 5)]));
    expect(await cache.hostsWithVtep('192.0.2.1')).toEqual(['h1']);
    cache.apply(11, [put('h2', host('h2', '192.0.2.2'))]);
    expect(await cache.hostsWithVtep('192.0.2.2')).toEqual(['h2']);
    cache.apply(12, [put('h1', host('h1', '192.0.2.3'))]);
    expect([await cache.hostsWithVtep('192.0.2.1'), await cache.hostsWithVtep('192.0.2.3')]).toEqual([[], ['h1']]);
    cache.apply(13, [del('h2')]);
    expect(await cache.hostsWithVtep('192.0.2.2')).toEqual([]);
    // An ignored (older) change leaves the index alone too.
    cache.apply(12, [put('h2', host('h2', '192.0.2.2'))]);
    expect(await cache.hostsWithVtep('192.0.2.2')).toEqual([]);
  });
});
