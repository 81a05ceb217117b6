import { describe, expect, it } from 'vitest';
import { backoffDelayMs, sleep } from './backoff';

describe('backoffDelayMs', () => {
  const options = { initialMs: 100, maxMs: 1_000 };

  it('grows exponentially to the cap, jittered within the upper half', () => {
    expect(backoffDelayMs(0, options, () => 0)).toBe(50);
    expect(backoffDelayMs(0, options, () => 1)).toBe(100);
    expect(backoffDelayMs(3, options, () => 1)).toBe(800);
    expect(backoffDelayMs(4, options, () => 1)).toBe(1_000);
    expect(backoffDelayMs(100, options, () => 0)).toBe(500);
  });

  it('spreads retries of many clients', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(5, options)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('sleep', () => {
  it('returns early when the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 10);
    await sleep(5_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
