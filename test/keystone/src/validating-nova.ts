import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake nova-api learnt of one POST to os-server-external-events. */
export interface NovaDelivery {
  readonly events: { name: string; server_uuid: string; tag?: string }[];
  /** Keystone's answer to the X-Auth-Token it carried (200 = valid). */
  readonly tokenStatus: number;
  readonly user?: string;
  readonly roles: string[];
  readonly microversion?: string;
}

export interface ValidatingNova {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A nova-api stand-in that does what keystonemiddleware in front of Nova does: each POST's
 * X-Auth-Token is validated against Keystone (as the `nova` service user would), 401 when
 * refused. Deliveries are listed at `GET /deliveries` for test files in other workers.
 */
export async function startValidatingNova(keystoneUrl: string, validatorToken: () => Promise<string>): Promise<ValidatingNova> {
  const deliveries: NovaDelivery[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (req.method === 'GET' && req.url === '/deliveries') {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ deliveries }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { events?: NovaDelivery['events'] };
        const token = req.headers['x-auth-token'];
        let tokenStatus = 401;
        let user: string | undefined;
        let roles: string[] = [];
        if (typeof token === 'string') {
          const check = await fetch(`${keystoneUrl}/auth/tokens?nocatalog`, {
            headers: { 'x-auth-token': await validatorToken(), 'x-subject-token': token },
            signal: AbortSignal.timeout(30_000),
          });
          tokenStatus = check.status;
          const info = (await check.json()) as { token?: { user?: { name?: string }; roles?: { name: string }[] } };
          user = info.token?.user?.name;
          roles = (info.token?.roles ?? []).map((r) => r.name);
        }
        const microversion = req.headers['openstack-api-version'];
        deliveries.push({ events: body.events ?? [], tokenStatus, user, roles, microversion: typeof microversion === 'string' ? microversion : undefined });
        if (tokenStatus !== 200) {
          res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 401, message: 'The request you have made requires authentication.' } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ events: (body.events ?? []).map((e) => ({ ...e, status: 'completed', code: 200 })) }));
      })().catch((err: unknown) => res.writeHead(500).end(String(err)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
