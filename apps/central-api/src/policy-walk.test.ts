import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CENTRAL_CONFIG } from './config';
import { seedTopology, startTestApp, type TestApp } from './test-app';

/**
 * Every route central-api registers × every kind of caller, with the status each must get. The
 * route list comes from fastify itself (`printRoutes`), so a route added without a row here
 * fails the first test. Callers are described by the request context both auth providers build
 * (noauth from X-Project-Id / X-Roles here; keystone from the token, covered by its own tests):
 * - admin: role admin in another project;
 * - member, reader: of project p1, which owns the network, subnet and port the walk targets;
 * - other: a member of project p2;
 * - service: a token with only the `service` role in project `service` (e.g. nova's own).
 * Each write runs on fresh resources (it never changes what the next cell sees).
 */
const CALLERS = {
  admin: { 'x-project-id': 'p-admin', 'x-roles': 'admin,member,reader' },
  member: { 'x-project-id': 'p1', 'x-roles': 'member,reader' },
  reader: { 'x-project-id': 'p1', 'x-roles': 'reader' },
  other: { 'x-project-id': 'p2', 'x-roles': 'member,reader' },
  service: { 'x-project-id': 'service', 'x-roles': 'service' },
} as const;
type Caller = keyof typeof CALLERS;
const CALLER_NAMES = Object.keys(CALLERS) as Caller[];

/** Expected status per caller, in CALLER_NAMES order: admin, member, reader, other, service. */
type Row = readonly [admin: number, member: number, reader: number, other: number, service: number];

const EXPECTED: Readonly<Record<string, Row>> = {
  'GET /': [200, 200, 200, 200, 200],
  'GET /v2.0': [200, 200, 200, 200, 200],
  'GET /v2.0/': [200, 200, 200, 200, 200],
  'GET /v2.0/extensions': [200, 200, 200, 200, 200],
  'GET /v2.0/extensions/:alias': [200, 200, 200, 200, 200],
  'GET /v2.0/availability_zones': [200, 200, 200, 200, 200],
  // Agents are admin-only as in Neutron: a list shows others nothing, an id is not found (404).
  // DELETE of a live host's agent is refused (409) after the policy check.
  'GET /v2.0/agents': [200, 200, 200, 200, 200],
  'GET /v2.0/agents/:id': [200, 404, 404, 404, 404],
  'PUT /v2.0/agents/:id': [200, 404, 403, 404, 404],
  'DELETE /v2.0/agents/:id': [409, 404, 403, 404, 404],
  'GET /v2.0/networks': [200, 200, 200, 200, 200],
  'POST /v2.0/networks': [201, 201, 403, 201, 201],
  'GET /v2.0/networks/:id': [200, 200, 200, 404, 404],
  'PUT /v2.0/networks/:id': [200, 200, 403, 404, 404],
  // 409: the fixture's port is in use; the policy check passed.
  'DELETE /v2.0/networks/:id': [409, 409, 403, 404, 404],
  'GET /v2.0/networks/:id/tags': [200, 200, 200, 404, 404],
  'PUT /v2.0/networks/:id/tags': [200, 200, 403, 404, 404],
  'DELETE /v2.0/networks/:id/tags': [204, 204, 403, 404, 404],
  'GET /v2.0/networks/:id/tags/:tag': [204, 204, 204, 404, 404],
  'PUT /v2.0/networks/:id/tags/:tag': [201, 201, 403, 404, 404],
  'DELETE /v2.0/networks/:id/tags/:tag': [204, 204, 403, 404, 404],
  'GET /v2.0/subnets': [200, 200, 200, 200, 200],
  'POST /v2.0/subnets': [201, 201, 403, 404, 404],
  'GET /v2.0/subnets/:id': [200, 200, 200, 404, 404],
  'PUT /v2.0/subnets/:id': [200, 200, 403, 404, 404],
  'DELETE /v2.0/subnets/:id': [409, 409, 403, 404, 404],
  'GET /v2.0/subnets/:id/tags': [200, 200, 200, 404, 404],
  'PUT /v2.0/subnets/:id/tags': [200, 200, 403, 404, 404],
  'DELETE /v2.0/subnets/:id/tags': [204, 204, 403, 404, 404],
  'GET /v2.0/subnets/:id/tags/:tag': [204, 204, 204, 404, 404],
  'PUT /v2.0/subnets/:id/tags/:tag': [201, 201, 403, 404, 404],
  'DELETE /v2.0/subnets/:id/tags/:tag': [204, 204, 403, 404, 404],
  'GET /v2.0/ports': [200, 200, 200, 200, 200],
  'POST /v2.0/ports': [201, 201, 403, 404, 404],
  'GET /v2.0/ports/:id': [200, 200, 200, 404, 404],
  'PUT /v2.0/ports/:id': [200, 200, 403, 404, 404],
  'DELETE /v2.0/ports/:id': [204, 204, 403, 404, 404],
  'GET /v2.0/ports/:id/bindings': [200, 403, 403, 403, 403],
  'POST /v2.0/ports/:id/bindings': [201, 403, 403, 403, 403],
  'GET /v2.0/ports/:id/bindings/:host': [200, 403, 403, 403, 403],
  'DELETE /v2.0/ports/:id/bindings/:host': [204, 403, 403, 403, 403],
  'PUT /v2.0/ports/:id/bindings/:host/activate': [200, 403, 403, 403, 403],
  'GET /v2.0/ports/:id/tags': [200, 200, 200, 404, 404],
  'PUT /v2.0/ports/:id/tags': [200, 200, 403, 404, 404],
  'DELETE /v2.0/ports/:id/tags': [204, 204, 403, 404, 404],
  'GET /v2.0/ports/:id/tags/:tag': [204, 204, 204, 404, 404],
  'PUT /v2.0/ports/:id/tags/:tag': [201, 201, 403, 404, 404],
  'DELETE /v2.0/ports/:id/tags/:tag': [204, 204, 403, 404, 404],
  'GET /v2.0/routers': [200, 200, 200, 200, 200],
  'POST /v2.0/routers': [201, 201, 403, 201, 201],
  'GET /v2.0/routers/:id': [200, 200, 200, 404, 404],
  'PUT /v2.0/routers/:id': [200, 200, 403, 404, 404],
  // 409: the fixture's router has an interface (RouterInUse); the policy check passed.
  'DELETE /v2.0/routers/:id': [409, 409, 403, 404, 404],
  'PUT /v2.0/routers/:id/add_router_interface': [200, 200, 403, 404, 404],
  'PUT /v2.0/routers/:id/remove_router_interface': [200, 200, 403, 404, 404],
  'GET /v2.0/routers/:id/tags': [200, 200, 200, 404, 404],
  'PUT /v2.0/routers/:id/tags': [200, 200, 403, 404, 404],
  'DELETE /v2.0/routers/:id/tags': [204, 204, 403, 404, 404],
  'GET /v2.0/routers/:id/tags/:tag': [204, 204, 204, 404, 404],
  'PUT /v2.0/routers/:id/tags/:tag': [201, 201, 403, 404, 404],
  'DELETE /v2.0/routers/:id/tags/:tag': [204, 204, 403, 404, 404],
  // Subnet pools as routers: p1's pool (not shared) is p2's and the service's 404.
  'GET /v2.0/subnetpools': [200, 200, 200, 200, 200],
  'POST /v2.0/subnetpools': [201, 201, 403, 201, 201],
  'GET /v2.0/subnetpools/:id': [200, 200, 200, 404, 404],
  'PUT /v2.0/subnetpools/:id': [200, 200, 403, 404, 404],
  'DELETE /v2.0/subnetpools/:id': [204, 204, 403, 404, 404],
  'GET /v2.0/subnetpools/:id/tags': [200, 200, 200, 404, 404],
  'PUT /v2.0/subnetpools/:id/tags': [200, 200, 403, 404, 404],
  'DELETE /v2.0/subnetpools/:id/tags': [204, 204, 403, 404, 404],
  'GET /v2.0/subnetpools/:id/tags/:tag': [204, 204, 204, 404, 404],
  'PUT /v2.0/subnetpools/:id/tags/:tag': [201, 201, 403, 404, 404],
  'DELETE /v2.0/subnetpools/:id/tags/:tag': [204, 204, 403, 404, 404],
  'GET /v2.0/security-groups': [200, 200, 200, 200, 200],
  'POST /v2.0/security-groups': [201, 201, 403, 201, 201],
  'GET /v2.0/security-groups/:id': [200, 200, 200, 404, 404],
  'PUT /v2.0/security-groups/:id': [200, 200, 403, 404, 404],
  'DELETE /v2.0/security-groups/:id': [204, 204, 403, 404, 404],
  'GET /v2.0/security-groups/:id/tags': [200, 200, 200, 404, 404],
  'PUT /v2.0/security-groups/:id/tags': [200, 200, 403, 404, 404],
  'DELETE /v2.0/security-groups/:id/tags': [204, 204, 403, 404, 404],
  'GET /v2.0/security-groups/:id/tags/:tag': [204, 204, 204, 404, 404],
  'PUT /v2.0/security-groups/:id/tags/:tag': [201, 201, 403, 404, 404],
  'DELETE /v2.0/security-groups/:id/tags/:tag': [204, 204, 403, 404, 404],
  'GET /v2.0/security-group-rules': [200, 200, 200, 200, 200],
  'POST /v2.0/security-group-rules': [201, 201, 403, 404, 404],
  'GET /v2.0/security-group-rules/:id': [200, 200, 200, 404, 404],
  'DELETE /v2.0/security-group-rules/:id': [204, 204, 403, 404, 404],
  'GET /v2.0/quotas': [200, 403, 403, 403, 403],
  'GET /v2.0/quotas/:projectId': [200, 200, 200, 403, 403],
  'PUT /v2.0/quotas/:projectId': [200, 403, 403, 403, 403],
  'DELETE /v2.0/quotas/:projectId': [204, 403, 403, 403, 403],
  'GET /v2.0/quotas/:projectId/default': [200, 200, 200, 403, 403],
  'GET /v2.0/quotas/:projectId/details': [200, 200, 200, 403, 403],
  // The live event stream is admin-only; an admin without a WebSocket upgrade gets 426.
  'GET /v2.0/trellis/events': [426, 403, 403, 403, 403],
  'GET /admin/v1/regions': [200, 403, 403, 403, 403],
  'POST /admin/v1/regions': [201, 403, 403, 403, 403],
  'GET /admin/v1/regions/:name': [200, 403, 403, 403, 403],
  'DELETE /admin/v1/regions/:name': [204, 403, 403, 403, 403],
  'GET /admin/v1/availability_zones': [200, 403, 403, 403, 403],
  'POST /admin/v1/availability_zones': [201, 403, 403, 403, 403],
  'DELETE /admin/v1/availability_zones/:name': [204, 403, 403, 403, 403],
  'GET /admin/v1/cells': [200, 403, 403, 403, 403],
  'POST /admin/v1/cells': [201, 403, 403, 403, 403],
  'GET /admin/v1/cells/:name': [200, 403, 403, 403, 403],
  'DELETE /admin/v1/cells/:name': [204, 403, 403, 403, 403],
  'GET /admin/v1/hosts': [200, 403, 403, 403, 403],
  'POST /admin/v1/hosts': [201, 403, 403, 403, 403],
  'GET /admin/v1/hosts/:name': [200, 403, 403, 403, 403],
  'PUT /admin/v1/hosts/:name': [200, 403, 403, 403, 403],
  'DELETE /admin/v1/hosts/:name': [204, 403, 403, 403, 403],
  'GET /healthz': [200, 200, 200, 200, 200],
  'GET /metrics': [200, 200, 200, 200, 200],
  // The topology page's static files need no identity; its controller proxy is admin-only.
  'GET /ui': [308, 308, 308, 308, 308],
  'GET /ui/': [200, 200, 200, 200, 200],
  'GET /ui/api/controller/hosts': [200, 403, 403, 403, 403],
  'GET /ui/:file': [200, 200, 200, 200, 200],
};

/**
 * The routes fastify registered, as `METHOD /path`, from its route tree (`printRoutes` with
 * `commonPrefix: false`: one node per line, its path part and its methods). HEAD is fastify's
 * automatic twin of each GET and is left out.
 */
function registeredRoutes(tree: string): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    // `    │   └── /:id (GET, HEAD, PUT)`: the node starts after `── `, four columns per level.
    const at = line.indexOf('── ');
    const m = at < 0 ? null : /^(.+) \(([A-Z, ]+)\)$/.exec(line.slice(at + 3));
    if (!m) continue;
    stack.length = (at + 3) / 4 - 1;
    stack.push(m[1]);
    const path = stack.join('');
    for (const method of m[2].split(', ')) if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes;
}

let t: TestApp;
let assetsDir: string | undefined;
let cell = 0;

beforeAll(async () => {
  // Hundreds of fixtures in project p1: no quota (-1) gets in the way of the walk.
  // The page's assets: a built page of its own, so the walk does not depend on whether the
  // workspace's topology-ui has been built.
  assetsDir = mkdtempSync(path.join(tmpdir(), 'policy-walk-ui-'));
  writeFileSync(path.join(assetsDir, 'index.html'), '<!doctype html><title>t</title>');
  t = await startTestApp({ quotas: { network: -1, subnet: -1, port: -1, router: -1, security_group: -1, security_group_rule: -1 }, ui: { ...DEFAULT_CENTRAL_CONFIG.ui, assetsDir } });
  await seedTopology(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
  if (assetsDir) rmSync(assetsDir, { recursive: true, force: true });
});

/** Fresh resources for one cell, made by an admin: p1's network, subnet and port (bound to h1, an inactive binding on h2), p1's router with an interface on a second subnet, p1's subnet pool, tags, and free topology names. */
async function fixture(n: number): Promise<Record<string, string>> {
  const ok = async (method: 'POST' | 'PUT', url: string, body?: unknown): Promise<any> => {
    const res = await t.call(method, url, body);
    if (res.status >= 300) throw new Error(`fixture ${method} ${url}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  };
  // An earlier cell may have set p1's quota (PUT /v2.0/quotas/p1): unlimited again.
  await ok('PUT', '/v2.0/quotas/p1', { quota: { network: -1, subnet: -1, port: -1, router: -1, security_group: -1, security_group_rule: -1 } });
  const network = (await ok('POST', '/v2.0/networks', { network: { name: `walk-${n}`, project_id: 'p1' } })).network.id as string;
  const subnet = (await ok('POST', '/v2.0/subnets', { subnet: { network_id: network, cidr: '10.0.0.0/24', ip_version: 4, project_id: 'p1' } })).subnet.id as string;
  const port = (await ok('POST', '/v2.0/ports', { port: { network_id: network, project_id: 'p1', 'binding:host_id': 'h1' } })).port.id as string;
  await ok('POST', `/v2.0/ports/${port}/bindings`, { binding: { host: 'h2' } });
  const attached = (await ok('POST', '/v2.0/subnets', { subnet: { network_id: network, cidr: '10.2.0.0/24', ip_version: 4, project_id: 'p1' } })).subnet.id as string;
  const router = (await ok('POST', '/v2.0/routers', { router: { name: `walk-${n}`, project_id: 'p1' } })).router.id as string;
  await ok('PUT', `/v2.0/routers/${router}/add_router_interface`, { subnet_id: attached });
  const subnetpool = (await ok('POST', '/v2.0/subnetpools', { subnetpool: { name: `walk-${n}`, project_id: 'p1', prefixes: ['203.0.113.0/24'] } })).subnetpool.id as string;
  const securityGroup = (await ok('POST', '/v2.0/security-groups', { security_group: { name: `walk-${n}`, project_id: 'p1' } })).security_group.id as string;
  const rule = (await ok('POST', '/v2.0/security-group-rules', { security_group_rule: { security_group_id: securityGroup, direction: 'ingress', protocol: 'tcp' } })).security_group_rule.id as string;
  for (const [collection, id] of [['networks', network], ['subnets', subnet], ['ports', port], ['routers', router], ['subnetpools', subnetpool], ['security-groups', securityGroup]]) await ok('PUT', `/v2.0/${collection}/${id}/tags/t1`);
  await ok('POST', '/admin/v1/regions', { region: { name: `rd${n}` } });
  await ok('POST', '/admin/v1/availability_zones', { availability_zone: { name: `azd${n}` } });
  await ok('POST', '/admin/v1/cells', { cell: { name: `cd${n}`, region: 'r1', availability_zone: 'az1' } });
  await ok('POST', '/admin/v1/hosts', { host: { id: `hd${n}`, cell: 'c1', vtep: `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}` } });
  const agents = (await t.call('GET', '/v2.0/agents')).json.agents as Array<{ id: string }>;
  const extensions = (await t.call('GET', '/v2.0/extensions')).json.extensions as Array<{ alias: string }>;
  return { network, subnet, port, router, subnetpool, attached, securityGroup, rule, agent: agents[0]?.id ?? 'none', alias: extensions[0].alias, n: String(n) };
}

/** The concrete URL and body of `METHOD /route` on fixture `fx`. */
function request(route: string, fx: Record<string, string>): { url: string; body?: unknown } {
  const [method, path] = route.split(' ');
  const n = Number(fx.n);
  const collection = /^\/v2\.0\/(networks|subnets|ports|routers|subnetpools|security-groups|security-group-rules)\//.exec(path)?.[1];
  const id = { networks: fx.network, subnets: fx.subnet, routers: fx.router, subnetpools: fx.subnetpool, 'security-groups': fx.securityGroup, 'security-group-rules': fx.rule }[collection ?? ''] ?? fx.port;
  const admin = /^\/admin\/v1\/(\w+)/.exec(path)?.[1];
  const name = { regions: `rd${n}`, availability_zones: `azd${n}`, cells: `cd${n}`, hosts: `hd${n}` }[admin ?? ''] ?? '';
  const url = path
    .replace(':id', path.startsWith('/v2.0/agents') ? fx.agent : id)
    .replace(':tag', 't1')
    .replace(':host', 'h2')
    .replace(':alias', fx.alias)
    .replace(':projectId', 'p1')
    .replace(':name', name)
    .replace(':file', 'index.html');
  const bodies: Record<string, unknown> = {
    'POST /v2.0/networks': { network: { name: 'new' } },
    'PUT /v2.0/networks/:id': { network: { name: 'renamed' } },
    'POST /v2.0/subnets': { subnet: { network_id: fx.network, cidr: '10.1.0.0/24', ip_version: 4 } },
    'PUT /v2.0/subnets/:id': { subnet: { name: 'renamed' } },
    'POST /v2.0/ports': { port: { network_id: fx.network } },
    'PUT /v2.0/ports/:id': { port: { name: 'renamed' } },
    'POST /v2.0/ports/:id/bindings': { binding: { host: 'h3' } },
    'PUT /v2.0/agents/:id': { agent: { admin_state_up: true } },
    'POST /v2.0/routers': { router: { name: 'new' } },
    'PUT /v2.0/routers/:id': { router: { name: 'renamed' } },
    'PUT /v2.0/routers/:id/add_router_interface': { subnet_id: fx.subnet },
    'PUT /v2.0/routers/:id/remove_router_interface': { subnet_id: fx.attached },
    'POST /v2.0/subnetpools': { subnetpool: { name: 'new', prefixes: ['198.51.100.0/24'] } },
    'PUT /v2.0/subnetpools/:id': { subnetpool: { name: 'renamed' } },
    'PUT /v2.0/quotas/:projectId': { quota: { network: 50 } },
    'POST /v2.0/security-groups': { security_group: { name: 'new' } },
    'PUT /v2.0/security-groups/:id': { security_group: { name: 'renamed' } },
    'POST /v2.0/security-group-rules': { security_group_rule: { security_group_id: fx.securityGroup, direction: 'egress', protocol: 'udp' } },
    'POST /admin/v1/regions': { region: { name: `rn${n}` } },
    'POST /admin/v1/availability_zones': { availability_zone: { name: `azn${n}` } },
    'POST /admin/v1/cells': { cell: { name: `cn${n}`, region: 'r1', availability_zone: 'az1' } },
    'POST /admin/v1/hosts': { host: { id: `hn${n}`, cell: 'c1', vtep: `198.19.${Math.floor(n / 250)}.${(n % 250) + 1}` } },
    'PUT /admin/v1/hosts/:name': { host: { vtep: `198.20.${Math.floor(n / 250)}.${(n % 250) + 1}` } },
  };
  const body = route.endsWith('/tags') && method === 'PUT' ? { tags: ['a', 'b'] } : bodies[route];
  return { url, body };
}

describe('policy walk: every central-api route × caller', () => {
  it('has a row for every registered route, and no row for a route that is gone', () => {
    const routes = registeredRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(50);
    const rows = Object.keys(EXPECTED);
    expect({ withoutRow: routes.filter((r) => !rows.includes(r)), withoutRoute: rows.filter((r) => !routes.includes(r)) }).toEqual({ withoutRow: [], withoutRoute: [] });
  });

  it('answers each caller with the expected status', async () => {
    const actual: Record<string, number[]> = {};
    // Reads change nothing: they share one fixture; every write gets its own.
    const shared = await fixture(++cell);
    for (const route of Object.keys(EXPECTED)) {
      actual[route] = [];
      for (const caller of CALLER_NAMES) {
        const fx = route.startsWith('GET ') ? shared : await fixture(++cell);
        const { url, body } = request(route, fx);
        const res = await t.app.inject({ method: route.split(' ')[0] as 'GET', url, headers: CALLERS[caller], ...(body === undefined ? {} : { payload: body as object }) });
        actual[route].push(res.statusCode);
      }
    }
    // One comparison of the whole matrix: a failure shows every cell that differs.
    expect(actual).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, [...v]])));
  }, 300_000);
});
