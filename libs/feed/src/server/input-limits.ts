import { domainError } from '@trellis/domain';

/**
 * Bounds on what a feed caller may send. Ids travel into store keys and log lines, so they are
 * bounded like Neutron's string attributes (255); a report timestamp is trusted only up to a
 * small clock-skew allowance past the server's clock.
 */
export const FEED_INPUT_LIMITS = {
  /** Longest id (port, host, controller), in UTF-8 bytes. */
  maxIdBytes: 255,
  /** Longest free text (wiring detail, agent version), in UTF-8 bytes. */
  maxTextBytes: 1024,
  /** How far a report's `last_seen_ms` may be ahead of the server clock before it is clamped to now. */
  clockSkewMs: 5_000,
} as const;

/** How much of an offending value an error message quotes. */
const QUOTED_CHARS = 64;

/** `value` cut to a length fit for an error message (the rest counted, never echoed). */
export function quoted(value: string): string {
  if (value.length <= QUOTED_CHARS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTED_CHARS))}… (${value.length} chars)`;
}

/** A required id: present and at most `maxIdBytes` UTF-8 bytes (InvalidInput otherwise). */
export function requiredId(value: string | null | undefined, field: string): string {
  if (!value) throw domainError('InvalidInput', { error_message: `${field} is required` });
  return boundedText(value, field, FEED_INPUT_LIMITS.maxIdBytes);
}

/** An optional id: empty allowed, else at most `maxIdBytes`. */
export function optionalId(value: string | null | undefined, field: string): string {
  return value ? boundedText(value, field, FEED_INPUT_LIMITS.maxIdBytes) : '';
}

/** Free text of at most `maxBytes` UTF-8 bytes. */
export function boundedText(value: string | null | undefined, field: string, maxBytes: number = FEED_INPUT_LIMITS.maxTextBytes): string {
  const text = value ?? '';
  // Optimization: a UTF-8 character is at most 3 bytes per UTF-16 unit, so short strings skip the count.
  if (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw domainError('InvalidInput', { error_message: `${field} ${quoted(text)} is longer than ${maxBytes} bytes` });
  }
  return text;
}

/**
 * A report timestamp (ms since the epoch, 0 = "now"): anything outside JavaScript's date range is
 * refused; a time further ahead of `nowMs` than the clock-skew allowance is clamped to `nowMs`, so
 * a sender's wrong clock cannot stamp a host as seen in the future (which would make every
 * genuine later report look stale).
 */
export function reportTimeMs(raw: number | { toString(): string } | null | undefined, field: string, nowMs: number): number {
  const text = raw === null || raw === undefined ? '0' : raw.toString();
  const ms = Number(text);
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > MAX_DATE_MS) {
    throw domainError('InvalidInput', { error_message: `${field} ${text.slice(0, 32)} is not a time in milliseconds since 1970` });
  }
  if (ms === 0 || ms > nowMs + FEED_INPUT_LIMITS.clockSkewMs) return nowMs;
  return ms;
}

/** The largest time a JavaScript Date holds (ECMA-262 §21.4.1.22). */
const MAX_DATE_MS = 8.64e15;
