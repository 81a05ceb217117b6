export type * from './store';
export { openLmdbStore, type LmdbStoreOptions } from './lmdb/lmdb-store';
export { openEtcdStore, type EtcdStoreOptions } from './etcd/etcd-store';
