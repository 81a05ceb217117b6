import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, PYTHON, startService, type Service } from '@trellis/testkit';
import { ADMIN, CENTRAL_REGION, type Keystone } from './keystone';

const SCRIPT = path.resolve(import.meta.dirname, '../../py/auth_proxy.py');

/**
 * Keystone auth in front of central-api's noauth API (py/auth_proxy.py): keystonemiddleware's
 * auth_token validates the token; the request goes on with the identity headers it sets.
 */
export class AuthProxy {
  private constructor(readonly port: number, private readonly service: Service) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.service.pid;
  }

  output(): string {
    return this.service.output();
  }

  static async start(dir: string, keystone: Keystone, upstream: string): Promise<AuthProxy> {
    const port = await freePort();
    const conf = path.join(dir, 'auth-proxy.conf');
    writeFileSync(
      conf,
      [
        '[keystone_authtoken]',
        `www_authenticate_uri = ${keystone.url}`,
        `auth_url = ${keystone.url}`,
        'auth_type = password',
        `username = ${ADMIN.username}`,
        `password = ${keystone.adminPassword}`,
        `project_name = ${ADMIN.project}`,
        `user_domain_name = ${ADMIN.domain}`,
        `project_domain_name = ${ADMIN.domain}`,
        `region_name = ${CENTRAL_REGION}`,
        'http_request_max_retries = 3',
        '',
      ].join('\n'),
    );
    const service = startService('auth-proxy', PYTHON, [SCRIPT, '--listen-port', String(port), '--upstream', upstream, '--config', conf], { cwd: dir });
    await service.waitFor(/auth-proxy ready on/, 60_000);
    return new AuthProxy(port, service);
  }

  async stop(): Promise<void> {
    await this.service.stop();
  }
}
