import { domainError } from '@trellis/domain';
import { normalizeKey } from '../lmdb/keys';
import type { Key, KeyPart } from '../store';

/**
 * Key layout of the etcd backend (all under the configured prefix, e.g. `/trellis/`):
 *
 *   <prefix>d/<collection>/<encoded primary key>                         → JSON value
 *   <prefix>i/<collection>/<index>/<encoded index key>#<encoded primary key> → empty
 *   <prefix>t/<txn id>/<n>                                               → empty, leased (commit marker)
 *
 * so a collection is one prefix range, a list-by-index is one prefix range of the index, and a
 * watch of the data prefix never sees index entries.
 *
 * Key parts are encoded so that byte order equals tuple order (numbers before strings, numbers
 * numerically, strings by UTF-8 bytes) and a tuple prefix is a byte prefix:
 * - every part ends with a space (0x20), lower than any byte a part can contain;
 * - a number is `n` + 16 hex digits of its IEEE-754 bits, sign-flipped so they sort;
 * - a string is `s` + its UTF-8 bytes, where bytes <= 0x21 (controls, space, `!`) become
 *   `!` + (byte + 0x40), which keeps their relative order and stays printable.
 */

const TERMINATOR = 0x20;
const ESCAPE = 0x21;
const INDEX_SEPARATOR = 0x23; // '#': not a part tag, so it ends a variable-length index key

function encodeNumber(n: number): Buffer {
  const bits = Buffer.alloc(8);
  bits.writeDoubleBE(n === 0 ? 0 : n); // -0 and 0 are the same key
  if ((bits[0]! & 0x80) !== 0) {
    for (let i = 0; i < 8; i++) bits[i] = ~bits[i]! & 0xff;
  } else {
    bits[0] = bits[0]! | 0x80;
  }
  return Buffer.from(`n${bits.toString('hex')} `, 'latin1');
}

function decodeNumber(hex: string): number {
  const bits = Buffer.from(hex, 'hex');
  if ((bits[0]! & 0x80) !== 0) {
    bits[0] = bits[0]! & 0x7f;
  } else {
    for (let i = 0; i < 8; i++) bits[i] = ~bits[i]! & 0xff;
  }
  return bits.readDoubleBE(0);
}

function encodeString(s: string): Buffer {
  const raw = Buffer.from(s, 'utf8');
  let escapes = 0;
  for (const b of raw) if (b <= ESCAPE) escapes++;
  const out = Buffer.alloc(raw.length + escapes + 2);
  let o = 0;
  out[o++] = 0x73; // 's'
  for (const b of raw) {
    if (b <= ESCAPE) {
      out[o++] = ESCAPE;
      out[o++] = b + 0x40;
    } else {
      out[o++] = b;
    }
  }
  out[o++] = TERMINATOR;
  return out;
}

/** Encodes one part; throws InvalidKey for anything that is not a finite number or a string. */
export function encodePart(part: KeyPart, collection: string): Buffer {
  if (typeof part === 'number') {
    if (!Number.isFinite(part)) throw domainError('InvalidKey', { collection, reason: `number key part ${part} is not finite` });
    return encodeNumber(part);
  }
  if (typeof part === 'string') return encodeString(part);
  throw domainError('InvalidKey', { collection, reason: `key part of type ${typeof part}` });
}

/** The parts of a key: a scalar key is a 1-part tuple. */
export function keyParts(key: Key): readonly KeyPart[] {
  return Array.isArray(key) ? (key as readonly KeyPart[]) : [key as KeyPart];
}

/**
 * Encodes a key (scalar or tuple) as concatenated parts, after the same validation as the LMDB
 * backend (so both refuse the same keys with InvalidKey).
 */
export function encodeKey(key: Key, collection: string): Buffer {
  const parts = keyParts(normalizeKey(collection, key));
  return Buffer.concat(parts.map((p) => encodePart(p, collection)));
}

/** Decodes concatenated parts; a single part decodes to a scalar key. */
export function decodeKey(bytes: Buffer): Key {
  const parts: KeyPart[] = [];
  let i = 0;
  while (i < bytes.length) {
    const tag = bytes[i];
    const end = bytes.indexOf(TERMINATOR, i);
    if (end < 0) throw new Error(`malformed store key ${bytes.toString('latin1')}`);
    if (tag === 0x6e) {
      parts.push(decodeNumber(bytes.toString('latin1', i + 1, end)));
    } else if (tag === 0x73) {
      const out: number[] = [];
      for (let j = i + 1; j < end; j++) {
        const b = bytes[j]!;
        if (b === ESCAPE) out.push(bytes[++j]! - 0x40);
        else out.push(b);
      }
      parts.push(Buffer.from(out).toString('utf8'));
    } else {
      throw new Error(`malformed store key ${bytes.toString('latin1')}`);
    }
    i = end + 1;
  }
  return parts.length === 1 ? parts[0]! : parts;
}

/** The smallest key greater than every key that starts with `prefix` (etcd's range_end). */
export function prefixEnd(prefix: Buffer): Buffer {
  const end = Buffer.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i]! < 0xff) {
      end[i] = end[i]! + 1;
      return end.subarray(0, i + 1);
    }
  }
  return Buffer.from([0]); // whole keyspace
}

/** Builds the etcd keys of one store (one prefix). */
export class KeyLayout {
  private readonly dataRoot: Buffer;
  private readonly indexRoot: Buffer;
  private readonly markerRoot: Buffer;

  constructor(readonly prefix: string) {
    this.dataRoot = Buffer.from(`${prefix}d/`, 'utf8');
    this.indexRoot = Buffer.from(`${prefix}i/`, 'utf8');
    this.markerRoot = Buffer.from(`${prefix}t/`, 'utf8');
  }

  /** Prefix of the commit markers of one txn (see etcd-markers.ts). */
  markerPrefix(txnId: string): Buffer {
    return Buffer.concat([this.markerRoot, Buffer.from(`${txnId}/`, 'utf8')]);
  }

  /** Prefix of every data key (what watch() follows). */
  allData(): Buffer {
    return this.dataRoot;
  }

  /** Prefix of one collection's data keys. */
  collectionData(collection: string): Buffer {
    return Buffer.concat([this.dataRoot, Buffer.from(`${collection}/`, 'utf8')]);
  }

  dataKey(collection: string, key: Key): Buffer {
    return Buffer.concat([this.collectionData(collection), encodeKey(key, collection)]);
  }

  /** Prefix of the data keys whose primary key starts with `parts`. */
  dataPrefix(collection: string, parts: readonly KeyPart[]): Buffer {
    return Buffer.concat([this.collectionData(collection), ...parts.map((p) => encodePart(p, collection))]);
  }

  /** Splits a data key into collection and key; undefined for keys outside the data prefix. */
  parseDataKey(etcdKey: Buffer): { collection: string; key: Key } | undefined {
    if (!etcdKey.subarray(0, this.dataRoot.length).equals(this.dataRoot)) return undefined;
    const slash = etcdKey.indexOf(0x2f, this.dataRoot.length);
    if (slash < 0) return undefined;
    return { collection: etcdKey.toString('utf8', this.dataRoot.length, slash), key: decodeKey(etcdKey.subarray(slash + 1)) };
  }

  /** Prefix of every entry of one index value: `…/<index>/<encoded index key>#`. */
  indexValuePrefix(collection: string, index: string, value: KeyPart | readonly KeyPart[]): Buffer {
    return Buffer.concat([
      this.indexRoot,
      Buffer.from(`${collection}/${index}/`, 'utf8'),
      encodeKey(value as Key, collection),
      Buffer.from([INDEX_SEPARATOR]),
    ]);
  }

  indexEntryKey(collection: string, index: string, value: KeyPart | readonly KeyPart[], key: Key): Buffer {
    return Buffer.concat([this.indexValuePrefix(collection, index, value), encodeKey(key, collection)]);
  }

  /** The primary key at the end of an index entry key. */
  parseIndexEntryKey(entry: Buffer, valuePrefixLength: number): Key {
    return decodeKey(entry.subarray(valuePrefixLength));
  }
}
