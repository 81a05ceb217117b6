import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { L2_COLLECTIONS } from '@trellis/domain';
import { FeedClient, SPEC_KINDS } from '@trellis/feed';
import { createLogger, createMetricsRegistry, createShutdown, listenGrpc, loadConfig, runMain, shutdownGrpc, startOpsServer } from '@trellis/runtime';
import { VtepControllerConfigSchema } from './config';
import { Controller } from './controller/controller';
import { openLmdbIndexStore } from './log/index-store';
import { inspectRoutes } from './inspect/inspect-routes';
import { registerControllerMetrics } from './metrics/controller-metrics';
import { createDistributionServer } from './server/grpc-server';

// The vtep-controller process: central feed in, host streams out. Config: defaults → JSON file
// (TRELLIS_VTEP_CONTROLLER_CONFIG) → TRELLIS_VTEP_CONTROLLER_* env.
async function main(): Promise<void> {
  const config = loadConfig(VtepControllerConfigSchema, {
    file: process.env.TRELLIS_VTEP_CONTROLLER_CONFIG,
    env: process.env,
    envPrefix: 'TRELLIS_VTEP_CONTROLLER_',
  });
  // Before the index loads: V8 reads this at every full GC when it sets the next heap limit. Why:
  // with V8's default (up to 4x the live heap on a large host) the heap grew to 150-200 MB
  // around a live set of ~75-90 MB once 1,000 hosts attached (README: "Memory settings").
  if (config.heapGrowingPercent > 0) setFlagsFromString(`--heap-growing-percent=${config.heapGrowingPercent}`);
  const logger = createLogger({ name: 'vtep-controller', level: config.logLevel });
  const shutdown = createShutdown({ logger });
  shutdown.installSignalHandlers(process);

  mkdirSync(config.dataDir, { recursive: true });
  const store = openLmdbIndexStore(join(config.dataDir, 'index'), { mapSizeBytes: config.indexMapSizeBytes });
  shutdown.register('index-store', () => store.close());
  const feed = new FeedClient({ targets: config.feedTargets, logger, consumer: config.controllerId });
  shutdown.register('feed-client', () => feed.close());
  const ctl = new Controller({ ...config, logger: logger.child({ component: 'controller' }), status: feed }, store);
  shutdown.register('controller', () => ctl.stop());
  ctl.start();

  const server = createDistributionServer(ctl);
  const port = await listenGrpc(server, `${config.listen.host}:${config.listen.port}`);
  shutdown.register('grpc-server', async () => void (await shutdownGrpc(server, 5_000)));
  logger.info({ port, revision: ctl.revision, controllerId: config.controllerId }, 'vtep-controller listening');
  let feedConnected = false;
  if (config.ops.enabled) {
    const registry = createMetricsRegistry('vtep-controller');
    registerControllerMetrics(registry, ctl);
    const ops = await startOpsServer({
      host: config.ops.host,
      port: config.ops.port,
      registry,
      handle: inspectRoutes(ctl),
      live: () => ({ ok: true, detail: { revision: ctl.revision } }),
      // Ready once the central feed is connected: before that, hosts would get a stale view.
      ready: () => ({ ok: feedConnected, detail: { feed: feedConnected ? 'connected' : 'disconnected', revision: ctl.revision, hosts: ctl.sessions.size } }),
    });
    shutdown.register('ops-server', () => ops.close());
    logger.info({ port: ops.port }, 'vtep-controller ops listener (metrics, healthz, readyz)');
  }
  if (config.memoryLogIntervalMs > 0) {
    // Where resident memory sits (V8 heap, buffers outside it, the rest: allocator and mapped
    // LMDB pages), for benchmarks and leak hunts; one line per interval, never per entry.
    const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      logger.info(
        {
          rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers),
          revision: ctl.revision, hosts: ctl.sessions.size, statusWaiting: ctl.statusReporter.waiting,
        },
        'process memory',
      );
    }, config.memoryLogIntervalMs);
    timer.unref();
    shutdown.register('memory-log', () => clearInterval(timer));
  }

  const aborted = new AbortController();
  shutdown.register('feed-watch', () => aborted.abort());
  const onConnection = (event: { connected: boolean; target: string }) => {
    feedConnected = event.connected;
    logger.info({ connected: event.connected, target: event.target, feedVersion: config.feedVersion }, 'central feed connection');
  };
  if (config.feedVersion === 2) {
    // Spec kinds only: port status reports and host heartbeats never wake the controller.
    // Subnets for the hosts' DHCP/RA servers (the addressing section of the span).
    const kinds = [...SPEC_KINDS, 'subnet'] as const;
    for await (const event of feed.watchResources({ afterRevision: ctl.revision, kinds, signal: aborted.signal })) {
      if (event.type === 'connection') onConnection(event);
      else ctl.applyResourceEvent(event);
    }
  } else {
    for await (const event of feed.watch({ afterRevision: ctl.revision, collections: L2_COLLECTIONS, signal: aborted.signal })) {
      if (event.type === 'connection') onConnection(event);
      else ctl.applyFeedEvent(event);
    }
  }
}

await runMain(main);
