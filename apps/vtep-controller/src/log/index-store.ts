import { open, type Database, type RootDatabase } from 'lmdb';
import type { HostRecord, NetworkRecord, PortRecord } from '../span/records';
import type { RecordChange } from '../span/span-index';
import type { LogRecord, LoggedVni } from './delta-log';

/** Everything the controller needs to start warm. */
export interface PersistedIndex {
  /** Last central revision applied (the feed position). */
  readonly revision: number;
  readonly logFloor: number;
  readonly epoch: string | undefined;
  readonly hosts: HostRecord[];
  readonly networks: NetworkRecord[];
  readonly ports: PortRecord[];
  readonly spanRevisions: Array<[string, number]>;
  readonly log: LogRecord[];
}

/** One applied revision, as written to disk (in one transaction). */
export interface IndexBatch {
  readonly revision: number;
  readonly logFloor: number;
  readonly epoch: string;
  readonly changes: readonly RecordChange[];
  readonly spanRevisions: ReadonlyArray<[string, number]>;
  readonly append?: LogRecord;
  readonly dropLog?: readonly number[];
}

/** The controller's own persistence: its index, feed position and retained delta log. */
export interface IndexStore {
  load(): PersistedIndex;
  /** Queues one batch; batches are committed in order, without blocking the caller. */
  save(batch: IndexBatch): void;
  /** Resolves when every queued batch is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

interface StoredVni {
  vni: number;
  shared: Uint8Array | null;
  perHost: Array<[string, Uint8Array]>;
  full: string[];
  left: string[];
}

/**
 * IndexStore on LMDB: one environment under the data dir with named sub-databases per record
 * kind, the log keyed by revision. Writes go through lmdb's batched async transactions, so a
 * revision's index changes, log record and feed position land atomically and in order.
 */
export function openLmdbIndexStore(path: string): IndexStore {
  const root: RootDatabase = open({ path, compression: false });
  const db = (name: string): Database => root.openDB({ name });
  const hosts = db('hosts');
  const networks = db('networks');
  const ports = db('ports');
  const spans = db('spans');
  const log = db('log');
  const meta = db('meta');
  let last: Promise<unknown> = Promise.resolve();

  return {
    load() {
      const values = <T>(d: Database) => Array.from(d.getRange({}), (e) => e.value as T);
      return {
        revision: (meta.get('revision') as number | undefined) ?? 0,
        logFloor: (meta.get('logFloor') as number | undefined) ?? 0,
        epoch: meta.get('epoch') as string | undefined,
        hosts: values<HostRecord>(hosts),
        networks: values<NetworkRecord>(networks),
        ports: values<PortRecord>(ports),
        spanRevisions: Array.from(spans.getRange({}), (e) => [e.key as string, e.value as number]),
        log: Array.from(log.getRange({}), (e) => fromStored(e.key as number, e.value as StoredVni[])),
      };
    },
    save(batch) {
      last = root.transaction(() => {
        for (const c of batch.changes) {
          const target = c.kind === 'host' ? hosts : c.kind === 'network' ? networks : ports;
          if (c.record) target.put(c.id, c.record);
          else target.remove(c.id);
        }
        for (const [h, r] of batch.spanRevisions) spans.put(h, r);
        if (batch.append) log.put(batch.append.revision, toStored(batch.append));
        for (const r of batch.dropLog ?? []) log.remove(r);
        meta.put('revision', batch.revision);
        meta.put('logFloor', batch.logFloor);
        meta.put('epoch', batch.epoch);
      });
    },
    async flush() {
      await last;
    },
    async close() {
      await last;
      await root.close();
    },
  };
}

function toStored(r: LogRecord): StoredVni[] {
  return r.vnis.map((v) => ({ vni: v.vni, shared: v.shared, perHost: [...v.perHost], full: [...v.full], left: [...v.left] }));
}

function fromStored(revision: number, vnis: StoredVni[]): LogRecord {
  const bytes = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return {
    revision,
    vnis: vnis.map(
      (v): LoggedVni => ({
        vni: v.vni,
        shared: v.shared ? bytes(v.shared) : null,
        perHost: new Map(v.perHost.map(([h, b]) => [h, bytes(b)])),
        full: v.full,
        left: v.left,
      }),
    ),
  };
}
