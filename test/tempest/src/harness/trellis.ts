import path from 'node:path';
import { freePort, spawnNode, type NodeProcess } from '@trellis/testkit';

/** The real central-api (noauth, LMDB store under `dataDir`) on free loopback ports. */
export class Central {
  private constructor(readonly restPort: number, private readonly proc: NodeProcess) {}

  get url(): string {
    return `http://127.0.0.1:${this.restPort}`;
  }

  get pid(): number {
    return this.proc.pid;
  }

  output(): string {
    return this.proc.output();
  }

  static async start(dataDir: string): Promise<Central> {
    const restPort = await freePort();
    const feedPort = await freePort();
    const proc = spawnNode('apps/central-api/src/main.ts', {
      env: {
        TRELLIS_CENTRAL_LISTEN__PORT: String(restPort),
        TRELLIS_CENTRAL_GRPC__LISTEN: `127.0.0.1:${feedPort}`,
        TRELLIS_CENTRAL_DATA_DIR: path.join(dataDir, 'central'),
        TRELLIS_CENTRAL_LOG_LEVEL: 'warn',
      },
    });
    const central = new Central(restPort, proc);
    try {
      await proc.waitFor(/central-api ready/, 90_000);
      // The all-in-one's seed topology: two regions, cells with availability zones.
      for (const name of ['RegionOne', 'RegionTwo']) await central.admin('/admin/v1/regions', { region: { name } });
      for (const name of ['az1', 'az2']) await central.admin('/admin/v1/availability_zones', { availability_zone: { name } });
      for (const [name, region, az] of [['cell1', 'RegionOne', 'az1'], ['cell2', 'RegionTwo', 'az2'], ['cell3', 'RegionTwo', 'az2']]) {
        await central.admin('/admin/v1/cells', { cell: { name, region, availability_zone: az } });
      }
    } catch (err) {
      await proc.stop();
      throw err;
    }
    return central;
  }

  private async admin(route: string, body: unknown): Promise<void> {
    const res = await fetch(`${this.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`central POST ${route}: HTTP ${res.status} ${text}`);
  }

  /** The aliases central advertises at GET /v2.0/extensions (noauth admin). */
  async extensionAliases(): Promise<string[]> {
    const res = await fetch(`${this.url}/v2.0/extensions`, { signal: AbortSignal.timeout(10_000) });
    if (res.status !== 200) throw new Error(`GET /v2.0/extensions: HTTP ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { extensions: { alias: string }[] };
    return body.extensions.map((e) => e.alias).sort();
  }

  async stop(): Promise<void> {
    await this.proc.stop();
  }
}
