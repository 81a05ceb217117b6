import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@trellis/runtime';
import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { CentralConfigSchema, DEFAULT_CENTRAL_CONFIG, type StoreConfig } from './config';
import { openCentralStore, type OpenedStore } from './open-store';

const load = (env: Record<string, string>) => loadConfig(CentralConfigSchema, { defaults: DEFAULT_CENTRAL_CONFIG, env, envPrefix: 'TRELLIS_CENTRAL_' });

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('store config', () => {
  it('defaults to LMDB and reads etcd settings from the environment', () => {
    expect(load({}).store).toEqual({ kind: 'lmdb', compaction: { maxRevisions: 1_000_000, maxAgeMs: 0, intervalMs: 60_000 } });
    expect(load({ TRELLIS_CENTRAL_STORE__COMPACTION__MAX_REVISIONS: '5000' }).store).toMatchObject({ kind: 'lmdb', compaction: { maxRevisions: 5000 } });
    expect(load({ TRELLIS_CENTRAL_STORE__KIND: 'etcd', TRELLIS_CENTRAL_STORE__ENDPOINTS: 'http://127.0.0.1:2379,http://127.0.0.1:2479', TRELLIS_CENTRAL_STORE__PREFIX: '/prod/' }).store).toMatchObject({
      kind: 'etcd',
      endpoints: ['http://127.0.0.1:2379', 'http://127.0.0.1:2479'],
      prefix: '/prod/',
    });
  });

  it('refuses etcd without endpoints and unknown kinds', () => {
    expect(() => load({ TRELLIS_CENTRAL_STORE__KIND: 'etcd' })).toThrow(/store/);
    expect(() => load({ TRELLIS_CENTRAL_STORE__KIND: 'redis' })).toThrow(/store/);
  });
});

describe('openCentralStore (lmdb)', () => {
  it('creates the environment in dataDir by default, or in store.path', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'central-store-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const a = await openCentralStore({ kind: 'lmdb' }, path.join(root, 'data'));
    cleanups.push(() => a.store.close());
    expect(a.description).toBe(`lmdb:${path.join(root, 'data')}`);
    expect((await a.store.status()).backend).toBe('lmdb');
    expect(readdirSync(path.join(root, 'data'))).toContain('data.mdb');
    const b = await openCentralStore({ kind: 'lmdb', path: path.join(root, 'elsewhere') }, path.join(root, 'unused'));
    cleanups.push(() => b.store.close());
    expect(readdirSync(root).sort()).toEqual(['data', 'elsewhere']);
  });

  it('refuses a directory name lmdb would take for a file', async () => {
    await expect(openCentralStore({ kind: 'lmdb', path: '/tmp/trellis.db' }, '/unused')).rejects.toThrow(/must not have an extension/);
  });
});

describe('openCentralStore (etcd): two central-api replicas on one etcd', () => {
  let cluster: EtcdCluster;
  beforeAll(async () => {
    cluster = await startEtcd({ members: 1, unsafeNoFsync: true });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  async function replica(config: StoreConfig): Promise<{ app: FastifyInstance; opened: OpenedStore }> {
    const opened = await openCentralStore(config, '/unused');
    const app = await buildApp({ store: opened.store, config: { ...DEFAULT_CENTRAL_CONFIG, store: config } });
    cleanups.push(async () => {
      await app.close();
      await opened.store.close();
    });
    return { app, opened };
  }
  const json = async (app: FastifyInstance, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await app.inject({ method, url, payload });
    return { status: res.statusCode, body: res.json() };
  };

  it('serves the same data from both replicas and never allocates an address twice', async () => {
    const config: StoreConfig = { kind: 'etcd', endpoints: cluster.endpoints, prefix: '/central-replicas/' };
    const [a, b] = [await replica(config), await replica(config)];
    expect(a.opened.description).toBe(`etcd:${cluster.endpoints.join(',')}/central-replicas/`);
    expect((await a.opened.store.status()).backend).toBe('etcd');
    const net = await json(a.app, 'POST', '/v2.0/networks', { network: { name: 'shared-net' } });
    expect(net.status).toBe(201);
    expect((await json(b.app, 'GET', `/v2.0/networks/${net.body.network.id}`)).body.network.name).toBe('shared-net');
    expect((await json(b.app, 'POST', '/v2.0/subnets', { subnet: { network_id: net.body.network.id, cidr: '10.9.0.0/24', ip_version: 4, enable_dhcp: false } })).status).toBe(201);
    // Concurrent creates on both replicas race for the same next addresses; compares settle it.
    const creates = Array.from({ length: 12 }, (_, i) => json(i % 2 ? a.app : b.app, 'POST', '/v2.0/ports', { port: { network_id: net.body.network.id } }));
    const results = await Promise.all(creates);
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    const ips = results.map((r) => r.body.port.fixed_ips[0].ip_address);
    expect(new Set(ips).size).toBe(12);
    const listed = (await json(a.app, 'GET', `/v2.0/ports?network_id=${net.body.network.id}`)).body.ports;
    expect(listed).toHaveLength(12);
  });

  it("follows the other replica's topology and subnet changes (caches are dropped by the store watch)", async () => {
    const config: StoreConfig = { kind: 'etcd', endpoints: cluster.endpoints, prefix: '/central-topology/' };
    const [a, b] = [await replica(config), await replica(config)];
    expect((await json(a.app, 'POST', '/admin/v1/regions', { region: { name: 'r1' } })).status).toBe(201);
    expect((await json(a.app, 'POST', '/admin/v1/availability_zones', { availability_zone: { name: 'az1' } })).status).toBe(201);
    expect((await json(a.app, 'POST', '/admin/v1/cells', { cell: { name: 'c1', region: 'r1', availability_zone: 'az1' } })).status).toBe(201);
    const net = (await json(b.app, 'POST', '/v2.0/networks', { network: { name: 'n', availability_zone_hints: ['az1'] } })).body.network;
    const port = (await json(b.app, 'POST', '/v2.0/ports', { port: { network_id: net.id } })).body.port;
    // B has a topology view cached now, without host h-new.
    expect((await json(b.app, 'PUT', `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': 'h-new' } })).body.NeutronError.type).toBe('HostNotFound');
    expect((await json(a.app, 'POST', '/admin/v1/hosts', { host: { id: 'h-new', cell: 'c1', vtep: '192.0.2.50' } })).status).toBe(201);
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await json(b.app, 'PUT', `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': 'h-new' } })).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(200);
    // B has the network's (empty) subnet list cached; a subnet created at A must reach its ports.
    expect((await json(b.app, 'POST', '/v2.0/ports', { port: { network_id: net.id } })).body.port.fixed_ips).toEqual([]);
    expect((await json(a.app, 'POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '10.7.0.0/24', ip_version: 4, enable_dhcp: false } })).status).toBe(201);
    let fixedIps: unknown[] = [];
    for (let i = 0; i < 50 && fixedIps.length === 0; i++) {
      fixedIps = (await json(b.app, 'POST', '/v2.0/ports', { port: { network_id: net.id } })).body.port.fixed_ips;
      if (fixedIps.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(fixedIps).toHaveLength(1);
  });
});
