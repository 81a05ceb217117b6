import type { Change, WatchEvent } from '../store';

/**
 * Log records: one LMDB entry holds a run of consecutive revisions (the commits of one write
 * batch), keyed by its last revision, so a replay reads few, large entries. Inside, every
 * revision is its own msgpack section (its `changes`, stored ready to yield), so a reader
 * decodes one revision at a time and skips the ones before its position without decoding them.
 *
 * ```
 * header   u8 0xc1 (never a msgpack first byte: no old per-revision entry starts with it)
 *          u8 format (1), u16 reserved, u32 count, f64 timestampMs
 *          u32 sectionEnd[count]      (offsets from the record start)
 * section  msgpack (log codec, shared structures) of the revision's Change[]
 * ```
 * The first revision is `key - count + 1`; every revision of a record has its timestamp (they
 * were committed in one transaction).
 */
export const RECORD_MAGIC = 0xc1;
export const RECORD_FORMAT = 1;
const FIXED_HEADER = 16;

/** The msgpack codec of the log (lmdb's encoder with the log's shared record structures). */
export interface LogCodec {
  pack(value: unknown): Uint8Array;
  unpack(bytes: Uint8Array): unknown;
}

type ChangesEvent = WatchEvent & { type: 'changes' };

/**
 * Encodes one revision into a section (before anything of its transaction is written, so an
 * encoding failure leaves no half-written commit). Copied: the codec's output is a view of its
 * scratch buffer.
 */
export function encodeSection(codec: LogCodec, changes: readonly Change[]): Buffer {
  return Buffer.from(codec.pack(changes));
}

/** Collects the sections of consecutive revisions into one record. */
export class RecordBuilder {
  #sections: Buffer[] = [];
  #bytes = 0;
  #last = 0;

  get count(): number {
    return this.#sections.length;
  }

  /** Bytes so far (sections only). */
  get bytes(): number {
    return this.#bytes;
  }

  /** The last revision added; the record's key. */
  get last(): number {
    return this.#last;
  }

  add(revision: number, section: Buffer): void {
    this.#sections.push(section);
    this.#bytes += section.length;
    this.#last = revision;
  }

  /** The record bytes; the builder is empty afterwards. */
  finish(timestampMs: number): Buffer {
    const count = this.#sections.length;
    const headerBytes = FIXED_HEADER + 4 * count;
    const out = Buffer.allocUnsafe(headerBytes + this.#bytes);
    out[0] = RECORD_MAGIC;
    out[1] = RECORD_FORMAT;
    out.writeUInt16LE(0, 2);
    out.writeUInt32LE(count, 4);
    out.writeDoubleLE(timestampMs, 8);
    let at = headerBytes;
    for (let i = 0; i < count; i++) {
      const section = this.#sections[i];
      out.set(section, at);
      at += section.length;
      out.writeUInt32LE(at, FIXED_HEADER + 4 * i);
    }
    this.#sections = [];
    this.#bytes = 0;
    return out;
  }
}

/** True when `bytes` is a record of this layout (and not an old per-revision msgpack entry). */
export function isRecord(bytes: Uint8Array): boolean {
  return bytes.length >= FIXED_HEADER && bytes[0] === RECORD_MAGIC && bytes[1] === RECORD_FORMAT;
}

/** Number of revisions in a record. */
export function recordCount(bytes: Buffer): number {
  return bytes.readUInt32LE(4);
}

/** Commit time of every revision in a record. */
export function recordTimestamp(bytes: Buffer): number {
  return bytes.readDoubleLE(8);
}

/**
 * Decodes revision `key - count + 1 + index` of a record into its `changes` event.
 * Optimization: decoding one revision at a time (instead of a batch of entries) keeps only that
 * revision's objects alive; with whole batches decoded up front, garbage collection of the
 * surviving values was over half of the replay time.
 */
export function decodeRevision(codec: LogCodec, bytes: Buffer, key: number, index: number): ChangesEvent {
  const count = bytes.readUInt32LE(4);
  const start = index === 0 ? FIXED_HEADER + 4 * count : bytes.readUInt32LE(FIXED_HEADER + 4 * (index - 1));
  const changes = codec.unpack(bytes.subarray(start, bytes.readUInt32LE(FIXED_HEADER + 4 * index))) as Change[];
  return { type: 'changes', revision: key - count + 1 + index, timestampMs: bytes.readDoubleLE(8), changes };
}
