/**
 * Port-create throughput of central-api replicas (not a test): N `POST /v2.0/ports` on one shared
 * network from C concurrent HTTP clients, spread round-robin over the replicas, for
 *   - 1 central-api on the embedded LMDB store (reference),
 *   - 1 central-api on etcd,
 *   - 2 central-api replicas on the same etcd.
 * Each scenario starts its own processes (real central-api main.ts, real etcd: 1 member on
 * loopback, fsync on unless --no-fsync), warms up, measures, and stops everything by PID; temp
 * dirs are removed, also on failure. Bounded by N.
 * Run: node --import tsx tools/bench/replicas-bench.ts [--ports N] [--clients C] [--networks K] [--no-fsync]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, spawnNode, startEtcd, tempDir, type EtcdCluster, type NodeProcess } from '@trellis/testkit';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PORTS = arg('ports', 2_000);
const CLIENTS = arg('clients', 32);
/** Networks the creates spread over (1 = everyone races for the same subnet's addresses). */
const NETWORKS = arg('networks', 1);
const WARMUP = 50;
const NO_FSYNC = process.argv.includes('--no-fsync');

interface Row {
  scenario: string;
  replicas: number;
  ports: number;
  clients: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function post(url: string, body: unknown): Promise<{ status: number; json: { [k: string]: { id: string } } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
  return { status: res.status, json: (await res.json()) as { [k: string]: { id: string } } };
}

/** Starts `replicas` central-api processes on the given store; returns their REST URLs. */
async function startCentrals(dir: string, replicas: number, store: object, procs: NodeProcess[]): Promise<string[]> {
  const urls: string[] = [];
  await Promise.all(
    Array.from({ length: replicas }, async (_, i) => {
      const [rest, feed] = [await freePort(), await freePort()];
      const config = { listen: { host: '127.0.0.1', port: rest }, grpc: { listen: `127.0.0.1:${feed}` }, dataDir: path.join(dir, `central-${i}`), logLevel: 'warn', store };
      const file = path.join(dir, `central-${i}.json`);
      writeFileSync(file, JSON.stringify(config));
      const proc = spawnNode('apps/central-api/src/main.ts', { env: { TRELLIS_CENTRAL_CONFIG: file } });
      procs.push(proc);
      await proc.waitFor(/central-api ready/, 60_000);
      urls[i] = `http://127.0.0.1:${rest}`;
    }),
  );
  return urls;
}

/** Networks with one /16 subnet each (room for every port of the run). */
async function seed(url: string): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < NETWORKS; n++) {
    const net = await post(`${url}/v2.0/networks`, { network: { name: `bench-${n}` } });
    if (net.status !== 201) throw new Error(`network create: ${net.status} ${JSON.stringify(net.json)}`);
    const sub = await post(`${url}/v2.0/subnets`, { subnet: { network_id: net.json.network!.id, cidr: `10.${100 + n}.0.0/16`, ip_version: 4 } });
    if (sub.status !== 201) throw new Error(`subnet create: ${sub.status} ${JSON.stringify(sub.json)}`);
    ids.push(net.json.network!.id);
  }
  return ids;
}

/** `count` port creates from CLIENTS workers; request i goes to replica i mod replicas. */
async function createPorts(urls: string[], networks: string[], count: number, offset: number): Promise<{ seconds: number; latenciesMs: number[]; errors: number }> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let next = 0;
  let firstError = '';
  const start = performance.now();
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const n = offset + i;
      const t0 = performance.now();
      const res = await post(`${urls[n % urls.length]}/v2.0/ports`, { port: { network_id: networks[n % networks.length], name: `bp-${n}` } });
      latenciesMs.push(performance.now() - t0);
      if (res.status !== 201) {
        errors++;
        firstError ||= `${res.status} ${JSON.stringify(res.json)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  if (firstError) process.stderr.write(`first error: ${firstError}\n`);
  return { seconds: (performance.now() - start) / 1000, latenciesMs, errors };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function scenario(name: string, replicas: number, backend: 'lmdb' | 'etcd'): Promise<Row> {
  const dir = tempDir('trellis-replicas-bench-');
  const procs: NodeProcess[] = [];
  let etcd: EtcdCluster | undefined;
  try {
    if (backend === 'etcd') etcd = await startEtcd({ members: 1, unsafeNoFsync: NO_FSYNC });
    const store = etcd ? { kind: 'etcd', endpoints: etcd.endpoints, prefix: '/bench/' } : { kind: 'lmdb' };
    const urls = await startCentrals(dir.path, replicas, store, procs);
    const networks = await seed(urls[0]!);
    await createPorts(urls, networks, WARMUP * replicas, PORTS);
    const run = await createPorts(urls, networks, PORTS, 0);
    const sorted = run.latenciesMs.sort((a, b) => a - b);
    return {
      scenario: name,
      replicas,
      ports: PORTS,
      clients: CLIENTS,
      seconds: Number(run.seconds.toFixed(2)),
      perSecond: Math.round(PORTS / run.seconds),
      p50Ms: Number(percentile(sorted, 50).toFixed(1)),
      p99Ms: Number(percentile(sorted, 99).toFixed(1)),
      errors: run.errors,
    };
  } finally {
    for (const p of procs.reverse()) await p.stop(5_000).catch(() => undefined);
    await etcd?.stop();
    dir.remove();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  rows.push(await scenario('lmdb, 1 central-api', 1, 'lmdb'));
  rows.push(await scenario('etcd, 1 central-api', 1, 'etcd'));
  rows.push(await scenario('etcd, 2 central-api replicas', 2, 'etcd'));
  console.table(rows);
  console.log(JSON.stringify({ benchmark: 'replicas', ports: PORTS, clients: CLIENTS, networks: NETWORKS, etcdFsync: !NO_FSYNC, results: rows }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
