/**
 * Benchmark (not a test): materialise-on-first-read latency, and local read latency of
 * `GET /v2.0/networks?id=…` with 10k networks in the region, over loopback HTTP.
 * Run: TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/bench/cell-agent-read-bench.ts
 */
import { Collections, type Network } from '@trellis/domain';
import { FakeCentral, startTestAgent } from '@trellis/cell-agent/testing';

const NETWORKS = 10_000;
const READS = 5_000;
const FIRST_READS = 300;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(2)} ms, p99 ${percentile(s, 99).toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms (n=${s.length})`;
};

async function timed(url: string): Promise<number> {
  const start = process.hrtime.bigint();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const central = await FakeCentral.start();
await central.seedTopology();
const agent = await startTestAgent(central, { sync: false });
try {
  const address = await agent.app.listen({ host: '127.0.0.1', port: 0 });

  // 1. First reads: each network exists only at central; the agent fetches it (+ subnets) and stores it.
  const fresh: string[] = [];
  for (let i = 0; i < FIRST_READS; i++) fresh.push((await central.createNetwork(`fresh-${i}`, [], 100_000 + i)).network.id);
  const first: number[] = [];
  for (const id of fresh) first.push(await timed(`${address}/v2.0/networks?id=${id}`));
  const again: number[] = [];
  for (const id of fresh) again.push(await timed(`${address}/v2.0/networks?id=${id}`));

  // 2. Local reads with 10k networks in the replica.
  const template = (await agent.app.cellAgent.replica.network(fresh[0])) as Network;
  const ids: string[] = [];
  for (let batch = 0; batch < NETWORKS; batch += 1_000) {
    const ops = Array.from({ length: 1_000 }, (_, j) => {
      const id = `00000000-0000-4000-8000-${String(batch + j).padStart(12, '0')}`;
      ids.push(id);
      return { type: 'put' as const, collection: Collections.networks, key: id, value: { ...template, id, name: `n-${batch + j}`, segmentationId: 200_000 + batch + j } };
    });
    await agent.store.commit({ ops });
  }
  for (let i = 0; i < 200; i++) await timed(`${address}/v2.0/networks?id=${ids[i]}`); // warm-up
  const local: number[] = [];
  for (let i = 0; i < READS; i++) local.push(await timed(`${address}/v2.0/networks?id=${ids[(i * 7919) % ids.length]}`));

  process.stdout.write(`materialise on first read (network + subnet from central over loopback): ${summary(first)}\n`);
  process.stdout.write(`same ids read again (local):                                           ${summary(again)}\n`);
  process.stdout.write(`GET /v2.0/networks?id=… with ${NETWORKS + FIRST_READS} networks in the replica: ${summary(local)}\n`);
} finally {
  await agent.close();
  await central.close();
}
