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

/**
 * Canonical text of raw address bytes: dotted quad for 4 bytes, RFC 5952 (compressed,
 * lower-case) for 16 bytes. Throws DomainError `InvalidInput` for any other length.
 */
export function bytesToIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
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
