/**
 * central-api benchmark (not a test). Starts central-api in-process (buildApp + listen on
 * 127.0.0.1:0, a temp LMDB store), seeds a topology (2 regions, 10 cells, 1,000 hosts) and
 * networks, then measures over real HTTP on loopback, with autocannon in a worker thread:
 *   1. port create + bind (`POST /v2.0/ports` with `binding:host_id`): requests/s, p50/p99;
 *   2. `GET /v2.0/ports?binding:host_id=…` with ≥ 100k ports in the store: p50/p99.
 * Bounded (fixed request counts); the temp dir is removed at exit.
 * Run: node --import tsx tools/bench/central-api-bench.ts [--creates N] [--ports N] [--connections N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildApp, DEFAULT_CENTRAL_CONFIG } from '@trellis/central-api';
import { NEUTRON_COLLECTIONS } from '@trellis/neutron';
import { openLmdbStore } from '@trellis/store';
import type { FastifyInstance } from 'fastify';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CREATES = arg('creates', 20_000);
const TOTAL_PORTS = arg('ports', 100_000);
const CONNECTIONS = arg('connections', 16);
const LIST_CONNECTIONS = arg('list-connections', 4);
const LISTS = arg('lists', 5_000);
const CELLS = 10;
const HOSTS_PER_CELL = 100;
const NETWORKS = 8;
const SEED_BULK = 500;

const TARGETS = { createPerSecond: 2_000, createP99Ms: 25, listP99Ms: 10 };

interface AutocannonRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p2_5: number; max: number; average: number };
  throughput: { average: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  '2xx': number;
}

interface Row {
  scenario: string;
  requests: number;
  connections: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** Busy time of the server's event loop per request (less sensitive to other load on the box). */
  serverCpuMsPerRequest: number;
  target: string;
  met: boolean;
}

const hostName = (i: number) => `compute-${String(i).padStart(4, '0')}`;
const json = { 'content-type': 'application/json' };

// The load generator runs in its own thread so that the server's event loop is not also the client's.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannonPath);
// Inside a worker autocannon returns raw histograms: aggregate them here.
autocannon(workerData.options, (err, raw) =>
  parentPort.postMessage(err ? { error: String(err) } : { result: autocannon.aggregateResult([raw], workerData.options) }));
`;

function load(url: string, requests: AutocannonRequest[], connections: number, amount: number): Promise<AutocannonResult> {
  const autocannonPath = createRequire(import.meta.url).resolve('autocannon');
  const options = { url, connections, amount, requests, timeout: 30 };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { autocannonPath, options } });
    worker.once('message', (m: { error?: string; result?: AutocannonResult }) => {
      void worker.terminate();
      if (m.error || !m.result) reject(new Error(m.error ?? 'no result'));
      else resolve(m.result);
    });
    worker.once('error', reject);
  });
}

async function inject(app: FastifyInstance, method: 'GET' | 'POST', url: string, payload?: unknown): Promise<any> {
  const res = await app.inject({ method, url, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json();
}

async function seedTopology(app: FastifyInstance): Promise<string[]> {
  const topo = app.central.topology;
  await topo.createRegion('RegionOne', '');
  await topo.createRegion('RegionTwo', '');
  for (const zone of ['az1', 'az2']) await topo.createZone(zone, '');
  for (let c = 0; c < CELLS; c++) await topo.createCell(`cell${c}`, c < CELLS / 2 ? 'RegionOne' : 'RegionTwo', c < CELLS / 2 ? 'az1' : 'az2');
  const hosts: string[] = [];
  for (let c = 0; c < CELLS; c++) {
    const batch: Promise<unknown>[] = [];
    for (let h = 0; h < HOSTS_PER_CELL; h++) {
      const i = c * HOSTS_PER_CELL + h;
      hosts.push(hostName(i));
      batch.push(topo.createHost({ id: hostName(i), cell: `cell${c}`, vtep: `10.200.${Math.floor(i / 250)}.${(i % 250) + 1}` }));
    }
    await Promise.all(batch);
  }
  return hosts;
}

async function seedNetworks(app: FastifyInstance): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < NETWORKS; n++) {
    const net = (await inject(app, 'POST', '/v2.0/networks', { network: { name: `bench-${n}` } })).network;
    await inject(app, 'POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: `10.${n + 1}.0.0/16`, ip_version: 4, name: `bench-${n}-v4` } });
    ids.push(net.id);
  }
  return ids;
}

/** Ports spread round-robin over hosts and networks, through bulk creates. */
async function seedPorts(app: FastifyInstance, networks: string[], hosts: string[], count: number, offset: number): Promise<void> {
  for (let done = 0; done < count; done += SEED_BULK) {
    const ports = [];
    for (let i = done; i < Math.min(count, done + SEED_BULK); i++) {
      const k = offset + i;
      ports.push({ network_id: networks[k % networks.length], 'binding:host_id': hosts[k % hosts.length], device_owner: 'compute:nova', device_id: `vm-${k}` });
    }
    await inject(app, 'POST', '/v2.0/ports', { ports });
  }
}

/** Runs a load and measures the server thread's event-loop busy time alongside. */
async function measured(url: string, requests: AutocannonRequest[], connections: number, amount: number): Promise<{ result: AutocannonResult; busyMs: number }> {
  const before = performance.eventLoopUtilization();
  const result = await load(url, requests, connections, amount);
  const elu = performance.eventLoopUtilization(before);
  return { result, busyMs: elu.active };
}

function row(scenario: string, { result: r, busyMs }: { result: AutocannonResult; busyMs: number }, connections: number, target: string, met: (r: AutocannonResult) => boolean): Row {
  return {
    scenario,
    requests: r.requests.total,
    connections,
    perSecond: Math.round(r.requests.total / r.duration),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.non2xx + r.errors + r.timeouts,
    serverCpuMsPerRequest: Number((busyMs / Math.max(1, r.requests.total)).toFixed(3)),
    target,
    met: met(r),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'central-api-bench-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const store = await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS });
  const app = await buildApp({ store, config: { ...DEFAULT_CENTRAL_CONFIG, dataDir: dir, quotas: { ...DEFAULT_CENTRAL_CONFIG.quotas, network: -1, subnet: -1, port: -1 } } });
  const rows: Row[] = [];
  const seeding: Record<string, number> = {};
  try {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    let t0 = performance.now();
    const hosts = await seedTopology(app);
    const networks = await seedNetworks(app);
    seeding.topologySeconds = Number(((performance.now() - t0) / 1000).toFixed(2));

    // One request per host, so the measured creates spread evenly like the seeded ports.
    const createRequests: AutocannonRequest[] = hosts.map((host, i) => ({
      method: 'POST',
      path: '/v2.0/ports',
      headers: json,
      body: JSON.stringify({ port: { network_id: networks[i % NETWORKS], 'binding:host_id': host, device_owner: 'compute:nova', device_id: `bench-vm-${i}` } }),
    }));
    await load(url, createRequests, CONNECTIONS, Math.min(2_000, CREATES)); // warm-up (JIT, caches)
    const created = await measured(url, createRequests, CONNECTIONS, CREATES);
    const createMet = (r: AutocannonResult) => r.requests.total / r.duration >= TARGETS.createPerSecond && r.latency.p99 <= TARGETS.createP99Ms;
    rows.push(row('POST /v2.0/ports + binding:host_id', created, CONNECTIONS, `>= ${TARGETS.createPerSecond}/s, p99 <= ${TARGETS.createP99Ms} ms`, createMet));

    const existing = (await store.count('ports')) as number;
    t0 = performance.now();
    await seedPorts(app, networks, hosts, Math.max(0, TOTAL_PORTS - existing), existing);
    const portCount = await store.count('ports');
    seeding.portsSeeded = portCount - existing;
    seeding.portSeedPerSecond = Math.round((portCount - existing) / ((performance.now() - t0) / 1000));
    seeding.ports = portCount;

    const listRequests: AutocannonRequest[] = Array.from({ length: 200 }, (_, i) => ({
      method: 'GET',
      path: `/v2.0/ports?binding%3Ahost_id=${hosts[(i * 13) % hosts.length]}`,
    }));
    const sample = await inject(app, 'GET', listRequests[0].path);
    seeding.portsPerListedHost = sample.ports.length;
    seeding.listResponseBytes = JSON.stringify(sample).length;
    await load(url, listRequests, LIST_CONNECTIONS, Math.min(500, LISTS));
    // One client at a time (pure latency) and several (latency including queueing).
    for (const connections of [1, LIST_CONNECTIONS]) {
      const listed = await measured(url, listRequests, connections, LISTS);
      rows.push(row(`GET /v2.0/ports?binding:host_id (${portCount} ports)`, listed, connections, `p99 <= ${TARGETS.listP99Ms} ms`, (r) => r.latency.p99 <= TARGETS.listP99Ms));
    }

    console.table(rows);
    console.log(JSON.stringify({ benchmark: 'central-api', store: 'lmdb', seeding, results: rows }));
  } finally {
    await app.close();
    await store.close();
    removeDir();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
