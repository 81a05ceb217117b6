import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** What one `openstack` invocation printed and how it ended. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const DEBIAN_PACKAGE = 'python3-openstackclient';

/**
 * Finds the `openstack` executable on PATH. Missing is an error, never a reason to skip: the
 * compatibility claim rests on this test, and CI installs the package.
 */
export function findOpenstack(envPath = process.env.PATH ?? ''): string {
  for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'openstack');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`the openstack CLI is not installed (not found on PATH): install the Debian package ${DEBIAN_PACKAGE} (apt-get install -y ${DEBIAN_PACKAGE})`);
}

/**
 * Runs the real OpenStack CLI against `endpoint` without Keystone (`--os-auth-type none`), with
 * a clean environment so no OS_* variable or clouds.yaml of the machine leaks in.
 */
export class OpenstackCli {
  constructor(
    private readonly executable: string,
    private readonly endpoint: string,
    private readonly home: string,
    private readonly timeoutMs = 60_000,
  ) {}

  run(...args: string[]): Promise<CliResult> {
    const argv = ['--os-auth-type', 'none', '--os-endpoint', this.endpoint, ...args];
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: this.home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
    return new Promise((resolve) => {
      execFile(this.executable, argv, { env, timeout: this.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** Runs a command with `-f json` that must succeed; returns its parsed output. */
  async json<T = any>(...args: string[]): Promise<T> {
    const result = await this.run(...args, '-f', 'json');
    if (result.code !== 0) throw new Error(`openstack ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`);
    return JSON.parse(result.stdout) as T;
  }
}
