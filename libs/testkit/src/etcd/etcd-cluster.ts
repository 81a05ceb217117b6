import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from '../process/free-port';
import { tempDir } from '../process/temp-dir';

/** One etcd member started by {@link startEtcd}. */
export interface EtcdMember {
  readonly name: string;
  /** `http://127.0.0.1:<port>` */
  readonly clientUrl: string;
  /** PID of the running process (undefined while stopped). */
  readonly pid: number | undefined;
  /** True while the process runs. */
  readonly running: boolean;
  /** SIGTERM, then SIGKILL after a grace period; keeps the data dir so start() can resume it. */
  stop(): Promise<void>;
  /** Starts the member again on the same ports and data dir; resolves once it serves HTTP. */
  start(): Promise<void>;
}

/** A running etcd cluster on loopback ports, with data in fresh temp dirs. */
export interface EtcdCluster {
  /** Client URLs of all members. */
  readonly endpoints: string[];
  readonly members: EtcdMember[];
  /** Resolves once every running member reports a healthy cluster (bounded by `timeoutMs`). */
  waitHealthy(timeoutMs?: number): Promise<void>;
  /** Stops every member and removes the data dirs. Never throws. */
  stop(): Promise<void>;
}

export interface StartEtcdOptions {
  readonly members: 1 | 3;
  /** `--unsafe-no-fsync`: much faster commits; for tests that do not kill members. */
  readonly unsafeNoFsync?: boolean;
  /** Give up waiting for a healthy cluster after this long (default 20 s). */
  readonly startTimeoutMs?: number;
}

const STOP_GRACE_MS = 5_000;
const OUTPUT_LIMIT = 64 * 1024;

/** Throws a clear error when the etcd binary is missing (tests must never skip silently). */
function assertEtcdInstalled(): void {
  const probe = spawnSync('etcd', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error("etcd is not installed or not on PATH: install the Debian package 'etcd-server' (apt-get install -y etcd-server)");
  }
}

interface MemberPlan {
  readonly name: string;
  readonly clientPort: number;
  readonly peerPort: number;
}

async function planMembers(count: number): Promise<MemberPlan[]> {
  const plans: MemberPlan[] = [];
  const used = new Set<number>();
  for (let i = 0; plans.length < count && i < count * 10; i++) {
    const clientPort = await freePort();
    const peerPort = await freePort();
    if (clientPort === peerPort || used.has(clientPort) || used.has(peerPort)) continue;
    used.add(clientPort).add(peerPort);
    plans.push({ name: `m${plans.length}`, clientPort, peerPort });
  }
  if (plans.length < count) throw new Error('could not find free loopback ports for etcd');
  return plans;
}

async function httpHealth(clientUrl: string): Promise<'healthy' | 'unhealthy' | 'down'> {
  try {
    const res = await fetch(`${clientUrl}/health`, { signal: AbortSignal.timeout(1_000) });
    const body = (await res.json()) as { health?: string };
    return body.health === 'true' ? 'healthy' : 'unhealthy';
  } catch {
    return 'down';
  }
}

class Member implements EtcdMember {
  readonly clientUrl: string;
  private child: ChildProcess | undefined;
  private exited: Promise<unknown> = Promise.resolve();
  private output = '';

  constructor(
    private readonly plan: MemberPlan,
    private readonly dataDir: string,
    private readonly initialCluster: string,
    private readonly unsafeNoFsync: boolean,
  ) {
    this.clientUrl = `http://127.0.0.1:${plan.clientPort}`;
  }

  get name(): string {
    return this.plan.name;
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Launches the process without waiting. */
  launch(): void {
    if (this.running) return;
    const peerUrl = `http://127.0.0.1:${this.plan.peerPort}`;
    const args = [
      '--name', this.plan.name,
      '--data-dir', this.dataDir,
      '--logger=zap', '--log-level=error',
      '--listen-client-urls', this.clientUrl, '--advertise-client-urls', this.clientUrl,
      '--listen-peer-urls', peerUrl, '--initial-advertise-peer-urls', peerUrl,
      '--initial-cluster', this.initialCluster,
      '--initial-cluster-token', `trellis-test-${process.pid}`,
      '--initial-cluster-state', 'new',
      // etcd's default of 128 ops per txn is below what one store commit with index entries may need.
      '--max-txn-ops', '16384',
    ];
    if (this.unsafeNoFsync) args.push('--unsafe-no-fsync');
    const child = spawn('etcd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.output = '';
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // An 'error' event (e.g. spawn failure) must not crash the test process.
    child.on('error', (err) => keep(Buffer.from(String(err))));
    this.exited = once(child, 'exit').catch(() => undefined);
    this.child = child;
  }

  /** Waits until the member answers HTTP (healthy or not); rejects if it exits or times out. */
  async waitServing(timeoutMs: number, requireHealthy: boolean): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`etcd member ${this.name} exited during start:\n${this.output.slice(-4000)}`);
      const state = await httpHealth(this.clientUrl);
      if (state === 'healthy' || (state === 'unhealthy' && !requireHealthy)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`etcd member ${this.name} not ${requireHealthy ? 'healthy' : 'serving'} after ${timeoutMs} ms:\n${this.output.slice(-4000)}`);
  }

  async start(): Promise<void> {
    this.launch();
    await this.waitServing(20_000, false);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Starts a real etcd cluster (1 or 3 members) on free loopback ports, each member with a fresh
 * temp data dir. Resolves once the cluster is healthy. On any failure everything started so far
 * is stopped and removed before the error propagates. Members are stopped by PID only.
 */
export async function startEtcd(options: StartEtcdOptions): Promise<EtcdCluster> {
  assertEtcdInstalled();
  const timeoutMs = options.startTimeoutMs ?? 20_000;
  const dirs: { path: string; remove(): void }[] = [];
  const members: Member[] = [];
  const stopAll = async () => {
    await Promise.all(members.map((m) => m.stop().catch(() => undefined)));
    for (const d of dirs) d.remove();
  };
  try {
    const plans = await planMembers(options.members);
    const initialCluster = plans.map((p) => `${p.name}=http://127.0.0.1:${p.peerPort}`).join(',');
    for (const plan of plans) {
      const dir = tempDir('trellis-etcd-');
      dirs.push(dir);
      members.push(new Member(plan, dir.path, initialCluster, options.unsafeNoFsync ?? false));
    }
    // Members of a new cluster wait for each other, so all must be launched before waiting.
    for (const m of members) m.launch();
    await Promise.all(members.map((m) => m.waitServing(timeoutMs, true)));
  } catch (err) {
    await stopAll();
    throw err;
  }
  const waitHealthy = async (ms = timeoutMs) => {
    await Promise.all(members.filter((m) => m.running).map((m) => m.waitServing(ms, true)));
  };
  return { endpoints: members.map((m) => m.clientUrl), members, waitHealthy, stop: stopAll };
}
