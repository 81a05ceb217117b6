import { isErrorType } from '@trellis/domain';
import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaleReadInfo, Store, WatchEvent } from '../store';
import { openEtcdStore } from './etcd-store';

interface PortValue {
  readonly networkId: string;
}
const collections = [{ name: 'ports', indexes: { byNetwork: (v: unknown) => (v as PortValue).networkId } }, { name: 'networks' }];

let cluster: EtcdCluster;
let store: Store;
const storeStale: StaleReadInfo[] = [];
const watchAbort = new AbortController();
const seen: number[] = [];

beforeAll(async () => {
  cluster = await startEtcd({ members: 3 });
  store = await openEtcdStore({ endpoints: cluster.endpoints, collections, requestTimeoutMs: 1_500, dialTimeoutMs: 500, onStaleRead: (i) => storeStale.push(i) });
  const from = await store.currentRevision();
  // A watch that must survive member loss without a gap.
  void (async () => {
    for await (const e of store.watch({ afterRevision: from, signal: watchAbort.signal }) as AsyncIterable<WatchEvent>) {
      if (e.type === 'changes') seen.push(e.revision);
    }
  })().catch(() => undefined);
}, 30_000);

afterAll(async () => {
  watchAbort.abort();
  await store?.close();
  await cluster?.stop();
});

/** Retries `fn` until it succeeds, within `timeoutMs`. */
async function eventually<T>(fn: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

describe('etcd store on a 3-member cluster', () => {
  it('keeps reading, writing and watching when one member stops', async () => {
    await cluster.members[0]!.stop();
    const revisions: number[] = [];
    for (let i = 0; i < 10; i++) {
      revisions.push((await store.commit({ ops: [{ type: 'put', collection: 'ports', key: `p${i}`, value: { networkId: 'netA' } }] })).revision);
      expect((await store.get('ports', `p${i}`))?.modRevision).toBe(revisions[i]);
    }
    expect(await store.count('ports', { index: 'byNetwork', value: 'netA' })).toBe(10);
    await waitFor(() => seen.includes(revisions[9]!), 10_000);
    expect(seen.slice(-10)).toEqual(revisions);
  }, 30_000);

  it('fails writes with ServiceUnavailable when quorum is lost, writes nothing partial, and resumes when it returns', async () => {
    await cluster.members[1]!.stop();
    let caught: unknown;
    try {
      await store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'lost', value: 1 }] });
    } catch (err) {
      caught = err;
    }
    expect(isErrorType(caught, 'ServiceUnavailable'), String(caught)).toBe(true);
    expect((caught as Error).message, (caught as Error).message).toMatch(/etcd (quorum unavailable|unreachable) during commit/);

    // Quorum is now known to be lost: the next commit fails without waiting for etcd.
    let indexed: unknown;
    const started = Date.now();
    try {
      await store.commit({ ops: [{ type: 'put', collection: 'ports', key: 'p0', value: { networkId: 'netB' } }] });
    } catch (err) {
      indexed = err;
    }
    expect(Date.now() - started).toBeLessThan(500);
    expect(isErrorType(indexed, 'ServiceUnavailable')).toBe(true);
    expect((indexed as Error).message).toMatch(/etcd quorum unavailable during commit: quorum circuit open for \d+ ms after: .*; nothing was written/);

    // Reads answer from the surviving member's own copy and say so.
    const stale: StaleReadInfo[] = [];
    const onStale = (i: StaleReadInfo) => stale.push(i);
    expect((await store.get<PortValue>('ports', 'p3', { onStale }))?.value).toEqual({ networkId: 'netA' });
    const listed = await store.list<PortValue>('ports', { index: 'byNetwork', value: 'netA' }, { onStale });
    expect(listed.length + (await store.list('ports', { index: 'byNetwork', value: 'netB' }, { onStale })).length).toBe(10);
    expect(await store.count('ports', {}, { onStale })).toBe(10);
    expect((await store.getMany('networks', ['lost'], { onStale }))[0]).toBeUndefined();
    expect(stale.map((i) => i.operation)).toEqual(['get', 'list', 'list', 'count', 'getMany']);
    // None of those reads waited for a timeout first.
    expect(Date.now() - started).toBeLessThan(1_500);
    for (const info of stale) {
      expect(info.member).toBe(cluster.members[2]!.clientUrl);
      expect(info.revision).toBeGreaterThanOrEqual(seen[seen.length - 1]!);
      expect(info.reason).toMatch(/etcd (quorum unavailable|unreachable) during read/);
    }
    expect(storeStale.length).toBe(stale.length);

    await Promise.all([cluster.members[0]!.start(), cluster.members[1]!.start()]);
    // Same store object: no reopen, only the client's reconnect.
    const revision = await eventually(() => store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'back', value: 2 }] }), 20_000);
    expect(revision.revision).toBeGreaterThan(0);
    // Linearizable again: the read sees the write and is not reported stale.
    const staleBefore = storeStale.length;
    expect((await store.get('networks', 'back'))?.value).toBe(2);
    expect(storeStale.length).toBe(staleBefore);
    // The failed port move is all or nothing: its value and its index entries agree.
    const p0 = await store.get<PortValue>('ports', 'p0');
    const onA = (await store.list('ports', { index: 'byNetwork', value: 'netA' })).map((i) => i.key);
    const onB = (await store.list('ports', { index: 'byNetwork', value: 'netB' })).map((i) => i.key);
    expect(onA.includes('p0')).toBe(p0?.value.networkId === 'netA');
    expect(onB.includes('p0')).toBe(p0?.value.networkId === 'netB');
    expect(onA.length + onB.length).toBe(10);
  }, 60_000);
});
