import { describe, expect, it } from 'vitest';
import { mismatch, outcomes, testKey, type RawResult } from './results';

const cls = 'tempest.api.network.test_x.Cls';
const raw = (id: string, status: string, details: Record<string, string> = {}): RawResult => ({ id, status, details });

describe('Tempest results against expected.json', () => {
  it('strips the attribute suffix from test ids', () => {
    expect(testKey(`${cls}.test_a[id-1234,smoke]`)).toBe(`${cls}.test_a`);
  });

  it('maps subunit statuses, spreads a setUpClass outcome over its class and records a failed tearDownClass', () => {
    const got = outcomes(
      [`${cls}.test_a[id-1]`, `${cls}.test_b[id-2]`, 'tempest.api.network.test_y.Other.test_c[id-3]', 'tempest.api.network.test_z.Gone.test_d[id-4]'],
      [
        raw(`${cls}.test_a[id-1]`, 'exists'),
        raw(`${cls}.test_a[id-1]`, 'success'),
        raw(`${cls}.test_b[id-2]`, 'fail', { traceback: 'Traceback\nBadRequest: 400' }),
        raw(`tearDownClass (${cls})`, 'fail', { traceback: 'cleanup failed' }),
        raw('setUpClass (tempest.api.network.test_y.Other)', 'skip', { reason: 'router extension not enabled.' }),
      ],
    );
    expect(got.get(`${cls}.test_a`)?.outcome).toBe('pass');
    expect(got.get(`${cls}.test_b`)).toMatchObject({ outcome: 'fail', why: expect.stringContaining('BadRequest: 400') });
    expect(got.get(`${cls}.tearDownClass`)?.outcome).toBe('fail');
    expect(got.get('tempest.api.network.test_y.Other.test_c')).toMatchObject({ outcome: 'skip', why: expect.stringContaining('router extension') });
    expect(got.get('tempest.api.network.test_z.Gone.test_d')?.outcome).toBe('missing');
  });

  it('accepts only the expected outcome', () => {
    const pass = { outcome: 'pass', why: '' } as const;
    const fail = { outcome: 'fail', why: 'boom' } as const;
    const skip = { outcome: 'skip', why: 'not enabled' } as const;
    const known = { expect: 'known-failure', cause: 'c' } as const;
    const skipped = { expect: 'skip', reason: 'not enabled' } as const;
    expect(mismatch('t', 'pass', pass)).toBeUndefined();
    expect(mismatch('t', 'pass', fail)).toMatch(/expected to pass, fail/);
    expect(mismatch('t', 'pass', skip)).toMatch(/expected to pass, skip/);
    expect(mismatch('t', 'pass', undefined)).toMatch(/missing/);
    expect(mismatch('t', known, fail)).toBeUndefined();
    expect(mismatch('t', known, pass)).toMatch(/passes now/);
    expect(mismatch('t', skipped, skip)).toBeUndefined();
    expect(mismatch('t', skipped, pass)).toMatch(/expected a skip/);
    expect(mismatch('t', undefined, pass)).toBeUndefined();
    expect(mismatch('t', undefined, fail)).toMatch(/not in expected.json/);
  });
});
