import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { Etcd3 } from 'etcd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../testing/store-contract';
import { openEtcdStore } from './etcd-store';

// One single-member etcd for the whole file; every case gets its own key prefix, so each
// store starts empty (revisions are etcd's and shared, which the contract allows).
let cluster: EtcdCluster;
let n = 0;
beforeAll(async () => {
  cluster = await startEtcd({ members: 1, unsafeNoFsync: true });
});
afterAll(async () => {
  await cluster?.stop();
});

describeStoreContract('etcd', async (collections) => {
  const store = await openEtcdStore({ endpoints: cluster.endpoints, prefix: `/contract-${++n}/`, collections });
  return { store, cleanup: () => store.close() };
});

describe('etcd backend specifics', () => {
  const collections = [{ name: 'ports', indexes: { byNetwork: (v: unknown) => (v as { net: string }).net } }];

  it('writes data and index entries in one etcd txn under separate prefixes', async () => {
    const prefix = `/specific-${++n}/`;
    const store = await openEtcdStore({ endpoints: cluster.endpoints, prefix, collections });
    const raw = new Etcd3({ hosts: cluster.endpoints });
    try {
      const { revision } = await store.commit({ ops: [{ type: 'put', collection: 'ports', key: 'p1', value: { net: 'n1' } }] });
      const keys = (await raw.getAll().prefix(prefix).keys()).sort();
      expect(keys.filter((k) => !k.startsWith(`${prefix}t/`))).toEqual([`${prefix}d/ports/sp1 `, `${prefix}i/ports/byNetwork/sn1 #sp1 `]);
      // Plus one commit marker, leased, outside the data and index prefixes.
      const markers = await raw.getAll().prefix(`${prefix}t/`).exec();
      expect(markers.kvs).toHaveLength(1);
      expect(Number(markers.kvs[0]!.lease)).toBeGreaterThan(0);
      const kvs = await raw.getAll().prefix(prefix).exec();
      expect(kvs.kvs.every((kv) => Number(kv.mod_revision) === revision)).toBe(true);
      await store.commit({ ops: [{ type: 'put', collection: 'ports', key: 'p1', value: { net: 'n2' } }] });
      expect((await raw.getAll().prefix(`${prefix}i/`).keys()).sort()).toEqual([`${prefix}i/ports/byNetwork/sn2 #sp1 `]);
    } finally {
      raw.close();
      await store.close();
    }
  });

  it('refuses a key twice in one txn with BadRequest, and ends live watches with StoreClosed on close', async () => {
    const store = await openEtcdStore({ endpoints: cluster.endpoints, prefix: `/specific-${++n}/`, collections });
    const put = { type: 'put' as const, collection: 'ports', key: 'p1', value: { net: 'n1' } };
    await expect(store.commit({ ops: [put, put] })).rejects.toMatchObject({ type: 'BadRequest' });
    const iterator = store.watch({ afterRevision: await store.currentRevision() })[Symbol.asyncIterator]();
    const next = iterator.next();
    await new Promise((r) => setTimeout(r, 50));
    await store.close();
    await expect(next).rejects.toMatchObject({ type: 'StoreClosed' });
  });

  it('compacts by the maxRevisions policy and reports it in status', async () => {
    const store = await openEtcdStore({ endpoints: cluster.endpoints, prefix: `/specific-${++n}/`, collections, compaction: { maxRevisions: 3 } });
    try {
      let last = 0;
      for (let i = 0; i < 6; i++) last = (await store.commit({ ops: [{ type: 'put', collection: 'ports', key: `p${i}`, value: { net: 'n' } }] })).revision;
      expect(await store.compact()).toEqual({ compactRevision: last - 3 });
      expect(await store.status()).toMatchObject({ backend: 'etcd', revision: last, compactRevision: last - 3, logEntries: 4 });
    } finally {
      await store.close();
    }
  });
});
