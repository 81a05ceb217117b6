import { ipv4TextAt } from './address';
import { macTextAt } from './packed-entries';

/*
 * Interned canonical text of packed MACs and IPv4 addresses: the same address read from a
 * buffer again yields the very same string object, found by its bytes (number keys) without
 * building a string first.
 *
 * Optimization: a host holds each remote MAC twice (FDB key, neighbour value) and every
 * snapshot or resync re-reads all of them; a process that runs several simulated hosts holds
 * the same addresses once per host. Interning makes those one string each, and a string that
 * is already hashed is cheaper as a map key. Measured on a snapshot of 1,200 MACs per host with
 * 250 hosts' tables alive: 240 → 120–150 ns per record (map insert and GC included); most of the
 * gain is fewer surviving strings to copy out of the young generation.
 *
 * Process-wide and bounded: past MAX_ENTRIES addresses of a kind the table starts afresh, so
 * churned addresses cannot grow it without limit (≈ 9 MB per kind at the bound; a host's span
 * is far below it, a benchmark process of 250 simulated hosts holds ≈ 12,500 of each). Strings are immutable values, so sharing
 * them between tables and hosts is invisible to their users.
 */

const MAX_ENTRIES = 1 << 17;
/** MAC text by its upper 3 bytes, then its lower 3 (two small-integer keys, no allocation per lookup). */
let macs = new Map<number, Map<number, string>>();
let macCount = 0;
let ipv4s = new Map<number, string>();

/**
 * Canonical text (lower-case, colon form) of the 6-byte MAC at `off`, interned. The caller
 * checks the bounds.
 */
export function internedMacTextAt(b: Uint8Array, off: number): string {
  const hi = (b[off] << 16) | (b[off + 1] << 8) | b[off + 2];
  const lo = (b[off + 3] << 16) | (b[off + 4] << 8) | b[off + 5];
  let byLo = macs.get(hi);
  let text = byLo === undefined ? undefined : byLo.get(lo);
  if (text === undefined) {
    text = macTextAt(b, off);
    if (macCount >= MAX_ENTRIES) {
      macs = new Map();
      macCount = 0;
      byLo = undefined;
    }
    if (byLo === undefined) macs.set(hi, (byLo = new Map()));
    byLo.set(lo, text);
    macCount++;
  }
  return text;
}

/** Dotted-quad text of the 4 bytes at `off`, interned. The caller checks the bounds. */
export function internedIpv4TextAt(b: Uint8Array, off: number): string {
  // A signed 32-bit key: always a small integer for V8 (no number object per lookup).
  const key = (b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3];
  let text = ipv4s.get(key);
  if (text === undefined) {
    if (ipv4s.size >= MAX_ENTRIES) ipv4s = new Map();
    ipv4s.set(key, (text = ipv4TextAt(b, off)));
  }
  return text;
}

/** Number of interned addresses (tests and diagnostics). */
export function internedAddressCount(): { macs: number; ipv4s: number } {
  return { macs: macCount, ipv4s: ipv4s.size };
}
