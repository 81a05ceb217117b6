import { encodeControllerMessage, trellis } from '@trellis/proto';
import $protobuf from 'protobufjs/minimal.js';

const l2 = trellis.l2.v1;

/** Resume token fields (see docs/protocol.md). */
export interface Token {
  readonly epoch: string;
  readonly revision: number;
  readonly subscriptionVersion: number;
}

/** Encodes one VniDelta; the bytes are spliced into every message that carries it. */
export function encodeVniDelta(delta: trellis.l2.v1.IVniDelta): Uint8Array {
  return delta.full ? encodeFullVniDelta(delta) : l2.VniDelta.encode(delta).finish();
}

// Entry objects (FdbEntry / NeighEntry) → their encoded field (tag, length, body). Full tables
// share entry objects between hosts (SpanIndex.fullDelta), so each is encoded once.
const segments = new WeakMap<object, Uint8Array>();
const TAG_VD_FDB_UPSERT = (6 << 3) | 2;
const TAG_VD_NEIGH_ADD = (8 << 3) | 2;

function segment(tag: number, entry: object, encode: (w: $protobuf.Writer) => void): Uint8Array {
  let s = segments.get(entry);
  if (s === undefined) {
    const w = $protobuf.Writer.create().uint32(tag).fork();
    encode(w);
    segments.set(entry, (s = w.ldelim().finish()));
  }
  return s;
}

/**
 * A full table's VniDelta, byte-identical to `VniDelta.encode`. Optimization: a snapshot carries
 * the same FDB and neighbour entries to every member of a VNI; their encoded fields are cached
 * per entry object and concatenated, instead of re-encoding each entry for each host.
 */
function encodeFullVniDelta(d: trellis.l2.v1.IVniDelta): Uint8Array {
  const parts: Uint8Array[] = [];
  const head = $protobuf.Writer.create();
  const emptyTail = { floodAdd: undefined, floodRemove: undefined, fdbUpsert: undefined, fdbWithdraw: undefined, neighAdd: undefined, neighRemove: undefined, localAdd: undefined, localRemove: undefined, mtu: 0 };
  // Fields 1-5 (vni, full, leave, flood lists) as the generated encoder writes them.
  l2.VniDelta.encode({ ...d, ...emptyTail }, head);
  for (const f of d.floodAdd ?? []) head.uint32((4 << 3) | 2).bytes(f);
  for (const f of d.floodRemove ?? []) head.uint32((5 << 3) | 2).bytes(f);
  parts.push(head.finish());
  for (const e of d.fdbUpsert ?? []) parts.push(segment(TAG_VD_FDB_UPSERT, e, (w) => l2.FdbEntry.encode(e, w)));
  const mid = $protobuf.Writer.create();
  for (const m of d.fdbWithdraw ?? []) mid.uint32((7 << 3) | 2).bytes(m);
  parts.push(mid.finish());
  for (const n of d.neighAdd ?? []) parts.push(segment(TAG_VD_NEIGH_ADD, n, (w) => l2.NeighEntry.encode(n, w)));
  // Fields 9-12 (neigh_remove, local ports, mtu) as the generated encoder writes them.
  parts.push(l2.VniDelta.encode({ neighRemove: d.neighRemove, localAdd: d.localAdd, localRemove: d.localRemove, mtu: d.mtu }).finish());
  return Buffer.concat(parts);
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

/** A ControllerMessage{snapshot_chunk} from pre-encoded VniDeltas. */
export function spliceSnapshotChunk(revision: number, vnis: readonly Uint8Array[]): Buffer {
  const inner = $protobuf.Writer.create();
  if (revision !== 0) inner.uint32(TAG_REVISION).uint64(revision);
  for (const v of vnis) inner.uint32(TAG_CHUNK_VNIS).bytes(v);
  return wrap(TAG_CM_SNAPSHOT_CHUNK, inner.finish());
}

function wrap(tag: number, inner: Uint8Array): Buffer {
  return $protobuf.Writer.create().uint32(tag).bytes(inner).finish() as Buffer;
}

export function encodeWelcome(controllerId: string, epoch: string, snapshot: boolean, revision: number): Buffer {
  return encodeControllerMessage({ welcome: { controllerId, epoch, snapshot, revision } });
}

export function encodeSnapshotEnd(revision: number, nonce: string, token: Token): Buffer {
  return encodeControllerMessage({ snapshotEnd: { revision, nonce, token } });
}

export function encodeHeartbeat(revision: number, timeMs: number): Buffer {
  return encodeControllerMessage({ heartbeat: { revision, timeMs } });
}
