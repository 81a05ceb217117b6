import type { DecodedVniDelta, LocalPortView, VniView } from '@trellis/l2';

type FdbValue = { vtep: string; seq: number } | undefined;

/**
 * The previous values of the keys an incremental delta touches in a held VNI table, so the
 * delta can be applied in place and undone if the dataplane refuses it. Optimization: replaces
 * cloning the whole table (hundreds of entries) for every delta that changes one entry; the
 * per-kind maps are only created for the kinds a delta touches (a move touches one FDB key).
 */
export class VniUndo {
  private readonly mtu: number;
  private flood: Map<string, boolean> | undefined;
  private fdb: Map<string, FdbValue> | undefined;
  private neigh: Map<string, string | undefined> | undefined;
  private local: Map<string, LocalPortView | undefined> | undefined;

  constructor(readonly table: VniView) {
    this.mtu = table.mtu;
  }

  /** Remembers the current values of every key `d` touches (first time only). */
  record(d: DecodedVniDelta): void {
    const t = this.table;
    if (d.floodAdd.length + d.floodRemove.length > 0) {
      const m = (this.flood ??= new Map());
      for (const v of d.floodAdd) if (!m.has(v)) m.set(v, t.flood.has(v));
      for (const v of d.floodRemove) if (!m.has(v)) m.set(v, t.flood.has(v));
    }
    if (d.fdbUpsert.length + d.fdbWithdraw.length > 0) {
      const m = (this.fdb ??= new Map());
      // Entries are replaced, never mutated, by delta application: keeping the reference is enough.
      for (const e of d.fdbUpsert) if (!m.has(e.mac)) m.set(e.mac, t.fdb.get(e.mac));
      for (const mac of d.fdbWithdraw) if (!m.has(mac)) m.set(mac, t.fdb.get(mac));
    }
    if (d.neighAdd.length + d.neighRemove.length > 0) {
      const m = (this.neigh ??= new Map());
      for (const e of d.neighAdd) if (!m.has(e.ip)) m.set(e.ip, t.neigh.get(e.ip));
      for (const ip of d.neighRemove) if (!m.has(ip)) m.set(ip, t.neigh.get(ip));
    }
    if (d.localAdd.length + d.localRemove.length > 0) {
      const m = (this.local ??= new Map());
      for (const p of d.localAdd) if (!m.has(p.portId)) m.set(p.portId, t.local.get(p.portId));
      for (const id of d.localRemove) if (!m.has(id)) m.set(id, t.local.get(id));
    }
  }

  /** Puts every recorded key back. */
  undo(): void {
    const t = this.table;
    t.mtu = this.mtu;
    if (this.flood) for (const [v, had] of this.flood) had ? t.flood.add(v) : t.flood.delete(v);
    if (this.fdb) for (const [k, e] of this.fdb) e ? t.fdb.set(k, e) : t.fdb.delete(k);
    if (this.neigh) for (const [k, m] of this.neigh) m !== undefined ? t.neigh.set(k, m) : t.neigh.delete(k);
    if (this.local) for (const [k, p] of this.local) p ? t.local.set(k, p) : t.local.delete(k);
  }
}
