import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';
import { Api } from './api';
import { killDnsmasqs } from './dhcp-client';
import { Underlay, type SimHost } from './underlay';

/** A compute host of the suite: its cell and the last octet of its VTEP in 198.51.100.0/24. */
export interface HostPlan {
  readonly id: string;
  readonly cell: string;
  readonly octet: number;
}

/** The seed deployment's shape: RegionOne serves cell1 (az1); RegionTwo serves cell2 and cell3 (az2). */
export const REGIONS = [
  { name: 'RegionOne', cells: ['cell1'] },
  { name: 'RegionTwo', cells: ['cell2', 'cell3'] },
] as const;
export const CELLS = [
  { name: 'cell1', region: 'RegionOne', az: 'az1' },
  { name: 'cell2', region: 'RegionTwo', az: 'az2' },
  { name: 'cell3', region: 'RegionTwo', az: 'az2' },
] as const;
export const HOSTS: readonly HostPlan[] = [
  { id: 'cn1-1', cell: 'cell1', octet: 11 },
  { id: 'cn1-2', cell: 'cell1', octet: 12 },
  { id: 'cn2-1', cell: 'cell2', octet: 21 },
  { id: 'cn2-2', cell: 'cell2', octet: 22 },
  { id: 'cn3-1', cell: 'cell3', octet: 31 },
];

interface ServiceDef {
  readonly entry: string;
  readonly configEnv: string;
  readonly config: Record<string, unknown>;
  readonly ready: RegExp;
}

/**
 * The whole system on one machine with a real kernel dataplane: central-api, one
 * vtep-controller, the two cell-agents, and one host-agent process per host namespace using the
 * `linux` backend (every `ip`/`bridge` command runs in the host's namespace). Processes are
 * direct children, stopped by PID; namespaces carry the suite's prefix and are removed on stop
 * (and, stale ones, on start).
 */
export class DataplaneCluster {
  readonly underlay: Underlay;
  readonly hosts = new Map<string, SimHost>();
  readonly regions = new Map<string, Api>();
  central!: Api;
  private readonly dir = tempDir('trellis-dataplane-');
  private readonly defs = new Map<string, ServiceDef>();
  private readonly procs = new Map<string, NodeProcess>();
  private readonly order: string[] = [];

  private constructor(prefix: string) {
    this.underlay = new Underlay(prefix);
  }

  /** Builds the underlay and host namespaces, starts every process, seeds the topology. */
  static async start(prefix: string): Promise<DataplaneCluster> {
    const cluster = new DataplaneCluster(prefix);
    try {
      await cluster.boot();
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  private async boot(): Promise<void> {
    await this.underlay.create();
    for (const h of HOSTS) this.hosts.set(h.id, await this.underlay.addHost(h.id, h.cell, h.octet));
    const [centralPort, feedPort, controllerPort, ...regionPorts] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const feed = `127.0.0.1:${feedPort}`;
    const centralUrl = `http://127.0.0.1:${centralPort}`;
    this.central = new Api(centralUrl);
    const dataDir = (name: string) => path.join(this.dir.path, name);

    this.define('central-api', {
      entry: 'apps/central-api/src/main.ts',
      configEnv: 'TRELLIS_CENTRAL_CONFIG',
      config: { listen: { host: '127.0.0.1', port: centralPort }, grpc: { listen: feed }, dataDir: dataDir('central'), logLevel: 'info' },
      ready: /central-api listening/,
    });
    this.define('vtep-controller', {
      entry: 'apps/vtep-controller/src/main.ts',
      configEnv: 'TRELLIS_VTEP_CONTROLLER_CONFIG',
      config: { listen: { host: '127.0.0.1', port: controllerPort }, feedTargets: [feed], dataDir: dataDir('vtep-controller'), heartbeatIntervalMs: 1_000, logLevel: 'info' },
      ready: /vtep-controller listening/,
    });
    REGIONS.forEach((region, i) => {
      const port = regionPorts[i];
      this.regions.set(region.name, new Api(`http://127.0.0.1:${port}`));
      this.define(`cell-agent-${region.name}`, {
        entry: 'apps/cell-agent/src/main.ts',
        configEnv: 'TRELLIS_CELL_AGENT_CONFIG',
        config: { region: region.name, cells: region.cells, central: { urls: [centralUrl], feedTargets: [feed] }, listen: { host: '127.0.0.1', port }, dataDir: dataDir(`cell-agent-${region.name}`), logLevel: 'info' },
        ready: /cell-agent listening|cell-agent \S+ ready/,
      });
    });
    for (const h of this.hosts.values()) {
      this.define(`host-agent-${h.id}`, {
        entry: 'apps/host-agent/src/main.ts',
        configEnv: 'TRELLIS_HOST_AGENT_CONFIG',
        config: {
          hostId: h.id,
          cell: h.cell,
          vtep: h.vtep,
          targets: [`127.0.0.1:${controllerPort}`],
          backend: 'linux',
          netns: h.ns,
          // Router namespaces carry the suite's prefix: removed with the suite's namespaces, and
          // never confused with another suite's (or another host's) routers.
          routerNamespacePrefix: `${this.underlay.namespaces.prefix}-qr${h.id.replace('-', '')}-`,
          dataDir: dataDir(`host-agent-${h.id}`),
          // The default period: a tap that appears after its port was delivered must be found
          // through netlink link events, not this timer (the tests measure it).
          digestIntervalMs: 30_000,
          backoff: { initialMs: 100, maxMs: 1_000 },
          logLevel: 'info',
        },
        ready: /host-agent started/,
      });
    }

    await this.startService('central-api');
    await this.seed();
    await Promise.all(['vtep-controller', ...REGIONS.map((r) => `cell-agent-${r.name}`)].map((n) => this.startService(n)));
    await Promise.all([...this.hosts.keys()].map((id) => this.startService(`host-agent-${id}`)));
    await Promise.all([...this.hosts.keys()].map((id) => this.waitFor(`host-agent-${id}`, /welcomed by controller/)));
  }

  private define(name: string, def: ServiceDef): void {
    this.defs.set(name, def);
    writeFileSync(path.join(this.dir.path, `${name}.json`), JSON.stringify(def.config));
  }

  /** Regions, zones, cells and hosts through central's admin API. */
  private async seed(): Promise<void> {
    for (const r of REGIONS) await this.central.post('/admin/v1/regions', { region: { name: r.name } });
    for (const az of ['az1', 'az2']) await this.central.post('/admin/v1/availability_zones', { availability_zone: { name: az } });
    for (const c of CELLS) await this.central.post('/admin/v1/cells', { cell: { name: c.name, region: c.region, availability_zone: c.az } });
    for (const h of this.hosts.values()) await this.central.post('/admin/v1/hosts', { host: { id: h.id, cell: h.cell, vtep: h.vtep } });
  }

  /** Starts (or restarts) a service with its configuration and waits for its ready line. */
  async startService(name: string): Promise<NodeProcess> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`unknown service ${name}`);
    const proc = spawnNode(def.entry, { env: { [def.configEnv]: path.join(this.dir.path, `${name}.json`) } });
    this.procs.set(name, proc);
    if (!this.order.includes(name)) this.order.push(name);
    await proc.waitFor(def.ready, 60_000);
    return proc;
  }

  process(name: string): NodeProcess {
    const proc = this.procs.get(name);
    if (!proc) throw new Error(`service ${name} is not running`);
    return proc;
  }

  /** Waits for a line of the service's current process. */
  waitFor(name: string, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    return this.process(name).waitFor(pattern, timeoutMs);
  }

  /** SIGKILL (a crash): the process gets no chance to clean up. */
  async crash(name: string): Promise<void> {
    await this.process(name).kill();
  }

  host(id: string): SimHost {
    const h = this.hosts.get(id);
    if (!h) throw new Error(`unknown host ${id}`);
    return h;
  }

  /** The cell-agent of the region that serves `hostId` (where that host's nova-compute talks). */
  regionOf(hostId: string): Api {
    const cell = CELLS.find((c) => c.name === this.host(hostId).cell);
    const api = cell && this.regions.get(cell.region);
    if (!api) throw new Error(`no region for host ${hostId}`);
    return api;
  }

  /** A service's data directory. */
  dataDir(name: string): string {
    return path.join(this.dir.path, name);
  }

  /**
   * Stops every process (reverse start order, by PID), the host-agents' dnsmasq processes (by
   * the PIDs in their pid files), removes namespaces and data. Never throws.
   */
  async stop(): Promise<void> {
    for (const name of [...this.order].reverse()) {
      await this.procs.get(name)?.stop(5_000).catch(() => undefined);
    }
    this.procs.clear();
    killDnsmasqs(this.dir.path);
    await this.underlay.destroy().catch(() => undefined);
    this.dir.remove();
  }
}
