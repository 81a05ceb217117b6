import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseProgressLine, type PhaseBar } from './progress';

// Runs one benchmark script as a child process (its own process group, so everything it starts
// is stopped with it) and returns the JSON object it printed last on stdout.

export const ROOT = resolve(import.meta.dirname, '../../..');

export class BenchChildError extends Error {
  constructor(
    message: string,
    readonly stderrTail: readonly string[],
  ) {
    super(message);
    this.name = 'BenchChildError';
  }
}

export interface ChildRun {
  readonly json: Record<string, unknown>;
  readonly wallMs: number;
}

export async function runBenchScript(script: string, args: readonly string[], bar: PhaseBar, timeoutMs: number): Promise<ChildRun> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tools/bench', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.base.json'), TRELLIS_BENCH_PROGRESS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new BenchChildError(`could not start ${script}`, []);
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => stopGroup('SIGKILL');
  process.once('exit', onExit);
  let lastJson: Record<string, unknown> | undefined;
  const tail: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) lastJson = value as Record<string, unknown>;
    } catch {
      // a table or log line that starts with a brace
    }
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    const progress = parseProgressLine(line);
    if (progress) return bar.update(progress);
    tail.push(line);
    if (tail.length > 40) tail.shift();
  });
  const timer = setTimeout(() => {
    tail.push(`(stopped after ${Math.round(timeoutMs / 1000)} s)`);
    stopGroup('SIGTERM');
    setTimeout(() => stopGroup('SIGKILL'), 15_000).unref();
  }, timeoutMs);
  const code = await new Promise<number | null>((res) => child.once('close', (c) => res(c)));
  clearTimeout(timer);
  process.removeListener('exit', onExit);
  // Anything of the group still running (a service the script did not stop) goes now.
  stopGroup('SIGKILL');
  if (code !== 0 || !lastJson) throw new BenchChildError(`${script} ${args.join(' ')} exited ${code}${lastJson ? '' : ' without a JSON result'}`, tail);
  return { json: lastJson, wallMs: Date.now() - started };
}
