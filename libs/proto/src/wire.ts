/**
 * The one hand-written protobuf writer of the workspace: varints, scalar and string fields, and
 * gRPC's frame prefix. The encoders that splice pre-encoded bytes or write fields straight into
 * a buffer (the controller's Delta, snapshot and full-table encoders, the packed FDB and
 * neighbour records) use these with the generated field tags (`tags`), byte for byte as
 * protobufjs writes the same fields.
 */

/** Bytes of `v` (an integer in [0, 2^53)) as a protobuf varint. */
export function varintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** Writes `v` (an integer in [0, 2^53)) as a varint at `pos`; returns the position after it. */
export function putVarint(out: Uint8Array, pos: number, v: number): number {
  while (v >= 0x80) {
    out[pos++] = (v % 128) | 0x80;
    v = Math.floor(v / 128);
  }
  out[pos++] = v;
  return pos;
}

/** Size of a string or bytes field (tag, length, `bytes` bytes); proto3 omits an empty one. Tags below 128. */
export function stringFieldSize(bytes: number): number {
  return bytes > 0 ? 1 + varintSize(bytes) + bytes : 0;
}

/** Size of a varint field (tag, varint) holding `v`; proto3 omits a zero. Tags below 128. */
export function uint64FieldSize(v: number): number {
  return v !== 0 ? 1 + varintSize(v) : 0;
}

/** Writes a string field whose UTF-8 form takes `bytes` bytes (nothing when empty); one-byte `tag`. */
export function putString(out: Buffer, pos: number, tag: number, text: string, bytes: number): number {
  if (bytes === 0) return pos;
  out[pos++] = tag;
  pos = putVarint(out, pos, bytes);
  return pos + out.write(text, pos, 'utf8');
}

/** Writes a varint field (nothing for zero); one-byte `tag`. */
export function putUint64(out: Uint8Array, pos: number, tag: number, v: number): number {
  if (v === 0) return pos;
  out[pos++] = tag;
  return putVarint(out, pos, v);
}

/**
 * gRPC's length prefix before every message on the wire: a compressed flag (0) and the
 * message's length (uint32, big-endian). A frame is that prefix followed by the message.
 */
export const FRAME_PREFIX_BYTES = 5;

/** Writes a gRPC length prefix for a message of `length` bytes at `pos`. */
export function putFramePrefix(out: Buffer, pos: number, length: number): number {
  out[pos] = 0;
  out.writeUInt32BE(length, pos + 1);
  return pos + FRAME_PREFIX_BYTES;
}

/** One message as a frame (prefix + message). */
export function frameMessage(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(FRAME_PREFIX_BYTES + message.length);
  putFramePrefix(out, 0, message.length);
  out.set(message, FRAME_PREFIX_BYTES);
  return out;
}

/** The messages of a buffer of frames, without their prefixes. */
export function framedMessages(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let pos = 0; pos < bytes.length; ) {
    const end = pos + FRAME_PREFIX_BYTES + bytes.readUInt32BE(pos + 1);
    out.push(bytes.subarray(pos + FRAME_PREFIX_BYTES, end));
    pos = end;
  }
  return out;
}
