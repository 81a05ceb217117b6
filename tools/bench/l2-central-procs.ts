import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '@trellis/testkit';

// The real central-api and vtep-controller processes of the L2 benchmark, started from their
// apps' main.ts with a JSON config file each (as tools/dev/launcher does), on loopback ports, and
// stopped by their PIDs.

/** A started service: its process and where it listens. */
export interface Service {
  readonly name: string;
  readonly proc: ServiceProcess;
}

/** A child `node [flags] --import tsx <entry>` (the PID is node's own), its output kept short. */
export interface ServiceProcess {
  readonly pid: number;
  /** Resolves with the first output line matching `pattern`; rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs: number): Promise<void>;
  /** How many warning and error log lines it printed, by message. */
  warnings(): Record<string, number>;
  /** The last pino log line with this `msg`, parsed (undefined if none yet). */
  lastLog(msg: string): Record<string, unknown> | undefined;
  /** Every pino log line with this `msg` (the first 5,000), parsed. */
  logSeries(msg: string): Array<Record<string, unknown>>;
}

const root = resolve(import.meta.dirname, '../..');

function spawnService(entry: string, env: Record<string, string>, nodeFlags: readonly string[]): ServiceProcess {
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(root, entry)], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.base.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);
  let tail = '';
  let exited = false;
  const exit = once(child, 'exit').then(() => void (exited = true));
  const listeners = new Set<() => void>();
  const warnings: Record<string, number> = {};
  const lastByMsg = new Map<string, string>();
  const seriesByMsg = new Map<string, string[]>();
  let partial = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    tail = (tail + text).slice(-(64 << 10));
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      // pino JSON lines: level 40 = warn, 50 = error, 60 = fatal.
      const m = /"level":([456]0)\b.*"msg":"([^"]*)"/.exec(line);
      if (m) warnings[m[2]] = (warnings[m[2]] ?? 0) + 1;
      const msg = /"msg":"([^"]*)"/.exec(line);
      if (msg) {
        lastByMsg.set(msg[1], line);
        let list = seriesByMsg.get(msg[1]);
        if (!list) seriesByMsg.set(msg[1], (list = []));
        if (list.length < 5_000) list.push(line);
      }
    }
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  void exit.then(() => listeners.forEach((l) => l()));
  return {
    pid: child.pid,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolveLine, reject) => {
        const timer = setTimeout(() => done(() => reject(new Error(`${entry}: no ${pattern} in ${timeoutMs} ms:\n${tail.slice(-4000)}`))), timeoutMs);
        const done = (fn: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          fn();
        };
        const check = () => {
          const line = tail.split('\n').find((l) => pattern.test(l));
          if (line !== undefined) done(() => resolveLine(line));
          else if (exited) done(() => reject(new Error(`${entry} exited:\n${tail.slice(-4000)}`)));
        };
        listeners.add(check);
        check();
      }),
    warnings: () => ({ ...warnings }),
    lastLog: (msg) => parseLine(lastByMsg.get(msg)),
    logSeries: (msg) => (seriesByMsg.get(msg) ?? []).flatMap((line): Array<Record<string, unknown>> => {
      const parsed = parseLine(line);
      return parsed ? [parsed] : [];
    }),
    stop: async (graceMs) => {
      if (exited) return;
      process.kill(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => !exited && process.kill(child.pid!, 'SIGKILL'), graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

function parseLine(line: string | undefined): Record<string, unknown> | undefined {
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export interface CentralService extends Service {
  /** `http://127.0.0.1:<port>` of the Neutron + admin REST API. */
  readonly restUrl: string;
  /** `127.0.0.1:<port>` of the Feed gRPC service. */
  readonly feedTarget: string;
}

export interface ControllerService extends Service {
  /** `127.0.0.1:<port>` of the Distribution gRPC service. */
  readonly target: string;
  /** The Node/V8 flags it runs with, beyond profiling and diagnostics (none unless an experiment sets them). */
  readonly nodeFlags: readonly string[];
}

/** Node flags of a service: a V8 CPU profile written at its exit when `profileDir` is set. */
const profileFlags = (profileDir: string) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []);

/** central-api on free loopback ports, LMDB in `dataDir`; resolves once its ready line is printed. */
export async function startCentral(dir: string, options: { profileDir?: string; logLevel?: string } = {}): Promise<CentralService> {
  const configFile = join(dir, 'central-api.json');
  const config = {
    listen: { host: '127.0.0.1', port: 0 },
    grpc: { listen: '127.0.0.1:0' },
    dataDir: join(dir, 'central'),
    logLevel: options.logLevel ?? 'warn',
    // The benchmark's whole revision log stays (the controller and the checker replay it).
    store: { kind: 'lmdb', compaction: { maxRevisions: 0, maxAgeMs: 0, intervalMs: 0 } },
    // The workload (200 networks and subnets, 50,000 ports in one project) is past Neutron's
    // default quotas, which central now enforces.
    quotas: { network: -1, subnet: -1, port: -1, router: -1 },
  };
  writeFileSync(configFile, JSON.stringify(config));
  const proc = spawnService('apps/central-api/src/main.ts', { TRELLIS_CENTRAL_CONFIG: configFile }, profileFlags(options.profileDir ?? ''));
  try {
    const line = await proc.waitFor(/central-api ready:/, 60_000);
    const m = /neutron (http:\/\/127\.0\.0\.1:\d+) feed grpc (127\.0\.0\.1:\d+)/.exec(line);
    if (!m) throw new Error(`unexpected ready line: ${line}`);
    return { name: 'central-api', proc, restUrl: m[1], feedTarget: m[2] };
  } catch (err) {
    await proc.stop(3_000);
    throw err;
  }
}

/** vtep-controller consuming `feedTarget`, on a free loopback port, index in `dir`. */
export async function startController(
  dir: string,
  feedTarget: string,
  options: {
    profileDir?: string;
    memoryLogIntervalMs?: number;
    /** Diagnostic flags added to the run (heap snapshots). */
    nodeFlags?: readonly string[];
    /** Node/V8 flags to try (experiments; its deployment settings are config keys). */
    controllerNodeFlags?: readonly string[];
    /** Config keys over the benchmark's (e.g. `{ heapGrowingPercent: 0 }` for V8's default heap growth). */
    config?: Readonly<Record<string, unknown>>;
    /** Listen on this port (a restart on the port the hosts know); default a free one. */
    port?: number;
  } = {},
): Promise<ControllerService> {
  const port = options.port ?? (await freePort());
  const configFile = join(dir, 'vtep-controller.json');
  const config = {
    listen: { host: '127.0.0.1', port },
    feedTargets: [feedTarget],
    dataDir: join(dir, 'vtep-controller'),
    logLevel: 'info',
    memoryLogIntervalMs: options.memoryLogIntervalMs ?? 0,
    ...options.config,
  };
  writeFileSync(configFile, JSON.stringify(config));
  const nodeFlags = options.controllerNodeFlags ?? [];
  const flags = [...nodeFlags, ...profileFlags(options.profileDir ?? ''), ...(options.nodeFlags ?? [])];
  const proc = spawnService('apps/vtep-controller/src/main.ts', { TRELLIS_VTEP_CONTROLLER_CONFIG: configFile }, flags);
  try {
    await proc.waitFor(/vtep-controller listening/, 60_000);
    return { name: 'vtep-controller', proc, target: `127.0.0.1:${port}`, nodeFlags };
  } catch (err) {
    await proc.stop(3_000);
    throw err;
  }
}

/** RSS and CPU time (user + system) of a process, read from /proc (Linux). */
export interface ProcStats {
  readonly rssBytes: number;
  /** Anonymous resident memory (heap, buffers, allocator arenas). */
  readonly rssAnonBytes: number;
  /** Resident file-backed pages (code, mapped LMDB files). */
  readonly rssFileBytes: number;
  readonly cpuMs: number;
}

const CLOCK_TICKS_PER_SEC = 100;

export function procStats(pid: number): ProcStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at ") ".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rssBytes: kb('VmRSS'), rssAnonBytes: kb('RssAnon'), rssFileBytes: kb('RssFile'), cpuMs: (cpuTicks * 1000) / CLOCK_TICKS_PER_SEC };
}

/** Resident memory per mapping (kB summed by path; anonymous mappings as '[anon]'), largest first. */
export function rssByMapping(pid: number, top = 6): Record<string, number> {
  const totals = new Map<string, number>();
  let name = '[anon]';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) name = head[1] || '[anon]';
    else if (line.startsWith('Rss:')) totals.set(name, (totals.get(name) ?? 0) + Number(/(\d+)/.exec(line)?.[1] ?? 0));
  }
  const mbOf = (kb: number) => Math.round((kb / 1024) * 10) / 10;
  return Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).slice(0, top).map(([n, kb]) => [n, mbOf(kb)]));
}
