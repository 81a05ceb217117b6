import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { domainError } from '@trellis/domain';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openEtcdStore, openLmdbStore, type Store } from '@trellis/store';
import type { StoreConfig } from './config';
import { markStaleRead } from './stale-reads';

/** What {@link openCentralStore} opened, for logs and the ready line. */
export interface OpenedStore {
  readonly store: Store;
  /** `lmdb:<dir>` or `etcd:<endpoints><prefix>`. */
  readonly description: string;
}

/**
 * Opens central's store as configured: LMDB in `store.path` (default `dataDir`, created if
 * missing) or etcd at `store.endpoints` under `store.prefix`. Every replica of one deployment
 * must use the same etcd prefix.
 * @throws DomainError `InvalidConfig` for an LMDB path lmdb would take for a file name
 */
export async function openCentralStore(config: StoreConfig, dataDir: string): Promise<OpenedStore> {
  if (config.kind === 'etcd') {
    const prefix = config.prefix ?? '/trellis/';
    const store = await openEtcdStore({ endpoints: config.endpoints, prefix, collections: NEUTRON_COLLECTIONS, compaction: config.compaction, onStaleRead: markStaleRead });
    return { store, description: `etcd:${config.endpoints.join(',')}${prefix}` };
  }
  const dir = config.path ?? dataDir;
  // lmdb treats a path with an extension as the database file itself, not its directory.
  if (path.extname(dir) !== '') {
    throw domainError('InvalidConfig', { problems: `store.path ${dir}: an LMDB directory name must not have an extension ("${path.extname(dir)}")` });
  }
  mkdirSync(dir, { recursive: true });
  const store = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS, compaction: config.compaction });
  return { store, description: `lmdb:${dir}` };
}
