/** Checks on untrusted text: what the store, msgpack and terminals cannot take as-is. */

const encoder = new TextEncoder();

/** UTF-8 length: what the store's keys are bounded by, not JS string length. */
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

// A lone half of a surrogate pair is not Unicode; UTF-8 encoders replace it silently.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Embedding/override/isolate controls make a name display as something else (Trojan Source).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Why a string may not be stored at all, or undefined when it may. */
export function unstorableReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate';
  return undefined;
}

/** Why a display string (name, description) is refused, or undefined. */
export function undisplayableReason(text: string): string | undefined {
  return BIDI_CONTROL.test(text) ? 'contains a bidirectional override character' : undefined;
}

/** True for path ids no resource can have: they could only ever answer 404. */
export function isImpossibleId(id: string, maxBytes: number): boolean {
  return id === '' || id === '.' || id === '..' || unstorableReason(id) !== undefined || utf8Bytes(id) > maxBytes;
}
