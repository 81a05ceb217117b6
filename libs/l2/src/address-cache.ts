import { ipToBytes, macToBytes } from './address';

/**
 * Memoized text → wire bytes of MACs and IPs, for encoders that turn the same canonical
 * addresses into bytes over and over (a controller encoding every host's snapshot). Bounded:
 * past `maxEntries` it starts afresh, so churned addresses cannot grow it without limit. The
 * returned arrays are shared and must not be modified.
 */
export class AddressBytesCache {
  private readonly macs = new Map<string, Uint8Array>();
  private readonly ips = new Map<string, Uint8Array>();

  constructor(private readonly maxEntries = 1 << 20) {}

  mac(text: string): Uint8Array {
    let b = this.macs.get(text);
    if (b === undefined) {
      if (this.macs.size >= this.maxEntries) this.macs.clear();
      this.macs.set(text, (b = macToBytes(text)));
    }
    return b;
  }

  ip(text: string): Uint8Array {
    let b = this.ips.get(text);
    if (b === undefined) {
      if (this.ips.size >= this.maxEntries) this.ips.clear();
      this.ips.set(text, (b = ipToBytes(text)));
    }
    return b;
  }

  get size(): number {
    return this.macs.size + this.ips.size;
  }
}
