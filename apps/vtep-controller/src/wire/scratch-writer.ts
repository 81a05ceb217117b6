import { domainError } from '@trellis/domain';
import { ipToBytes, macToBytes, writeIpv4 } from '@trellis/l2';
import { putVarint } from '@trellis/proto';

export { varintSize } from '@trellis/proto';

/** Bytes of canonical address text on the wire: 16 for IPv6 (has a colon), else 4. */
export function ipSize(text: string): number {
  return text.includes(':') ? 16 : 4;
}

/** Whether every char of `s` is ASCII (its UTF-8 bytes are its char codes). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * A growable byte buffer that protobuf fields are written into directly, reused across
 * encodes: no Writer operation objects, no intermediate arrays per field. The caller takes an
 * exact-size copy of what it wrote (`copyOut`), so the scratch itself is never shared.
 * Optimization: the full-table encoder writes every field of a VNI's tables through it.
 */
export class ScratchWriter {
  buf: Buffer;
  pos = 0;

  constructor(initialBytes = 64 << 10) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  reset(): void {
    this.pos = 0;
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  varint(v: number): void {
    this.ensure(8);
    this.pos = putVarint(this.buf, this.pos, v);
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** ASCII text (checked by the caller with `isAscii`) as its bytes. */
  ascii(s: string): void {
    this.ensure(s.length);
    this.buf.write(s, this.pos, 'latin1');
    this.pos += s.length;
  }

  /** The 6 bytes of MAC text; canonical text is parsed in place, anything else by `macToBytes`. */
  mac(text: string): void {
    this.ensure(6);
    const buf = this.buf;
    const pos = this.pos;
    if (text.length === 17) {
      let ok = true;
      for (let i = 0; i < 6 && ok; i++) {
        const hi = hexValue(text.charCodeAt(i * 3));
        const lo = hexValue(text.charCodeAt(i * 3 + 1));
        if (hi < 0 || lo < 0 || (i < 5 && text.charCodeAt(i * 3 + 2) !== 58)) ok = false;
        else buf[pos + i] = (hi << 4) | lo;
      }
      if (ok) {
        this.pos = pos + 6;
        return;
      }
    }
    const bytes = macToBytes(text);
    if (bytes.length !== 6) throw domainError('InvalidInput', { error_message: `a MAC address is 6 bytes, got ${bytes.length}` });
    this.raw(bytes);
  }

  /**
   * The bytes of an IP address (4 or 16, as `ipSize` says): dotted quads parsed in place, other
   * text by `ipToBytes` (which throws InvalidInput for text that is not an address).
   */
  ip(text: string): void {
    this.ensure(16);
    if (!this.ipv4(text)) this.raw(ipToBytes(text));
  }

  private ipv4(text: string): boolean {
    if (!writeIpv4(text, this.buf, this.pos)) return false;
    this.pos += 4;
    return true;
  }

  /** An exact-size copy of bytes [from, pos) in a buffer of its own (never a pooled slab). */
  copyOut(from = 0): Buffer {
    const out = Buffer.allocUnsafeSlow(this.pos - from);
    this.buf.copy(out, 0, from, this.pos);
    return out;
  }
}
