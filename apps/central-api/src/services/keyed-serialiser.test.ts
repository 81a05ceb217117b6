import { describe, expect, it } from 'vitest';
import { KeyedSerialiser } from './keyed-serialiser';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedSerialiser', () => {
  it('runs tasks sharing a key one at a time, in order, and others alongside', async () => {
    const s = new KeyedSerialiser();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name}+`);
      await tick();
      log.push(`${name}-`);
      return name;
    };
    const results = await Promise.all([s.run(['a'], task('1')), s.run(['a', 'b'], task('2')), s.run(['c'], task('3')), s.run(['b'], task('4'))]);
    expect(results).toEqual(['1', '2', '3', '4']);
    expect(log.indexOf('2+')).toBeGreaterThan(log.indexOf('1-'));
    expect(log.indexOf('4+')).toBeGreaterThan(log.indexOf('2-'));
    expect(log.indexOf('3+')).toBeLessThan(log.indexOf('1-'));
  });

  it('releases the key when a task fails', async () => {
    const s = new KeyedSerialiser();
    await expect(s.run(['a'], async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await s.run(['a'], async () => 'next')).toBe('next');
  });
});
