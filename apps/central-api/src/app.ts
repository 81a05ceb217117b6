import { createAuth, KeystoneSession, type AuthProvider } from '@trellis/auth';
import { Collections, domainError, knownZones } from '@trellis/domain';
import { neutronServerOptions, registerNeutronApi } from '@trellis/neutron';
import { createMetricsRegistry } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { CentralConfig } from './config';
import { IDEMPOTENCY_DEFAULTS, installIdempotency } from './idempotency/idempotency-hooks';
import { liveEventsPlugin } from './live-events';
import { metricsPlugin } from './metrics';
import { NovaNotifier, connectPortEvents, keystoneNovaAccess, type NovaConfig } from './nova';
import { registerTopologyRoutes } from './routes/topology-routes';
import { registerStaleReadMarking } from './stale-reads';
import { CentralBackend } from './services/central-backend';
import { CentralAgents } from './services/central-agents';
import { CentralQuotas } from './services/central-quotas';
import { NetworkService } from './services/network-service';
import { PortService } from './services/port-service';
import { QuotaService } from './services/quota-service';
import { RouterService } from './services/router-service';
import { SubnetPoolService } from './services/subnet-pool-service';
import { StoredPortSecurityGroups } from './services/security-group-ports';
import { SecurityGroupService } from './services/security-group-service';
import { SubnetService } from './services/subnet-service';
import { followStore } from './services/store-follower';
import { TOPOLOGY_COLLECTIONS, TopologyService } from './services/topology-service';
import { defaultUiAssetsDir, notCrossOrigin, uiPlugin } from './ui';

export interface BuildAppOptions {
  /** An open store holding NEUTRON_COLLECTIONS; the app does not close it. */
  readonly store: Store;
  readonly config: CentralConfig;
  readonly logger?: Logger;
  /** Replaces the configured auth mode (e.g. a Keystone validator). */
  readonly auth?: AuthProvider;
  readonly now?: () => string;
  readonly randomBytes?: () => Uint8Array;
  /**
   * The process's metrics registry (`createMetricsRegistry('central-api')`), shared with the feed
   * server; default: a private one without process metrics (tests).
   */
  readonly metrics?: Registry;
  /**
   * Marks responses whose store reads were answered without quorum (`X-Trellis-Stale-Read`).
   * Default: on for backends that can read stale (etcd), off for LMDB, which never does.
   * Optimization: off, no request runs in an AsyncLocalStorage context, so the process pays no
   * promise hooks (every promise of every request, commit and feed write otherwise runs them).
   */
  readonly staleReadMarking?: boolean;
}

/** The services behind the API, exposed for the feed's report handlers and the notifier. */
export interface CentralServices {
  readonly topology: TopologyService;
  readonly networks: NetworkService;
  readonly subnets: SubnetService;
  readonly ports: PortService;
  readonly quotas: QuotaService;
  readonly routers: RouterService;
  readonly subnetPools: SubnetPoolService;
  readonly securityGroups: SecurityGroupService;
}

declare module 'fastify' {
  interface FastifyInstance {
    central: CentralServices;
  }
}

/**
 * ISO timestamps to the second, as Neutron shows them. Optimization: formatted once per second,
 * not per call (several calls per port write).
 */
function secondsClock(): () => string {
  let second = -1;
  let text = '';
  return () => {
    const ms = Date.now();
    const s = Math.floor(ms / 1000);
    if (s !== second) {
      second = s;
      text = new Date(s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    return text;
  };
}

/** A Keystone session for Nova callbacks when `nova.auth` is set; else the static URL and token. */
function novaAccess(nova: NovaConfig) {
  if (nova.auth === undefined) return undefined;
  const { interface: iface, regionName, ...credentials } = nova.auth;
  return keystoneNovaAccess({ session: new KeystoneSession(credentials), url: nova.url, interface: iface, region: regionName });
}

/** Builds central-api without listening: `app.inject()` in tests, `app.listen()` in main. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, store } = options;
  if (config.vniRange.min > config.vniRange.max) throw domainError('InvalidConfig', { problems: `vniRange.min ${config.vniRange.min} > vniRange.max ${config.vniRange.max}` });
  const now = options.now ?? secondsClock();
  const limits = config.limits ?? {};
  const app = Fastify({ ...neutronServerOptions(config.bodyLimitBytes, limits), loggerInstance: options.logger as FastifyBaseLogger | undefined });
  const backendKind = (await store.status()).backend;
  if (options.staleReadMarking ?? backendKind !== 'lmdb') registerStaleReadMarking(app);

  const topology = new TopologyService(store, now);
  const networks = new NetworkService(store, topology, config.vniRange, now);
  const subnetPools = new SubnetPoolService(store, now);
  const subnets = new SubnetService(store, networks, now, config.macPrefix, subnetPools);
  const quotas = new QuotaService(store, config.quotas);
  const securityGroups = new SecurityGroupService({ store, quotas, now });
  const ports = new PortService(store, networks, topology, {
    vif: { vifType: config.vifType, vifDetails: config.vifDetails },
    macPrefix: config.macPrefix,
    now,
    randomBytes: options.randomBytes,
    securityGroups: new StoredPortSecurityGroups(store, securityGroups),
  });
  const routers = new RouterService({ store, topology, networks, subnets, ports, quotas, now });
  app.decorate('central', { topology, networks, subnets, ports, quotas, routers, subnetPools, securityGroups });
  // On etcd, other replicas change topology and subnets too: the caches follow the store. (An
  // LMDB store has one writer, this process, whose commits update the caches directly.)
  if (backendKind !== 'lmdb') {
    const following = new AbortController();
    void followStore(
      {
        store,
        collections: [...TOPOLOGY_COLLECTIONS, Collections.subnets],
        onChange: (revision, collections, changes) => {
          if (collections.has(Collections.subnets)) networks.subnetsChanged();
          if (TOPOLOGY_COLLECTIONS.some((c) => collections.has(c))) topology.applyChanges(revision, changes);
        },
        onGap: () => {
          topology.invalidate();
          networks.subnetsChanged();
        },
        onError: (err) => app.log.warn({ err }, 'store watch for cache updates failed; caches reload on next use'),
      },
      following.signal,
    );
    app.addHook('onClose', async () => following.abort());
  }

  const backend = new CentralBackend(networks, subnets, ports, quotas, subnetPools);
  installIdempotency(app, { store, ttlMs: limits.idempotencyTtlMs ?? IDEMPOTENCY_DEFAULTS.ttlMs, sweepIntervalMs: IDEMPOTENCY_DEFAULTS.sweepIntervalMs });
  registerNeutronApi(app, {
    backend,
    networkWrites: backend,
    quotas: new CentralQuotas(quotas),
    agents: new CentralAgents(topology),
    tags: true,
    routers,
    subnetPools,
    securityGroups,
    availabilityZones: async () => [...knownZones(await topology.view())],
    auth: options.auth ?? createAuth(config.auth).provider,
    bodyLimitBytes: config.bodyLimitBytes,
    limits,
  });
  registerTopologyRoutes(app, topology);
  app.get('/healthz', async (_request, reply) => {
    const status = await store.status();
    return reply.send({ status: 'ok', store: { backend: status.backend, revision: status.revision } });
  });

  const registry = options.metrics ?? createMetricsRegistry('central-api', { processMetrics: false });
  await app.register(metricsPlugin, { registry, store });
  // Every project's changes go by: admins only, and not to pages of other sites (the topology page is same-origin).
  await app.register(liveEventsPlugin, {
    store,
    metrics: registry,
    authorize: (request) => request.neutronContext.isAdmin && notCrossOrigin(request),
    maxClients: limits.eventStreamMaxClients,
    maxReplayRevisions: limits.eventReplayMaxRevisions,
  });
  await app.register(uiPlugin, { assetsDir: config.ui.assetsDir || defaultUiAssetsDir(), controllerOpsUrl: config.ui.controllerOpsUrl, authorize: (request) => request.neutronContext.isAdmin });
  if (config.nova.url !== '' || config.nova.auth !== undefined) {
    const nova = new NovaNotifier({ ...config.nova, access: novaAccess(config.nova), logger: app.log, metrics: registry });
    const disconnect = connectPortEvents(ports.events, nova);
    app.addHook('onClose', async () => {
      disconnect();
      await nova.close();
    });
  }
  await app.ready();
  return app;
}
