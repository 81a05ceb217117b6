import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { spawnNode, type NodeProcess } from '@trellis/testkit';
import type { ServiceSpec } from './services';

export interface SupervisorOptions {
  readonly dataDir: string;
  /** Prints one line for people. */
  readonly print: (line: string) => void;
  /** Called once when a child exits while the supervisor did not ask it to. */
  readonly onUnexpectedExit: (name: string, code: number | string | null) => void;
  readonly readyTimeoutMs?: number;
  /** Per-child grace between SIGTERM and SIGKILL. */
  readonly stopGraceMs?: number;
}

interface Running {
  readonly spec: ServiceSpec;
  readonly proc: NodeProcess;
  readonly log: WriteStream;
}

/**
 * Starts the services as direct child processes (each `node --import tsx <entry>`, config in
 * `<dataDir>/config/<name>.json`, output in `<dataDir>/logs/<name>.log`), waits for their ready
 * lines, reports a child that dies on its own, and stops them in reverse start order, by PID.
 */
export class Supervisor {
  private readonly running: Running[] = [];
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {}

  /** PIDs of the children started so far, by service name. */
  pids(): Map<string, number> {
    return new Map(this.running.map((r) => [r.spec.name, r.proc.pid]));
  }

  /** Marks every later child exit as expected (a terminal Ctrl-C also reaches the children). */
  beginStop(): void {
    this.stopping = true;
  }

  /** Starts a group of services together and resolves when all printed their ready lines. */
  async startAll(specs: readonly ServiceSpec[]): Promise<void> {
    const started = specs.map((spec) => this.start(spec));
    const results = await Promise.allSettled(started.map((s) => s.ready));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private start(spec: ServiceSpec): { ready: Promise<void> } {
    const configDir = path.join(this.options.dataDir, 'config');
    const logDir = path.join(this.options.dataDir, 'logs');
    mkdirSync(configDir, { recursive: true });
    mkdirSync(logDir, { recursive: true });
    const configFile = path.join(configDir, `${spec.name}.json`);
    writeFileSync(configFile, `${JSON.stringify(spec.config, null, 2)}\n`);
    const log = createWriteStream(path.join(logDir, `${spec.name}.log`), { flags: 'a' });
    const proc = spawnNode(spec.entry, { env: { [spec.configEnv]: configFile } });
    proc.child.stdout?.on('data', (chunk: Buffer) => log.write(chunk));
    proc.child.stderr?.on('data', (chunk: Buffer) => log.write(chunk));
    this.running.push({ spec, proc, log });
    this.options.print(`  started ${spec.name} pid ${proc.pid}`);
    void proc.exited.then((code) => {
      log.end();
      // Give a terminal-wide Ctrl-C a moment to reach our own handler before judging the exit.
      setTimeout(() => {
        if (!this.stopping) this.options.onUnexpectedExit(spec.name, code);
      }, 250).unref();
    });
    const ready = proc.waitFor(spec.ready, this.options.readyTimeoutMs ?? 60_000).then(() => undefined);
    return { ready };
  }

  /** The last output of a child, for the message about its unexpected exit. */
  tail(name: string, lines = 15): string {
    const r = this.running.find((x) => x.spec.name === name);
    return r ? r.proc.output().trimEnd().split('\n').slice(-lines).join('\n') : '';
  }

  /** Stops every child in reverse start order (SIGTERM, then SIGKILL after the grace). */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const r of [...this.running].reverse()) {
      const code = await r.proc.stop(this.options.stopGraceMs ?? 8_000);
      this.options.print(`  stopped ${r.spec.name} pid ${r.proc.pid} (${code === 0 ? 'clean exit' : `exit ${String(code)}`})`);
    }
    this.running.length = 0;
  }
}
