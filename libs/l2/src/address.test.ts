import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { isErrorType } from '@trellis/domain';
import { bytesToIp, bytesToMac, canonicalIp, ipToBytes, ipv4TextAt, macToBytes } from './address';

describe('ip codec', () => {
  it('encodes IPv4 to 4 bytes and back', () => {
    expect(Array.from(ipToBytes('10.0.255.1'))).toEqual([10, 0, 255, 1]);
    expect(bytesToIp(Uint8Array.from([192, 168, 0, 7]))).toBe('192.168.0.7');
  });

  it('renders every octet value of IPv4 bytes in decimal, at any offset', () => {
    for (let v = 0; v < 256; v++) {
      const quad = [v, 255 - v, v % 10, (v * 7) % 256];
      expect(bytesToIp(Uint8Array.from(quad))).toBe(quad.join('.'));
      expect(ipv4TextAt(Uint8Array.from([9, ...quad]), 1)).toBe(quad.join('.'));
    }
  });

  it('encodes IPv6 to 16 bytes and renders compressed lower-case text', () => {
    const b = ipToBytes('2001:DB8:0:0:0:0:0:1');
    expect(b.length).toBe(16);
    expect(b[0]).toBe(0x20);
    expect(b[15]).toBe(1);
    expect(bytesToIp(b)).toBe('2001:db8::1');
    expect(canonicalIp('FE80:0000::0A')).toBe('fe80::a');
    expect(bytesToIp(ipToBytes('::'))).toBe('::');
  });

  it('rejects invalid text and byte lengths with InvalidInput', () => {
    for (const bad of ['10.0.0.256', '10.0.0', 'hello', '1::2::3', '', '01.2.3.4.5']) {
      expect(() => ipToBytes(bad), bad).toThrow();
      try {
        ipToBytes(bad);
      } catch (err) {
        expect(isErrorType(err, 'InvalidInput')).toBe(true);
      }
    }
    expect(() => bytesToIp(new Uint8Array(5))).toThrow(/4 or 16 bytes/);
  });

  it('parses dotted quads exactly as the regex-based codec did, and refuses what it refused', () => {
    // The codec as first written: a regex for IPv4, ipaddr.js for IPv6; undefined = refused.
    const reference = (ip: string): number[] | undefined => {
      const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
      if (m) {
        const octets = m.slice(1).map(Number);
        return octets.some((o) => o > 255) ? undefined : octets;
      }
      return ip.includes(':') && ipaddr.IPv6.isValid(ip) ? ipaddr.IPv6.parse(ip).toByteArray() : undefined;
    };
    const ours = (ip: string): number[] | undefined => {
      try {
        return Array.from(ipToBytes(ip));
      } catch (err) {
        expect(isErrorType(err, 'InvalidInput')).toBe(true);
        return undefined;
      }
    };
    const cases = ['0.0.0.0', '255.255.255.255', '01.002.3.4', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4.', '.1.2.3.4', '1..2.3', '1234.1.1.1', '1.1.1.1234', '256.1.1.1', '1.1.1.256',
      '999.999.999.999', '1.2.3', '1.2.3.-4', '1.2.3.4/24', '::ffff:1.2.3.4', '1.2.3.4:80', '１.2.3.4', '1.2.3.a', '000.000.000.000', '10.0.0.1\n'];
    for (const ip of cases) expect(ours(ip), JSON.stringify(ip)).toEqual(reference(ip));
    const piece = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('', '.', '0', '00', ':', 'a', '-1', '1000'));
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.constantFrom('.', '', ':'), (parts, sep) => {
      const ip = parts.join(sep === '' ? '.' : sep);
      expect(ours(ip)).toEqual(reference(ip));
    }), { numRuns: 2000 });
  });

  it('round-trips MACs through the domain codec', () => {
    expect(bytesToMac(macToBytes('fa:16:3e:00:ab:ff'))).toBe('fa:16:3e:00:ab:ff');
  });
});
