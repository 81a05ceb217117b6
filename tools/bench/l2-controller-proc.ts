import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { digestToWire, digestVniView } from '@trellis/l2';
import { listenGrpc, shutdownGrpc } from '@trellis/runtime';
import { Controller } from '@trellis/vtep-controller/src/controller/controller';
import type { FeedEvent } from '@trellis/vtep-controller/src/controller/types';
import { openLmdbIndexStore } from '@trellis/vtep-controller/src/log/index-store';
import { createDistributionServer } from '@trellis/vtep-controller/src/server/grpc-server';
import pino from 'pino';
import { nowMs, serveIpc } from './l2-bench-ipc';
import { cellOf, hostId, hostValue, hostVnis, networkValue, portsOf, portValue, type L2Workload } from './l2-workload';

// The vtep-controller process of the L2 benchmark, constructed as apps/vtep-controller/src/main.ts
// does, except that its feed is produced here (domain values → FeedEvents, as the central feed
// would deliver them): the central API is bypassed. argv: <dataDir> <port> <heartbeatMs>.

const [dataDir, portArg, heartbeatArg] = process.argv.slice(2);
mkdirSync(dataDir, { recursive: true });
const store = openLmdbIndexStore(join(dataDir, 'index'));
const ctl = new Controller(
  {
    controllerId: 'bench', epoch: 'bench', queueLimitBytes: 4 << 20, heartbeatIntervalMs: Number(heartbeatArg), helloTimeoutMs: 30_000,
    maxFrameBytes: 1 << 20, snapshotChunkBytes: 256 << 10, snapshotMaxEntriesPerVniDelta: 8192, logMaxRecords: 100_000, logMaxBytes: 256 << 20,
    logger: pino({ level: 'warn' }), status: { reportPortStatuses: () => undefined, reportHostLiveness: () => undefined },
  },
  store,
);
ctl.start();
const server = createDistributionServer(ctl);
const port = await listenGrpc(server, `127.0.0.1:${portArg}`);

let revision = ctl.revision;
const commit = (changes: Array<{ collection: string; key: string; value: unknown }>): number => {
  revision++;
  const event: FeedEvent = { type: 'revision', revision, changes: changes.map((c) => ({ type: 'put' as const, ...c })) };
  ctl.applyFeedEvent(event);
  return revision;
};

/** Where each port is, for generating moves. */
const portHost = new Map<number, { v: number; h: number; seq: number }>();
let workload: L2Workload | undefined;

serveIpc({
  info: () => ({ port, revision: ctl.revision }),
  /** Registers hosts (one revision), networks (one) and ports in revisions of `batch`. */
  load: (args: { workload: L2Workload; batch: number; registerOnly?: boolean }) => {
    const w = (workload = args.workload);
    const t0 = nowMs();
    commit(Array.from({ length: w.hosts }, (_, i) => ({ collection: 'hosts', key: hostId(i), value: hostValue(i, w) })));
    if (args.registerOnly) return { ms: nowMs() - t0, revision };
    commit(Array.from({ length: w.vnis }, (_, v) => ({ collection: 'networks', key: `net${v}`, value: networkValue(v) })));
    let batch: Array<{ collection: string; key: string; value: unknown }> = [];
    for (const p of portsOf(w)) {
      portHost.set(p.n, { v: p.v, h: p.h, seq: 0 });
      batch.push({ collection: 'ports', key: `p${p.n}`, value: portValue(p.n, p.v, p.h) });
      if (batch.length >= args.batch) commit(batch.splice(0));
    }
    if (batch.length > 0) commit(batch);
    batch = [];
    return { ms: nowMs() - t0, revision, ports: portHost.size };
  },
  /**
   * Issues `count` moves at `ratePerSec`: each re-binds a random port to a member host of its
   * VNI in another cell (mobility sequence + 1), one central revision per move. Returns the
   * emission time of each move's revision.
   */
  moves: async (args: { count: number; ratePerSec: number; seed: number }) => {
    const w = workload!;
    let s = args.seed >>> 0;
    const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const members = new Map<number, number[]>();
    for (let h = 0; h < w.hosts; h++) for (const v of hostVnis(w, h)) (members.get(v) ?? members.set(v, []).get(v)!).push(h);
    const emitted: Array<[revision: number, ms: number, vni: number]> = [];
    const start = nowMs();
    const stepMs = 1000 / args.ratePerSec;
    for (let k = 0; k < args.count; k++) {
      const due = start + k * stepMs;
      const wait = due - nowMs();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      else if (k % 16 === 0) await new Promise((r) => setImmediate(r));
      const n = Math.floor(rnd() * portHost.size);
      const p = portHost.get(n)!;
      const candidates = members.get(p.v)!.filter((h) => cellOf(w, h) !== cellOf(w, p.h));
      const dest = candidates[Math.floor(rnd() * candidates.length)];
      p.h = dest;
      p.seq++;
      const t = nowMs();
      const r = commit([{ collection: 'ports', key: `p${n}`, value: portValue(n, p.v, dest, p.seq) }]);
      emitted.push([r, t, p.v]);
    }
    return { emitted, ms: nowMs() - start };
  },
  /** Expected per-VNI wire digests of each named host, from the controller's index. */
  digests: (args: { hosts: string[] }) => {
    const out: Record<string, Array<[number, number]>> = {};
    for (const h of args.hosts) out[h] = [...ctl.index.spanOf(h)].sort((a, b) => a - b).map((v) => [v, digestToWire(digestVniView(ctl.index.hostVniView(h, v)))]);
    return out;
  },
  stats: () => {
    global.gc?.();
    const cpu = process.cpuUsage();
    return { ...ctl.counters, cpuMs: (cpu.user + cpu.system) / 1000, sentBytes: ctl.sentBytes(), sessions: ctl.sessions.size, revision: ctl.revision, rssBytes: process.memoryUsage().rss, heapUsedBytes: process.memoryUsage().heapUsed, externalBytes: process.memoryUsage().external, logBytes: ctl.log.byteSize, logRecords: ctl.log.size };
  },
  stop: async () => {
    await ctl.stop();
    await shutdownGrpc(server, 2_000);
    await store.close();
    setImmediate(() => process.exit(0));
    return { revision: ctl.revision };
  },
});
process.on('SIGTERM', () => process.exit(0));
process.send!({ id: 0, result: { port } });
