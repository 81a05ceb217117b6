/** One Tempest test's outcome, from the subunit stream (py/subunit_to_json.py). */
export interface RawResult {
  readonly id: string;
  readonly status: string;
  readonly details: Record<string, string>;
}

export type Outcome = 'pass' | 'fail' | 'skip' | 'missing';

export interface TestOutcome {
  readonly outcome: Outcome;
  /** Skip reason, or the tail of the failure's traceback. */
  readonly why: string;
}

export type Expectation =
  | 'pass'
  | { readonly expect: 'skip'; readonly reason: string }
  | { readonly expect: 'known-failure'; readonly cause: string };

export interface ExpectedFile {
  /** Cause key → what goes wrong (the HTTP exchange, what Trellis answers, what Tempest expects). */
  readonly causes: Readonly<Record<string, string>>;
  /** Test id without its [id-…] attributes (or `<class>.tearDownClass`) → expectation. */
  readonly tests: Readonly<Record<string, Expectation>>;
}

/** `tempest.api.network.test_x.Cls.test_y[id-…,smoke]` → `tempest.api.network.test_x.Cls.test_y`. */
export function testKey(id: string): string {
  return id.replace(/\[.*\]$/, '');
}

export function classOf(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

/** `setUpClass (tempest.api.network.test_x.Cls)` → ['setUpClass', 'tempest.api.network.test_x.Cls']. */
function fixtureOf(id: string): [string, string] | undefined {
  const m = /^(setUpClass|tearDownClass) \((.+)\)$/.exec(id);
  return m ? [m[1]!, m[2]!] : undefined;
}

function why(r: RawResult): string {
  if (r.status === 'skip') return (r.details.reason ?? '').trim();
  const tb = (r.details.traceback ?? Object.values(r.details).join('\n')).trim();
  return tb.split('\n').slice(-12).join('\n');
}

/**
 * Per listed test: its outcome. A class whose setUpClass failed or skipped passes that outcome to
 * every test in it; a failed tearDownClass shows up as `<class>.tearDownClass`.
 */
export function outcomes(listed: readonly string[], raw: readonly RawResult[]): Map<string, TestOutcome> {
  const out = new Map<string, TestOutcome>();
  const classFixture = new Map<string, TestOutcome>();
  for (const r of raw) {
    const fixture = fixtureOf(r.id);
    const outcome: Outcome | undefined = r.status === 'success' ? 'pass' : r.status === 'skip' ? 'skip' : r.status === 'fail' ? 'fail' : undefined;
    if (outcome === undefined) continue; // "exists"/"inprogress" markers
    if (fixture) {
      const [kind, cls] = fixture;
      if (outcome === 'pass') continue;
      if (kind === 'setUpClass') classFixture.set(cls, { outcome, why: `setUpClass: ${why(r)}` });
      else out.set(`${cls}.tearDownClass`, { outcome, why: why(r) });
      continue;
    }
    out.set(testKey(r.id), { outcome, why: why(r) });
  }
  for (const id of listed) {
    const key = testKey(id);
    if (out.has(key)) continue;
    out.set(key, classFixture.get(classOf(key)) ?? { outcome: 'missing', why: 'no result (run stopped or timed out?)' });
  }
  return out;
}

/** Why `actual` contradicts `expected`, or undefined when it matches. */
export function mismatch(key: string, expected: Expectation | undefined, actual: TestOutcome | undefined): string | undefined {
  const got = actual ?? { outcome: 'missing' as const, why: 'Tempest did not list this test' };
  if (expected === undefined) {
    return got.outcome === 'pass' ? undefined : `${key}: not in expected.json and ${got.outcome}:\n${got.why}`;
  }
  if (expected === 'pass') return got.outcome === 'pass' ? undefined : `${key}: expected to pass, ${got.outcome}:\n${got.why}`;
  if (expected.expect === 'skip') {
    return got.outcome === 'skip' ? undefined : `${key}: expected a skip (${expected.reason}), ${got.outcome}${got.outcome === 'pass' ? ': update expected.json' : `:\n${got.why}`}`;
  }
  if (got.outcome === 'fail') return undefined;
  if (got.outcome === 'pass') return `${key}: listed as known-failure (${expected.cause}) but passes now: mark it "pass" in expected.json`;
  return `${key}: listed as known-failure (${expected.cause}), ${got.outcome}:\n${got.why}`;
}
