import path from 'node:path';
import { freePort, spawnNode, type NodeProcess } from '@trellis/testkit';

/** JSON over loopback HTTP, headers optional; never throws on HTTP errors. */
export async function http(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
}

/** Fails with the answer when the status is not 2xx. */
export function ok<T extends { status: number; json: any }>(res: T): T {
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.json)}`);
  return res;
}

/** The real central-api as a child process on fixed loopback ports (so it can restart in place). */
export class CentralProcess {
  #proc: NodeProcess | undefined;

  private constructor(readonly restPort: number, readonly feedPort: number, private readonly dataDir: string) {}

  static async create(dataDir: string): Promise<CentralProcess> {
    return new CentralProcess(await freePort(), await freePort(), path.join(dataDir, 'central'));
  }

  get url(): string {
    return `http://127.0.0.1:${this.restPort}`;
  }

  get feedTarget(): string {
    return `127.0.0.1:${this.feedPort}`;
  }

  get pid(): number | undefined {
    return this.#proc?.pid;
  }

  async start(): Promise<void> {
    this.#proc = spawnNode('apps/central-api/src/main.ts', {
      env: {
        TRELLIS_CENTRAL_LISTEN__PORT: String(this.restPort),
        TRELLIS_CENTRAL_GRPC__LISTEN: this.feedTarget,
        TRELLIS_CENTRAL_DATA_DIR: this.dataDir,
        TRELLIS_CENTRAL_LOG_LEVEL: 'warn',
      },
    });
    await this.#proc.waitFor(/central-api ready/, 30_000);
  }

  async stop(): Promise<void> {
    await this.#proc?.stop();
    this.#proc = undefined;
  }

  output(): string {
    return this.#proc?.output() ?? '';
  }
}

export interface AgentSpec {
  readonly region: string;
  readonly cells: readonly string[];
  /** REST base URL and feed target the agent uses to reach central. */
  readonly centralUrl: string;
  readonly feedTarget: string;
}

/** A real cell-agent as a child process. */
export class AgentProcess {
  #proc: NodeProcess | undefined;

  private constructor(readonly spec: AgentSpec, readonly port: number, private readonly dataDir: string) {}

  static async create(spec: AgentSpec, dataDir: string): Promise<AgentProcess> {
    return new AgentProcess(spec, await freePort(), path.join(dataDir, `cell-agent-${spec.region}`));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.#proc = spawnNode('apps/cell-agent/src/main.ts', {
      env: {
        TRELLIS_CELL_AGENT_REGION: this.spec.region,
        TRELLIS_CELL_AGENT_CELLS: this.spec.cells.join(','),
        TRELLIS_CELL_AGENT_CENTRAL__URLS: this.spec.centralUrl,
        TRELLIS_CELL_AGENT_CENTRAL__FEED_TARGETS: this.spec.feedTarget,
        TRELLIS_CELL_AGENT_CENTRAL__TIMEOUT_MS: '1500',
        TRELLIS_CELL_AGENT_LISTEN__PORT: String(this.port),
        TRELLIS_CELL_AGENT_DATA_DIR: this.dataDir,
        TRELLIS_CELL_AGENT_LOG_LEVEL: 'warn',
      },
    });
    await this.#proc.waitFor(new RegExp(`cell-agent ${this.spec.region} ready on http://127\\.0\\.0\\.1:${this.port}`), 30_000);
  }

  async stop(): Promise<void> {
    await this.#proc?.stop();
    this.#proc = undefined;
  }

  output(): string {
    return this.#proc?.output() ?? '';
  }
}

export { eventually } from '@trellis/testkit';
