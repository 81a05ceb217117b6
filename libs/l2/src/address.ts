import ipaddr from 'ipaddr.js';
import { domainError } from '@trellis/domain';

export { bytesToMac, macToBytes } from '@trellis/domain';

/**
 * Writes the 4 bytes of dotted-quad IPv4 text (1 to 3 decimal digits per octet, leading zeros
 * allowed, each at most 255) into `out` at `offset`; false, with `out` possibly partly written,
 * for any other text. Shared by `ipToBytes` and encoders that write addresses in place.
 */
export function writeIpv4(ip: string, out: Uint8Array, offset: number): boolean {
  const len = ip.length;
  if (len < 7 || len > 15) return false;
  let pos = 0;
  for (let i = 0; i < 4; i++) {
    if (i > 0 && ip.charCodeAt(pos++) !== 46) return false;
    let value = 0;
    let digits = 0;
    for (; digits < 3 && pos < len; digits++, pos++) {
      const c = ip.charCodeAt(pos) - 48;
      if (c < 0 || c > 9) break;
      value = value * 10 + c;
    }
    if (digits === 0 || value > 255) return false;
    out[offset + i] = value;
  }
  return pos === len;
}

function parseIpv4(ip: string): Uint8Array | undefined {
  const out = new Uint8Array(4);
  return writeIpv4(ip, out, 0) ? out : undefined;
}

/**
 * Raw bytes of an IP address: 4 for IPv4, 16 for IPv6 (the wire form of the l2 protocol).
 * Throws DomainError `InvalidInput` for text that is not an address.
 */
export function ipToBytes(ip: string): Uint8Array {
  // Optimization: dotted-quad IPv4 is the common case on the hot encode path; parsed from char
  // codes, without a regex match or ipaddr.js. Text it refuses has no colon unless it is
  // meant as IPv6, so the IPv6 check below refuses it with the same error.
  const v4 = parseIpv4(ip);
  if (v4 !== undefined) return v4;
  if (!ip.includes(':') || !ipaddr.IPv6.isValid(ip)) throw invalidIp(ip);
  return Uint8Array.from(ipaddr.IPv6.parse(ip).toByteArray());
}

const chars: number[] = new Array<number>(15).fill(0);

/** Appends the decimal digits of `octet` to `chars` at `n`; returns the new length. */
function pushOctet(octet: number, n: number): number {
  if (octet >= 100) chars[n++] = 48 + ((octet / 100) | 0);
  if (octet >= 10) chars[n++] = 48 + (((octet / 10) | 0) % 10);
  chars[n++] = 48 + (octet % 10);
  return n;
}

/**
 * Dotted-quad text of the 4 bytes at `off`. Optimization: one `fromCharCode` call, one flat string;
 * a template literal builds an intermediate string per piece.
 */
export function ipv4TextAt(b: Uint8Array, off: number): string {
  let n = pushOctet(b[off], 0);
  chars[n++] = 46;
  n = pushOctet(b[off + 1], n);
  chars[n++] = 46;
  n = pushOctet(b[off + 2], n);
  chars[n++] = 46;
  n = pushOctet(b[off + 3], n);
  const c = chars;
  switch (n) {
    case 7: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    case 8: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    case 9: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    case 10: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
    case 11: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    case 12: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]);
    case 13: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12]);
    case 14: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    default: return String.fromCharCode(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14]);
  }
}

/**
 * Canonical text of raw address bytes: dotted quad for 4 bytes, RFC 5952 (compressed,
 * lower-case) for 16 bytes. Throws DomainError `InvalidInput` for any other length.
 */
export function bytesToIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return ipv4TextAt(bytes, 0);
  if (bytes.length === 16) return ipaddr.fromByteArray(Array.from(bytes)).toString();
  throw domainError('InvalidInput', { error_message: `an IP address is 4 or 16 bytes, got ${bytes.length}` });
}

/** Canonical text of an IP address given as text (e.g. `2001:DB8:0::1` → `2001:db8::1`). */
export function canonicalIp(ip: string): string {
  return bytesToIp(ipToBytes(ip));
}

function invalidIp(ip: string) {
  return domainError('InvalidInput', { error_message: `'${ip}' is not a valid IP address` });
}
