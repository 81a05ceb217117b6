import { createHash } from 'node:crypto';
import { domainError } from '@trellis/domain';

/** What a create answered, kept so that a retry gets the same answer instead of a second create. */
export interface IdempotencyRecord {
  readonly status: number;
  /** The response body as sent. */
  readonly body: string;
  /** sha256 of the request body: a key reused with another request is refused, not replayed. */
  readonly requestHash: string;
  readonly expiresAtMs: number;
}

/** Printable ASCII, as HTTP header values are; long enough for UUIDs and client-made tokens. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The header's value, checked; undefined when the request carries none. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !KEY_PATTERN.test(value)) {
    throw domainError('BadRequest', { resource: 'request', msg: 'Idempotency-Key must be 1 to 255 printable ASCII characters' });
  }
  return value;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Store key: one per project, path and client key, so that projects cannot see each other's answers. */
export const recordKey = (projectId: string, path: string, key: string): string => sha256(`${projectId}\u0000${path}\u0000${key}`);

export const requestHashOf = (body: unknown): string => sha256(JSON.stringify(body ?? null));
