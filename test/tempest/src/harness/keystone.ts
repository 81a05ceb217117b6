import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, PYTHON, runOk, startService, waitForHttp, type Service } from '@trellis/testkit';

export const ADMIN = { username: 'admin', project: 'admin', domain: 'Default' } as const;
export const CENTRAL_REGION = 'CentralRegion';
export const CELL_REGIONS = ['RegionOne', 'RegionTwo'] as const;

/** A real Keystone (Debian's python3-keystone) on sqlite under `dir`, served by its own WSGI script. */
export class Keystone {
  private constructor(
    readonly port: number,
    readonly adminPassword: string,
    private readonly service: Service,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/v3`;
  }

  get pid(): number {
    return this.service.pid;
  }

  output(): string {
    return this.service.output();
  }

  /**
   * keystone.conf in a temp config dir, `keystone-manage db_sync`, `fernet_setup`,
   * `credential_setup`, `bootstrap` (admin user/project, CentralRegion, the identity endpoint),
   * then `keystone-wsgi-public` (the packaged WSGI script run as a server: wsgiref, one request at
   * a time, which also keeps sqlite free of concurrent writers).
   */
  static async start(dir: string): Promise<Keystone> {
    const port = await freePort();
    const adminPassword = `pw-${Math.random().toString(36).slice(2, 12)}`;
    for (const sub of ['fernet-keys', 'credential-keys', 'log']) mkdirSync(path.join(dir, sub), { recursive: true });
    const conf = path.join(dir, 'keystone.conf');
    const db = path.join(dir, 'keystone.db');
    writeFileSync(
      conf,
      [
        '[DEFAULT]',
        `log_dir = ${path.join(dir, 'log')}`,
        '[database]',
        `connection = sqlite:///${db}`,
        '[fernet_tokens]',
        `key_repository = ${path.join(dir, 'fernet-keys')}`,
        '[fernet_receipts]',
        `key_repository = ${path.join(dir, 'fernet-keys')}`,
        '[credential]',
        `key_repository = ${path.join(dir, 'credential-keys')}`,
        '[identity]',
        // Tempest creates a user per test class: cheap hashing keeps that fast (test-only secrets).
        'password_hash_rounds = 4',
        '[token]',
        'expiration = 7200',
        '',
      ].join('\n'),
    );
    const env = { OS_KEYSTONE_CONFIG_DIR: dir, OS_KEYSTONE_CONFIG_FILES: 'keystone.conf' };
    const manage = (...args: string[]) => runOk('/usr/bin/keystone-manage', ['--config-file', conf, ...args], { env, cwd: dir });
    const user = process.getuid?.() === 0 ? 'root' : String(process.getuid?.());
    const group = process.getgid?.() === 0 ? 'root' : String(process.getgid?.());
    await manage('db_sync');
    // WAL: a reader's open transaction must not make the next write fail with "database is locked".
    await runOk(PYTHON, ['-c', 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL")', db]);
    await manage('fernet_setup', '--keystone-user', user, '--keystone-group', group);
    await manage('credential_setup', '--keystone-user', user, '--keystone-group', group);
    const identityUrl = `http://127.0.0.1:${port}/v3`;
    await manage(
      'bootstrap',
      '--bootstrap-password', adminPassword,
      '--bootstrap-username', ADMIN.username,
      '--bootstrap-project-name', ADMIN.project,
      '--bootstrap-role-name', 'admin',
      '--bootstrap-service-name', 'keystone',
      '--bootstrap-region-id', CENTRAL_REGION,
      '--bootstrap-admin-url', identityUrl,
      '--bootstrap-public-url', identityUrl,
      '--bootstrap-internal-url', identityUrl,
    );
    const service = startService('keystone', '/usr/bin/keystone-wsgi-public', ['--host', '127.0.0.1', '--port', String(port)], { env, cwd: dir });
    const keystone = new Keystone(port, adminPassword, service);
    try {
      await waitForHttp(`${identityUrl}/`, 90_000);
    } catch (err) {
      await service.stop();
      throw new Error(`${(err as Error).message}\n${service.output().slice(-4000)}`);
    }
    return keystone;
  }

  /** A project-scoped admin token. */
  async adminToken(): Promise<string> {
    const res = await fetch(`${this.url}/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name: ADMIN.username, domain: { name: ADMIN.domain }, password: this.adminPassword } } },
          scope: { project: { name: ADMIN.project, domain: { name: ADMIN.domain } } },
        },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    const token = res.headers.get('x-subject-token');
    if (res.status !== 201 || token === null) throw new Error(`keystone token: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    return token;
  }

  /** The cell regions under CentralRegion, and a `network` service whose endpoints are `networkUrl`. */
  async registerNetwork(networkUrl: string): Promise<void> {
    const token = await this.adminToken();
    const call = async (method: string, route: string, body: unknown) => {
      const res = await fetch(`${this.url}${route}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-auth-token': token },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.status >= 300) throw new Error(`keystone ${method} ${route}: HTTP ${res.status} ${text}`);
      return JSON.parse(text);
    };
    for (const id of CELL_REGIONS) await call('POST', '/regions', { region: { id, parent_region_id: CENTRAL_REGION } });
    const service = (await call('POST', '/services', { service: { type: 'network', name: 'neutron', description: 'Trellis' } })).service;
    for (const iface of ['public', 'internal', 'admin']) {
      await call('POST', '/endpoints', { endpoint: { service_id: service.id, interface: iface, region_id: CENTRAL_REGION, url: networkUrl } });
    }
  }

  async stop(): Promise<void> {
    await this.service.stop();
  }
}
