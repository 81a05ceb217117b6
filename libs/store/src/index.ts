export type * from './store';
export { openLmdbStore, type LmdbStoreOptions } from './lmdb/lmdb-store';
