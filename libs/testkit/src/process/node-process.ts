import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

/** A child Node process running a TypeScript entry file through tsx, with its output captured. */
export interface NodeProcess {
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr, interleaved by arrival). */
  output(): string;
  /** Resolves when a line matching `pattern` appears; rejects on exit or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code or signal. */
  stop(graceMs?: number): Promise<number | string | null>;
  /** SIGKILL at once (crash simulation). */
  kill(): Promise<number | string | null>;
  readonly exited: Promise<number | string | null>;
}

export interface SpawnNodeOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly args?: readonly string[];
  readonly cwd?: string;
  /** Keep at most this much output in memory (default 1 MiB). */
  readonly maxOutputBytes?: number;
  /** `tsx` (default) runs a TypeScript entry of the workspace; `none` runs built JavaScript with plain node. */
  readonly loader?: 'tsx' | 'none';
}

const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Starts `node --import tsx <entry>` so that the recorded PID is the real node process (not an
 * npx/tsx wrapper), as tests must end only the processes they started.
 */
export function spawnNode(entry: string, options: SpawnNodeOptions = {}): NodeProcess {
  const loader = options.loader === 'none' ? [] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...loader, path.resolve(workspaceRoot, entry), ...(options.args ?? [])], {
    cwd: options.cwd ?? workspaceRoot,
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(workspaceRoot, 'tsconfig.base.json'), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);
  const limit = options.maxOutputBytes ?? 1 << 20;
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    if (text.length > limit) text = text.slice(text.length - limit);
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited: Promise<number | string | null> = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string | null);
  let done = false;
  void exited.then(() => {
    done = true;
    for (const l of listeners) l();
  });

  const waitFor = (pattern: RegExp, timeoutMs = 20_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = text.split('\n').find((l) => pattern.test(l));
        if (line !== undefined) return finish(() => resolve(line));
        if (done) return finish(() => reject(new Error(`${entry} exited before printing ${pattern}:\n${text.slice(-4000)}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern} from ${entry}:\n${text.slice(-4000)}`))), timeoutMs);
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        fn();
      };
      listeners.add(check);
      check();
    });

  const stop = async (graceMs = 5_000) => {
    if (done) return exited;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  const kill = async () => {
    if (!done) child.kill('SIGKILL');
    return exited;
  };
  return { pid: child.pid, child, output: () => text, waitFor, stop, kill, exited };
}
