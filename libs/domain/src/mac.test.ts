import { describe, expect, it } from 'vitest';
import { bytesToMac, isUnicastMac, macToBytes, normalizeMac } from './mac';

/** The codec as first written (split/map/parseInt): the fast path must give the same bytes. */
const reference = (mac: string) => Uint8Array.from(mac.split(':').map((h) => Number.parseInt(h, 16)));

describe('macToBytes', () => {
  it('parses canonical MACs in either case', () => {
    expect(Array.from(macToBytes('fa:16:3e:00:ab:ff'))).toEqual([0xfa, 0x16, 0x3e, 0x00, 0xab, 0xff]);
    expect(Array.from(macToBytes('FA:16:3E:0A:B9:C0'))).toEqual([0xfa, 0x16, 0x3e, 0x0a, 0xb9, 0xc0]);
  });

  it('equals the reference codec for every byte value in every position', () => {
    for (let v = 0; v < 256; v++) {
      const octets = [v, 255 - v, (v * 7) % 256, (v * 13) % 256, v ^ 0x5a, (v + 128) % 256];
      const text = bytesToMac(Uint8Array.from(octets));
      expect(Array.from(macToBytes(text)), text).toEqual(octets);
      expect(Array.from(macToBytes(text.toUpperCase()))).toEqual(Array.from(reference(text.toUpperCase())));
    }
  });

  it('gives the reference result for text that is not a canonical MAC', () => {
    const odd = ['fa-16-3e-00-00-01', 'fa:16:3e:00:00:0g', 'fa:16:3e:00:00', 'fa:16:3e:00:00:01:02', 'fa.16:3e:00:00:01', 'zz:16:3e:00:00:01', '', ' a:16:3e:00:00:01'];
    for (const text of odd) expect(Array.from(macToBytes(text)), text).toEqual(Array.from(reference(text)));
  });
});

describe('MAC text', () => {
  it('normalizes colon, dash and bare forms to lower-case colon form', () => {
    expect(normalizeMac('FA-16-3E-00-00-01')).toBe('fa:16:3e:00:00:01');
    expect(normalizeMac('fa163e000001')).toBe('fa:16:3e:00:00:01');
    expect(normalizeMac('fa:16-3e:00:00:01')).toBeUndefined();
    expect(isUnicastMac('fa:16:3e:00:00:01')).toBe(true);
    expect(isUnicastMac('01:00:5e:00:00:01')).toBe(false);
  });
});
