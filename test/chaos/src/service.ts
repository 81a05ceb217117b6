import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnNode, type NodeProcess } from '@trellis/testkit';

/** How to run one app as a child process: entry, JSON config (through its `*_CONFIG` variable), ready line. */
export interface ServiceSpec {
  readonly name: string;
  readonly entry: string;
  readonly configEnv: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly ready: RegExp;
}

/**
 * One real process that the chaos suite kills with SIGKILL and starts again over the same data
 * dir and ports. Only the processes it started are ever signalled (by their PID).
 */
export class Service {
  #proc: NodeProcess | undefined;
  readonly #configFile: string;
  starts = 0;
  kills = 0;

  constructor(
    readonly spec: ServiceSpec,
    dir: string,
  ) {
    this.#configFile = path.join(dir, `${spec.name}.json`);
    writeFileSync(this.#configFile, JSON.stringify(spec.config));
  }

  get name(): string {
    return this.spec.name;
  }

  get running(): boolean {
    return this.#proc !== undefined;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const proc = spawnNode(this.spec.entry, { env: { [this.spec.configEnv]: this.#configFile }, maxOutputBytes: 256 * 1024 });
    this.#proc = proc;
    this.starts++;
    await proc.waitFor(this.spec.ready, timeoutMs);
  }

  /** SIGKILL: no shutdown hooks, no flush; what was acknowledged must already be on disk. */
  async kill(): Promise<void> {
    const proc = this.#proc;
    this.#proc = undefined;
    if (!proc) return;
    this.kills++;
    await proc.kill();
  }

  async stop(): Promise<void> {
    const proc = this.#proc;
    this.#proc = undefined;
    await proc?.stop(3_000);
  }

  output(): string {
    return this.#proc?.output() ?? '';
  }
}
