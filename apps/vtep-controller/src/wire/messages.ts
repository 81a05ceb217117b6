import { encodeVniDeltaSpec, type VniDeltaSpec } from '@trellis/l2';
import { encodeControllerMessage, trellis } from '@trellis/proto';
import $protobuf from 'protobufjs/minimal.js';

const l2 = trellis.l2.v1;

/** Resume token fields (see docs/protocol.md). */
export interface Token {
  readonly epoch: string;
  readonly revision: number;
  readonly subscriptionVersion: number;
}

/**
 * Encodes one VniDelta in its wire form (FDB and neighbour entries packed, see
 * `encodeVniDeltaSpec`); the bytes are spliced into every message that carries it.
 */
export function encodeVniDelta(delta: VniDeltaSpec): Uint8Array {
  return l2.VniDelta.encode(encodeVniDeltaSpec(delta)).finish();
}

// Field tags (field number << 3 | wire type) of the messages spliced by hand below.
const TAG_CM_SNAPSHOT_CHUNK = (2 << 3) | 2;
const TAG_CM_DELTA = (4 << 3) | 2;
const TAG_REVISION = (1 << 3) | 0;
const TAG_DELTA_NONCE = (2 << 3) | 2;
const TAG_DELTA_VNIS = (3 << 3) | 2;
const TAG_DELTA_TOKEN = (4 << 3) | 2;
const TAG_CHUNK_VNIS = (2 << 3) | 2;

/**
 * A ControllerMessage{delta} built from pre-encoded VniDeltas. Optimization: each VniDelta is
 * encoded once per revision and its bytes are copied into every host's message; protobuf
 * length-delimited fields make that splice byte-identical to encoding the whole object.
 */
export function spliceDelta(revision: number, nonce: string, vnis: readonly Uint8Array[], token?: Token): Buffer {
  const inner = $protobuf.Writer.create();
  if (revision !== 0) inner.uint32(TAG_REVISION).uint64(revision);
  // Optimization: a nonce equal to the revision is implied (hosts ack it as the revision's text).
  if (nonce !== '' && nonce !== String(revision)) inner.uint32(TAG_DELTA_NONCE).string(nonce);
  for (const v of vnis) inner.uint32(TAG_DELTA_VNIS).bytes(v);
  if (token) inner.uint32(TAG_DELTA_TOKEN).bytes(l2.ResumeToken.encode(token).finish());
  return wrap(TAG_CM_DELTA, inner.finish());
}

/** Bytes of `v` (an integer in [0, 2^53)) as a protobuf varint. */
function varintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

function putVarint(out: Buffer, pos: number, v: number): number {
  while (v >= 0x80) {
    out[pos++] = (v % 128) | 0x80;
    v = Math.floor(v / 128);
  }
  out[pos++] = v;
  return pos;
}

/**
 * A ControllerMessage{snapshot_chunk} from pre-encoded VniDeltas. Optimization: sizes first, then
 * one buffer written in place: each table is copied once (a Writer copies it into its own
 * buffer, and the outer message copies that again).
 */
export function spliceSnapshotChunk(revision: number, vnis: readonly Uint8Array[]): Buffer {
  let inner = revision !== 0 ? 1 + varintSize(revision) : 0;
  for (const v of vnis) inner += 1 + varintSize(v.length) + v.length;
  const out = Buffer.allocUnsafe(1 + varintSize(inner) + inner);
  out[0] = TAG_CM_SNAPSHOT_CHUNK;
  let pos = putVarint(out, 1, inner);
  if (revision !== 0) {
    out[pos++] = TAG_REVISION;
    pos = putVarint(out, pos, revision);
  }
  for (const v of vnis) {
    out[pos++] = TAG_CHUNK_VNIS;
    pos = putVarint(out, pos, v.length);
    out.set(v, pos);
    pos += v.length;
  }
  return out;
}

function wrap(tag: number, inner: Uint8Array): Buffer {
  return $protobuf.Writer.create().uint32(tag).bytes(inner).finish() as Buffer;
}

export function encodeWelcome(controllerId: string, epoch: string, snapshot: boolean, revision: number, headRevision: number): Buffer {
  return encodeControllerMessage({ welcome: { controllerId, epoch, snapshot, revision, headRevision } });
}

export function encodeSnapshotEnd(revision: number, nonce: string, token: Token): Buffer {
  return encodeControllerMessage({ snapshotEnd: { revision, nonce, token } });
}

export function encodeHeartbeat(revision: number, timeMs: number): Buffer {
  return encodeControllerMessage({ heartbeat: { revision, timeMs } });
}
