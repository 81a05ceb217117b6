import { encodeVniDeltaSpec, type VniDeltaSpec } from '@trellis/l2';
import {
  encodeControllerMessage,
  FRAME_PREFIX_BYTES,
  frameMessage,
  putFramePrefix,
  putString,
  putUint64,
  putVarint,
  stringFieldSize,
  tags,
  trellis,
  uint64FieldSize,
  varintSize,
} from '@trellis/proto';

export { FRAME_PREFIX_BYTES, frameMessage, framedMessages, putFramePrefix } from '@trellis/proto';

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

/** Encodes one RouterDelta; shared by every host routing for the router at that revision. */
export function encodeRouterDeltaBytes(delta: trellis.l2.v1.IRouterDelta): Uint8Array {
  return l2.RouterDelta.encode(delta).finish();
}

// Field tags of the messages spliced by hand below (generated from the .proto, all below 128:
// one byte each).
const T = tags.trellis.l2.v1;
const TAG_CM_SNAPSHOT_CHUNK = T.ControllerMessage.snapshotChunk;
const TAG_CM_DELTA = T.ControllerMessage.delta;
const TAG_REVISION = T.Delta.revision;
const TAG_DELTA_NONCE = T.Delta.nonce;
const TAG_DELTA_VNIS = T.Delta.vnis;
const TAG_DELTA_TOKEN = T.Delta.token;
const TAG_CHUNK_REVISION = T.SnapshotChunk.revision;
const TAG_CHUNK_VNIS = T.SnapshotChunk.vnis;
const TAG_DELTA_ROUTERS = T.Delta.routers;

const TAG_TOKEN_EPOCH = T.ResumeToken.epoch;
const TAG_TOKEN_REVISION = T.ResumeToken.revision;
const TAG_TOKEN_SUBSCRIPTION = T.ResumeToken.subscriptionVersion;

/** Size of a ResumeToken's fields (proto3: defaults omitted), `epochBytes` its epoch's UTF-8 length. */
function tokenSize(token: Token, epochBytes: number): number {
  return (
stringFieldSize(epochBytes) + uint64FieldSize(token.revision) + uint64FieldSize(token.subscriptionVersion)
  );
}

function putToken(out: Buffer, pos: number, token: Token, epochBytes: number): number {
  pos = putString(out, pos, TAG_TOKEN_EPOCH, token.epoch, epochBytes);
  pos = putUint64(out, pos, TAG_TOKEN_REVISION, token.revision);
  return putUint64(out, pos, TAG_TOKEN_SUBSCRIPTION, token.subscriptionVersion);
}

/**
 * A ControllerMessage{delta} built from pre-encoded VniDeltas, as a frame. Optimization: each
 * VniDelta is encoded once per revision and its bytes are copied into every host's message
 * (protobuf length-delimited fields make that splice byte-identical to encoding the whole
 * object); sizes are computed first and the frame is written in place, prefix included, so the
 * transport sends it without another copy (see `HostStream`).
 */
export function spliceDeltaFrame(revision: number, nonce: string, vnis: readonly Uint8Array[], token?: Token, routers: readonly Uint8Array[] = NO_PARTS): Buffer {
  // Optimization: a nonce equal to the revision is implied (hosts ack it as the revision's text).
  const nonceBytes = nonce !== '' && nonce !== String(revision) ? Buffer.byteLength(nonce) : 0;
  const epochBytes = token ? Buffer.byteLength(token.epoch) : 0;
  const tokenBytes = token ? tokenSize(token, epochBytes) : 0;
  let inner = uint64FieldSize(revision) + stringFieldSize(nonceBytes);
  for (let i = 0; i < vnis.length; i++) inner += 1 + varintSize(vnis[i].length) + vnis[i].length;
  if (token) inner += 1 + varintSize(tokenBytes) + tokenBytes;
  for (let i = 0; i < routers.length; i++) inner += 1 + varintSize(routers[i].length) + routers[i].length;
  const size = 1 + varintSize(inner) + inner;
  const out = Buffer.allocUnsafe(FRAME_PREFIX_BYTES + size);
  let pos = putFramePrefix(out, 0, size);
  out[pos++] = TAG_CM_DELTA;
  pos = putVarint(out, pos, inner);
  pos = putUint64(out, pos, TAG_REVISION, revision);
  pos = putString(out, pos, TAG_DELTA_NONCE, nonce, nonceBytes);
  for (let i = 0; i < vnis.length; i++) {
    const v = vnis[i];
    out[pos++] = TAG_DELTA_VNIS;
    pos = putVarint(out, pos, v.length);
    out.set(v, pos);
    pos += v.length;
  }
  if (token) {
    out[pos++] = TAG_DELTA_TOKEN;
    pos = putVarint(out, pos, tokenBytes);
    pos = putToken(out, pos, token, epochBytes);
  }
  // Field 5 after the token: the generated encoder's order, so the bytes are the same.
  for (let i = 0; i < routers.length; i++) {
    const r = routers[i];
    out[pos++] = TAG_DELTA_ROUTERS;
    pos = putVarint(out, pos, r.length);
    out.set(r, pos);
    pos += r.length;
  }
  return out;
}

const NO_PARTS: readonly Uint8Array[] = [];

/** A SnapshotChunk carrying only routers (the host's routing state), as a frame. */
export function routerChunkFrame(revision: number, routers: readonly trellis.l2.v1.IRouterDelta[]): Buffer {
  return frameMessage(encodeControllerMessage({ snapshotChunk: { revision, routers: [...routers] } }));
}

/** Size of a SnapshotChunk message's fields for tables of `tableBytes` bytes in all (see `putSnapshotChunkHead`). */
export function snapshotChunkInnerSize(revision: number, tableSizes: readonly number[]): number {
  let inner = uint64FieldSize(revision);
  for (let i = 0; i < tableSizes.length; i++) inner += 1 + varintSize(tableSizes[i]) + tableSizes[i];
  return inner;
}

/** Frame bytes (prefix included) of a SnapshotChunk whose fields take `inner` bytes. */
export function snapshotChunkFrameSize(inner: number): number {
  return FRAME_PREFIX_BYTES + 1 + varintSize(inner) + inner;
}

/** Writes a SnapshotChunk frame's prefix, tag, length and revision; its tables follow (`putChunkTableHead`). */
export function putSnapshotChunkHead(out: Buffer, pos: number, revision: number, inner: number): number {
  pos = putFramePrefix(out, pos, 1 + varintSize(inner) + inner);
  out[pos++] = TAG_CM_SNAPSHOT_CHUNK;
  pos = putVarint(out, pos, inner);
  return putUint64(out, pos, TAG_CHUNK_REVISION, revision);
}

/** Writes the tag and length of one table of a SnapshotChunk; its `size` bytes follow. */
export function putChunkTableHead(out: Buffer, pos: number, size: number): number {
  out[pos++] = TAG_CHUNK_VNIS;
  return putVarint(out, pos, size);
}

const TAG_CM_WELCOME = T.ControllerMessage.welcome;
const TAG_CM_SNAPSHOT_END = T.ControllerMessage.snapshotEnd;
const W = T.Welcome;
const E = T.SnapshotEnd;

/** Welcome, as a frame (written by hand, byte for byte as the generated encoder: 2,000 per attach burst). */
export function welcomeFrame(controllerId: string, epoch: string, snapshot: boolean, revision: number, headRevision: number): Buffer {
  const idBytes = Buffer.byteLength(controllerId);
  const epochBytes = Buffer.byteLength(epoch);
  const inner =
    stringFieldSize(idBytes) + stringFieldSize(epochBytes) + (snapshot ? 2 : 0) + uint64FieldSize(revision) + uint64FieldSize(headRevision);
  const size = 1 + varintSize(inner) + inner;
  const out = Buffer.allocUnsafe(FRAME_PREFIX_BYTES + size);
  let pos = putFramePrefix(out, 0, size);
  out[pos++] = TAG_CM_WELCOME;
  pos = putVarint(out, pos, inner);
  pos = putString(out, pos, W.controllerId, controllerId, idBytes);
  pos = putString(out, pos, W.epoch, epoch, epochBytes);
  if (snapshot) {
    out[pos++] = W.snapshot;
    out[pos++] = 1;
  }
  pos = putUint64(out, pos, W.revision, revision);
  putUint64(out, pos, W.headRevision, headRevision);
  return out;
}

/** SnapshotEnd, as a frame (written by hand, byte for byte as the generated encoder). */
export function snapshotEndFrame(revision: number, nonce: string, token: Token): Buffer {
  const nonceBytes = Buffer.byteLength(nonce);
  const epochBytes = Buffer.byteLength(token.epoch);
  const tokenBytes = tokenSize(token, epochBytes);
  const inner = uint64FieldSize(revision) + stringFieldSize(nonceBytes) + 1 + varintSize(tokenBytes) + tokenBytes;
  const size = 1 + varintSize(inner) + inner;
  const out = Buffer.allocUnsafe(FRAME_PREFIX_BYTES + size);
  let pos = putFramePrefix(out, 0, size);
  out[pos++] = TAG_CM_SNAPSHOT_END;
  pos = putVarint(out, pos, inner);
  pos = putUint64(out, pos, E.revision, revision);
  pos = putString(out, pos, E.nonce, nonce, nonceBytes);
  out[pos++] = E.token;
  pos = putVarint(out, pos, tokenBytes);
  putToken(out, pos, token, epochBytes);
  return out;
}

/** Heartbeat, as a frame. */
export function heartbeatFrame(revision: number, timeMs: number): Buffer {
  return frameMessage(encodeControllerMessage({ heartbeat: { revision, timeMs } }));
}
