import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync } from 'node:fs';

/** The Debian interpreter: Keystone, keystonemiddleware and Tempest are its packages (not a pyenv one on PATH). */
export const PYTHON = '/usr/bin/python3';

export interface CommandResult {
  readonly code: number | string | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** Write stdout to this file instead of keeping it in memory. */
  readonly stdoutFile?: string;
  /** Feed this file to stdin. */
  readonly stdinFile?: string;
}

/**
 * Runs a command to completion in its own process group; on timeout the group (the command and
 * anything it started, e.g. stestr's workers) gets SIGTERM, then SIGKILL. Never throws on a
 * non-zero exit: the caller decides.
 */
export async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult & { timedOut: boolean }> {
  const stdin = options.stdinFile === undefined ? 'ignore' : openSync(options.stdinFile, 'r');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: [stdin, 'pipe', 'pipe'],
    detached: true,
  });
  if (typeof stdin === 'number') closeSync(stdin);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  tracked.add(pid);
  let stdout = '';
  let stderr = '';
  const file = options.stdoutFile === undefined ? undefined : createWriteStream(options.stdoutFile);
  if (file) child.stdout?.pipe(file);
  else child.stdout?.on('data', (c: Buffer) => (stdout = keepTail(stdout + c.toString('utf8'))));
  child.stderr?.on('data', (c: Buffer) => (stderr = keepTail(stderr + c.toString('utf8'))));
  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          signalGroup(pid, 'SIGTERM');
          killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000);
        }, options.timeoutMs);
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  clearTimeout(timer);
  clearTimeout(killTimer);
  // Anything the command left behind in its group (normally nothing) goes with it.
  signalGroup(pid, 'SIGKILL');
  tracked.delete(pid);
  if (file) await new Promise<void>((resolve) => file.end(resolve));
  return { code: code ?? signal, stdout, stderr, timedOut };
}

/** `run`, failing with the command's output when it exits non-zero. */
export async function runOk(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const result = await run(command, args, { timeoutMs: 120_000, ...options });
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${String(result.code)}${result.timedOut ? ' (timed out)' : ''}:\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-2000)}`);
  }
  return result;
}

/** A long-running child (a server), in its own process group, with its output captured. */
export interface Service {
  readonly name: string;
  readonly pid: number;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM to the group, SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function startService(name: string, command: string, args: readonly string[], options: { env?: Readonly<Record<string, string | undefined>>; cwd?: string } = {}): Service {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  const pid = child.pid;
  tracked.add(pid);
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (c: Buffer) => {
    text = keepTail(text + c.toString('utf8'));
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let done = false;
  const exited = once(child, 'exit').then(() => {
    done = true;
    tracked.delete(pid);
    for (const l of listeners) l();
  });
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        fn();
      };
      const check = () => {
        if (pattern.test(text)) return finish(resolve);
        if (done) return finish(() => reject(new Error(`${name} exited before printing ${pattern}:\n${text.slice(-4000)}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`${name}: no ${pattern} within ${timeoutMs} ms:\n${text.slice(-4000)}`))), timeoutMs);
      listeners.add(check);
      check();
    });
  const stop = async (graceMs = 5_000) => {
    if (!done) {
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
    signalGroup(pid, 'SIGKILL');
  };
  return { name, pid, output: () => text, waitFor, stop };
}

/** Polls `url` until it answers with a status below 500. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}

// Process groups this module started and has not seen end: killed if the test process exits early.
const tracked = new Set<number>();
process.once('exit', () => {
  for (const pid of tracked) signalGroup(pid, 'SIGKILL');
});

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function keepTail(text: string, limit = 1 << 20): string {
  return text.length > limit ? text.slice(text.length - limit) : text;
}
