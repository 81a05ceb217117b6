import type { VniDeltaSpec } from '@trellis/l2';
import { encodeVniDelta, spliceSnapshotChunk } from '../wire/messages';

type IVniDelta = VniDeltaSpec;

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
  let cur: IVniDelta = { vni: d.vni, full: true, mtu: d.mtu };
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

/**
 * Encodes full tables into SnapshotChunk messages of about `chunkBytes` each. A table may come
 * pre-encoded (a VniDelta within `maxEntries`), or as a delta to split and encode.
 */
export function snapshotChunks(revision: number, tables: Iterable<IVniDelta | Uint8Array>, chunkBytes: number, maxEntries: number): Buffer[] {
  const out: Buffer[] = [];
  let pending: Uint8Array[] = [];
  let size = 0;
  for (const table of tables) {
    const pieces = table instanceof Uint8Array ? [table] : splitFullDelta(table, maxEntries).map(encodeVniDelta);
    for (const bytes of pieces) {
      if (size > 0 && size + bytes.length > chunkBytes) {
        out.push(spliceSnapshotChunk(revision, pending));
        pending = [];
        size = 0;
      }
      pending.push(bytes);
      size += bytes.length;
    }
  }
  if (pending.length > 0) out.push(spliceSnapshotChunk(revision, pending));
  return out;
}
