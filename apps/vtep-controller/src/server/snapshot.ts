import type { VniDeltaSpec } from '@trellis/l2';
import { fullTableSize, writeFullTable, type EncodedVniTables } from '../wire/full-table';
import { encodeVniDelta, putChunkTableHead, putSnapshotChunkHead, snapshotChunkFrameSize, snapshotChunkInnerSize } from '../wire/messages';

type IVniDelta = VniDeltaSpec;

const EMPTY = Buffer.alloc(0);

/**
 * Splits a full VNI table into pieces of at most `maxEntries` entries: the first piece has
 * `full: true` (replace the table), the rest `full: false` (add only), so a huge VNI never makes
 * one huge message.
 */
export function splitFullDelta(d: IVniDelta, maxEntries: number): IVniDelta[] {
  const lists = ['floodAdd', 'fdbUpsert', 'neighAdd', 'localAdd'] as const;
  const total = lists.reduce((n, k) => n + (d[k]?.length ?? 0), 0);
  if (total <= maxEntries) return [d];
  const pieces: IVniDelta[] = [];
  let cur: IVniDelta = { vni: d.vni, full: true, mtu: d.mtu, ...(d.subnets?.length ? { subnets: d.subnets } : {}) };
  let room = maxEntries;
  for (const k of lists) {
    const items = (d[k] ?? []) as unknown[];
    let i = 0;
    while (i < items.length) {
      if (room === 0) {
        pieces.push(cur);
        cur = { vni: d.vni, full: false, mtu: d.mtu };
        room = maxEntries;
      }
      const take = items.slice(i, i + room);
      (cur as Record<string, unknown>)[k] = [...(((cur as Record<string, unknown>)[k] as unknown[]) ?? []), ...take];
      i += take.length;
      room -= take.length;
    }
  }
  pieces.push(cur);
  return pieces;
}

/** A host's full table for one VNI: written from the VNI's shared fields, or already encoded. */
export type SnapshotTable = { readonly tables: EncodedVniTables; readonly host: string } | Uint8Array;

/** A table of a snapshot, or a delta to split first (a table over the entry limit). */
export type SnapshotSource = SnapshotTable | IVniDelta;

/** A run of framed messages in one buffer (see `HostStream.send`). */
export interface Frames {
  readonly bytes: Buffer;
  readonly count: number;
}

/**
 * A host's snapshot as one buffer of frames: `head` (framed, e.g. Welcome), SnapshotChunk
 * messages of about `chunkBytes` each (a chunk is closed before a table that would take it past
 * `chunkBytes`; a table larger than that gets a chunk of its own), then `tail` (framed, e.g.
 * SnapshotEnd). A table may come from a VNI's shared fields (written straight into its chunk),
 * pre-encoded (a VniDelta within `maxEntries`), or as a delta to split and encode.
 * Optimization: sizes first, then every table is written once, in place: no table buffer, no
 * chunk buffer, no per-message copy in the transport, and one transport write per snapshot.
 */
export function snapshotFrames(
  revision: number,
  tables: Iterable<SnapshotSource>,
  chunkBytes: number,
  maxEntries: number,
  head: Buffer = EMPTY,
  tail: Buffer = EMPTY,
): Frames {
  const items: SnapshotTable[] = [];
  const sizes: number[] = [];
  /** Index into `items` where each chunk starts, and each chunk's inner size. */
  const starts: number[] = [];
  const inners: number[] = [];
  let size = 0;
  let total = head.length + tail.length;
  const close = (end: number) => {
    const inner = snapshotChunkInnerSize(revision, sizes.slice(starts[starts.length - 1], end));
    inners.push(inner);
    total += snapshotChunkFrameSize(inner);
  };
  const add = (item: SnapshotTable, bytes: number) => {
    if (starts.length === 0 || (size > 0 && size + bytes > chunkBytes)) {
      if (starts.length > 0) close(items.length);
      starts.push(items.length);
      size = 0;
    }
    items.push(item);
    sizes.push(bytes);
    size += bytes;
  };
  for (const table of tables) {
    if (table instanceof Uint8Array) add(table, table.length);
    else if ('tables' in table) add(table, fullTableSize(table.tables, table.host));
    else for (const piece of splitFullDelta(table, maxEntries)) {
      const bytes = encodeVniDelta(piece);
      add(bytes, bytes.length);
    }
  }
  if (starts.length > 0) close(items.length);
  const out = Buffer.allocUnsafe(total);
  out.set(head, 0);
  let pos = head.length;
  for (let c = 0; c < starts.length; c++) {
    pos = putSnapshotChunkHead(out, pos, revision, inners[c]);
    const end = c + 1 < starts.length ? starts[c + 1] : items.length;
    for (let i = starts[c]; i < end; i++) {
      const item = items[i];
      pos = putChunkTableHead(out, pos, sizes[i]);
      if (item instanceof Uint8Array) {
        out.set(item, pos);
        pos += item.length;
      } else pos = writeFullTable(item.tables, item.host, out, pos);
    }
  }
  out.set(tail, pos);
  pos += tail.length;
  if (pos !== total) throw new Error(`snapshot frames: wrote ${pos} bytes where ${total} were sized`);
  return { bytes: out, count: starts.length + (head.length > 0 ? 1 : 0) + (tail.length > 0 ? 1 : 0) };
}
