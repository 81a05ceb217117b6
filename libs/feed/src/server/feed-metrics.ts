import { Counter, Gauge, type Registry } from 'prom-client';

/** The feed server's series; registered on the app's registry when one is given. */
export interface FeedMetrics {
  readonly subscribers: Gauge;
  readonly evictions: Counter;
  readonly snapshots: Counter;
  readonly revisionsSent: Counter;
}

export function createFeedMetrics(registry: Registry | undefined): FeedMetrics | undefined {
  if (!registry) return undefined;
  const registers = [registry];
  return {
    subscribers: new Gauge({ name: 'trellis_feed_subscribers', help: 'Open Watch streams.', registers }),
    evictions: new Counter({ name: 'trellis_feed_evictions_total', help: 'Watch streams ended because the consumer fell behind.', registers }),
    snapshots: new Counter({ name: 'trellis_feed_snapshots_total', help: 'Snapshots sent to consumers behind compaction.', registers }),
    revisionsSent: new Counter({ name: 'trellis_feed_revisions_sent_total', help: 'Revision messages handed to Watch streams.', registers }),
  };
}
