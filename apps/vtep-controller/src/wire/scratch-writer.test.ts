import { isErrorType } from '@trellis/domain';
import { ipToBytes, macToBytes } from '@trellis/l2';
import { describe, expect, it } from 'vitest';
import { ipSize, isAscii, ScratchWriter, varintSize } from './scratch-writer';
import $protobuf from 'protobufjs/minimal.js';

describe('ScratchWriter', () => {
  it('writes varints like protobufjs, grows past its initial size and copies out exactly', () => {
    const w = new ScratchWriter(4);
    const values = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1];
    const ref = $protobuf.Writer.create();
    for (const v of values) {
      w.varint(v);
      ref.uint64(v);
      expect(varintSize(v)).toBe($protobuf.Writer.create().uint64(v).finish().length);
    }
    w.raw(Uint8Array.of(1, 2, 3));
    const out = w.copyOut();
    expect(out.length).toBe(w.pos);
    expect(Buffer.compare(out.subarray(0, out.length - 3), Buffer.from(ref.finish()).subarray(0, out.length - 3))).toBe(0);
    expect(Array.from(out.subarray(out.length - 3))).toEqual([1, 2, 3]);
    expect(out.buffer.byteLength).toBe(out.length);
  });

  it('writes addresses as the l2 codecs encode them, and refuses what they refuse', () => {
    const w = new ScratchWriter(8);
    const ips = ['10.0.0.1', '255.255.255.255', '01.2.3.4', '2001:db8::1', '::ffff:1.2.3.4', '::'];
    const macs = ['fa:16:3e:00:ab:ff', 'FA:16:3E:00:AB:FF'];
    for (const ip of ips) w.ip(ip);
    for (const mac of macs) w.mac(mac);
    const expected = Buffer.concat([...ips.map(ipToBytes), ...macs.map(macToBytes)]);
    expect(Buffer.compare(w.copyOut(), expected)).toBe(0);
    expect(ips.map(ipSize)).toEqual([4, 4, 4, 16, 16, 16]);
    for (const bad of ['10.0.0.256', '10.0.0', 'nope', '1::2::3']) {
      expect(() => w.ip(bad), bad).toThrow();
      try {
        w.ip(bad);
      } catch (err) {
        expect(isErrorType(err, 'InvalidInput')).toBe(true);
      }
    }
    expect(() => w.mac('fa:16:3e')).toThrow(/6 bytes/);
    expect(isAscii('port-1')).toBe(true);
    expect(isAscii('pört')).toBe(false);
  });
});
