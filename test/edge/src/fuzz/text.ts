import fc from 'fast-check';

/** %-encodes every UTF-8 byte (lone surrogates become U+FFFD's bytes, as any client would send). */
export const pctBytes = (text: string): string => [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** encodeURIComponent, or byte encoding where it refuses (lone surrogates). */
export function pct(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return pctBytes(text);
  }
}

/** Path segments and query values sent as-is: already encoded, or deliberately badly encoded. */
export const RAW_TOKENS = [
  '%00', 'a%00b', '..', '.', '%2e%2e', '%2E%2E', '%2e', '%E0%A4%A', '%ZZ', '%', '%C0%AE%C0%AE', '%ED%A0%80', '%F0%9F%98%80', 'a%2Fb', '%20', '~', '%7F',
] as const;

/** Strings that have broken servers: NUL, surrogates, bidi controls, emoji, lengths at each limit. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00', '\u202Eevil', '\u2066x\u2069', '\u{1F600}'.repeat(255), 'x'.repeat(101), 'y'.repeat(255), 'z'.repeat(256),
    'w'.repeat(600), '0.0.0.0/0', '::/0', 'null', 'None', 'true', '__proto__', 'constructor', '../..', '%00', '\r\n', '\\', '"', "'",
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
