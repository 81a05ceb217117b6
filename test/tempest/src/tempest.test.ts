import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classOf, mismatch, testKey, type ExpectedFile } from './harness/results';
import { runTempest, type TempestRun } from './harness/run-tempest';

/**
 * Tempest's tempest.api.network against Trellis: a real Keystone, keystonemiddleware in front of
 * central-api's noauth API, Tempest with dynamic credentials. One vitest test per Tempest test
 * class; each compares every test of the class with test/tempest/expected.json, so a regression
 * fails the suite, and so does a known failure that passes now (the list has to stay true).
 */
const expected = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../expected.json'), 'utf8')) as ExpectedFile;
const classes = [...new Set(Object.keys(expected.tests).map(classOf))].sort();

let result: TempestRun;

beforeAll(async () => {
  result = await runTempest({ log: (line) => process.stdout.write(`tempest harness: ${line}\n`) });
  const counts = { pass: 0, fail: 0, skip: 0, missing: 0 };
  for (const o of result.outcomes.values()) counts[o.outcome] += 1;
  process.stdout.write(
    `tempest harness: ${result.listed.length} tests listed; ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped, ${counts.missing} without result; ` +
      `timings ${JSON.stringify(result.timings)}; extensions ${result.extensions.join(',')}\n`,
  );
});

describe('Tempest tempest.api.network against Trellis', () => {
  it('ran to the end within its time budget', () => {
    expect(result.timedOut, 'stestr run hit the time budget').toBe(false);
    expect(result.listed.length).toBeGreaterThan(0);
  });

  it('expected.json lists exactly the tests Tempest has', () => {
    const listed = new Set(result.listed.map(testKey));
    const unlisted = [...listed].filter((k) => !(k in expected.tests));
    const gone = Object.keys(expected.tests).filter((k) => !listed.has(k) && !k.endsWith('.tearDownClass'));
    expect({ unlisted, gone }).toEqual({ unlisted: [], gone: [] });
  });

  it('expected.json names a known cause for every known failure', () => {
    const unknown = Object.entries(expected.tests).filter(([, e]) => typeof e === 'object' && e.expect === 'known-failure' && !(e.cause in expected.causes));
    expect(unknown).toEqual([]);
  });

  for (const cls of classes) {
    it(cls.replace(/^tempest\.api\.network\./, ''), () => {
      const keys = new Set([...Object.keys(expected.tests), ...result.outcomes.keys()].filter((k) => classOf(k) === cls));
      const problems = [...keys].sort().flatMap((k) => mismatch(k, expected.tests[k], result.outcomes.get(k) ?? (k.endsWith('.tearDownClass') ? { outcome: 'pass', why: '' } : undefined)) ?? []);
      expect(problems.join('\n\n')).toBe('');
    });
  }
});
