import path from 'node:path';
import { freePort, spawnNode, type NodeProcess } from '@trellis/testkit';

/** One Trellis process started from its real entry point, stopped (SIGTERM, then SIGKILL) by the suite. */
abstract class Child {
  #proc: NodeProcess | undefined;

  protected abstract entry: string;
  protected abstract env(): Record<string, string>;
  protected abstract ready: RegExp;

  async start(): Promise<void> {
    this.#proc = spawnNode(this.entry, { env: this.env() });
    await this.#proc.waitFor(this.ready, 60_000);
  }

  async stop(): Promise<void> {
    await this.#proc?.stop();
    this.#proc = undefined;
  }

  output(): string {
    return this.#proc?.output() ?? '';
  }
}

/** central-api, calling back the given nova-api URL (events batched every 50 ms). */
export class Central extends Child {
  protected entry = 'apps/central-api/src/main.ts';
  protected ready = /central-api ready/;

  private constructor(readonly restPort: number, readonly feedPort: number, private readonly dataDir: string, private readonly novaUrl: string) {
    super();
  }

  static async create(dir: string, novaUrl: string): Promise<Central> {
    return new Central(await freePort(), await freePort(), path.join(dir, 'central'), novaUrl);
  }

  get url(): string {
    return `http://127.0.0.1:${this.restPort}`;
  }

  get feedTarget(): string {
    return `127.0.0.1:${this.feedPort}`;
  }

  protected env(): Record<string, string> {
    return {
      TRELLIS_CENTRAL_LISTEN__PORT: String(this.restPort),
      TRELLIS_CENTRAL_GRPC__LISTEN: this.feedTarget,
      TRELLIS_CENTRAL_DATA_DIR: this.dataDir,
      TRELLIS_CENTRAL_LOG_LEVEL: 'warn',
      TRELLIS_CENTRAL_NOVA__URL: this.novaUrl,
      TRELLIS_CENTRAL_NOVA__BATCH_INTERVAL_MS: '50',
    };
  }
}

/** A region's cell-agent (the Neutron endpoint its nova-compute services use). */
export class CellAgent extends Child {
  protected entry = 'apps/cell-agent/src/main.ts';

  private constructor(readonly region: string, readonly cells: readonly string[], readonly port: number, private readonly dataDir: string, private readonly central: Central) {
    super();
  }

  static async create(region: string, cells: readonly string[], dir: string, central: Central): Promise<CellAgent> {
    return new CellAgent(region, cells, await freePort(), path.join(dir, `cell-agent-${region}`), central);
  }

  protected get ready(): RegExp {
    return new RegExp(`cell-agent ${this.region} ready on http://127\\.0\\.0\\.1:${this.port}`);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  protected env(): Record<string, string> {
    return {
      TRELLIS_CELL_AGENT_REGION: this.region,
      TRELLIS_CELL_AGENT_CELLS: this.cells.join(','),
      TRELLIS_CELL_AGENT_CENTRAL__URLS: this.central.url,
      TRELLIS_CELL_AGENT_CENTRAL__FEED_TARGETS: this.central.feedTarget,
      TRELLIS_CELL_AGENT_LISTEN__PORT: String(this.port),
      TRELLIS_CELL_AGENT_DATA_DIR: this.dataDir,
      TRELLIS_CELL_AGENT_LOG_LEVEL: 'warn',
    };
  }
}

/** The vtep-controller: central's feed in, host-agent streams out, wiring reports back to central. */
export class VtepController extends Child {
  protected entry = 'apps/vtep-controller/src/main.ts';
  protected ready = /vtep-controller listening/;

  private constructor(readonly port: number, private readonly dataDir: string, private readonly central: Central) {
    super();
  }

  static async create(dir: string, central: Central): Promise<VtepController> {
    return new VtepController(await freePort(), path.join(dir, 'vtep-controller'), central);
  }

  get target(): string {
    return `127.0.0.1:${this.port}`;
  }

  protected env(): Record<string, string> {
    return {
      TRELLIS_VTEP_CONTROLLER_LISTEN__PORT: String(this.port),
      TRELLIS_VTEP_CONTROLLER_FEED_TARGETS: this.central.feedTarget,
      TRELLIS_VTEP_CONTROLLER_DATA_DIR: this.dataDir,
      TRELLIS_VTEP_CONTROLLER_LOG_LEVEL: 'info',
    };
  }
}
