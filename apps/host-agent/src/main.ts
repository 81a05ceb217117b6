import path from 'node:path';
import { createLogger, createMetricsRegistry, createShutdown, grpcChannelCredentials, loadConfig, logGrpcTls, resolveGrpcTls, runMain, startOpsServer } from '@trellis/runtime';
import { HostAgent } from './agent/host-agent';
import { FileStateStore } from './agent/state-store';
import { HostAgentConfigSchema } from './config';
import type { DataplaneBackend } from './dataplane/backend';
import { DhcpBackend } from './dataplane/dhcp/dhcp-backend';
import { DhcpServers } from './dataplane/dhcp/dhcp-servers';
import { spawnRunner } from './dataplane/linux/command-runner';
import { LinuxBackend } from './dataplane/linux/linux-backend';
import { MemoryBackend } from './dataplane/memory-backend';
import { registerDhcpMetrics } from './metrics/dhcp-metrics';
import { registerHostAgentMetrics } from './metrics/host-agent-metrics';

/** host-agent process: config, dataplane backend, persisted state, controller stream, graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig(HostAgentConfigSchema, {
    file: process.env.TRELLIS_HOST_AGENT_CONFIG,
    env: process.env,
    envPrefix: 'TRELLIS_HOST_AGENT_',
  });
  const tls = resolveGrpcTls(config.tls, '/tls');
  const logger = createLogger({ name: 'host-agent', level: config.logLevel });
  logGrpcTls(logger, 'controller client', tls);
  const shutdown = createShutdown({ logger });
  shutdown.installSignalHandlers(process);

  let backend: DataplaneBackend =
    config.backend === 'linux'
      ? new LinuxBackend({ vtep: config.vtep, logger, netns: config.netns || undefined, arpProxy: config.arpProxy, routerNamespacePrefix: config.routerNamespacePrefix })
      : new MemoryBackend();
  let dhcp: DhcpBackend | undefined;
  if (config.backend === 'linux' && config.dhcp.enabled) {
    const servers = new DhcpServers({
      netns: config.netns || undefined,
      stateDir: path.join(config.dataDir, 'dhcp'),
      namespacePrefix: config.dhcp.namespacePrefix ?? (config.netns ? `${config.netns}-` : ''),
      leaseTimeS: config.dhcp.leaseTimeS,
      runner: spawnRunner(),
      logger,
      dnsmasq: config.dhcp.dnsmasq,
    });
    backend = dhcp = new DhcpBackend(backend, servers, logger);
  }
  const agent = new HostAgent({
    hostId: config.hostId,
    vtep: config.vtep,
    targets: config.targets,
    credentials: grpcChannelCredentials(tls, 'controller'),
    backend,
    store: new FileStateStore(config.dataDir),
    logger,
    digestIntervalMs: config.digestIntervalMs,
    idleTimeoutMs: config.idleTimeoutMs,
    ackDelayMs: config.ackDelayMs,
    persistIntervalMs: config.persistIntervalMs,
    backoff: config.backoff,
  });
  // Stopping leaves the dataplane programmed: instances keep their connectivity across restarts.
  // Hooks run in reverse: the agent stops first, then the backend's own helpers (the linux
  // backend's link monitor). The dataplane stays.
  shutdown.register('backend', () => backend.close());
  shutdown.register('agent', () => agent.stop());
  if (config.ops.enabled) {
    const registry = createMetricsRegistry('host-agent');
    registerHostAgentMetrics(registry, agent);
    if (dhcp) registerDhcpMetrics(registry, dhcp);
    let connected = false;
    agent.on('welcome', () => (connected = true));
    agent.on('disconnected', () => (connected = false));
    const ops = await startOpsServer({
      host: config.ops.host,
      port: config.ops.port,
      registry,
      live: () => ({ ok: true }),
      // Not ready while no controller session is up; the dataplane keeps its last state meanwhile.
      ready: () => ({ ok: connected, detail: { controller: connected ? 'connected' : 'disconnected', revision: agent.token?.revision ?? 0 } }),
    });
    shutdown.register('ops-server', () => ops.close());
    logger.info({ port: ops.port }, 'host-agent ops listener (metrics, healthz, readyz)');
  }
  await agent.start();
  logger.info({ hostId: config.hostId, cell: config.cell, vtep: config.vtep, targets: config.targets, backend: backend.kind }, 'host-agent started');
}

await runMain(main);
