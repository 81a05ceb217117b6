import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { tags } from './generated/tags';
import { FRAME_PREFIX_BYTES, frameMessage, framedMessages, putString, putUint64, putVarint, stringFieldSize, uint64FieldSize, varintSize } from './wire';

const BOUNDARIES = [0, 1, 127, 128, 16_383, 16_384, 2 ** 21 - 1, 2 ** 21, 2 ** 28, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 35, 2 ** 53 - 1];

describe('wire writer', () => {
  it('writes varints byte for byte as protobufjs (uint64) and sizes them', () => {
    for (const v of BOUNDARIES) {
      const expected = protobuf.Writer.create().uint64(v).finish();
      const out = Buffer.alloc(10);
      const end = putVarint(out, 0, v);
      expect(Buffer.from(out.subarray(0, end)), String(v)).toEqual(Buffer.from(expected));
      expect(varintSize(v), String(v)).toBe(expected.length);
    }
  });

  it('writes string and varint fields as protobufjs, omitting proto3 defaults', () => {
    const tag = tags.trellis.l2.v1.ResumeToken.epoch;
    for (const text of ['', 'e', 'é'.repeat(100)]) {
      const bytes = Buffer.byteLength(text);
      const out = Buffer.alloc(300);
      const end = putString(out, 0, tag, text, bytes);
      const expected = text === '' ? new Uint8Array() : protobuf.Writer.create().uint32(tag).string(text).finish();
      expect(Buffer.from(out.subarray(0, end))).toEqual(Buffer.from(expected));
      expect(stringFieldSize(bytes)).toBe(end);
    }
    for (const v of BOUNDARIES) {
      const out = Buffer.alloc(12);
      const end = putUint64(out, 0, 16, v);
      const expected = v === 0 ? new Uint8Array() : protobuf.Writer.create().uint32(16).uint64(v).finish();
      expect(Buffer.from(out.subarray(0, end)), String(v)).toEqual(Buffer.from(expected));
      expect(uint64FieldSize(v)).toBe(end);
    }
  });

  it('frames messages behind the gRPC prefix and splits a buffer of frames again', () => {
    const messages = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(70_000, 7)];
    const frames = messages.map(frameMessage);
    expect(frames[0][0]).toBe(0);
    expect(frames[2].readUInt32BE(1)).toBe(70_000);
    expect(frames[2].length).toBe(FRAME_PREFIX_BYTES + 70_000);
    expect(framedMessages(Buffer.concat(frames))).toEqual(messages);
  });
});
