import { domainError } from '@trellis/domain';
import type { Key, KeyPart } from '../store';

/** Longest accepted key, in (estimated) encoded bytes; LMDB's classic limit is 511. */
export const MAX_KEY_BYTES = 480;
/** Bytes a number takes in ordered-binary (tag + float64), an upper bound. */
const NUMBER_BYTES = 9;

/** Sorts after every string and number part: the open end of a prefix range. */
const RANGE_END_PART = Buffer.from([0xff]);

/** A key as stored: a single part, or a tuple of two or more parts. */
export type StoredKey = KeyPart | KeyPart[];

function partProblem(part: unknown): string | undefined {
  if (typeof part === 'string') {
    if (part.length === 0) return 'empty string part';
    // Optimization: indexOf beats a regex on the hot path; NUL is the tuple separator of the encoding.
    if (part.indexOf('\u0000') !== -1) return 'NUL character in a string part';
    return undefined;
  }
  if (typeof part === 'number') return Number.isFinite(part) ? undefined : `non-finite number ${String(part)}`;
  return `unsupported part type ${part === null ? 'null' : typeof part}`;
}

function describeKey(key: unknown): string {
  if (typeof key === 'number') return String(key);
  try {
    return JSON.stringify(key) ?? String(key);
  } catch {
    return String(key);
  }
}

/**
 * Validates a key and returns its stored form. A one-part tuple is the same key as its part
 * (`['a']` ≡ `'a'`), as it is in the etcd path mapping.
 * @throws DomainError `InvalidKey`
 */
export function normalizeKey(collection: string, key: unknown, what = 'key'): StoredKey {
  let problem: string | undefined;
  let bytes = 0;
  if (Array.isArray(key)) {
    if (key.length === 0) problem = 'empty tuple';
    for (let i = 0; problem === undefined && i < key.length; i++) {
      const part: unknown = key[i];
      problem = partProblem(part);
      bytes += typeof part === 'string' ? Buffer.byteLength(part) + 1 : NUMBER_BYTES + 1;
    }
  } else {
    problem = partProblem(key);
    bytes = typeof key === 'string' ? Buffer.byteLength(key) : NUMBER_BYTES;
  }
  if (problem === undefined && bytes > MAX_KEY_BYTES) problem = `longer than ${MAX_KEY_BYTES} bytes`;
  if (problem !== undefined) {
    throw domainError('InvalidKey', { collection, reason: `${what} ${describeKey(key)}: ${problem}` });
  }
  if (Array.isArray(key)) return key.length === 1 ? (key[0] as KeyPart) : [...(key as KeyPart[])];
  return key as KeyPart;
}

/** Renders a key for error messages (`a/b/3`). */
export function keyText(key: Key): string {
  return Array.isArray(key) ? key.join('/') : String(key);
}

/** Range bounds covering every tuple key that starts with `prefix` (plus possibly the prefix itself). */
export function prefixRange(prefix: readonly KeyPart[]): { start: unknown[]; end: unknown[] } {
  return { start: [...prefix], end: [...prefix, RANGE_END_PART] };
}

/** True when `key` is a tuple strictly longer than `prefix` and starts with its parts. */
export function hasPrefix(key: StoredKey, prefix: readonly KeyPart[]): boolean {
  if (!Array.isArray(key) || key.length <= prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (key[i] !== prefix[i]) return false;
  return true;
}

/** Same stored key (after normalisation). */
export function sameKey(a: StoredKey, b: StoredKey): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
