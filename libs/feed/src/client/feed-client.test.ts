import { Metadata, Server, status, type ServerWritableStream } from '@grpc/grpc-js';
import { FeedService, type trellis } from '@trellis/proto';
import { listenGrpc, shutdownGrpc } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFeed, memoryLogger, putNetworks, reachedRevision, revisions, startFeedServer, tempStore } from '../testing/feed-fixture';
import type { FeedEvent } from '../types';
import { FeedClient } from './feed-client';

let store: Store;
let cleanupStore: () => Promise<void>;
const servers: Server[] = [];
const clients: FeedClient[] = [];
const { logger } = memoryLogger();

function feedClient(targets: string[]): FeedClient {
  const client = new FeedClient({ targets, logger, consumer: 'reconnect-test', backoff: { initialMs: 20, maxMs: 200 } });
  clients.push(client);
  return client;
}

/** A loopback address nothing listens on: bind a port, then release it. */
async function deadTarget(): Promise<string> {
  const { server, target } = await startFeedServer({ store, logger });
  await shutdownGrpc(server, 100);
  return target;
}

beforeEach(async () => {
  ({ store, cleanup: cleanupStore } = await tempStore());
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) s.forceShutdown();
  await cleanupStore();
});

describe('FeedClient', () => {
  it('reconnects after the server restarts on the same port, with no duplicates and no gaps', async () => {
    const first = await startFeedServer({ store, logger });
    servers.push(first.server);
    const client = feedClient([first.target]);
    let phase = 0;
    const events = await collectFeed(
      (signal) => client.watch({ afterRevision: 0, signal }),
      reachedRevision(7),
      15_000,
      async (event) => {
        if (phase === 0 && event.type === 'connection' && event.connected) {
          phase = 1;
          await putNetworks(store, 1, 3);
        } else if (phase === 1 && event.type === 'revision' && event.revision === 3) {
          phase = 2;
          first.server.forceShutdown();
          // Committed while no server runs: must arrive after the reconnect, in order.
          await putNetworks(store, 4, 3);
          const again = await startFeedServer({ store, logger }, first.port);
          servers.push(again.server);
        } else if (phase === 2 && event.type === 'connection' && event.connected) {
          phase = 3;
          await putNetworks(store, 7, 1);
        }
      },
    );
    expect(revisions(events)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const connections = events.filter((e): e is Extract<FeedEvent, { type: 'connection' }> => e.type === 'connection');
    expect(connections[0].connected).toBe(true);
    expect(connections.some((c) => !c.connected && c.error)).toBe(true);
    expect(connections.at(-1)?.connected).toBe(true);
    expect(connections.every((c) => c.target === first.target)).toBe(true);
  });

  it('fails over to the next target when the first does not answer', async () => {
    const dead = await deadTarget();
    const live = await startFeedServer({ store, logger });
    servers.push(live.server);
    await putNetworks(store, 1, 2);
    const client = feedClient([dead, live.target]);
    const events = await collectFeed((signal) => client.watch({ afterRevision: 0, signal }), reachedRevision(2));
    expect(revisions(events)).toEqual([1, 2]);
    expect(events.find((e) => e.type === 'connection' && !e.connected)).toMatchObject({ target: dead });
    expect(events.find((e) => e.type === 'connection' && e.connected)).toMatchObject({ target: live.target });
    await expect(client.reportPortStatuses([{ portId: 'p', hostId: 'h', wiring: 'wired', detail: '' }])).resolves.toEqual([{ revision: 0 }]);
  });

  it('drops a snapshot cut off mid-stream and yields only the complete one', async () => {
    const item = (key: string, n: number) => ({ collection: 'networks', keyJson: JSON.stringify(key), valueJson: Buffer.from(JSON.stringify({ n })), createRevision: 1, modRevision: 1, version: 1 });
    let calls = 0;
    const requests: number[] = [];
    const fake = new Server();
    fake.addService(FeedService, {
      watch: (call: ServerWritableStream<trellis.feed.v1.WatchRequest, trellis.feed.v1.IWatchResponse>) => {
        calls++;
        requests.push(Number(call.request.afterRevision));
        call.sendMetadata(new Metadata());
        if (calls === 1) {
          call.write({ snapshotChunk: { revision: 10, items: [item('stale-1', 1), item('stale-2', 2)] } });
          setTimeout(() => call.emit('error', { code: status.UNAVAILABLE, details: 'going away' }), 20);
          return;
        }
        call.write({ snapshotChunk: { revision: 12, items: [item('a', 1)] } });
        call.write({ snapshotChunk: { revision: 12, items: [item('b', 2)] } });
        call.write({ snapshotEnd: { revision: 12, itemCount: 2 } });
        call.write({ revision: { revision: 13, timestampMs: 5, changes: [] } });
      },
    });
    servers.push(fake);
    const port = await listenGrpc(fake, '127.0.0.1:0');
    const client = feedClient([`127.0.0.1:${port}`]);
    const events = await collectFeed((signal) => client.watch({ afterRevision: 3, signal }), reachedRevision(13));
    const snapshots = events.filter((e): e is Extract<FeedEvent, { type: 'snapshot' }> => e.type === 'snapshot');
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0].revision).toBe(12);
    expect(snapshots[0].collections.get('networks')?.map((i) => [i.key, i.value])).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
    ]);
    expect(revisions(events)).toEqual([13]);
    // Nothing complete arrived on the first call, so the retry asks from the same position.
    expect(requests).toEqual([3, 3]);
  });

  it('stops watching when the signal aborts or the client closes', async () => {
    const live = await startFeedServer({ store, logger });
    servers.push(live.server);
    const client = feedClient([live.target]);
    const controller = new AbortController();
    const seen: FeedEvent[] = [];
    const done = (async () => {
      for await (const event of client.watch({ afterRevision: 0, signal: controller.signal })) seen.push(event);
    })();
    await putNetworks(store, 1, 1);
    const deadline = Date.now() + 5_000;
    while (!seen.some((e) => e.type === 'revision') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await done;
    expect(revisions(seen)).toEqual([1]);

    const closing = (async () => {
      const out: FeedEvent[] = [];
      for await (const event of client.watch({ afterRevision: 1 })) out.push(event);
      return out;
    })();
    await new Promise((r) => setTimeout(r, 50));
    client.close();
    await expect(closing).resolves.toEqual([expect.objectContaining({ type: 'connection', connected: true })]);
  });
});
