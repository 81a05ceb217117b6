import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';

/** How to start one app process: its entry, the env variable naming its JSON config, its ready line. */
export interface ServiceSpec {
  readonly entry: string;
  readonly configEnv: string;
  readonly config: Record<string, unknown>;
  readonly ready: RegExp;
}

/**
 * App processes of one test file, each a direct `node --import tsx` child with its configuration
 * in a JSON file under one temp dir. Everything is stopped by PID (reverse start order) and the
 * temp dir removed by {@link Fleet.stopAll}, which never throws, so afterAll can always call it.
 */
export class Fleet {
  readonly dir = tempDir('trellis-replicas-');
  private readonly specs = new Map<string, ServiceSpec>();
  private readonly procs = new Map<string, NodeProcess>();
  private readonly order: string[] = [];

  /** A path under the fleet's temp dir (data dirs of the services). */
  path(name: string): string {
    return path.join(this.dir.path, name);
  }

  /** Writes the service's config file and starts it; resolves at its ready line. */
  async start(name: string, spec: ServiceSpec, timeoutMs = 60_000): Promise<NodeProcess> {
    this.specs.set(name, spec);
    const configFile = this.path(`${name}.json`);
    writeFileSync(configFile, JSON.stringify(spec.config));
    const proc = spawnNode(spec.entry, { env: { [spec.configEnv]: configFile } });
    this.procs.set(name, proc);
    if (!this.order.includes(name)) this.order.push(name);
    await proc.waitFor(spec.ready, timeoutMs);
    return proc;
  }

  /** Starts a stopped service again with the same configuration. */
  async restart(name: string): Promise<NodeProcess> {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`unknown service ${name}`);
    return this.start(name, spec);
  }

  process(name: string): NodeProcess {
    const proc = this.procs.get(name);
    if (!proc) throw new Error(`service ${name} is not running`);
    return proc;
  }

  /** Everything the service printed so far ('' when never started). */
  output(name: string): string {
    return this.procs.get(name)?.output() ?? '';
  }

  /** SIGKILL: a crash, no graceful shutdown. */
  async kill(name: string): Promise<void> {
    await this.procs.get(name)?.kill();
  }

  /** SIGTERM, then SIGKILL after a grace period. */
  async stop(name: string): Promise<void> {
    await this.procs.get(name)?.stop(5_000);
  }

  /** Stops every process by PID in reverse start order and removes the temp dir. Never throws. */
  async stopAll(): Promise<void> {
    for (const name of [...this.order].reverse()) {
      await this.procs.get(name)?.stop(5_000).catch(() => undefined);
    }
    this.procs.clear();
    this.dir.remove();
  }
}
