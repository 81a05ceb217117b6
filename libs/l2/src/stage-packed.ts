import { domainError } from '@trellis/domain';
import { bytesToIp, ipv4TextAt } from './address';
import { macTextAt, seqVarintAt } from './packed-entries';

/*
 * Staging loops for packed snapshot records (formats in packed-entries.ts and docs/protocol.md):
 * each walks one element and writes straight into a staged table. Optimization over
 * `forEachFdbRecord` + a callback: no call per record, and FDB entries behind the element's VTEP
 * with equal sequences share one (immutable) entry object, so a snapshot allocates a MAC string
 * and, mostly, nothing else per FDB record.
 */

const MAC_BYTES = 6;

function malformed(message: string): Error {
  return domainError('InvalidInput', { error_message: message });
}

/** Canonical text of the 4- or 16-byte address at `off` whose length byte is `len` (checked by the caller). */
function addressText(b: Uint8Array, off: number, len: number): string {
  return len === 4 ? ipv4TextAt(b, off) : bytesToIp(b.subarray(off, off + len));
}

type FdbEntry = { readonly vtep: string; readonly seq: number };

/**
 * Puts the records of one `fdb_upsert` element into `fdb`; a MAC already there keeps the
 * location that wins by the mobility rule (`fdbLocationWins`). Throws DomainError
 * `InvalidInput` on a malformed element, possibly after some records were put.
 */
export function stageFdbGroup(b: Uint8Array, fdb: Map<string, FdbEntry>): void {
  const end = b.length;
  const len = b[0];
  if (len !== 4 && len !== 16) throw malformed(`a VTEP address is 4 or 16 bytes, got ${end > 0 ? len : 'nothing'}`);
  if (1 + len > end) throw malformed('a VTEP address is truncated');
  const vtep = addressText(b, 1, len);
  let shared: FdbEntry | undefined;
  let pos = 1 + len;
  while (pos < end) {
    if (pos + MAC_BYTES >= end) throw malformed('an FDB record is truncated');
    const mac = macTextAt(b, pos);
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
    neigh.set(addressText(b, pos + 1, len), macTextAt(b, macAt));
    pos = macAt + MAC_BYTES;
  }
}
