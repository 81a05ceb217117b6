import { describe, expect, it } from 'vitest';
import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the first truthy value, treating throws as not yet', async () => {
    let calls = 0;
    const value = await eventually(async () => {
      calls++;
      if (calls === 1) throw new Error('not ready');
      return calls >= 3 ? `done after ${calls}` : undefined;
    }, 2_000, 'three calls', 5);
    expect(value).toBe('done after 3');
  });

  it('fails after the timeout naming the condition and the last error', async () => {
    await expect(eventually(async () => { throw new Error('still down'); }, 100, 'service up', 10)).rejects.toThrow(/service up not reached within 100 ms: Error: still down/);
  });
});
