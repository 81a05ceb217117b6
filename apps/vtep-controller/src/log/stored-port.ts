import type { BindingRecord, PortRecord } from '../span/records';

/**
 * A port record as the index file stores it: a tuple under the port id's key, without the id
 * and without property names, `[networkId, mac, ips, seq, host, inactive, host, inactive, …]`
 * (one host / flag pair per binding, flag 1 = INACTIVE).
 *
 * Optimization: the object form repeated six property names and the id in every value (≈ 200
 * bytes of MessagePack per port, ≈ 110 as a tuple). At the reference size (50,000 ports) the
 * ports tree is most of the index file, and every page of it is resident: the controller's
 * writes walk it through the memory map.
 */
export type StoredPort = [networkId: string, mac: string, ips: string[], seq: number, ...bindings: Array<string | number>];

/** The stored form of `rec` (its id is the key). */
export function packPort(rec: PortRecord): StoredPort | PortRecord {
  // The few DHCP ports (one per network) keep the object form, which carries their flag.
  if (rec.dhcp) return rec;
  const out: StoredPort = [rec.networkId, rec.mac, [...rec.ips], rec.seq];
  for (const b of rec.bindings) out.push(b.host, b.inactive ? 1 : 0);
  return out;
}

/**
 * The record stored under `id`: a tuple, or the object form that earlier versions wrote (read
 * as it is, so an index written before keeps loading).
 */
export function unpackPort(id: string, stored: StoredPort | PortRecord): PortRecord {
  if (!Array.isArray(stored)) return stored;
  const [networkId, mac, ips, seq] = stored;
  const bindings: BindingRecord[] = [];
  for (let i = 4; i + 1 < stored.length; i += 2) bindings.push({ host: String(stored[i]), inactive: stored[i + 1] === 1 });
  return { id, networkId, mac, ips, seq, bindings };
}
