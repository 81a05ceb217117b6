import { status, type Server } from '@grpc/grpc-js';
import { createMetricsRegistry } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedClient } from '../client/feed-client';
import { rawStalledWatch } from '../testing/raw-http2-watch';
import { collectFeed, memoryLogger, putNetworks, reachedRevision, revisions, startFeedServer, tempStore } from '../testing/feed-fixture';
import { EVICTION_DETAILS } from './watch-session';

let store: Store;
let cleanupStore: () => Promise<void>;
let server: Server | undefined;
const clients: FeedClient[] = [];
const closers: (() => void)[] = [];

beforeEach(async () => {
  ({ store, cleanup: cleanupStore } = await tempStore());
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const close of closers.splice(0)) close();
  server?.forceShutdown();
  await cleanupStore();
});

type StalledWatch = Awaited<ReturnType<typeof rawStalledWatch>>;

/**
 * Reads `watch` until revision `total`: every revision 1..total exactly once, no eviction, and
 * the session's queue never past `queueLimitBytes`. Returns the session's end log line.
 */
async function drainsWholeWithinBound(watch: StalledWatch, memory: ReturnType<typeof memoryLogger>, total: number, queueLimitBytes: number) {
  const { messages } = await watch.drain((msgs) => msgs.some((m) => Number(m.revision?.revision) === total));
  const received = messages.flatMap((m) => (m.revision ? [Number(m.revision.revision)] : []));
  expect(received).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  expect(memory.lines().some((l) => l.msg === 'evicting slow feed consumer')).toBe(false);
  await new Promise((r) => setTimeout(r, 50));
  const ended = memory.lines().find((l) => l.msg === 'feed watch ended');
  expect(ended?.maxQueuedBytes as number).toBeLessThanOrEqual(queueLimitBytes);
  return ended;
}

describe('slow consumers', () => {
  it('evicts a stalled subscriber (nothing taken for stallTimeoutMs) with UNAVAILABLE while another keeps receiving', async () => {
    const memory = memoryLogger();
    const queueLimitBytes = 64 * 1024;
    const metrics = createMetricsRegistry('feed-test', { processMetrics: false });
    const started = await startFeedServer({ store, logger: memory.logger, queueLimitBytes, stallTimeoutMs: 500, metrics });
    server = started.server;

    // The stalled one: opens a watch, then reads nothing (HTTP/2 flow control closes).
    const stalled = await rawStalledWatch(started.target, { afterRevision: 0, consumer: 'stalled' });
    closers.push(() => stalled.close());

    const healthy = new FeedClient({ targets: [started.target], logger: memory.logger, consumer: 'healthy' });
    clients.push(healthy);
    const total = 200;
    const payload = 'x'.repeat(6_000);
    let committed: Promise<number> | undefined;
    const events = await collectFeed(
      (signal) => healthy.watch({ afterRevision: 0, signal }),
      reachedRevision(total),
      20_000,
      (event) => {
        if (event.type === 'connection' && event.connected) committed = putNetworks(store, 1, total, payload);
      },
    );
    await committed;
    expect(revisions(events)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const evicted = () => memory.lines().some((l) => l.msg === 'evicting slow feed consumer' && l.consumer === 'stalled');
    for (let i = 0; i < 100 && !evicted(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(evicted()).toBe(true);
    expect((await metrics.getSingleMetric('trellis_feed_evictions_total')?.get())?.values[0]?.value).toBe(1);

    // The stalled reader now reads: a contiguous prefix of revisions, then UNAVAILABLE.
    const { messages, code, details } = await stalled.drain();
    const received = messages.flatMap((m) => (m.revision ? [Number(m.revision.revision)] : []));
    expect(code).toBe(status.UNAVAILABLE);
    expect(details).toBe(EVICTION_DETAILS);
    expect(received.length).toBeLessThan(total);
    expect(received).toEqual(Array.from({ length: received.length }, (_, i) => i + 1));

    // And it resumes from its last revision with nothing missing.
    const resumed = new FeedClient({ targets: [started.target], logger: memory.logger, consumer: 'stalled-again' });
    clients.push(resumed);
    const rest = await collectFeed((signal) => resumed.watch({ afterRevision: received.at(-1) ?? 0, signal }), reachedRevision(total));
    expect([...received, ...revisions(rest)]).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it('paces replay to a stalled reader instead of buffering or evicting it', async () => {
    const memory = memoryLogger();
    const total = 300;
    await putNetworks(store, 1, total, 'y'.repeat(2_000));
    const queueLimitBytes = 16 * 1024;
    const started = await startFeedServer({ store, logger: memory.logger, queueLimitBytes });
    server = started.server;
    const stalled = await rawStalledWatch(started.target, { afterRevision: 0, consumer: 'replayer' });
    closers.push(() => stalled.close());
    // The backlog (600 kB) is far past the queue limit: it must stay in the log, not in memory.
    await new Promise((r) => setTimeout(r, 300));
    expect(memory.lines().some((l) => l.msg === 'evicting slow feed consumer')).toBe(false);

    const ended = await drainsWholeWithinBound(stalled, memory, total, queueLimitBytes);
    expect(ended?.backpressureCount as number).toBeGreaterThan(0);
  });

  it('paces a caught-up reader that falls behind in a burst from the log instead of evicting it', async () => {
    const memory = memoryLogger();
    const queueLimitBytes = 32 * 1024;
    const started = await startFeedServer({ store, logger: memory.logger, queueLimitBytes, stallTimeoutMs: 5_000 });
    server = started.server;
    const reader = await rawStalledWatch(started.target, { afterRevision: 0, consumer: 'bursty' });
    closers.push(() => reader.close());
    // The reader is at the head (empty store); a 1.2 MB burst arrives while it reads nothing.
    const total = 200;
    await putNetworks(store, 1, total, 'z'.repeat(6_000));
    await new Promise((r) => setTimeout(r, 300));
    await drainsWholeWithinBound(reader, memory, total, queueLimitBytes);
  });
});
