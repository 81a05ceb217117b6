import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp, type BuildAppOptions } from './app';
import { DEFAULT_CENTRAL_CONFIG, type CentralConfig } from './config';

/** A central-api on a fresh LMDB store in a temp dir; `close()` removes everything. */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The temp dir holding the LMDB environment. */
  readonly dir: string;
  /** inject() with JSON body and optional project/roles headers. */
  call(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

/** Headers of a non-admin member of `project`. */
export const member = (project: string) => ({ 'x-project-id': project, 'x-roles': 'member' });

export async function startTestApp(overrides: Partial<CentralConfig> = {}, options: Pick<BuildAppOptions, 'randomBytes'> = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'central-api-'));
  const store = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS });
  const app = await buildApp({ ...options, store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: dir, ...overrides } });
  return {
    app,
    store,
    dir,
    async call(method, url, body, headers = {}) {
      const res = await app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
      return { status: res.statusCode, json: res.body === '' ? undefined : JSON.parse(res.body) };
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Region r1 (cells c1 in az1, c2 in az2) and r2 (cell c3 in az2); host hN in cell cN. */
export async function seedTopology(t: TestApp): Promise<void> {
  for (const r of ['r1', 'r2']) expectOk(await t.call('POST', '/admin/v1/regions', { region: { name: r } }));
  for (const z of ['az1', 'az2']) expectOk(await t.call('POST', '/admin/v1/availability_zones', { availability_zone: { name: z } }));
  const cells = [['c1', 'r1', 'az1'], ['c2', 'r1', 'az2'], ['c3', 'r2', 'az2']];
  for (const [name, region, az] of cells) expectOk(await t.call('POST', '/admin/v1/cells', { cell: { name, region, availability_zone: az } }));
  for (const [i, [cell]] of cells.entries()) expectOk(await t.call('POST', '/admin/v1/hosts', { host: { id: `h${i + 1}`, cell, vtep: `192.0.2.${i + 1}` } }));
}

function expectOk(res: { status: number; json: unknown }): void {
  if (res.status >= 300) throw new Error(`seed failed: ${res.status} ${JSON.stringify(res.json)}`);
}
