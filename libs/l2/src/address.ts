import ipaddr from 'ipaddr.js';
import { domainError } from '@trellis/domain';

export { bytesToMac, macToBytes } from '@trellis/domain';

const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Raw bytes of an IP address: 4 for IPv4, 16 for IPv6 (the wire form of the l2 protocol).
 * Throws DomainError `InvalidInput` for text that is not an address.
 */
export function ipToBytes(ip: string): Uint8Array {
  // Optimization: dotted-quad IPv4 is the common case on the hot encode path; skip ipaddr.js.
  const m = IPV4_RE.exec(ip);
  if (m) {
    const out = new Uint8Array(4);
    for (let i = 0; i < 4; i++) {
      const octet = Number(m[i + 1]);
      if (octet > 255) throw invalidIp(ip);
      out[i] = octet;
    }
    return out;
  }
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
