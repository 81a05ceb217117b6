import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CELL_AGENT_COLLECTIONS, DEFAULT_CELL_AGENT_CONFIG, buildApp as buildAgent } from '@trellis/cell-agent';
import { DEFAULT_CENTRAL_CONFIG, buildApp as buildCentral } from '@trellis/central-api';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FastifyInstance, InjectOptions } from 'fastify';

/** One answer, with the raw body (the tests check its shape themselves). */
export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly json: unknown;
}

export interface Target {
  readonly name: 'central' | 'cell-agent';
  readonly app: FastifyInstance;
  call(options: InjectOptions): Promise<Answer>;
  /**
   * Over a real socket with the path sent byte for byte (`curl --path-as-is`): inject() and
   * URL parsing would resolve `..` before the server saw it.
   */
  raw(method: string, path: string, body?: string): Promise<Answer>;
}

/** central-api listening on loopback and a cell-agent (region r1, cell c1) forwarding to it. */
export interface Deployment {
  readonly central: Target;
  readonly agent: Target;
  readonly centralStore: Store;
  /** Ids of the seeded network (scope az1 = cell c1), its subnet and one port. */
  readonly ids: { readonly network: string; readonly subnet: string; readonly port: string };
  close(): Promise<void>;
}

const target = (name: Target['name'], app: FastifyInstance): Target => ({
  name,
  app,
  async call(options) {
    const res = await app.inject(options);
    return { status: res.statusCode, body: res.body, json: parseJson(res.body) };
  },
  raw(method, path, body) {
    const { port } = app.server.address() as { port: number };
    return new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: body === undefined ? {} : { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, json: parseJson(text) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  },
});

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function seed(central: Target): Promise<Deployment['ids']> {
  const post = async (url: string, payload: object): Promise<Record<string, Record<string, unknown>>> => {
    const res = await central.call({ method: 'POST', url, payload });
    if (res.status !== 201) throw new Error(`seed ${url} failed: ${res.status} ${res.body}`);
    return res.json as Record<string, Record<string, unknown>>;
  };
  for (const name of ['r1', 'r2']) await post('/admin/v1/regions', { region: { name } });
  for (const name of ['az1', 'az2']) await post('/admin/v1/availability_zones', { availability_zone: { name } });
  await post('/admin/v1/cells', { cell: { name: 'c1', region: 'r1', availability_zone: 'az1' } });
  await post('/admin/v1/cells', { cell: { name: 'c3', region: 'r2', availability_zone: 'az2' } });
  await post('/admin/v1/hosts', { host: { id: 'h1', cell: 'c1', vtep: '192.0.2.1' } });
  await post('/admin/v1/hosts', { host: { id: 'h3', cell: 'c3', vtep: '192.0.2.3' } });
  const network = String((await post('/v2.0/networks', { network: { name: 'n1', availability_zone_hints: ['az1'] } })).network.id);
  const subnet = String((await post('/v2.0/subnets', { subnet: { network_id: network, cidr: '10.0.0.0/24' } })).subnet.id);
  const port = String((await post('/v2.0/ports', { port: { network_id: network, name: 'p1' } })).port.id);
  return { network, subnet, port };
}

/** Starts both; everything (servers, stores, temp dirs) is removed by `close()`, also after a failed start. */
export async function startDeployment(): Promise<Deployment> {
  const dirs: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  try {
    const centralDir = mkdtempSync(path.join(tmpdir(), 'edge-central-'));
    dirs.push(centralDir);
    const centralStore = await openLmdbStore({ path: centralDir, collections: NEUTRON_COLLECTIONS });
    closers.push(() => centralStore.close());
    const centralApp = await buildCentral({ store: centralStore, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: centralDir } });
    closers.push(() => centralApp.close());
    await centralApp.listen({ host: '127.0.0.1', port: 0 });
    const { port } = centralApp.server.address() as { port: number };

    const agentDir = mkdtempSync(path.join(tmpdir(), 'edge-agent-'));
    dirs.push(agentDir);
    const agentStore = await openLmdbStore({ path: agentDir, collections: CELL_AGENT_COLLECTIONS });
    closers.push(() => agentStore.close());
    const agentApp = await buildAgent({
      store: agentStore,
      config: {
        ...DEFAULT_CELL_AGENT_CONFIG,
        region: 'r1',
        cells: ['c1'],
        // No feed here: the agent materialises from central's REST on first read.
        central: { urls: [`http://127.0.0.1:${port}`], feedTargets: ['127.0.0.1:1'], timeoutMs: 5_000, feedTls: {} },
        dataDir: agentDir,
      },
    });
    closers.push(() => agentApp.close());
    await agentApp.listen({ host: '127.0.0.1', port: 0 });
    const central = target('central', centralApp);
    const ids = await seed(central);
    return { central, agent: target('cell-agent', agentApp), centralStore, ids, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Fails unless `body` is exactly `{"NeutronError": {type, message, detail}}` with strings. */
export function isNeutronError(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const keys = Object.keys(json);
  if (keys.length !== 1 || keys[0] !== 'NeutronError') return false;
  const e = (json as { NeutronError: unknown }).NeutronError as Record<string, unknown> | null;
  return e !== null && typeof e === 'object' && typeof e.type === 'string' && typeof e.message === 'string' && typeof e.detail === 'string';
}
