import { describe, expect, it } from 'vitest';
import { bytesToMac } from '@trellis/domain';
import { ipv4TextAt } from './address';
import { internedAddressCount, internedIpv4TextAt, internedMacTextAt } from './address-intern';

const MAX_ENTRIES = 1 << 17;

describe('interned address text', () => {
  it('reads canonical MAC text and keeps one entry per distinct MAC', () => {
    const buf = Uint8Array.from([0, 0xfa, 0x16, 0x3e, 0x0a, 0xbc, 0xff, 0xfa, 0x16, 0x3e, 0x0a, 0xbc, 0xff, 0xfa, 0x16, 0x3f, 0x0a, 0xbc, 0xff]);
    const before = internedAddressCount().macs;
    expect(internedMacTextAt(buf, 1)).toBe('fa:16:3e:0a:bc:ff');
    expect(internedMacTextAt(buf, 7)).toBe('fa:16:3e:0a:bc:ff');
    // Same lower bytes under other upper bytes: a distinct MAC.
    expect(internedMacTextAt(buf, 13)).toBe('fa:16:3f:0a:bc:ff');
    expect(internedMacTextAt(buf, 13)).toBe(bytesToMac(buf.subarray(13, 19)));
    expect(internedAddressCount().macs - before).toBe(2);
  });

  it('reads dotted-quad text for high and low octets and keeps one entry per address', () => {
    const before = internedAddressCount().ipv4s;
    const a = Uint8Array.from([200, 1, 2, 3]);
    const b = Uint8Array.from([9, 200, 1, 2, 3]);
    const c = Uint8Array.from([10, 0, 0, 255]);
    expect(internedIpv4TextAt(a, 0)).toBe('200.1.2.3');
    expect(internedIpv4TextAt(b, 1)).toBe('200.1.2.3');
    expect(internedIpv4TextAt(c, 0)).toBe(ipv4TextAt(c, 0));
    expect(internedAddressCount().ipv4s - before).toBe(2);
  });

  it('starts afresh past its bound and still reads correct text', () => {
    const buf = new Uint8Array(6);
    const mac = (i: number) => {
      buf[0] = 0x02;
      buf[1] = i >>> 24;
      buf[2] = (i >>> 16) & 0xff;
      buf[3] = (i >>> 8) & 0xff;
      buf[4] = i & 0xff;
      buf[5] = 0x01;
      return internedMacTextAt(buf, 0);
    };
    for (let i = 0; i <= MAX_ENTRIES; i++) mac(i);
    expect(internedAddressCount().macs).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(mac(7)).toBe('02:00:00:00:07:01');
    const i = MAX_ENTRIES + 5;
    expect(mac(i)).toBe(bytesToMac(Uint8Array.from([0x02, i >>> 24, (i >>> 16) & 0xff, (i >>> 8) & 0xff, i & 0xff, 0x01])));
  });
});
