import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KeystoneUser } from '@trellis/testkit';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function findOpenstack(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    if (existsSync(path.join(dir, 'openstack'))) return path.join(dir, 'openstack');
  }
  throw new Error('the openstack CLI is not installed: apt-get install -y python3-openstackclient');
}

/**
 * The real `openstack` CLI with password authentication against Keystone: it takes a token,
 * finds the `network` endpoint of its region in the catalog and discovers the API version there,
 * as any client of a real cloud does. A clean environment keeps the machine's OS_* out.
 */
export class PasswordCli {
  readonly #executable = findOpenstack();

  constructor(
    private readonly authUrl: string,
    private readonly home: string,
    private readonly region = 'CentralRegion',
  ) {}

  run(user: KeystoneUser, ...args: string[]): Promise<CliResult> {
    const argv = [
      '--os-auth-url', this.authUrl,
      '--os-identity-api-version', '3',
      '--os-project-name', user.project,
      '--os-username', user.username,
      '--os-password', user.password,
      '--os-user-domain-name', 'Default',
      '--os-project-domain-name', 'Default',
      '--os-region-name', this.region,
      ...args,
    ];
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: this.home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
    return new Promise((resolve) => {
      execFile(this.#executable, argv, { env, timeout: 120_000, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
      });
    });
  }

  /** A command with `-f json` that must succeed; its parsed output. */
  async json<T = any>(user: KeystoneUser, ...args: string[]): Promise<T> {
    const result = await this.run(user, ...args, '-f', 'json');
    if (result.code !== 0) throw new Error(`openstack ${args.join(' ')} as ${user.username} failed (${result.code}): ${result.stderr.trim()}`);
    return JSON.parse(result.stdout) as T;
  }
}
