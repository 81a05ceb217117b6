import { Channel, credentials } from '@grpc/grpc-js';
import { HostAgent } from '@trellis/host-agent/src/agent/host-agent';
import type { ApplyOutcome, DataplaneBackend } from '@trellis/host-agent/src/dataplane/backend';
import { MemoryBackend } from '@trellis/host-agent/src/dataplane/memory-backend';
import { reconnectChannelOptions, type BackoffOptions } from '@trellis/host-agent/src/agent/backoff';
import { digestToWire, digestVniView, vniEntryCount } from '@trellis/l2';
import pino from 'pino';
import { nowMs, serveIpc } from './l2-bench-ipc';

// Simulated compute hosts for the L2 benchmark: several real HostAgents per process, each with
// its own gRPC stream, a memory dataplane and its state in memory (no files). The hosts share
// one channel (and HTTP/2 connection) per target, or each has its own connection.
// argv: <controller target> <JSON [[hostId, vtep], …]> <connection per host: 1|0> [ack delay ms].

const [target, hostsJson, ownConnection, ackDelay] = process.argv.slice(2);
const specs = JSON.parse(hostsJson) as Array<[string, string]>;
const logger = pino({ level: 'warn' });
const perHost = ownConnection === '1';
const BACKOFF: BackoffOptions = { initialMs: 50, maxMs: 1_000 };
/** The agents' ackDelayMs; the agent's default when not given. */
const ackDelayMs = ackDelay === undefined || ackDelay === '' ? undefined : Number(ackDelay);

/** One channel per target shared by this process's hosts (each still opens its own stream on it). */
const channels = new Map<string, Channel>();
const channelFor = (t: string): Channel => {
  let c = channels.get(t);
  if (!c) channels.set(t, (c = new Channel(t, credentials.createInsecure(), reconnectChannelOptions(BACKOFF))));
  return c;
};

interface Sim {
  id: string;
  agent: HostAgent;
  backend: MemoryBackend;
  snapshotAt?: number;
  /** Entries the host held when it last applied a snapshot. */
  snapshotEntries: number;
  welcomeAt?: number;
  lastWelcomeAt?: number;
  /** The current session's welcome: the controller's head revision then, and when the host reached it. */
  sessionHead: number;
  sessionCaughtUpAt?: number;
  welcomes: { snapshot: number; resume: number };
  /** Highest revision the host applied (snapshot, delta or heartbeat). */
  lastRevision: number;
}
const sims: Sim[] = specs.map(([id, vtep]) => {
  const backend = new MemoryBackend();
  const agent = new HostAgent({
    hostId: id, vtep, targets: [target], backend, logger, digestIntervalMs: 0, idleTimeoutMs: 0,
    backoff: BACKOFF,
    ...(ackDelayMs === undefined ? {} : { ackDelayMs }),
    // Either one TCP connection per simulated host, as separate machines would have, or the
    // process's hosts multiplexing their streams over one shared channel and HTTP/2 connection
    // (a client and channel per host cost ≈ 0.45 ms more CPU per stream).
    ...(perHost ? { channelOptions: { 'grpc.use_local_subchannel_pool': 1 } } : { channelFor }),
  });
  return { id, agent, backend, snapshotEntries: 0, welcomes: { snapshot: 0, resume: 0 }, lastRevision: 0, sessionHead: 0 };
});

/**
 * Slow consumers: hosts whose dataplane takes this long per apply (a stalled or overloaded host).
 * Their apply times are not recorded, so the figures are the other hosts'.
 */
const slowHosts = new Map<string, number>();
for (const s of sims) {
  // The agent takes an outcome or a promise of one from any backend (DataplaneBackend.apply).
  const backend: Pick<DataplaneBackend, 'apply'> = s.backend;
  const apply = backend.apply.bind(s.backend);
  backend.apply = (changes) => {
    const delay = slowHosts.get(s.id);
    if (delay === undefined) return apply(changes);
    return new Promise<ApplyOutcome>((resolve, reject) => setTimeout(() => Promise.resolve().then(() => apply(changes)).then(resolve, reject), delay));
  };
}

/** Latest apply time per delta revision, over this process's hosts. */
const appliedAt = new Map<number, number>();
for (const s of sims) {
  s.agent.on('welcome', (w: { snapshot?: boolean; revision?: unknown; headRevision?: unknown }) => {
    s.welcomeAt ??= nowMs();
    s.lastWelcomeAt = nowMs();
    // As the agent judges it (HostState.catchUpDue): caught up once it holds the head revision.
    const head = Number(w.headRevision ?? 0);
    s.sessionHead = head > 0 ? head : Number(w.revision ?? 0) + (w.snapshot ? 0 : 1);
    s.sessionCaughtUpAt = undefined;
    if (w.snapshot) s.welcomes.snapshot++;
    else s.welcomes.resume++;
  });
  s.agent.on('applied', (e: { kind: string; revision: number }) => {
    const t = nowMs();
    if (e.revision > s.lastRevision) s.lastRevision = e.revision;
    if (s.sessionCaughtUpAt === undefined && s.lastRevision >= s.sessionHead) s.sessionCaughtUpAt = t;
    if (e.kind === 'snapshot') {
      s.snapshotAt = t;
      s.snapshotEntries = 0;
      for (const v of s.agent.view.values()) s.snapshotEntries += vniEntryCount(v);
    }
    else if (e.kind === 'delta' && !slowHosts.has(s.id) && (appliedAt.get(e.revision) ?? 0) < t) appliedAt.set(e.revision, t);
  });
}

serveIpc({
  start: async () => {
    const t = nowMs();
    for (const s of sims) await s.agent.start();
    return { startedAt: t };
  },
  /** How many hosts applied their snapshot, when the last one did, and their entry counts. */
  progress: () => {
    let done = 0;
    let last = 0;
    let entries = 0;
    let lastWelcome = 0;
    for (const s of sims) {
      lastWelcome = Math.max(lastWelcome, s.welcomeAt ?? 0);
      if (s.snapshotAt === undefined) continue;
      done++;
      last = Math.max(last, s.snapshotAt);
      entries += s.snapshotEntries;
    }
    const welcomes = sims.reduce((a, s) => ({ snapshot: a.snapshot + s.welcomes.snapshot, resume: a.resume + s.welcomes.resume }), { snapshot: 0, resume: 0 });
    return { hosts: sims.length, done, last, lastWelcome, entries, welcomes };
  },
  /** Makes these hosts (those of this process) slow consumers: `applyMs` per apply; 0 = back to normal. */
  slow: (args: { hosts: string[]; applyMs: number }) => {
    let n = 0;
    for (const id of args.hosts) {
      if (!sims.some((s) => s.id === id)) continue;
      if (args.applyMs > 0) slowHosts.set(id, args.applyMs);
      else slowHosts.delete(id);
      n++;
    }
    return { slow: n };
  },
  /**
   * Hosts welcomed after `since` (a session started then) that have applied everything the
   * controller knew when it welcomed them; welcome counts; the latest welcome and catch-up times.
   */
  caughtUp: (args: { since: number }) => {
    let n = 0;
    let lastCaughtUpAt = 0;
    for (const s of sims) {
      if ((s.lastWelcomeAt ?? 0) <= args.since || s.sessionCaughtUpAt === undefined) continue;
      n++;
      lastCaughtUpAt = Math.max(lastCaughtUpAt, s.sessionCaughtUpAt);
    }
    const welcomes = sims.reduce((a, s) => ({ snapshot: a.snapshot + s.welcomes.snapshot, resume: a.resume + s.welcomes.resume }), { snapshot: 0, resume: 0 });
    const lastWelcomeAt = sims.reduce((a, s) => Math.max(a, s.lastWelcomeAt ?? 0), 0);
    return { hosts: sims.length, caughtUp: n, welcomes, lastWelcomeAt, lastCaughtUpAt };
  },
  applyTimes: (args: { from: number; to: number }) => {
    const out: Array<[number, number]> = [];
    for (const [r, t] of appliedAt) if (r >= args.from && r <= args.to) out.push([r, t]);
    return out;
  },
  /** Per-VNI wire digests of the L2 entries each host's dataplane holds (subnets left out: the checker's view has none). */
  digests: async () => {
    const out: Record<string, Array<[number, number]>> = {};
    for (const s of sims) {
      const view = await s.backend.read();
      out[s.id] = [...view.values()].sort((a, b) => a.vni - b.vni).map((t) => [t.vni, digestToWire(digestVniView({ ...t, subnets: new Map() }))]);
    }
    return out;
  },
  stats: () => {
    const cpu = process.cpuUsage();
    return { rssBytes: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 };
  },
  stop: async () => {
    await Promise.all(sims.map((s) => s.agent.stop()));
    for (const c of channels.values()) c.close();
    setImmediate(() => process.exit(0));
    return { stopped: sims.length };
  },
});
process.on('SIGTERM', () => process.exit(0));
process.send!({ id: 0, result: { hosts: sims.length } });
