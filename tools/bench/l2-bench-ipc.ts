import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import path from 'node:path';

// A tiny request/response protocol over Node's IPC channel between the L2 benchmark's driver
// and its child processes (the controller process and the simulated-host workers).

export interface IpcRequest {
  readonly id: number;
  readonly cmd: string;
  readonly args?: unknown;
}
export interface IpcReply {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}

/** One child process driven by requests; every call is bounded by a timeout. */
export class IpcChild {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  readonly proc: ChildProcess;
  exited = false;
  /** Resolves with the child's ready message (id 0). */
  readonly ready: Promise<unknown>;
  private onReady: ((v: unknown) => void) | undefined;

  constructor(script: string, args: readonly string[], readonly name: string, extraNodeArgs: readonly string[] = []) {
    this.proc = fork(path.join(import.meta.dirname, script), args, {
      execArgv: [...extraNodeArgs, '--import', 'tsx'],
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(import.meta.dirname, '../../tsconfig.base.json') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = new Promise((r) => (this.onReady = r));
    this.proc.on('message', (m: IpcReply) => {
      if (m.id === 0) return this.onReady?.(m.result);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.error !== undefined) p.reject(new Error(`${name}: ${m.error}`));
      else p.resolve(m.result);
    });
    this.proc.on('exit', (code) => {
      this.exited = true;
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new Error(`${name} exited (code ${code})`));
      }
      this.pending.clear();
    });
  }

  call<T>(cmd: string, args?: unknown, timeoutMs = 120_000): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: ${cmd} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.proc.send({ id, cmd, args } satisfies IpcRequest);
    });
  }

  /** Stops the child by its PID: SIGTERM, then SIGKILL after `graceMs`. */
  async kill(graceMs = 3_000): Promise<void> {
    if (this.exited || this.proc.pid === undefined) return;
    const gone = new Promise<void>((r) => this.proc.once('exit', () => r()));
    process.kill(this.proc.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (!this.exited && this.proc.pid !== undefined) process.kill(this.proc.pid, 'SIGKILL');
    }, graceMs);
    await gone;
    clearTimeout(timer);
  }
}

/** Serves requests in a child: `handlers[cmd](args)`; replies with the result or the error text. */
export function serveIpc(handlers: Record<string, (args: never) => unknown>): void {
  process.on('message', (m: IpcRequest) => {
    const handler = handlers[m.cmd];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${m.cmd}`);
        return handler(m.args as never);
      })
      .then(
        (result) => process.send!({ id: m.id, result } satisfies IpcReply),
        (err: unknown) => process.send!({ id: m.id, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies IpcReply),
      );
  });
  // The driver going away ends this process too (no orphans).
  process.on('disconnect', () => process.exit(0));
}

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
