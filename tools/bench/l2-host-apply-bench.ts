import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Channel, credentials, Server, type ServerDuplexStream } from '@grpc/grpc-js';
import { DistributionService } from '@trellis/proto';
import { listenGrpc } from '@trellis/runtime';
import { HostAgent } from '@trellis/host-agent/src/agent/host-agent';
import { ipToBytes, macToBytes, encodeVniDeltaSpec, type VniDeltaSpec } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import pino from 'pino';
import { HostState } from '@trellis/host-agent/src/agent/host-state';
import { MemoryBackend } from '@trellis/host-agent/src/dataplane/memory-backend';

// Host-side cost of applying snapshots and one-entry deltas (decode + stage + diff + memory
// dataplane + the caught-up full reconcile that follows a first snapshot), per entry, at the reference shape: 5 VNIs per host, 25 members per VNI, 10 ports
// per member and VNI, one IPv4 each. One process, no gRPC: the agent's own share of the cost.
// TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/bench/l2-host-apply-bench.ts [--hosts 200] [--split] [--moves 2000] [--keep 250]
// --agents N: instead, N real HostAgents in this process over gRPC from a scripted controller in a
// child process, as one worker of l2-bench.ts sees the move phase: --rate moves/s (default 125),
// each a one-entry Delta to --members agents (25); reports this process's CPU per delta per agent
// (gRPC receive, decode, apply, ack) and the acks sent. [--seconds 8] [--ack-delay-ms 50]
// It also reports this process's CPU for the snapshot phase (start → every agent applied its
// snapshot and ran its caught-up full reconcile), per entry: a worker's share of l2-bench.ts's
// initial convergence, gRPC receive included. As in a worker, the agents share one channel (one
// stream each); --channel-per-agent gives each its own client and channel (still one connection).
const l2 = trellis.l2.v1;
const { values: opt } = parseArgs({
  options: { hosts: { type: 'string', default: '200' }, 'moves-only': { type: 'boolean' }, 'snapshots-only': { type: 'boolean' }, split: { type: 'boolean' }, moves: { type: 'string', default: '2000' },
    agents: { type: 'string' }, rate: { type: 'string', default: '125' }, members: { type: 'string', default: '25' }, seconds: { type: 'string', default: '8' },
    'ack-delay-ms': { type: 'string', default: '50' }, variants: { type: 'string', default: '10' }, 'channel-per-agent': { type: 'boolean' }, serve: { type: 'boolean' }, keep: { type: 'string', default: '0' },
  },
});
const hosts = Number(opt.hosts);
const moveCount = Number(opt.moves);
const mac = (vni: number, h: number, p: number) => macToBytes(`fa:16:3e:${(vni & 0xff).toString(16).padStart(2, '0')}:${h.toString(16).padStart(2, '0')}:${p.toString(16).padStart(2, '0')}`);
const vtep = (h: number) => ipToBytes(`10.1.${h >> 8}.${h & 0xff}`);
function table(vni: number): VniDeltaSpec {
  const d: VniDeltaSpec = { vni, full: true, mtu: 1450, floodAdd: [], fdbUpsert: [], neighAdd: [], localAdd: [] };
  for (let h = 1; h < 25; h++) {
    d.floodAdd!.push(vtep(h));
    for (let p = 0; p < 10; p++) {
      d.fdbUpsert!.push({ mac: mac(vni, h, p), vtep: vtep(h), seq: 1 });
      d.neighAdd!.push({ ip: ipToBytes(`10.${vni & 0xff}.${h}.${p + 1}`), mac: mac(vni, h, p) });
    }
  }
  for (let p = 0; p < 10; p++) d.localAdd!.push({ portId: `port-${vni}-${p}`, mac: mac(vni, 0, p), ips: [ipToBytes(`10.${vni & 0xff}.0.${p + 1}`)], mtu: 1450 });
  return d;
}
/**
 * Variant v holds VNIs 100 + 5v + 1…5. As in an l2-bench worker, where the 25 members of a VNI
 * share a process and hold (nearly) the same tables, --agents gives agent i variant i % --variants
 * (default 10: 25 agents per table at 250 agents); 1 sends every agent the same tables.
 */
const variants = Math.max(1, Number(opt.variants));
const vniOfVariant = (v: number) => 101 + 5 * v;
const chunks = Array.from({ length: variants }, (_, v) =>
  l2.ControllerMessage.encode({ snapshotChunk: { revision: 1, vnis: [0, 1, 2, 3, 4].map((k) => encodeVniDeltaSpec(table(vniOfVariant(v) + k))) } }).finish(),
);
const chunk = chunks[0];
const entriesPerHost = 5 * (24 + 240 + 240 + 10);
const logger = pino({ level: 'silent' });
/** CLOCK_MONOTONIC in µs, the clock of V8 CPU profiles: `snapshotWindowUs` slices a `--cpu-prof` profile (profile-summary.ts --from/--to). */
const monoUs = () => Number(process.hrtime.bigint() / 1000n);

async function snapshots(n: number): Promise<number> {
  const split = [0, 0, 0, 0];
  // --keep N: the last N hosts' states stay alive, as a worker's 250 agents do (GC sees their heap).
  const keep = Number(opt.keep) > 0 ? new Array<HostState>(Number(opt.keep)) : undefined;
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const st = new HostState({ backend: new MemoryBackend(), logger });
    await st.init();
    st.welcome({ epoch: 'e', snapshot: true, revision: 1 });
    const t0 = performance.now();
    const c = l2.ControllerMessage.decode(chunks[i % variants]).snapshotChunk!;
    const t1 = performance.now();
    st.chunk(c);
    const t2 = performance.now();
    await st.snapshotEnd({ revision: 1, nonce: '1', token: { epoch: 'e', revision: 1 } });
    const t3 = performance.now();
    // As the agent does once caught up: the full dataplane reconcile after the first snapshot.
    if (!st.catchUpDue()) throw new Error('expected the caught-up reconcile to be due');
    await st.reconcileCaughtUp();
    split[0] += t1 - t0;
    split[1] += t2 - t1;
    split[2] += t3 - t2;
    split[3] += performance.now() - t3;
    if (keep) keep[i % keep.length] = st;
  }
  const u = process.cpuUsage(t);
  if (opt.split) {
    const us = (ms: number) => +((ms * 1000) / n / entriesPerHost).toFixed(3);
    console.log({ decodeUs: us(split[0]), stageUs: us(split[1]), endUs: us(split[2]), reconcileUs: us(split[3]) });
  }
  return (u.user + u.system) / 1000;
}

async function moves(n: number): Promise<number> {
  const st = new HostState({ backend: new MemoryBackend(), logger });
  st.welcome({ epoch: 'e', snapshot: true, revision: 1 });
  st.chunk(l2.ControllerMessage.decode(chunk).snapshotChunk!);
  await st.snapshotEnd({ revision: 1, nonce: '1' });
  const msgs = Array.from({ length: n }, (_, i) =>
    l2.ControllerMessage.encode({ delta: { revision: 2 + i, vnis: [encodeVniDeltaSpec({ vni: 101, fdbUpsert: [{ mac: mac(101, 1 + (i % 24), i % 10), vtep: vtep(1 + ((i + 1) % 24)), seq: 2 + i }] })] } }).finish(),
  );
  const t = process.cpuUsage();
  let decodeMs = 0;
  let applyMs = 0;
  let ackMs = 0;
  for (const m of msgs) {
    const t0 = performance.now();
    const d = l2.ControllerMessage.decode(m).delta!;
    const t1 = performance.now();
    const r = st.delta(d);
    const out = r instanceof Promise ? await r : r;
    const t2 = performance.now();
    l2.HostMessage.encode(out.reply).finish();
    const t3 = performance.now();
    decodeMs += t1 - t0;
    applyMs += t2 - t1;
    ackMs += t3 - t2;
  }
  const u = process.cpuUsage(t);
  if (opt.split) console.log({ decodeUs: (decodeMs * 1000) / n, applyUs: (applyMs * 1000) / n, ackUs: (ackMs * 1000) / n });
  return (u.user + u.system) / 1000;
}

/** The scripted controller (child process): a snapshot per stream, then one-entry deltas to groups of agents. */
async function serve(): Promise<void> {
  const byVariant = Array.from({ length: variants }, () => [] as Array<ServerDuplexStream<trellis.l2.v1.HostMessage, Buffer>>);
  let hellos = 0;
  let acks = 0;
  const server = new Server();
  const welcome = l2.ControllerMessage.encode({ welcome: { controllerId: 'bench', epoch: 'e', snapshot: true, revision: 1 } }).finish();
  const end = l2.ControllerMessage.encode({ snapshotEnd: { revision: 1, nonce: '1', token: { epoch: 'e', revision: 1, subscriptionVersion: 1 } } }).finish();
  server.addService(DistributionService, {
    stream: (s: ServerDuplexStream<trellis.l2.v1.HostMessage, Buffer>) => {
      s.on('data', (m: trellis.l2.v1.HostMessage) => {
        if (m.hello) {
          const v = hellos++ % variants;
          byVariant[v].push(s);
          for (const b of [welcome, chunks[v], end]) s.write(Buffer.from(b));
        } else if (m.ack) acks++;
      });
      s.on('error', () => {});
    },
  });
  const port = await listenGrpc(server, '127.0.0.1:0');
  process.on('message', (m: { go?: { rate: number; members: number; seconds: number }; stop?: boolean }) => {
    if (m.stop) {
      server.forceShutdown();
      process.send!({ acks }, () => process.exit(0));
      return;
    }
    const { rate, members, seconds } = m.go!;
    const total = Math.round(rate * seconds);
    const started = performance.now();
    let i = 0;
    const tick = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000));
      for (; i < due; i++) {
        // A move in one of variant v's VNIs goes to agents holding it.
        const vni = vniOfVariant(i % variants);
        const bytes = Buffer.from(
          l2.ControllerMessage.encode({ delta: { revision: 2 + i, vnis: [encodeVniDeltaSpec({ vni, fdbUpsert: [{ mac: mac(vni, 1 + (i % 24), i % 10), vtep: vtep(1 + ((i + 1) % 24)), seq: 2 + i }] })] } }).finish(),
        );
        const streams = byVariant[i % variants];
        const round = Math.floor(i / variants);
        for (let k = 0; k < members; k++) streams[(round * members + k) % streams.length].write(bytes);
      }
      if (i >= total) clearInterval(tick);
    }, 2);
  });
  process.send!({ port });
}

/** N HostAgents against the scripted controller; CPU of this process per delta per agent. */
async function agents(n: number): Promise<void> {
  const child = fork(process.argv[1], ['--serve', '--variants', String(variants)], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const list: HostAgent[] = [];
  let closeChannel = () => {};
  try {
    const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', resolve));
    let snapshots = 0;
    let reconciled = 0;
    let applied = 0;
    const t0 = process.cpuUsage();
    const snapUs0 = monoUs();
    const channel = opt['channel-per-agent'] ? undefined : new Channel(`127.0.0.1:${port}`, credentials.createInsecure(), {});
    if (channel) closeChannel = () => channel.close();
    for (let h = 0; h < n; h++) {
      const a = new HostAgent({
        hostId: `h${h}`, vtep: `10.9.${h >> 8}.${h & 0xff}`, targets: [`127.0.0.1:${port}`], backend: new MemoryBackend(), logger,
        digestIntervalMs: 0, idleTimeoutMs: 0, ackDelayMs: Number(opt['ack-delay-ms']),
        channelFor: channel && (() => channel),
      });
      a.on('applied', (e: { kind: string }) => (e.kind === 'snapshot' ? snapshots++ : e.kind === 'delta' && applied++));
      a.on('reconciled', () => reconciled++);
      list.push(a);
      await a.start();
    }
    const waitUntil = async (test: () => boolean, timeoutMs: number) => {
      for (const t0 = Date.now(); !test(); await new Promise((r) => setTimeout(r, 10))) if (Date.now() - t0 > timeoutMs) throw new Error('bench timed out');
    };
    await waitUntil(() => snapshots === n && reconciled === n, 60_000);
    const s = process.cpuUsage(t0);
    const snapshotWindowUs = [snapUs0, monoUs()];
    const snapshotCpuMs = (s.user + s.system) / 1000;
    const snapshotSysMs = Math.round(s.system / 1000);
    // With --expose-gc: the heap that stays alive per agent after its snapshot (views, backend
    // copies, streams), i.e. what the scavenger had to copy out of the young generation.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heapKbPerAgent = gc ? Math.round(process.memoryUsage().heapUsed / 1024 / n) : undefined;
    const rate = Number(opt.rate);
    const members = Math.min(Math.floor(n / variants), Number(opt.members));
    const seconds = Number(opt.seconds);
    const deltas = Math.round(rate * seconds) * members;
    const t = process.cpuUsage();
    child.send({ go: { rate, members, seconds } });
    await waitUntil(() => applied >= deltas, seconds * 1000 + 60_000);
    const u = process.cpuUsage(t);
    child.send({ stop: true });
    const { acks } = await new Promise<{ acks: number }>((resolve) => child.once('message', resolve));
    const cpuMs = (u.user + u.system) / 1000;
    const sysMs = Math.round(u.system / 1000);
    console.log(JSON.stringify({ agents: n, snapshotCpuMs: Math.round(snapshotCpuMs), snapshotSysMs, snapshotUsPerEntry: +((snapshotCpuMs * 1000) / (n * entriesPerHost)).toFixed(3), heapKbPerAgent, deltas, perAgentDeltasPerS: (rate * members) / n, ackDelayMs: Number(opt['ack-delay-ms']), sharedChannel: !!channel, variants, cpuMs: Math.round(cpuMs), usPerDeltaPerAgent: +((cpuMs * 1000) / deltas).toFixed(1), sysMs, acksPerDelta: +(acks / deltas).toFixed(3), snapshotWindowUs }));
  } finally {
    await Promise.all(list.map((a) => a.stop()));
    closeChannel();
    if (child.exitCode === null) child.kill();
  }
}

const only = opt['moves-only'] ? 'moves' : opt['snapshots-only'] ? 'snapshots' : '';
if (opt.serve) await serve();
else if (opt.agents) await agents(Number(opt.agents));
else {
  let ms = NaN;
  let mv = NaN;
  if (only !== 'moves') {
    await snapshots(20);
    ms = await snapshots(hosts);
  }
  if (only !== 'snapshots') {
    await moves(moveCount);
    mv = await moves(moveCount);
  }
  console.log(JSON.stringify({ hosts: only === 'moves' ? 0 : hosts, entriesPerHost, snapshotCpuMs: Math.round(ms), usPerEntry: +((ms * 1000) / (hosts * entriesPerHost)).toFixed(3), msPerMoveDelta: +(mv / moveCount).toFixed(4), chunkBytes: chunk.length }));
}
