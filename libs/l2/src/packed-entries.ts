import { domainError } from '@trellis/domain';
import { bytesToIp, ipv4TextAt } from './address';
import type { FdbEntrySpec, NeighEntrySpec } from './delta-spec';
import { putVarint, varintSize } from '@trellis/proto';

/*
 * Packed FDB and neighbour records (the `bytes` elements of VniDelta; see docs/protocol.md):
 *   fdb_upsert element   = address(VTEP) then { MAC[6] seq(varint) }*
 *   fdb_withdraw element = { MAC[6] }*
 *   neigh_add element    = { address(IP) MAC[6] }*
 *   address              = length byte (4 | 16) then the address bytes
 * Optimization: no sub-message per entry; a receiver walks one buffer with a tight loop.
 */

export const MAC_BYTES = 6;

/** The error of a malformed packed element (internal to the packed readers). */
export function malformed(message: string): Error {
  return domainError('InvalidInput', { error_message: message });
}

function checkAddress(a: Uint8Array, what: string): void {
  if (a.length !== 4 && a.length !== 16) throw malformed(`${what} is 4 or 16 bytes, got ${a.length}`);
}

function checkMac(m: Uint8Array): void {
  if (m.length !== MAC_BYTES) throw malformed(`a MAC address is 6 bytes, got ${m.length}`);
}

function checkSeq(seq: number): void {
  if (!Number.isInteger(seq) || seq < 0 || seq > 0xffffffff) throw malformed(`a mobility sequence is a uint32, got ${seq}`);
}

/** One `fdb_upsert` element: the entries behind one VTEP. */
export function packFdbGroup(vtep: Uint8Array, entries: ReadonlyArray<{ readonly mac: Uint8Array; readonly seq: number }>): Uint8Array {
  checkAddress(vtep, 'a VTEP address');
  let size = 1 + vtep.length;
  for (const e of entries) {
    checkMac(e.mac);
    checkSeq(e.seq);
    size += MAC_BYTES + varintSize(e.seq);
  }
  const out = new Uint8Array(size);
  out[0] = vtep.length;
  out.set(vtep, 1);
  let pos = 1 + vtep.length;
  for (const e of entries) {
    out.set(e.mac, pos);
    pos = putVarint(out, pos + MAC_BYTES, e.seq);
  }
  return out;
}

const addressKey = (a: Uint8Array) => String.fromCharCode(...a);

/** FDB entries as `fdb_upsert` elements: one per distinct VTEP, in first-seen order. */
export function packFdbUpserts(entries: readonly FdbEntrySpec[]): Uint8Array[] {
  const groups = new Map<string, { vtep: Uint8Array; entries: FdbEntrySpec[] }>();
  for (const e of entries) {
    const key = addressKey(e.vtep);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { vtep: e.vtep, entries: [] }));
    g.entries.push(e);
  }
  return Array.from(groups.values(), (g) => packFdbGroup(g.vtep, g.entries));
}

/** MACs as one `fdb_withdraw` element. */
export function packMacs(macs: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(macs.length * MAC_BYTES);
  macs.forEach((m, i) => {
    checkMac(m);
    out.set(m, i * MAC_BYTES);
  });
  return out;
}

/** Neighbour entries as one `neigh_add` element. */
export function packNeighbours(entries: readonly NeighEntrySpec[]): Uint8Array {
  let size = 0;
  for (const e of entries) {
    checkAddress(e.ip, 'an IP address');
    checkMac(e.mac);
    size += 1 + e.ip.length + MAC_BYTES;
  }
  const out = new Uint8Array(size);
  let pos = 0;
  for (const e of entries) {
    out[pos] = e.ip.length;
    out.set(e.ip, pos + 1);
    out.set(e.mac, pos + 1 + e.ip.length);
    pos += 1 + e.ip.length + MAC_BYTES;
  }
  return out;
}

// ---------- reading ----------

const HEX: number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * Canonical MAC text (lower-case, colon-separated) of 6 bytes at `off`. Optimization: one
 * `fromCharCode` call builds a flat string, which hashes without a flattening copy.
 */
export function macTextAt(b: Uint8Array, off: number): string {
  const h = HEX;
  return String.fromCharCode(
    h[b[off] >> 4], h[b[off] & 15], 58,
    h[b[off + 1] >> 4], h[b[off + 1] & 15], 58,
    h[b[off + 2] >> 4], h[b[off + 2] & 15], 58,
    h[b[off + 3] >> 4], h[b[off + 3] & 15], 58,
    h[b[off + 4] >> 4], h[b[off + 4] & 15], 58,
    h[b[off + 5] >> 4], h[b[off + 5] & 15],
  );
}

/** Canonical text of the length-prefixed address at `off`, and where the next field starts. */
/** Canonical text of the 4- or 16-byte address at `off` whose length byte is `len` (checked by the caller). */
export function addressTextAt(b: Uint8Array, off: number, len: number): string {
  return len === 4 ? ipv4TextAt(b, off) : bytesToIp(b.subarray(off, off + len));
}

/** The length-prefixed address at `off`: its text and the offset after it. */
export function addressAt(b: Uint8Array, off: number, what: string): { text: string; next: number } {
  const len = b[off];
  if (len !== 4 && len !== 16) throw malformed(`${what} is 4 or 16 bytes, got ${off < b.length ? len : 'nothing'}`);
  const next = off + 1 + len;
  if (next > b.length) throw malformed(`${what} is truncated`);
  return { text: addressTextAt(b, off + 1, len), next };
}

/** An FDB entry in canonical text. */
export interface FdbText {
  mac: string;
  vtep: string;
  seq: number;
}

/**
 * Reads the mobility sequence varint (at most 5 bytes, a uint32) of an FDB record at `pos`.
 * Returns `seq * 8 + bytes read` (fits a double exactly): two results without an object per
 * record on the snapshot path.
 */
export function seqVarintAt(b: Uint8Array, pos: number): number {
  const end = b.length;
  let seq = 0;
  let scale = 1;
  for (let i = 0; ; i++) {
    if (pos + i >= end || i === 5) throw malformed('an FDB record has a bad sequence');
    const byte = b[pos + i];
    seq += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      if (seq > 0xffffffff) throw malformed('an FDB record has a bad sequence');
      return seq * 8 + i + 1;
    }
    scale *= 128;
  }
}

/**
 * Walks one `fdb_upsert` element, calling `fn` per entry with canonical text (the VTEP text is
 * made once per element). Throws DomainError `InvalidInput` on a malformed element, possibly
 * after some entries were visited.
 */
export function forEachFdbRecord(b: Uint8Array, fn: (mac: string, vtep: string, seq: number) => void): void {
  const { text: vtep, next } = addressAt(b, 0, 'a VTEP address');
  let pos = next;
  const end = b.length;
  while (pos < end) {
    if (pos + MAC_BYTES >= end) throw malformed('an FDB record is truncated');
    const mac = macTextAt(b, pos);
    pos += MAC_BYTES;
    const read = seqVarintAt(b, pos);
    const seq = Math.floor(read / 8);
    pos += read % 8;
    fn(mac, vtep, seq);
  }
}

/** Reads one `fdb_upsert` element into `out` (see `forEachFdbRecord`). */
export function readFdbGroup(b: Uint8Array, out: FdbText[]): void {
  forEachFdbRecord(b, (mac, vtep, seq) => out.push({ mac, vtep, seq }));
}

/** Reads one `fdb_withdraw` element (MAC text) into `out`. */
export function readMacs(b: Uint8Array, out: string[]): void {
  if (b.length % MAC_BYTES !== 0) throw malformed(`an FDB withdrawal holds 6-byte MACs, got ${b.length} bytes`);
  for (let pos = 0; pos < b.length; pos += MAC_BYTES) out.push(macTextAt(b, pos));
}

/** Walks one `neigh_add` element, calling `fn` per entry with canonical text. */
export function forEachNeighRecord(b: Uint8Array, fn: (ip: string, mac: string) => void): void {
  let pos = 0;
  while (pos < b.length) {
    const { text: ip, next } = addressAt(b, pos, 'a neighbour IP');
    if (next + MAC_BYTES > b.length) throw malformed('a neighbour record is truncated');
    fn(ip, macTextAt(b, next));
    pos = next + MAC_BYTES;
  }
}

/** Reads one `neigh_add` element into `out` (canonical text). */
export function readNeighbours(b: Uint8Array, out: Array<{ ip: string; mac: string }>): void {
  forEachNeighRecord(b, (ip, mac) => out.push({ ip, mac }));
}
