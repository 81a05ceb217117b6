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

/** Six raw bytes of a canonical MAC. */
export function macToBytes(mac: string): Uint8Array {
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
