import { mkdirSync } from 'node:fs';
import { FeedClient } from '@trellis/feed';
import { createLogger, createShutdown, grpcChannelCredentials, loadConfig, logGrpcTls, resolveGrpcTls, runMain } from '@trellis/runtime';
import { openLmdbStore } from '@trellis/store';
import { buildApp } from './app';
import { CellAgentConfigSchema, DEFAULT_CELL_AGENT_CONFIG, dataDirOf } from './config';
import { CELL_AGENT_COLLECTIONS } from './replica/collections';

/** cell-agent process: config, replica store, central feed, REST listener, graceful shutdown. */
async function main(): Promise<void> {
  const env = { ...process.env };
  // The file path is not a setting of its own; keep it out of the env layer.
  const file = env.TRELLIS_CELL_AGENT_CONFIG ?? env.TRELLIS_CONFIG;
  delete env.TRELLIS_CELL_AGENT_CONFIG;
  const config = loadConfig(CellAgentConfigSchema, { defaults: DEFAULT_CELL_AGENT_CONFIG, file, env, envPrefix: 'TRELLIS_CELL_AGENT_' });
  const feedTls = resolveGrpcTls(config.central.feedTls, '/central/feedTls');
  const logger = createLogger({ name: 'cell-agent', level: config.logLevel });
  logGrpcTls(logger, 'central feed client', feedTls);
  if (config.auth.mode === 'noauth') logger.warn({ auth: 'noauth' }, 'auth mode noauth: X-Project-Id and X-Roles headers are trusted as sent; use keystone outside a test bed');
  const shutdown = createShutdown({ logger });
  shutdown.installSignalHandlers(process);

  const dataDir = dataDirOf(config);
  mkdirSync(dataDir, { recursive: true });
  // Snapshots replace the replica in one transaction, hence the generous per-transaction bound.
  const store = await openLmdbStore({ path: dataDir, collections: CELL_AGENT_COLLECTIONS, maxOpsPerTxn: 1_000_000, compaction: { maxRevisions: 10_000, intervalMs: 60_000 } });
  shutdown.register('store', () => store.close());

  const feed = new FeedClient({ targets: config.central.feedTargets, logger, consumer: `cell-agent-${config.region}`, credentials: grpcChannelCredentials(feedTls, 'central') });
  shutdown.register('feed', () => feed.close());

  const app = await buildApp({ store, config, logger, feed });
  shutdown.register('rest', () => app.close());
  const address = await app.listen({ host: config.listen.host, port: config.listen.port });
  logger.info({ address, region: config.region, cells: config.cells, dataDir, central: config.central.urls }, 'cell-agent listening');
  process.stdout.write(`cell-agent ${config.region} ready on ${address}\n`);
}

await runMain(main);
