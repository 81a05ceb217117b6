import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../process/free-port';
import { PYTHON, runOk, startService, waitForHttp, type Service } from './service-process';

export const KEYSTONE_ADMIN = { username: 'admin', project: 'admin', domain: 'Default' } as const;
export const KEYSTONE_BOOTSTRAP_REGION = 'CentralRegion';

export interface StartKeystoneOptions {
  /** Temp directory for config, sqlite database and keys (the caller removes it). */
  readonly dir: string;
  /** keystone.conf `[token] expiration` in seconds (default 3600; short for expiry tests). */
  readonly tokenExpirationSeconds?: number;
}

/** A user's credentials for password authentication, project-scoped. */
export interface KeystoneUser {
  readonly username: string;
  readonly password: string;
  readonly project: string;
}

/** A token and what it was issued for. */
export interface IssuedToken {
  readonly token: string;
  readonly userId: string;
  readonly projectId: string;
  readonly expiresAt: string;
}

type Json = Record<string, any>;

/**
 * A real Keystone (Debian's python3-keystone) on loopback, sqlite under `dir`: keystone.conf,
 * `keystone-manage db_sync / fernet_setup / credential_setup / bootstrap` (admin user and project,
 * roles admin ⊃ member ⊃ reader, the identity endpoint in CentralRegion), then the packaged WSGI
 * script `keystone-wsgi-public` as the server. Stop it with `stop()`, even when a test fails.
 */
export class KeystoneServer {
  #adminToken: IssuedToken | undefined;

  private constructor(
    readonly port: number,
    readonly adminPassword: string,
    private readonly service: Service,
  ) {}

  /** The identity URL clients are configured with (`…/v3`). */
  get url(): string {
    return `http://127.0.0.1:${this.port}/v3`;
  }

  get pid(): number {
    return this.service.pid;
  }

  output(): string {
    return this.service.output();
  }

  static async start(options: StartKeystoneOptions): Promise<KeystoneServer> {
    const { dir } = options;
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
        // Test-only secrets: cheap hashing keeps user creation and password auth fast.
        'password_hash_rounds = 4',
        '[token]',
        `expiration = ${options.tokenExpirationSeconds ?? 3600}`,
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
      '--bootstrap-username', KEYSTONE_ADMIN.username,
      '--bootstrap-project-name', KEYSTONE_ADMIN.project,
      '--bootstrap-role-name', 'admin',
      '--bootstrap-service-name', 'keystone',
      '--bootstrap-region-id', KEYSTONE_BOOTSTRAP_REGION,
      '--bootstrap-admin-url', identityUrl,
      '--bootstrap-public-url', identityUrl,
      '--bootstrap-internal-url', identityUrl,
    );
    const service = startService('keystone', '/usr/bin/keystone-wsgi-public', ['--host', '127.0.0.1', '--port', String(port)], { env, cwd: dir });
    const keystone = new KeystoneServer(port, adminPassword, service);
    try {
      await waitForHttp(`${identityUrl}/`, 90_000);
    } catch (err) {
      await service.stop();
      throw new Error(`${(err as Error).message}\n${service.output().slice(-4000)}`);
    }
    return keystone;
  }

  /** Password authentication, project-scoped (`POST /v3/auth/tokens`). */
  async issueToken(user: KeystoneUser): Promise<IssuedToken> {
    const res = await fetch(`${this.url}/auth/tokens?nocatalog`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name: user.username, domain: { name: 'Default' }, password: user.password } } },
          scope: { project: { name: user.project, domain: { name: 'Default' } } },
        },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    const token = res.headers.get('x-subject-token');
    const text = await res.text();
    if (res.status !== 201 || token === null) throw new Error(`keystone token for ${user.username}: HTTP ${res.status} ${text}`);
    const body = JSON.parse(text) as Json;
    return { token, userId: body.token.user.id, projectId: body.token.project.id, expiresAt: body.token.expires_at };
  }

  /** Revokes a token (`DELETE /v3/auth/tokens`). */
  async revokeToken(token: string): Promise<void> {
    const res = await fetch(`${this.url}/auth/tokens`, {
      method: 'DELETE',
      headers: { 'x-auth-token': await this.adminToken(), 'x-subject-token': token },
      signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    if (res.status !== 204) throw new Error(`keystone revoke: HTTP ${res.status}`);
  }

  /** A project-scoped admin token, issued again when less than 10 s of its lifetime are left. */
  async adminToken(): Promise<string> {
    const current = this.#adminToken;
    if (current === undefined || Date.parse(current.expiresAt) - Date.now() < 10_000) {
      this.#adminToken = await this.issueToken({ username: KEYSTONE_ADMIN.username, password: this.adminPassword, project: KEYSTONE_ADMIN.project });
    }
    return this.#adminToken!.token;
  }

  /** One admin call to Keystone's API; throws on a non-2xx answer. */
  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', route: string, body?: unknown): Promise<Json> {
    const res = await fetch(`${this.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-auth-token': await this.adminToken() },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`keystone ${method} ${route}: HTTP ${res.status} ${text}`);
    return text === '' ? {} : (JSON.parse(text) as Json);
  }

  /** A region (child of `parent` when given). */
  async createRegion(id: string, parent?: string): Promise<void> {
    await this.call('POST', '/regions', { region: { id, ...(parent ? { parent_region_id: parent } : {}) } });
  }

  async createProject(name: string): Promise<string> {
    return (await this.call('POST', '/projects', { project: { name, domain_id: 'default' } })).project.id;
  }

  async roleId(name: string): Promise<string> {
    const roles = (await this.call('GET', `/roles?name=${encodeURIComponent(name)}`)).roles as { id: string }[];
    if (roles.length === 0) return (await this.call('POST', '/roles', { role: { name } })).role.id;
    return roles[0].id;
  }

  /** A user with a random password and `roles` on `project` (created when missing). */
  async createUser(username: string, project: string, roles: readonly string[]): Promise<KeystoneUser> {
    const password = `pw-${Math.random().toString(36).slice(2, 14)}`;
    const projects = (await this.call('GET', `/projects?name=${encodeURIComponent(project)}`)).projects as { id: string }[];
    const projectId = projects[0]?.id ?? (await this.createProject(project));
    const userId = (await this.call('POST', '/users', { user: { name: username, password, domain_id: 'default' } })).user.id;
    for (const role of roles) await this.call('PUT', `/projects/${projectId}/users/${userId}/roles/${await this.roleId(role)}`);
    return { username, password, project };
  }

  /** A catalog service with one URL per region for the public, internal and admin interfaces. */
  async registerService(type: string, name: string, urlsByRegion: Readonly<Record<string, string>>): Promise<void> {
    const service = (await this.call('POST', '/services', { service: { type, name } })).service;
    for (const [region, url] of Object.entries(urlsByRegion)) {
      for (const iface of ['public', 'internal', 'admin']) {
        await this.call('POST', '/endpoints', { endpoint: { service_id: service.id, interface: iface, region_id: region, url } });
      }
    }
  }

  async stop(): Promise<void> {
    await this.service.stop();
  }
}
