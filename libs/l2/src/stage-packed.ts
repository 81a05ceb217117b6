import { internedIpv4TextAt, internedMacTextAt } from './address-intern';
import { MAC_BYTES, addressAt, addressTextAt, malformed, seqVarintAt } from './packed-entries';

/*
 * Staging loops for packed snapshot records (formats in packed-entries.ts and docs/protocol.md):
 * each walks one element and writes straight into a staged table. Optimization over
 * `forEachFdbRecord` + a callback: no call per record, and FDB entries behind the element's VTEP
 * with equal sequences share one (immutable) entry object, and addresses are interned
 * (address-intern.ts), so a snapshot mostly allocates nothing per record: a neighbour's MAC is
 * the string its FDB entry holds, and a re-sent address is the string read before.
 */

type FdbEntry = { readonly vtep: string; readonly seq: number };

/**
 * Puts the records of one `fdb_upsert` element into `fdb`; a MAC already there keeps the
 * location that wins by the mobility rule (`fdbLocationWins`). Throws DomainError
 * `InvalidInput` on a malformed element, possibly after some records were put.
 */
export function stageFdbGroup(b: Uint8Array, fdb: Map<string, FdbEntry>): void {
  const end = b.length;
  // An IPv4 VTEP (the usual case) interned like the MACs; anything else through the checked reader.
  const { text: vtep, next } = b[0] === 4 && end >= 5 ? { text: internedIpv4TextAt(b, 1), next: 5 } : addressAt(b, 0, 'a VTEP address');
  let shared: FdbEntry | undefined;
  let pos = next;
  while (pos < end) {
    if (pos + MAC_BYTES >= end) throw malformed('an FDB record is truncated');
    const mac = internedMacTextAt(b, pos);
    pos += MAC_BYTES;
    const read = seqVarintAt(b, pos);
    const seq = Math.floor(read / 8);
    pos += read % 8;
    const cur = fdb.get(mac);
    // fdbLocationWins, inlined: no candidate object per record.
    if (cur === undefined || seq > cur.seq || (seq === cur.seq && vtep > cur.vtep)) {
      if (shared === undefined || shared.seq !== seq) shared = { vtep, seq };
      fdb.set(mac, shared);
    }
  }
}

/**
 * Puts the records of one `neigh_add` element into `neigh` (IP → MAC text). Throws DomainError
 * `InvalidInput` on a malformed element, possibly after some records were put.
 */
export function stageNeighbours(b: Uint8Array, neigh: Map<string, string>): void {
  const end = b.length;
  let pos = 0;
  while (pos < end) {
    const len = b[pos];
    if (len !== 4 && len !== 16) throw malformed(`a neighbour IP is 4 or 16 bytes, got ${len}`);
    const macAt = pos + 1 + len;
    if (macAt > end) throw malformed('a neighbour IP is truncated');
    if (macAt + MAC_BYTES > end) throw malformed('a neighbour record is truncated');
    neigh.set(len === 4 ? internedIpv4TextAt(b, pos + 1) : addressTextAt(b, pos + 1, len), internedMacTextAt(b, macAt));
    pos = macAt + MAC_BYTES;
  }
}
