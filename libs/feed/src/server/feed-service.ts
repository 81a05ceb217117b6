import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Registry } from 'prom-client';
import { trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import type { FeedReportHandler } from '../types';
import { createFeedMetrics, type FeedMetrics } from './feed-metrics';
import { FrameCache } from './frame-cache';
import { batchReportCall, reportCall, toHostLivenessReport } from './report-calls';
import { serveReportStream } from './report-stream';
import { decodeRequest } from './request-decoding';
import { serveWatch, type WatchSessionOptions } from './watch-session';
import { serveWatchV2 } from '../v2/watch-v2';

/** Defaults of {@link createFeedService}. */
export const FEED_SERVICE_DEFAULTS = {
  /** Snapshot items per SnapshotChunk. */
  chunkItems: 500,
  /** Rough encoded bytes per SnapshotChunk (well under gRPC's 4 MiB message limit). */
  chunkBytes: 512 * 1024,
  /**
   * Per-subscriber bound on frames the transport has not taken; past it the subscriber is paced
   * from the revision log (production waits for the stream to drain).
   */
  queueLimitBytes: 1024 * 1024,
  /** A subscriber that takes nothing for this long while frames wait is ended with UNAVAILABLE. */
  stallTimeoutMs: 30_000,
  /** Idle interval after which a Progress message is sent. */
  progressIntervalMs: 5_000,
  /** Encoded revision frames kept for sharing between subscribers. */
  frameCacheBytes: 8 * 1024 * 1024,
} as const;

export interface FeedServiceOptions {
  readonly store: Store;
  readonly logger: Logger;
  readonly reports: FeedReportHandler;
  readonly chunkItems?: number;
  readonly chunkBytes?: number;
  readonly queueLimitBytes?: number;
  readonly stallTimeoutMs?: number;
  readonly progressIntervalMs?: number;
  readonly frameCacheBytes?: number;
  /** The app's metrics registry (see `createMetricsRegistry`); no metrics when absent. */
  readonly metrics?: Registry;
}

/**
 * The `trellis.feed.v1.Feed` implementation: register it with
 * `server.addService(RawRequestFeedService, createFeedService({ store, logger, reports }))` (or
 * the plain `FeedService`, whose undecodable requests grpc-js itself answers with INTERNAL).
 * Watch streams the store's revisions (and snapshots where the log was compacted); the report
 * RPCs hand reports to `reports`, whose DomainErrors become gRPC statuses by kind.
 */
export function createFeedService(options: FeedServiceOptions): UntypedServiceImplementation {
  const log = options.logger.child({ component: 'feed-server' });
  const session = sessionOptions(options, log);
  return {
    watch: (call: Parameters<typeof serveWatch>[0]) => void serveWatch(call, session),
    reportPortStatuses: batchReportCall(log, (r) => options.reports.portStatuses(r)),
    reportHostLiveness: reportCall(
      log,
      (m: trellis.feed.v1.IHostLivenessReport | Buffer) => toHostLivenessReport(decodeRequest(m, trellis.feed.v1.HostLivenessReport.decode, 'HostLivenessReport')),
      (r) => options.reports.hostLiveness(r),
    ),
  };
}

/**
 * The `trellis.feed.v2.Feed` implementation (typed resources; see proto/trellis/feed/v2; the
 * Report stream hands reports to `reports` as v1's unary calls do):
 * `server.addService(RawRequestFeedV2Service, createFeedV2Service(...))` beside v1.
 */
export function createFeedV2Service(options: FeedServiceOptions): UntypedServiceImplementation {
  const log = options.logger.child({ component: 'feed-server', feed: 'v2' });
  const session = sessionOptions(options, log);
  return {
    watch: (call: Parameters<typeof serveWatchV2>[0]) => void serveWatchV2(call, session),
    report: (call: Parameters<typeof serveReportStream>[0]) => serveReportStream(call, options.reports, log),
  };
}

const metricsByRegistry = new WeakMap<Registry, FeedMetrics | undefined>();

function sessionOptions(options: Omit<FeedServiceOptions, 'reports'>, log: Logger): WatchSessionOptions {
  // One set of series per registry, whichever feed version registers first.
  let metrics = options.metrics ? metricsByRegistry.get(options.metrics) : undefined;
  if (options.metrics && !metricsByRegistry.has(options.metrics)) {
    metrics = createFeedMetrics(options.metrics);
    metricsByRegistry.set(options.metrics, metrics);
  }
  return {
    store: options.store,
    log,
    frames: new FrameCache(options.frameCacheBytes ?? FEED_SERVICE_DEFAULTS.frameCacheBytes),
    chunkItems: Math.max(1, options.chunkItems ?? FEED_SERVICE_DEFAULTS.chunkItems),
    chunkBytes: options.chunkBytes ?? FEED_SERVICE_DEFAULTS.chunkBytes,
    queueLimitBytes: options.queueLimitBytes ?? FEED_SERVICE_DEFAULTS.queueLimitBytes,
    stallTimeoutMs: options.stallTimeoutMs ?? FEED_SERVICE_DEFAULTS.stallTimeoutMs,
    progressIntervalMs: options.progressIntervalMs ?? FEED_SERVICE_DEFAULTS.progressIntervalMs,
    metrics,
  };
}
