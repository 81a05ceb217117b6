import { createAuth, type AuthProvider } from '@trellis/auth';
import { knownZones } from '@trellis/domain';
import { neutronServerOptions, registerNeutronApi } from '@trellis/neutron';
import { createLogger, createMetricsRegistry, type Logger } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { AgentBackend } from './backend/agent-backend';
import { Materialiser } from './backend/materialiser';
import { ForwardedNetworkWrites } from './backend/network-writes';
import { RegionGuard } from './backend/region-guard';
import { RegionalAgents } from './backend/regional-agents';
import { RegionalRouters } from './backend/regional-routers';
import { RegionalSubnetPools } from './backend/regional-subnet-pools';
import { RegionalSecurityGroups } from './backend/regional-security-groups';
import { CentralClient } from './central/central-client';
import { CentralReachability } from './central/reachability';
import type { CellAgentConfig } from './config';
import { createAgentMetrics, type AgentMetrics } from './metrics';
import { FeedSync, type FeedSource } from './replica/feed-sync';
import { LocalReplica } from './replica/local-replica';
import { registerHostRoutes } from './routes/host-routes';

export interface BuildCellAgentOptions {
  /** An open store holding CELL_AGENT_COLLECTIONS; the app does not close it. */
  readonly store: Store;
  readonly config: CellAgentConfig;
  readonly logger?: Logger;
  /** Central's change feed (a FeedClient); when given, the replica follows it from app ready to app close. */
  readonly feed?: FeedSource;
  readonly auth?: AuthProvider;
  /** Registry for /metrics; default: a fresh one with process metrics. */
  readonly metricsRegistry?: Registry;
  /** Pause before re-opening the feed after a local failure (tests shorten it). */
  readonly feedRetryDelayMs?: number;
}

/** The parts of a running agent, for main.ts and tests. */
export interface CellAgent {
  readonly replica: LocalReplica;
  readonly central: CentralClient;
  readonly reachability: CentralReachability;
  readonly metrics: AgentMetrics;
  readonly sync: FeedSync | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    cellAgent: CellAgent;
  }
}

/** Builds the cell-agent without listening: `app.inject()` in tests, `app.listen()` in main. */
export async function buildApp(options: BuildCellAgentOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  const logger = options.logger ?? createLogger({ name: 'cell-agent', level: 'silent' });
  const log = logger.child({ region: config.region });
  const registry = options.metricsRegistry ?? createMetricsRegistry('cell-agent');
  const metrics = createAgentMetrics(registry);
  const reachability = new CentralReachability(log.child({ component: 'central' }), metrics.centralReachable);
  const replica = new LocalReplica(store);
  const auth = createAuth(config.auth);
  const central = new CentralClient({
    urls: config.central.urls,
    timeoutMs: config.central.timeoutMs,
    logger: log,
    reachability,
    identity: auth.outbound,
  });
  const shared = { region: config.region, cells: config.cells, replica, central, logger: log, metrics };
  const guard = new RegionGuard(shared);
  const materialiser = new Materialiser(shared);
  const backend = new AgentBackend({ replica, central, materialiser, guard, logger: log, metrics });
  const sync = options.feed
    ? new FeedSync({ replica, source: options.feed, cells: config.cells, logger: log, reachability, metrics, retryDelayMs: options.feedRetryDelayMs })
    : undefined;

  const app = Fastify({ ...neutronServerOptions(config.bodyLimitBytes, config.limits), loggerInstance: log.child({ component: 'rest' }) as FastifyBaseLogger });
  app.decorate('cellAgent', { replica, central, reachability, metrics, sync });
  registerNeutronApi(app, {
    backend,
    networkWrites: new ForwardedNetworkWrites({ replica, central, metrics }),
    availabilityZones: async () => [...knownZones(await replica.topology())],
    agents: new RegionalAgents({ cells: config.cells, replica, central }),
    routers: new RegionalRouters({ region: config.region, replica, central, metrics, materialiser }),
    subnetPools: new RegionalSubnetPools({ central, metrics }),
    securityGroups: new RegionalSecurityGroups({ central, metrics }),
    auth: options.auth ?? auth.provider,
    bodyLimitBytes: config.bodyLimitBytes,
    limits: config.limits,
  });
  registerHostRoutes(app, { region: config.region, cells: config.cells, guard, central, replica });
  app.get('/healthz', async () => ({
    status: 'ok',
    region: config.region,
    cells: config.cells,
    central: { reachable: reachability.reachable },
    feed: { revision: sync?.position ?? (await replica.position()), connected: sync?.connected ?? false },
  }));
  app.get('/metrics', async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  app.addHook('onReady', async () => sync?.start());
  app.addHook('onClose', async () => sync?.stop());
  await app.ready();
  return app;
}
