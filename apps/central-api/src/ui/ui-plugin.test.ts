import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@trellis/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CENTRAL_CONFIG } from '../config';
import { member, startTestApp, type TestApp } from '../test-app';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A fake build output: index.html pointing at hashed assets. */
function builtPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'central-ui-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./main-ABCD1234.js"></script>');
  writeFileSync(path.join(dir, 'main-ABCD1234.js'), 'console.log(1);');
  writeFileSync(path.join(dir, 'styles-ABCD1234.css'), 'body{}');
  writeFileSync(path.join(dir, 'notes.txt'), 'not served');
  return dir;
}

async function app(ui: Partial<typeof DEFAULT_CENTRAL_CONFIG.ui>): Promise<TestApp> {
  const t = await startTestApp({ ui: { ...DEFAULT_CENTRAL_CONFIG.ui, ...ui } });
  cleanups.push(() => t.close());
  return t;
}

/** A stand-in for the controller's ops listener; `answer` decides each response. */
async function fakeController(answer: (url: string) => { status: number; body: unknown }): Promise<string> {
  const server: Server = createServer((req, res) => {
    const { status, body } = answer(req.url ?? '');
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('topology page at /ui/', () => {
  it('serves index.html revalidated and locked to its origin, hashed assets as immutable, with their content types', async () => {
    const t = await app({ assetsDir: builtPage() });
    const index = await t.app.inject({ method: 'GET', url: '/ui/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect(index.body).toContain('main-ABCD1234.js');

    const again = await t.app.inject({ method: 'GET', url: '/ui/', headers: { 'if-none-match': String(index.headers.etag) } });
    expect(again.statusCode).toBe(304);

    const js = await t.app.inject({ method: 'GET', url: '/ui/main-ABCD1234.js' });
    expect([js.statusCode, js.headers['content-type'], js.headers['cache-control'], js.headers['x-content-type-options']]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable', 'nosniff']);
    expect((await t.app.inject({ method: 'GET', url: '/ui/styles-ABCD1234.css' })).headers['content-type']).toBe('text/css; charset=utf-8');

    const redirect = await t.app.inject({ method: 'GET', url: '/ui?x=1' });
    expect([redirect.statusCode, redirect.headers.location]).toEqual([308, '/ui/?x=1']);
  });

  it('answers unknown files, other extensions and path tricks with Neutron 404/400s, and the rest of the API still works', async () => {
    const t = await app({ assetsDir: builtPage() });
    for (const url of ['/ui/nope.js', '/ui/notes.txt']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().NeutronError.type).toBe('NotFound');
    }
    expect((await t.app.inject({ method: 'GET', url: '/ui/..%2Fpackage.json' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/ui/a/b' })).statusCode).toBe(404);
    expect((await t.call('GET', '/v2.0/networks')).status).toBe(200);
  });

  it('says how to build the page while it is not built, then serves it once built', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'central-ui-empty-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const t = await app({ assetsDir: dir });
    const res = await t.app.inject({ method: 'GET', url: '/ui/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npx nx run topology-ui:build');
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    expect((await t.app.inject({ method: 'GET', url: '/ui/' })).statusCode).toBe(200);
  });

  it('relays the controller host list to admins only, and says why when there is none', async () => {
    const hosts = [{ host: 'h1', connected: true, lagRevisions: 2 }];
    const ops = await fakeController((url) => (url === '/v1/hosts' ? { status: 200, body: { revision: 7, hosts } } : { status: 404, body: {} }));
    const t = await app({ assetsDir: builtPage(), controllerOpsUrl: ops });
    expect(await t.call('GET', '/ui/api/controller/hosts')).toEqual({ status: 200, json: { configured: true, reachable: true, revision: 7, hosts } });
    const refused = await t.call('GET', '/ui/api/controller/hosts', undefined, member('p1'));
    expect([refused.status, refused.json.NeutronError.type]).toEqual([403, 'PolicyNotAuthorized']);

    const off = await app({});
    expect((await off.call('GET', '/ui/api/controller/hosts')).json).toEqual({ configured: false, reachable: false });

    const broken = await fakeController(() => ({ status: 500, body: {} }));
    expect((await (await app({ controllerOpsUrl: broken })).call('GET', '/ui/api/controller/hosts')).json).toEqual({ configured: true, reachable: false, error: 'GET /v1/hosts answered 500' });

    const nobody = `http://127.0.0.1:${await freePort()}`;
    const down = (await (await app({ controllerOpsUrl: nobody })).call('GET', '/ui/api/controller/hosts')).json;
    expect(down).toMatchObject({ configured: true, reachable: false, error: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses the change feed to pages of other origins, not to the page itself or to non-browser clients', async () => {
    const t = await app({});
    const feed = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/v2.0/trellis/events', headers: { host: '127.0.0.1:9696', ...headers } });
    // 426: allowed, but a plain GET is not a WebSocket upgrade.
    expect((await feed({})).statusCode).toBe(426);
    expect((await feed({ origin: 'http://127.0.0.1:9696' })).statusCode).toBe(426);
    for (const origin of ['http://evil.example', 'http://127.0.0.1:8080', 'null']) {
      const res = await feed({ origin });
      expect([origin, res.statusCode, res.json().NeutronError.type]).toEqual([origin, 403, 'PolicyNotAuthorized']);
    }
  });
});
