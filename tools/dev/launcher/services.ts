import path from 'node:path';
import type { ServiceCertificates } from './certificates';
import type { LauncherOptions } from './options';
import type { SeedTopology } from './topology';

/**
 * One process of the all-in-one: which app entry runs, the JSON config file handed to it through
 * its `*_CONFIG` variable, and the log line that says it is ready.
 */
export interface ServiceSpec {
  readonly name: string;
  readonly entry: string;
  readonly configEnv: string;
  readonly config: Readonly<Record<string, unknown>>;
  readonly ready: RegExp;
  /** Services of one stage start together; stages start in order (seeding runs after stage 0). */
  readonly stage: number;
  /** What to print about it once the system is up. */
  readonly summary: string;
}

/** Where the simulated host-agent of `hostId` keeps its state (`host-state.json`). */
export function hostAgentDataDir(dataDir: string, hostId: string): string {
  return path.join(dataDir, `host-agent-${hostId}`);
}

/**
 * The service table: central-api first (stage 0); then, once the topology is seeded, the
 * vtep-controller and the cell-agents (stage 1); then one simulated host-agent per host (stage 2),
 * which the controller accepts only once their hosts are registered. `certificates`: each
 * process's mTLS files (none: every gRPC endpoint explicitly insecure); `auth`: the `auth` section
 * of central-api and the cell-agents.
 */
export function serviceTable(
  options: LauncherOptions,
  topology: SeedTopology,
  certificates?: ServiceCertificates,
  auth: Readonly<Record<string, unknown>> = { mode: 'noauth' },
): ServiceSpec[] {
  const { dataDir, ports, logLevel } = options;
  // Every gRPC endpoint says how it is secured: its service's certificate, or insecure on purpose.
  const tls = (service: string): Readonly<Record<string, unknown>> => {
    if (!certificates) return { insecure: true };
    const files = certificates.get(service);
    if (!files) throw new Error(`no certificate for ${service}`);
    return { ...files };
  };
  const centralUrl = `http://127.0.0.1:${ports.central}`;
  const feedTarget = `127.0.0.1:${ports.feed}`;
  const controllerTarget = `127.0.0.1:${ports.controller}`;
  const regionPorts = [ports.regionOne, ports.regionTwo];
  const specs: ServiceSpec[] = [
    {
      name: 'central-api',
      entry: 'apps/central-api/src/main.ts',
      configEnv: 'TRELLIS_CENTRAL_CONFIG',
      config: {
        listen: { host: '127.0.0.1', port: ports.central },
        grpc: { listen: feedTarget, tls: tls('central-api') },
        auth,
        dataDir: path.join(dataDir, 'central'),
        logLevel,
        // The topology page (/ui/) shows each host's lag and digest health from the controller.
        ui: { controllerOpsUrl: `http://127.0.0.1:${ports.controllerOps}` },
      },
      ready: /central-api ready:/,
      stage: 0,
      summary: `${centralUrl}  Neutron v2.0 + admin API, topology page ${centralUrl}/ui/ (feed gRPC ${feedTarget})`,
    },
    {
      name: 'vtep-controller',
      entry: 'apps/vtep-controller/src/main.ts',
      configEnv: 'TRELLIS_VTEP_CONTROLLER_CONFIG',
      config: {
        listen: { host: '127.0.0.1', port: ports.controller, tls: tls('vtep-controller') },
        ops: { enabled: true, host: '127.0.0.1', port: ports.controllerOps },
        feedTargets: [feedTarget],
        feedTls: tls('vtep-controller'),
        dataDir: path.join(dataDir, 'vtep-controller'),
        logLevel,
      },
      ready: /vtep-controller ops listener/,
      stage: 1,
      summary: `${controllerTarget}  gRPC L2 distribution to host-agents (metrics http://127.0.0.1:${ports.controllerOps}/metrics)`,
    },
  ];
  topology.regions.forEach((region, i) => {
    const port = regionPorts[i];
    if (port === undefined) throw new Error(`no port configured for region ${region.name}`);
    specs.push({
      name: `cell-agent-${region.name}`,
      entry: 'apps/cell-agent/src/main.ts',
      configEnv: 'TRELLIS_CELL_AGENT_CONFIG',
      config: {
        region: region.name,
        cells: region.cells,
        central: { urls: [centralUrl], feedTargets: [feedTarget], feedTls: tls(`cell-agent-${region.name}`) },
        auth,
        listen: { host: '127.0.0.1', port },
        dataDir: path.join(dataDir, `cell-agent-${region.name}`),
        logLevel,
      },
      ready: /cell-agent listening|cell-agent \S+ ready/,
      stage: 1,
      summary: `http://127.0.0.1:${port}  local Neutron of ${region.name} (${region.cells.join(', ')})`,
    });
  });
  for (const host of topology.hosts) {
    specs.push({
      name: `host-agent-${host.id}`,
      entry: 'apps/host-agent/src/main.ts',
      configEnv: 'TRELLIS_HOST_AGENT_CONFIG',
      config: {
        hostId: host.id,
        cell: host.cell,
        vtep: host.vtep,
        targets: [controllerTarget],
        tls: tls(`host-agent-${host.id}`),
        backend: 'memory',
        dataDir: hostAgentDataDir(dataDir, host.id),
        logLevel,
      },
      ready: /host-agent started/,
      stage: 2,
      summary: `${host.cell}, VTEP ${host.vtep} (memory backend)`,
    });
  }
  return specs;
}
