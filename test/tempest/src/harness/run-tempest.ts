import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, PYTHON, runCommand, runOk } from '@trellis/testkit';
import { AuthProxy } from './auth-proxy';
import { RUN_BUDGET_MS } from './budget';
import { ADMIN, registerNetwork, startKeystone, type Keystone } from './keystone';
import { outcomes, type RawResult, type TestOutcome } from './results';
import { renderTempestConf } from './tempest-conf';
import { Central } from './trellis';

const TEMPEST_DIR = '/usr/lib/python3/dist-packages/tempest';
const TO_JSON = path.resolve(import.meta.dirname, '../../py/subunit_to_json.py');
const WORKSPACE_ROOT = path.resolve(import.meta.dirname, '../../../..');
/** Where the run's tempest.conf, tempest.log and results.json are kept for reading afterwards. */
export const ARTIFACTS_DIR = path.join(WORKSPACE_ROOT, 'tmp/tempest');

export interface TempestRun {
  /** Test ids Tempest listed for the filter. */
  readonly listed: readonly string[];
  readonly outcomes: Map<string, TestOutcome>;
  readonly timedOut: boolean;
  readonly exitCode: number | string | null;
  readonly timings: Readonly<Record<string, number>>;
  readonly extensions: readonly string[];
}

export interface RunOptions {
  /** stestr filter; default: the network API tests. */
  readonly filter?: string;
  readonly concurrency?: number;
  readonly budgetMs?: number;
  readonly log?: (line: string) => void;
}

/**
 * Starts Keystone, central-api and the auth proxy on loopback, runs Tempest's network API tests
 * against them, and stops everything it started (also when something fails).
 */
export async function runTempest(options: RunOptions = {}): Promise<TempestRun> {
  const filter = options.filter ?? '^tempest\\.api\\.network\\.';
  const log = options.log ?? (() => {});
  const dir = tempDir('trellis-tempest-');
  const timings: Record<string, number> = {};
  const started = Date.now();
  const mark = (name: string, since: number) => {
    timings[name] = Date.now() - since;
    log(`${name}: ${((Date.now() - since) / 1000).toFixed(1)} s`);
  };
  let keystone: Keystone | undefined;
  let central: Central | undefined;
  let proxy: AuthProxy | undefined;
  const ws = path.join(dir.path, 'workspace');
  try {
    mkdirSync(path.join(ws, 'etc'), { recursive: true });
    // Keystone's set-up and central-api's start are independent.
    const [k, c] = await Promise.allSettled([startKeystone(path.join(dir.path, 'keystone')), Central.start(dir.path)]);
    if (k.status === 'fulfilled') keystone = k.value;
    if (c.status === 'fulfilled') central = c.value;
    if (k.status === 'rejected') throw k.reason;
    if (c.status === 'rejected') throw c.reason;
    keystone = keystone!;
    central = central!;
    proxy = await AuthProxy.start(dir.path, keystone, central.url);
    await registerNetwork(keystone, proxy.url);
    mark('setup', started);

    const extensions = await central.extensionAliases();
    const conf = renderTempestConf({
      identityUrl: keystone.url,
      adminUsername: ADMIN.username,
      adminPassword: keystone.adminPassword,
      adminProject: ADMIN.project,
      adminDomain: ADMIN.domain,
      extensions,
      logFile: path.join(ws, 'tempest.log'),
    });
    writeFileSync(path.join(ws, 'etc/tempest.conf'), conf);
    writeFileSync(
      path.join(ws, '.stestr.conf'),
      `[DEFAULT]\ntest_path=${TEMPEST_DIR}/test_discover\ntop_dir=${TEMPEST_DIR}\ngroup_regex=([^\\.]*\\.)*\n`,
    );
    // No `tempest init`: it would register the workspace in ~/.tempest. stestr needs only this.
    const env = { TEMPEST_CONFIG_DIR: path.join(ws, 'etc'), TEMPEST_CONFIG: 'tempest.conf', HOME: dir.path, TMPDIR: dir.path, OS_TEST_TIMEOUT: '300' };
    const stestr = (...args: string[]) => [PYTHON, ['-m', 'stestr', ...args]] as const;
    await runOk(...stestr('init'), { cwd: ws, env });
    const listStart = Date.now();
    const listed = (await runOk(...stestr('list', filter), { cwd: ws, env, timeoutMs: 180_000 })).stdout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('tempest.'));
    mark('list', listStart);

    const runStart = Date.now();
    const subunit = path.join(ws, 'results.subunit');
    const result = await runCommand(...stestr('run', '--concurrency', String(options.concurrency ?? 4), '--subunit', filter), {
      cwd: ws,
      env,
      timeoutMs: options.budgetMs ?? RUN_BUDGET_MS,
      stdoutFile: subunit,
    });
    mark('run', runStart);
    // Through a file: a run's JSON (tracebacks and logs of failures) can outgrow what runOk keeps of stdout.
    const rawFile = path.join(ws, 'raw-results.json');
    await runOk(PYTHON, [TO_JSON], { cwd: ws, stdinFile: subunit, stdoutFile: rawFile });
    const raw = JSON.parse(readFileSync(rawFile, 'utf8')) as RawResult[];
    const byTest = outcomes(listed, raw);

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    for (const f of ['etc/tempest.conf', 'tempest.log']) if (existsSync(path.join(ws, f))) copyFileSync(path.join(ws, f), path.join(ARTIFACTS_DIR, path.basename(f)));
    writeFileSync(path.join(ARTIFACTS_DIR, 'results.json'), JSON.stringify(Object.fromEntries(byTest), null, 1));
    if (result.stderr.trim() !== '') writeFileSync(path.join(ARTIFACTS_DIR, 'stestr.err'), result.stderr);
    timings.total = Date.now() - started;
    return { listed, outcomes: byTest, timedOut: result.timedOut, exitCode: result.code, timings, extensions };
  } catch (err) {
    const tails = [keystone && `keystone:\n${keystone.output().slice(-3000)}`, central && `central-api:\n${central.output().slice(-3000)}`, proxy && `auth-proxy:\n${proxy.output().slice(-3000)}`];
    throw new Error(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n\n${tails.filter(Boolean).join('\n\n')}`);
  } finally {
    await Promise.allSettled([proxy?.stop(), keystone?.stop(), central?.stop()]);
    dir.remove();
  }
}

export function readArtifact(name: string): string {
  return readFileSync(path.join(ARTIFACTS_DIR, name), 'utf8');
}
