/**
 * central-api CPU per migration move (not a test). Starts the real central-api process (LMDB in a
 * temp dir, loopback ports), loads the L2 reference workload through its REST API (1,000 hosts in
 * 10 cells, 200 networks, 50,000 bound ports), then moves random ports to a host in another cell
 * as Nova does for a cross-cell migration and measures the central process's CPU time (from
 * /proc/<pid>/stat) per move, with the moves' latency.
 *
 * `--api bindings` (default): POST /v2.0/ports/{id}/bindings (INACTIVE on the destination),
 * PUT …/bindings/{dest}/activate, DELETE …/bindings/{src}. `--api host-id`: one
 * PUT /v2.0/ports/{id} with binding:host_id.
 *
 * Run (repository root):
 *   TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/bench/central-migrate-bench.ts \
 *     [--api bindings|host-id] [--moves 4000] [--warmup 1000] [--concurrency 16] [--rate 100000] \
 *     [--hosts 1000] [--watchers 0] [--profile-dir DIR] [--json-only]
 * `--watchers N` keeps N Feed Watch consumers attached (the feed's share of central's CPU).
 * Bounded: fixed request counts, a deadline per phase; the temp dir and the process are removed
 * at exit, also on failure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { L2_COLLECTIONS } from '@trellis/domain';
import { FeedClient } from '@trellis/feed';
import pino from 'pino';
import { nowMs } from './l2-bench-ipc';
import { loadWorkload } from './l2-central-load';
import { issueMoves, type MoveApi } from './l2-central-moves';
import { procStats, startCentral, type CentralService } from './l2-central-procs';
import { RestClient } from './l2-central-rest';
import { REFERENCE, type L2Workload } from './l2-workload';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const num = (name: string, fallback: number) => Number(opt(name, String(fallback)));

const API = opt('api', 'bindings') as MoveApi;
const MOVES = num('moves', 4_000);
const WARMUP = num('warmup', 1_000);
const CONCURRENCY = num('concurrency', 16);
const RATE = num('rate', 100_000);
const WATCHERS = num('watchers', 0);
const PROFILE_DIR = opt('profile-dir', '');
const JSON_ONLY = argv.includes('--json-only');
const HOSTS = num('hosts', REFERENCE.hosts);
const WORKLOAD: L2Workload = { ...REFERENCE, hosts: HOSTS };
const PHASE_DEADLINE_MS = 300_000;

/** User and system CPU time of a process (ms), from /proc/<pid>/stat (Linux, 100 ticks/s). */
function cpuTimes(pid: number): { userMs: number; systemMs: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { userMs: Number(fields[11]) * 10, systemMs: Number(fields[12]) * 10 };
}

const quantile = (sorted: readonly number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** Feed Watch consumers that only count what they receive (the feed's serving cost at central). */
function attachWatchers(target: string, count: number, afterRevision: number): { close(): void; events(): number } {
  let events = 0;
  const aborted = new AbortController();
  const clients: FeedClient[] = [];
  for (let i = 0; i < count; i++) {
    const client = new FeedClient({ targets: [target], logger: pino({ level: 'warn' }), consumer: `migrate-bench-${i}` });
    clients.push(client);
    void (async () => {
      try {
        for await (const event of client.watch({ afterRevision, collections: L2_COLLECTIONS, signal: aborted.signal })) if (event.type === 'revision') events++;
      } catch {
        // Ended by close(), or the process is stopping: the count is what it is.
      }
    })();
  }
  return {
    events: () => events,
    close: () => {
      aborted.abort();
      for (const c of clients) c.close();
    },
  };
}

async function main(): Promise<void> {
  if (API !== 'bindings' && API !== 'host-id') throw new Error(`--api must be bindings or host-id, not ${API}`);
  const dir = mkdtempSync(join(tmpdir(), 'central-migrate-bench-'));
  let central: CentralService | undefined;
  let api: RestClient | undefined;
  let watchers: ReturnType<typeof attachWatchers> | undefined;
  try {
    central = await startCentral(dir, { profileDir: PROFILE_DIR });
    api = new RestClient(central.restUrl, Math.max(4, CONCURRENCY));
    const t0 = nowMs();
    const loaded = await loadWorkload(api, WORKLOAD, { concurrency: 4, portsPerRequest: 500 });
    const loadMs = nowMs() - t0;
    // Watchers start at the head: they follow the moves live, as the controller does.
    const health = await api.get<{ store: { revision: number } }>('/healthz');
    if (WATCHERS > 0) watchers = attachWatchers(central.feedTarget, WATCHERS, health.store.revision);

    const moveOptions = { ratePerSec: RATE, maxInFlight: CONCURRENCY, api: API, deadlineMs: PHASE_DEADLINE_MS };
    // Warm-up: JIT, caches, the lmdb write path; not measured.
    const warm = await issueMoves(api, WORKLOAD, loaded.ports, { ...moveOptions, count: WARMUP, seed: 7 });
    if (warm.errors > 0) throw new Error(`warm-up: ${warm.errors} failed moves, e.g. ${warm.firstErrors.join('; ')}`);

    const before = procStats(central.proc.pid);
    const timesBefore = cpuTimes(central.proc.pid);
    const run = await issueMoves(api, WORKLOAD, loaded.ports, { ...moveOptions, count: MOVES, seed: 11 });
    const after = procStats(central.proc.pid);
    const timesAfter = cpuTimes(central.proc.pid);
    if (run.errors > 0) throw new Error(`${run.errors} failed moves, e.g. ${run.firstErrors.join('; ')}`);

    const moveMs = run.moves.map((m) => m.doneAt - m.startedAt).sort((a, b) => a - b);
    const activateMs = run.moves.map((m) => m.moveAnsweredAt - m.moveSentAt).sort((a, b) => a - b);
    const requestsPerMove = API === 'bindings' ? 3 : 1;
    const cpuMs = after.cpuMs - before.cpuMs;
    const result = {
      benchmark: 'central-migrate',
      api: API,
      hosts: WORKLOAD.hosts,
      ports: loaded.ports.length,
      moves: run.moves.length,
      concurrency: CONCURRENCY,
      watchers: WATCHERS,
      loadSeconds: round(loadMs / 1000),
      movesPerSecond: Math.round(run.moves.length / (run.ms / 1000)),
      centralCpuMsPerMove: round(cpuMs / run.moves.length, 3),
      centralUserMsPerMove: round((timesAfter.userMs - timesBefore.userMs) / run.moves.length, 3),
      centralSystemMsPerMove: round((timesAfter.systemMs - timesBefore.systemMs) / run.moves.length, 3),
      centralCpuMsPerRequest: round(cpuMs / (run.moves.length * requestsPerMove), 3),
      moveP50Ms: round(quantile(moveMs, 0.5)),
      moveP99Ms: round(quantile(moveMs, 0.99)),
      movingRequestP50Ms: round(quantile(activateMs, 0.5)),
      movingRequestP99Ms: round(quantile(activateMs, 0.99)),
      centralRssMb: Math.round(after.rssBytes / 2 ** 20),
      feedRevisionsSeen: watchers?.events() ?? 0,
      loadAverage1m: round((await import('node:os')).loadavg()[0]),
    };
    if (!JSON_ONLY) console.table([result]);
    console.log(JSON.stringify(result));
  } finally {
    watchers?.close();
    api?.close();
    await central?.proc.stop(10_000);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
