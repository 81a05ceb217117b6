import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classOf, mismatch, testKey, type ExpectedFile, type TestOutcome } from './harness/results';
import { runTempest, type TempestRun } from './harness/run-tempest';

/**
 * Tempest's tempest.api.network against Trellis: a real Keystone, keystonemiddleware in front of
 * central-api's noauth API, Tempest with dynamic credentials (one run, in beforeAll).
 *
 * One vitest test per Tempest test, grouped by Tempest class, checked against
 * test/tempest/expected.json: a Tempest pass is a vitest pass; a Tempest skip, or a known failure
 * that still fails, is a vitest skip (never a pass); anything else (a regression, a known failure
 * that passes now, a test that stopped skipping, a test missing from the file) fails.
 */
const expected = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../expected.json'), 'utf8')) as ExpectedFile;
const byClass = new Map<string, string[]>();
for (const key of Object.keys(expected.tests).sort()) byClass.set(classOf(key), [...(byClass.get(classOf(key)) ?? []), key]);

let result: TempestRun;

beforeAll(async () => {
  result = await runTempest({ log: (line) => process.stdout.write(`tempest harness: ${line}\n`) });
  const counts = { pass: 0, fail: 0, skip: 0, missing: 0 };
  for (const o of result.outcomes.values()) counts[o.outcome] += 1;
  process.stdout.write(
    `tempest harness: ${result.listed.length} tests listed; results (tearDownClass failures counted as tests): ` +
      `${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped, ${counts.missing} without result; ` +
      `timings ${JSON.stringify(result.timings)}; extensions ${result.extensions.join(',')}\n`,
  );
});

const outcomeOf = (key: string): TestOutcome | undefined =>
  // A tearDownClass appears in the results only when it fails.
  result.outcomes.get(key) ?? (key.endsWith('.tearDownClass') ? { outcome: 'pass', why: '' } : undefined);

describe('Tempest run', () => {
  it('ran to the end within its time budget', () => {
    expect(result.timedOut, 'stestr run hit the time budget').toBe(false);
    expect(result.listed.length).toBeGreaterThan(0);
  });

  it('expected.json lists exactly the tests Tempest has, plus failing tearDownClass fixtures', () => {
    const listed = new Set(result.listed.map(testKey));
    const unlisted = [...result.outcomes.keys()].filter((k) => !(k in expected.tests));
    const gone = Object.keys(expected.tests).filter((k) => !listed.has(k) && !k.endsWith('.tearDownClass'));
    expect({ unlisted, gone }).toEqual({ unlisted: [], gone: [] });
  });

  it('expected.json names a described cause for every known failure', () => {
    const unknown = Object.entries(expected.tests).filter(([, e]) => typeof e === 'object' && e.expect === 'known-failure' && !(e.cause in expected.causes));
    expect(unknown).toEqual([]);
  });
});

for (const [cls, keys] of byClass) {
  describe(cls, () => {
    for (const key of keys) {
      it(key.slice(cls.length + 1), (ctx) => {
        const want = expected.tests[key];
        const got = outcomeOf(key);
        const problem = mismatch(key, want, got);
        if (problem !== undefined) expect.fail(problem);
        if (got?.outcome === 'skip') ctx.skip(`Tempest skipped it: ${got.why.split('\n').at(-1)}`);
        if (got?.outcome === 'fail' && typeof want === 'object' && want.expect === 'known-failure') ctx.skip(`known failure (${want.cause})`);
      });
    }
  });
}
