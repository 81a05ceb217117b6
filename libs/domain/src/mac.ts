/** Neutron's default base MAC prefix (fa:16:3e). */
export const NEUTRON_MAC_PREFIX = 'fa:16:3e';

const MAC_RE = /^([0-9a-f]{2})([:-]?)([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/i;

/** Canonical lower-case colon form, or undefined when `value` is not a MAC address. */
export function normalizeMac(value: string): string | undefined {
  const m = MAC_RE.exec(value.trim());
  if (!m) return undefined;
  return [m[1], m[3], m[4], m[5], m[6], m[7]].join(':').toLowerCase();
}

/** True for a unicast MAC: the I/G bit of the first octet is clear. */
export function isUnicastMac(mac: string): boolean {
  return (Number.parseInt(mac.slice(0, 2), 16) & 1) === 0;
}

/** Value of the hex digit with char code `c`, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * Six raw bytes of a canonical MAC (`fa:16:3e:00:00:01`, either case). Optimization: the
 * canonical form is parsed from char codes, with no split/map/parseInt garbage (a controller
 * converts every MAC of a VNI when it encodes the VNI's tables). Any other text takes the
 * generic path, whose result is unchanged: one byte per colon-separated field, 0 for a field
 * that is not hex.
 */
export function macToBytes(mac: string): Uint8Array {
  if (mac.length === 17) {
    const out = new Uint8Array(6);
    for (let i = 0, pos = 0; i < 6; i++, pos += 3) {
      const hi = hexValue(mac.charCodeAt(pos));
      const lo = hexValue(mac.charCodeAt(pos + 1));
      if (hi < 0 || lo < 0 || (i < 5 && mac.charCodeAt(pos + 2) !== 58)) return macToBytesGeneric(mac);
      out[i] = (hi << 4) | lo;
    }
    return out;
  }
  return macToBytesGeneric(mac);
}

function macToBytesGeneric(mac: string): Uint8Array {
  return Uint8Array.from(mac.split(':').map((h) => Number.parseInt(h, 16)));
}

export function bytesToMac(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(':');
}

/** A random MAC under Neutron's prefix; `random` returns 3 bytes (injectable for tests). */
export function randomNeutronMac(random: () => Uint8Array): string {
  const tail = random();
  return `${NEUTRON_MAC_PREFIX}:${bytesToMac(tail.subarray(0, 3))}`;
}
