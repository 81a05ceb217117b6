import path from 'node:path';
import { freePort } from '@trellis/testkit';
import { Service } from './service';

export interface HostSpec {
  readonly id: string;
  readonly vtep: string;
  readonly cell: string;
  readonly dataDir: string;
}

/**
 * The processes of one small deployment on loopback: central-api, a cell-agent (RegionOne),
 * the vtep-controller and host-agents with the memory dataplane. Ports are fixed at creation so
 * every process restarts in place.
 */
export class Fleet {
  readonly central: Service;
  readonly cellAgent: Service;
  readonly controller: Service;
  readonly hosts: Service[];
  readonly hostSpecs: HostSpec[];

  private constructor(
    readonly centralUrl: string,
    readonly feedTarget: string,
    readonly cellAgentUrl: string,
    services: { central: Service; cellAgent: Service; controller: Service; hosts: Service[]; hostSpecs: HostSpec[] },
  ) {
    this.central = services.central;
    this.cellAgent = services.cellAgent;
    this.controller = services.controller;
    this.hosts = services.hosts;
    this.hostSpecs = services.hostSpecs;
  }

  static async create(dir: string, hostCount: number): Promise<Fleet> {
    const [rest, feed, controllerPort, agentPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const centralUrl = `http://127.0.0.1:${rest}`;
    const feedTarget = `127.0.0.1:${feed}`;
    const controllerTarget = `127.0.0.1:${controllerPort}`;
    const central = new Service(
      {
        name: 'central-api',
        entry: 'apps/central-api/src/main.ts',
        configEnv: 'TRELLIS_CENTRAL_CONFIG',
        config: { listen: { host: '127.0.0.1', port: rest }, grpc: { listen: feedTarget }, dataDir: path.join(dir, 'central'), logLevel: 'warn' },
        ready: /central-api ready:/,
      },
      dir,
    );
    const cellAgent = new Service(
      {
        name: 'cell-agent',
        entry: 'apps/cell-agent/src/main.ts',
        configEnv: 'TRELLIS_CELL_AGENT_CONFIG',
        config: {
          region: 'RegionOne',
          cells: ['cell1'],
          central: { urls: [centralUrl], feedTargets: [feedTarget], timeoutMs: 1_500 },
          listen: { host: '127.0.0.1', port: agentPort },
          dataDir: path.join(dir, 'cell-agent'),
          logLevel: 'warn',
        },
        ready: /cell-agent RegionOne ready/,
      },
      dir,
    );
    const controller = new Service(
      {
        name: 'vtep-controller',
        entry: 'apps/vtep-controller/src/main.ts',
        configEnv: 'TRELLIS_VTEP_CONTROLLER_CONFIG',
        config: {
          listen: { host: '127.0.0.1', port: controllerPort },
          feedTargets: [feedTarget],
          dataDir: path.join(dir, 'vtep-controller'),
          heartbeatIntervalMs: 500,
          logLevel: 'info',
        },
        ready: /vtep-controller listening/,
      },
      dir,
    );
    const hostSpecs: HostSpec[] = Array.from({ length: hostCount }, (_, i) => ({
      id: `chaos-${i + 1}`,
      vtep: `192.0.2.${i + 1}`,
      cell: 'cell1',
      dataDir: path.join(dir, `host-agent-${i + 1}`),
    }));
    const hosts = hostSpecs.map(
      (h) =>
        new Service(
          {
            name: `host-agent-${h.id}`,
            entry: 'apps/host-agent/src/main.ts',
            configEnv: 'TRELLIS_HOST_AGENT_CONFIG',
            config: {
              hostId: h.id,
              cell: h.cell,
              vtep: h.vtep,
              targets: [controllerTarget],
              backend: 'memory',
              dataDir: h.dataDir,
              digestIntervalMs: 2_000,
              persistIntervalMs: 0,
              backoff: { initialMs: 50, maxMs: 500 },
              logLevel: 'info',
            },
            ready: /host-agent started/,
          },
          dir,
        ),
    );
    return new Fleet(centralUrl, feedTarget, `http://127.0.0.1:${agentPort}`, { central, cellAgent, controller, hosts, hostSpecs });
  }

  /** Every process, in kill-and-restart order of choice. */
  get all(): Service[] {
    return [this.central, this.cellAgent, this.controller, ...this.hosts];
  }

  /** Stops everything still running (SIGTERM, then SIGKILL), also after a failure. */
  async stopAll(): Promise<void> {
    await Promise.allSettled(this.all.map((s) => s.stop()));
  }
}
