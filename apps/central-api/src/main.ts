import { createLogger, createMetricsRegistry, createShutdown, loadConfig, logGrpcTls, resolveGrpcTls, runMain } from '@trellis/runtime';
import { buildApp } from './app';
import { CentralConfigSchema, DEFAULT_CENTRAL_CONFIG } from './config';
import { startCentralFeedServer } from './grpc/feed-server';
import { openCentralStore } from './open-store';

/** central-api process: config, store, REST listener, Feed gRPC listener, graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig(CentralConfigSchema, {
    defaults: DEFAULT_CENTRAL_CONFIG,
    file: process.env.TRELLIS_CENTRAL_CONFIG,
    env: process.env,
    envPrefix: 'TRELLIS_CENTRAL_',
  });
  const feedTls = resolveGrpcTls(config.grpc.tls, '/grpc/tls');
  const logger = createLogger({ name: 'central-api', level: config.logLevel });
  logGrpcTls(logger, 'feed', feedTls);
  if (config.auth.mode === 'noauth') logger.warn({ auth: 'noauth' }, 'auth mode noauth: X-Project-Id and X-Roles headers are trusted as sent; use keystone outside a test bed');
  const shutdown = createShutdown({ logger });
  shutdown.installSignalHandlers(process);

  const { store, description } = await openCentralStore(config.store, config.dataDir);
  shutdown.register('store', () => store.close());

  const metrics = createMetricsRegistry('central-api');
  const app = await buildApp({ store, config, logger: logger.child({ component: 'rest' }), metrics });
  shutdown.register('rest', () => app.close());
  const feed = await startCentralFeedServer({ store, services: app.central, logger, listen: config.grpc.listen, maxReceiveMessageBytes: config.grpc.maxReceiveMessageBytes, maxStreamsPerConnection: config.grpc.maxStreamsPerConnection, metrics, tls: feedTls });
  shutdown.register('feed-grpc', () => feed.close());
  await app.listen({ host: config.listen.host, port: config.listen.port });
  const rest = app.server.address();
  const restUrl = typeof rest === 'object' && rest !== null ? `http://${rest.family === 'IPv6' ? `[${rest.address}]` : rest.address}:${rest.port}` : String(rest);
  logger.info({ rest: restUrl, feed: feed.address, store: description, auth: config.auth.mode, nova: config.nova.auth ? `keystone ${config.nova.url || 'catalog'}` : config.nova.url || 'off' }, 'central-api listening');
  process.stdout.write(`central-api ready: neutron ${restUrl} feed grpc ${feed.address} store ${description}\n`);
}

await runMain(main);
