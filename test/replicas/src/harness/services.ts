import { freePort } from '@trellis/testkit';
import type { Fleet } from './fleet';

/** Where a running central-api replica answers. */
export interface CentralEndpoints {
  readonly name: string;
  /** `http://127.0.0.1:<port>` of the Neutron REST API. */
  readonly url: string;
  /** `127.0.0.1:<port>` of the gRPC Feed. */
  readonly feedTarget: string;
}

export interface CentralOptions {
  /** etcd client URLs; omitted = the embedded LMDB store in the fleet's temp dir. */
  readonly etcdEndpoints?: readonly string[];
  /** etcd key prefix shared by the replicas of one deployment. */
  readonly prefix?: string;
  readonly logLevel?: string;
}

/** Starts a real central-api process (`apps/central-api/src/main.ts`) on free loopback ports. */
export async function startCentral(fleet: Fleet, name: string, options: CentralOptions = {}): Promise<CentralEndpoints> {
  const [restPort, feedPort] = [await freePort(), await freePort()];
  const feedTarget = `127.0.0.1:${feedPort}`;
  const store = options.etcdEndpoints ? { kind: 'etcd', endpoints: options.etcdEndpoints, prefix: options.prefix ?? '/trellis/' } : { kind: 'lmdb' };
  await fleet.start(name, {
    entry: 'apps/central-api/src/main.ts',
    configEnv: 'TRELLIS_CENTRAL_CONFIG',
    config: { listen: { host: '127.0.0.1', port: restPort }, grpc: { listen: feedTarget }, dataDir: fleet.path(name), logLevel: options.logLevel ?? 'warn', store },
    ready: /central-api ready/,
  });
  return { name, url: `http://127.0.0.1:${restPort}`, feedTarget };
}

/** Starts a real vtep-controller replica on a free loopback port; returns its `host:port`. */
export async function startController(fleet: Fleet, name: string, feedTargets: readonly string[]): Promise<string> {
  const port = await freePort();
  await fleet.start(name, {
    entry: 'apps/vtep-controller/src/main.ts',
    configEnv: 'TRELLIS_VTEP_CONTROLLER_CONFIG',
    config: {
      controllerId: name,
      // Same epoch on every replica: they share central's revision space.
      epoch: 'trellis-replicas',
      listen: { host: '127.0.0.1', port },
      feedTargets,
      dataDir: fleet.path(name),
      heartbeatIntervalMs: 500,
      logLevel: 'info',
    },
    ready: /vtep-controller listening/,
  });
  return `127.0.0.1:${port}`;
}

/** Starts a real host-agent with the in-memory dataplane; its view is persisted in `<dataDir>/host-state.json`. */
export async function startHostAgent(fleet: Fleet, hostId: string, vtep: string, targets: readonly string[]): Promise<string> {
  const dataDir = fleet.path(`host-agent-${hostId}`);
  await fleet.start(`host-agent-${hostId}`, {
    entry: 'apps/host-agent/src/main.ts',
    configEnv: 'TRELLIS_HOST_AGENT_CONFIG',
    config: {
      hostId,
      vtep,
      targets,
      backend: 'memory',
      dataDir,
      digestIntervalMs: 0,
      // A killed controller is noticed by the broken stream; the idle timer is a second guard.
      idleTimeoutMs: 3_000,
      backoff: { initialMs: 100, maxMs: 500 },
      logLevel: 'info',
    },
    ready: /host-agent started/,
  });
  return dataDir;
}
