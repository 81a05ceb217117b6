import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { afterAll, beforeAll } from 'vitest';
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
