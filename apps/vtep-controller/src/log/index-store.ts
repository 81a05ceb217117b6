import { open, type Database, type RootDatabase } from 'lmdb';
import type { HostRecord, NetworkRecord, PortRecord, SubnetRecord } from '../span/records';
import type { RouterRecord } from '../span/router-records';
import type { RecordChange } from '../span/span-index';
import type { LogRecord, LoggedVni } from './delta-log';
import { packPort, unpackPort, type StoredPort } from './stored-port';

/** Everything the controller needs to start warm. */
export interface PersistedIndex {
  /** Last central revision applied (the feed position). */
  readonly revision: number;
  readonly logFloor: number;
  readonly epoch: string | undefined;
  readonly hosts: HostRecord[];
  readonly networks: NetworkRecord[];
  readonly ports: PortRecord[];
  readonly routers: RouterRecord[];
  readonly subnets: SubnetRecord[];
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
  /**
   * Queues one batch; batches are committed in order, without blocking the caller (possibly
   * several in one transaction, after a short delay).
   */
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

/** Options of {@link openLmdbIndexStore}. */
export interface IndexStoreOptions {
  /**
   * Longest a saved batch waits for later ones to share its LMDB transaction (default 25 ms;
   * 0 writes each batch in its own transaction, as soon as the event turn ends).
   */
  readonly coalesceMs?: number;
  /** Batches that start a transaction at once, without waiting for `coalesceMs` (default 256). */
  readonly maxQueued?: number;
  /**
   * Address space reserved for the memory map of the index file (default 1 GiB; virtual only:
   * the file grows with its content, and the map grows past this if the file does).
   */
  readonly mapSizeBytes?: number;
}

/** Defaults of {@link IndexStoreOptions}. */
export const INDEX_STORE_DEFAULTS = { coalesceMs: 25, maxQueued: 256, mapSizeBytes: 2 ** 30 } as const;

/**
 * IndexStore on LMDB: one environment under the data dir with named sub-databases per record
 * kind, the log keyed by revision. Saved batches are queued and written together, in order, in
 * one transaction per `coalesceMs` (group commit), so a revision's index changes, log record and
 * feed position land atomically and in order, and a transaction never holds half a batch.
 *
 * Why a delay is safe: the index is a cache of central's feed. A crash (of the process or of
 * the OS) loses at most the batches of the last transactions not yet on disk; every
 * transaction carries the feed position of its last batch, so the restarted controller resumes
 * the feed from a position consistent with what it loaded and central resends the lost
 * revisions (or a feed snapshot, applied as a diff, if its log no longer reaches back). A host
 * whose token is ahead of that position is not covered by the delta log and gets a snapshot.
 * Why: at moderate feed rates one transaction (and one disk sync) per revision was the largest
 * fixed cost per revision of the controller.
 */
export function openLmdbIndexStore(path: string, options: IndexStoreOptions = {}): IndexStore {
  const coalesceMs = Math.max(0, options.coalesceMs ?? INDEX_STORE_DEFAULTS.coalesceMs);
  const maxQueued = Math.max(1, options.maxQueued ?? INDEX_STORE_DEFAULTS.maxQueued);
  // Why a large map from the start: lmdb-js grows a small map by mapping the file again at twice
  // the size and keeps the old mappings, so the pages read through each of them stay resident
  // (at the reference size, 50,000 ports: 8 mappings, 72 MB resident for a 32 MB file, against
  // one mapping and 29 MB with the map reserved up front).
  const mapSize = Math.max(1 << 20, options.mapSizeBytes ?? INDEX_STORE_DEFAULTS.mapSizeBytes);
  const root: RootDatabase = open({ path, compression: false, mapSize });
  const db = (name: string): Database => root.openDB({ name });
  const hosts = db('hosts');
  const networks = db('networks');
  const ports = db('ports');
  const routers = db('routers');
  const subnets = db('subnets');
  const spans = db('spans');
  const log = db('log');
  const meta = db('meta');
  let last: Promise<unknown> = Promise.resolve();
  let queued: IndexBatch[] = [];
  let timer: NodeJS.Timeout | undefined;

  const writeBatch = (batch: IndexBatch) => {
    for (const c of batch.changes) {
      if (c.kind === 'port') {
        if (c.record) ports.put(c.id, packPort(c.record));
        else ports.remove(c.id);
        continue;
      }
      const target = c.kind === 'host' ? hosts : c.kind === 'network' ? networks : c.kind === 'router' ? routers : subnets;
      if (c.record) target.put(c.id, c.record);
      else target.remove(c.id);
    }
    for (const [h, r] of batch.spanRevisions) spans.put(h, r);
    if (batch.append) log.put(batch.append.revision, toStored(batch.append));
    for (const r of batch.dropLog ?? []) log.remove(r);
  };

  /** Starts one transaction with every queued batch; lmdb commits transactions in call order. */
  const writeQueued = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queued.length === 0) return;
    const batches = queued;
    queued = [];
    const tail = batches[batches.length - 1];
    last = root.transaction(() => {
      for (const batch of batches) writeBatch(batch);
      meta.put('revision', tail.revision);
      meta.put('logFloor', tail.logFloor);
      meta.put('epoch', tail.epoch);
    });
  };

  return {
    load() {
      const values = <T>(d: Database) => Array.from(d.getRange({}), (e) => e.value as T);
      return {
        revision: (meta.get('revision') as number | undefined) ?? 0,
        logFloor: (meta.get('logFloor') as number | undefined) ?? 0,
        epoch: meta.get('epoch') as string | undefined,
        hosts: values<HostRecord>(hosts),
        networks: values<NetworkRecord>(networks),
        ports: Array.from(ports.getRange({}), (e) => unpackPort(e.key as string, e.value as StoredPort | PortRecord)),
        routers: values<RouterRecord>(routers),
        subnets: values<SubnetRecord>(subnets),
        spanRevisions: Array.from(spans.getRange({}), (e) => [e.key as string, e.value as number]),
        log: Array.from(log.getRange({}), (e) => fromStored(e.key as number, e.value as StoredVni[] | StoredRecord)),
      };
    },
    save(batch) {
      queued.push(batch);
      if (queued.length >= maxQueued || coalesceMs === 0) writeQueued();
      else if (!timer) {
        timer = setTimeout(writeQueued, coalesceMs);
        // close() and flush() write what waits; the timer alone must not keep the process up.
        timer.unref();
      }
    },
    async flush() {
      writeQueued();
      await last;
    },
    async close() {
      writeQueued();
      await last;
      await root.close();
    },
  };
}

/** A log record with router changes; records without them keep the older form (a bare list of VNIs). */
interface StoredRecord {
  vnis: StoredVni[];
  routers: Array<{ routerId: string; full: string[]; left: string[] }>;
}

function toStored(r: LogRecord): StoredVni[] | StoredRecord {
  const vnis = r.vnis.map((v) => ({ vni: v.vni, shared: v.shared, perHost: [...v.perHost], full: [...v.full], left: [...v.left] }));
  if (!r.routers || r.routers.length === 0) return vnis;
  return { vnis, routers: r.routers.map((x) => ({ routerId: x.routerId, full: [...x.full], left: [...x.left] })) };
}

function fromStored(revision: number, stored: StoredVni[] | StoredRecord): LogRecord {
  const bytes = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  const vnis = Array.isArray(stored) ? stored : stored.vnis;
  return {
    revision,
    ...(Array.isArray(stored) ? {} : { routers: stored.routers }),
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
