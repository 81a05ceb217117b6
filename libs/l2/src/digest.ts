import { subnetCanonical } from './subnet-view';
import type { VniView } from './view';

const encoder = new TextEncoder();

/**
 * FNV-1a 64-bit hash of a string's UTF-8 bytes, added into `acc` (four 16-bit limbs, low
 * first, not yet carried). Optimization: the 64-bit multiply by the FNV prime 2^40 + 0x1b3 is
 * done on 16-bit limbs in doubles, avoiding a BigInt allocation per byte.
 */
function addFnv1a64(text: string, acc: number[]): void {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const step = (byte: number) => {
    h0 ^= byte;
    // (h3 h2 h1 h0) * (0x0000 0x0100 0x0000 0x01b3) mod 2^64
    let r0 = h0 * 0x1b3;
    let r1 = h1 * 0x1b3;
    let r2 = h2 * 0x1b3 + h0 * 0x100;
    let r3 = h3 * 0x1b3 + h1 * 0x100;
    r1 += Math.floor(r0 / 0x10000);
    h0 = r0 & 0xffff;
    r2 += Math.floor(r1 / 0x10000);
    h1 = r1 & 0xffff;
    r3 += Math.floor(r2 / 0x10000);
    h2 = r2 & 0xffff;
    h3 = r3 & 0xffff;
  };
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (let i = 0; i < text.length; i++) step(text.charCodeAt(i));
  } else {
    for (const b of encoder.encode(text)) step(b);
  }
  acc[0] += h0;
  acc[1] += h1;
  acc[2] += h2;
  acc[3] += h3;
}

function limbsToBigInt(acc: number[]): bigint {
  let carry = 0;
  let out = 0n;
  for (let i = 0; i < 4; i++) {
    const v = acc[i] + carry;
    out |= BigInt(v % 0x10000) << BigInt(16 * i);
    carry = Math.floor(v / 0x10000);
  }
  return out;
}

/** FNV-1a 64-bit hash of a string's UTF-8 bytes. */
export function fnv1a64(text: string): bigint {
  const acc = [0, 0, 0, 0];
  addFnv1a64(text, acc);
  return limbsToBigInt(acc);
}

/**
 * The hash of one canonical entry: FNV-1a-64 followed by the MurmurHash3 64-bit finalizer.
 * Why the finalizer: plain FNV-1a ends with a multiply by the prime, so two strings differing
 * only in the low bit of their last byte (`…|0` vs `…|1`, MAC `…:02` vs `…:03`) differ by
 * exactly ±prime, and two such changes in one table can cancel out in a sum. The finalizer is a
 * bijection with full avalanche, which removes that structure.
 */
export function entryHash(canonical: string): bigint {
  let k = fnv1a64(canonical);
  k ^= k >> 33n;
  k = BigInt.asUintN(64, k * 0xff51afd7ed558ccdn);
  k ^= k >> 33n;
  k = BigInt.asUintN(64, k * 0xc4ceb9fe1a85ec53n);
  k ^= k >> 33n;
  return k;
}

/** The canonical strings a VNI table digests (one per entry; see `digestVniView`). */
export function canonicalEntries(view: VniView): string[] {
  const out: string[] = [];
  for (const vtep of view.flood) out.push(`f|${vtep}`);
  for (const [mac, e] of view.fdb) out.push(`m|${mac}|${e.vtep}|${e.seq}`);
  for (const [ip, mac] of view.neigh) out.push(`n|${ip}|${mac}`);
  for (const p of view.local.values()) out.push(`l|${p.portId}|${p.mac}|${[...p.ips].sort().join(',')}|${p.inactive ? 1 : 0}`);
  for (const s of view.subnets.values()) out.push(subnetCanonical(s));
  return out;
}

/**
 * Order-independent 64-bit digest of a VNI table: the sum mod 2^64 of `entryHash` (FNV-1a-64,
 * finalized) over the canonical entry strings `f|<vtep>`, `m|<mac>|<vtep>|<seq>`, `n|<ip>|<mac>`
 * and `l|<portId>|<mac>|<ips sorted, joined by ','>|<inactive ? 1 : 0>`. A sum (not XOR) so that
 * duplicated entries do not cancel out, and so that it can be kept incrementally (add the hash of
 * an entry that appears, subtract that of one that goes). The controller computes the same over
 * its span; a mismatch triggers a resync of that VNI. MTU is not part of the digest.
 */
export function digestVniView(view: VniView): bigint {
  let sum = 0n;
  for (const entry of canonicalEntries(view)) sum += entryHash(entry);
  return BigInt.asUintN(64, sum);
}

/**
 * The digest as it travels in `VniDigest.digest`. The generated code decodes 64-bit fields as
 * JS numbers, which hold 53 bits exactly; so the wire carries the top 53 bits (low 11 bits
 * zero), a value every number/Long conversion preserves. Both sides compare wire values.
 */
export function digestToWire(digest: bigint): number {
  return Number(BigInt.asUintN(64, digest) >> 11n) * 2048;
}

/** True when a digest received on the wire matches a locally computed one. */
export function digestMatches(wire: number, local: bigint): boolean {
  return wire === digestToWire(local);
}
