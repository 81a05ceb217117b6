import { describe, expect, it } from 'vitest';
import { bridgeAddress } from './bridge-address';

describe('bridgeAddress', () => {
  it('is a locally administered unicast MAC, stable per host and VNI and different across them', () => {
    const a = bridgeAddress('198.51.100.11', 1000);
    expect(a).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    const first = parseInt(a.slice(0, 2), 16);
    expect(first & 0x01).toBe(0);
    expect(first & 0x02).toBe(2);
    expect(bridgeAddress('198.51.100.11', 1000)).toBe(a);
    expect(bridgeAddress('198.51.100.12', 1000)).not.toBe(a);
    expect(bridgeAddress('198.51.100.11', 1001)).not.toBe(a);
  });
});
