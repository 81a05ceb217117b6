import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN, describeNeutronConformance } from '@trellis/neutron/testing';
import { eventually, freePort, spawnNode, type NodeProcess } from '@trellis/testkit';
import { startTestAgent } from './testing/test-agent';

/**
 * The real central-api as a child process on loopback (apps do not import apps), for suites that
 * need central's own behaviour (IPAM, routers, quotas) behind the agent rather than the fake.
 */
class CentralProcess {
  private constructor(
    private readonly proc: NodeProcess,
    private readonly dir: string,
    readonly restPort: number,
    readonly feedPort: number,
  ) {}

  static async start(): Promise<CentralProcess> {
    const dir = mkdtempSync(path.join(tmpdir(), 'central-process-'));
    const [restPort, feedPort] = [await freePort(), await freePort()];
    const proc = spawnNode('apps/central-api/src/main.ts', {
      env: {
        TRELLIS_CENTRAL_LISTEN__PORT: String(restPort),
        TRELLIS_CENTRAL_GRPC__LISTEN: `127.0.0.1:${feedPort}`,
        TRELLIS_CENTRAL_DATA_DIR: dir,
        TRELLIS_CENTRAL_LOG_LEVEL: 'warn',
      },
    });
    try {
      await proc.waitFor(/central-api ready/, 60_000);
    } catch (err) {
      await proc.stop();
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return new CentralProcess(proc, dir, restPort, feedPort);
  }

  get url(): string {
    return `http://127.0.0.1:${this.restPort}`;
  }

  get feedTarget(): string {
    return `127.0.0.1:${this.feedPort}`;
  }

  /** One call to central's REST API (noauth: the headers name the caller; default admin). */
  async call(method: string, urlPath: string, body?: unknown, headers: Readonly<Record<string, string>> = ADMIN): Promise<{ status: number; json: any }> {
    const res = await fetch(`${this.url}${urlPath}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
  }

  async close(): Promise<void> {
    await this.proc.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** RegionOne: cell1 (az1); RegionTwo: cell2 and cell3 (az2); host hN in cellN. */
async function seedTopology(central: CentralProcess): Promise<void> {
  const cells = [['cell1', 'RegionOne', 'az1'], ['cell2', 'RegionTwo', 'az2'], ['cell3', 'RegionTwo', 'az2']];
  const calls: [string, unknown][] = [
    ...['RegionOne', 'RegionTwo'].map((name): [string, unknown] => ['/admin/v1/regions', { region: { name } }]),
    ...['az1', 'az2'].map((name): [string, unknown] => ['/admin/v1/availability_zones', { availability_zone: { name } }]),
    ...cells.map(([name, region, az]): [string, unknown] => ['/admin/v1/cells', { cell: { name, region, availability_zone: az } }]),
    ...cells.map(([cell], i): [string, unknown] => ['/admin/v1/hosts', { host: { id: `h${i + 1}`, cell, vtep: `192.0.2.${i + 1}` } }]),
  ];
  for (const [url, body] of calls) {
    const res = await central.call('POST', url, body);
    if (res.status >= 300) throw new Error(`seeding ${url} failed: ${res.status} ${JSON.stringify(res.json)}`);
  }
}

// The regional endpoint of RegionTwo (cells cell2 and cell3) in front of the real central-api:
// reads from its replica, writes forwarded. Quotas are central's alone (the region neither serves
// nor advertises them); it binds only to hosts of its own cells (h2, h3).
describeNeutronConformance('cell-agent + central', async () => {
  const central = await CentralProcess.start();
  try {
    await seedTopology(central);
    const agent = await startTestAgent(central, { region: 'RegionTwo', cells: ['cell2', 'cell3'] });
    await eventually(async () => (await agent.app.cellAgent.replica.topology()).hosts.size === 3, 20_000, 'the topology synced from the feed');
    return {
      profile: { quotas: false, tags: false, availabilityZones: ['az1', 'az2'], hosts: ['h2', 'h3'] },
      call: (method, url, body, headers) => agent.call(method, url, body, { ...headers }),
      callQuotaAuthority: (method, url, body, headers) => central.call(method, url, body, headers),
      close: async () => {
        await agent.close();
        await central.close();
      },
    };
  } catch (err) {
    await central.close();
    throw err;
  }
});
