import type { DecodedVniDelta, LocalPortView, VniView } from '@trellis/l2';

/**
 * The previous values of the keys an incremental delta touches in a held VNI table, so the
 * delta can be applied in place and undone if the dataplane refuses it. Optimization: replaces
 * cloning the whole table (hundreds of entries) for every delta that changes one entry.
 */
export class VniUndo {
  private readonly mtu: number;
  private readonly flood = new Map<string, boolean>();
  private readonly fdb = new Map<string, { vtep: string; seq: number } | undefined>();
  private readonly neigh = new Map<string, string | undefined>();
  private readonly local = new Map<string, LocalPortView | undefined>();

  constructor(readonly table: VniView) {
    this.mtu = table.mtu;
  }

  /** Remembers the current values of every key `d` touches (first time only). */
  record(d: DecodedVniDelta): void {
    const t = this.table;
    for (const v of [...d.floodAdd, ...d.floodRemove]) if (!this.flood.has(v)) this.flood.set(v, t.flood.has(v));
    for (const mac of [...d.fdbWithdraw, ...d.fdbUpsert.map((e) => e.mac)]) {
      if (!this.fdb.has(mac)) {
        const e = t.fdb.get(mac);
        this.fdb.set(mac, e && { ...e });
      }
    }
    for (const ip of [...d.neighRemove, ...d.neighAdd.map((e) => e.ip)]) if (!this.neigh.has(ip)) this.neigh.set(ip, t.neigh.get(ip));
    for (const id of [...d.localRemove, ...d.localAdd.map((p) => p.portId)]) if (!this.local.has(id)) this.local.set(id, t.local.get(id));
  }

  /** Puts every recorded key back. */
  undo(): void {
    const t = this.table;
    t.mtu = this.mtu;
    for (const [v, had] of this.flood) had ? t.flood.add(v) : t.flood.delete(v);
    for (const [k, e] of this.fdb) e ? t.fdb.set(k, e) : t.fdb.delete(k);
    for (const [k, m] of this.neigh) m !== undefined ? t.neigh.set(k, m) : t.neigh.delete(k);
    for (const [k, p] of this.local) p ? t.local.set(k, p) : t.local.delete(k);
  }
}
