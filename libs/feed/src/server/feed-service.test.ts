import { Client, credentials, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { domainError, isErrorType } from '@trellis/domain';
import { FeedService, trellis } from '@trellis/proto';
import type { Server } from '@grpc/grpc-js';
import type { Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedClient } from '../client/feed-client';
import { collectFeed, memoryLogger, putNetworks, reachedRevision, revisions, startFeedServer, tempStore } from '../testing/feed-fixture';
import { MAX_PORT_STATUS_REPORTS, type FeedEvent, type FeedReportHandler, type HostLivenessReport, type PortStatusReport } from '../types';

let store: Store;
let cleanupStore: () => Promise<void>;
let server: Server | undefined;
let target: string;
const clients: (FeedClient | Client)[] = [];
const memory = memoryLogger();
const { logger } = memory;

async function start(options: { reports?: FeedReportHandler; chunkItems?: number } = {}): Promise<void> {
  ({ server, target } = await startFeedServer({ store, logger, ...options }));
}

function feedClient(reportStream = true): FeedClient {
  const client = new FeedClient({ targets: [target], logger, consumer: 'test', backoff: { initialMs: 20, maxMs: 200 }, reportStream });
  clients.push(client);
  return client;
}

/** Raw WatchResponse messages of one call, to check the wire shape itself. */
async function rawWatch(request: trellis.feed.v1.IWatchRequest, until: (m: trellis.feed.v1.WatchResponse[]) => boolean): Promise<trellis.feed.v1.WatchResponse[]> {
  const client = new Client(target, credentials.createInsecure());
  clients.push(client);
  const def = FeedService.watch;
  const call: ClientReadableStream<trellis.feed.v1.WatchResponse> = client.makeServerStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, request);
  const messages: trellis.feed.v1.WatchResponse[] = [];
  try {
    for await (const message of call as AsyncIterable<trellis.feed.v1.WatchResponse>) {
      messages.push(message);
      if (until(messages)) break;
    }
  } finally {
    call.cancel();
  }
  return messages;
}

beforeEach(async () => {
  ({ store, cleanup: cleanupStore } = await tempStore());
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  server?.forceShutdown();
  server = undefined;
  await cleanupStore();
});

describe('Feed.Watch', () => {
  it('streams live revisions in order with parsed keys and values', async () => {
    await start();
    const client = feedClient();
    const events = await collectFeed(
      (signal) => client.watch({ afterRevision: 0, signal }),
      reachedRevision(4),
      8_000,
      async (event) => {
        if (event.type === 'connection' && event.connected) {
          await putNetworks(store, 1, 3);
          await store.commit({ ops: [{ type: 'put', collection: 'ports', key: ['net-1', 'fa:16:3e:00:00:01'], value: { id: 'p1' } }, { type: 'delete', collection: 'networks', key: 'net-2' }] });
        }
      },
    );
    expect(revisions(events)).toEqual([1, 2, 3, 4]);
    const first = events.find((e) => e.type === 'revision') as Extract<FeedEvent, { type: 'revision' }>;
    expect(first.changes).toEqual([{ type: 'put', collection: 'networks', key: 'net-1', value: { id: 'net-1', n: 1, payload: '' }, createRevision: 1, modRevision: 1, version: 1 }]);
    expect(first.timestampMs).toBeGreaterThan(0);
    const last = events.at(-1) as Extract<FeedEvent, { type: 'revision' }>;
    expect(last.changes.map((c) => [c.type, c.collection, c.key])).toEqual([
      ['put', 'ports', ['net-1', 'fa:16:3e:00:00:01']],
      ['delete', 'networks', 'net-2'],
    ]);
    expect(last.changes[1].value).toBeUndefined();
  });

  it('resumes strictly after the given revision', async () => {
    await putNetworks(store, 1, 5);
    await start();
    const client = feedClient();
    const events = await collectFeed((signal) => client.watch({ afterRevision: 3, signal }), reachedRevision(5));
    expect(revisions(events)).toEqual([4, 5]);
    expect(events.some((e) => e.type === 'snapshot')).toBe(false);
  });

  it('answers a compacted position with snapshot chunks, the end marker, then live revisions', async () => {
    await putNetworks(store, 1, 7);
    await store.commit({ ops: [{ type: 'put', collection: 'hosts', key: 'h1', value: { id: 'h1' } }] });
    await store.compact(6);
    await start({ chunkItems: 3 });
    const messages = await rawWatch({ afterRevision: 2, consumer: 'raw' }, (m) => m.some((x) => x.kind === 'snapshotEnd'));
    const chunks = messages.filter((m) => m.kind === 'snapshotChunk');
    expect(chunks.map((c) => c.snapshotChunk?.items?.length)).toEqual([3, 3, 2]);
    expect(chunks.every((c) => c.snapshotChunk?.revision === 8)).toBe(true);
    expect(messages.at(-1)?.snapshotEnd).toMatchObject({ revision: 8, itemCount: 8 });

    const client = feedClient();
    const events = await collectFeed(
      (signal) => client.watch({ afterRevision: 2, signal }),
      reachedRevision(9),
      8_000,
      async (event) => {
        if (event.type === 'snapshot') await putNetworks(store, 100, 1);
      },
    );
    const snapshot = events.find((e) => e.type === 'snapshot') as Extract<FeedEvent, { type: 'snapshot' }>;
    expect(snapshot.revision).toBe(8);
    expect(snapshot.collections.get('networks')?.map((i) => i.key)).toEqual(['net-1', 'net-2', 'net-3', 'net-4', 'net-5', 'net-6', 'net-7']);
    expect(snapshot.collections.get('hosts')?.[0]).toMatchObject({ key: 'h1', value: { id: 'h1' }, modRevision: 8 });
    expect(revisions(events)).toEqual([9]);
  });

  it('sends a snapshot to a consumer starting at 0 when the log no longer starts at 1', async () => {
    await putNetworks(store, 1, 4);
    await store.compact(2);
    await start();
    const client = feedClient();
    const events = await collectFeed((signal) => client.watch({ afterRevision: 0, signal }), reachedRevision(4));
    const snapshot = events.find((e) => e.type === 'snapshot') as Extract<FeedEvent, { type: 'snapshot' }>;
    expect(snapshot.revision).toBe(4);
    expect(snapshot.collections.get('networks')).toHaveLength(4);
    expect(revisions(events)).toEqual([]);
  });

  it('filters by collection and snapshots only the watched collections', async () => {
    await putNetworks(store, 1, 2);
    await store.commit({ ops: [{ type: 'put', collection: 'hosts', key: 'h1', value: { id: 'h1' } }] });
    await putNetworks(store, 3, 1);
    await store.commit({ ops: [{ type: 'put', collection: 'hosts', key: 'h2', value: { id: 'h2' } }] });
    await start();
    const client = feedClient();
    const events = await collectFeed((signal) => client.watch({ afterRevision: 0, collections: ['hosts'], signal }), reachedRevision(5));
    expect(revisions(events)).toEqual([3, 5]);
    const changes = events.flatMap((e) => (e.type === 'revision' ? e.changes : []));
    expect(changes.every((c) => c.collection === 'hosts')).toBe(true);

    await store.compact(5);
    const compacted = await collectFeed((signal) => client.watch({ afterRevision: 1, collections: ['hosts'], signal }), (e) => e.some((x) => x.type === 'snapshot'));
    const snapshot = compacted.find((e) => e.type === 'snapshot') as Extract<FeedEvent, { type: 'snapshot' }>;
    expect([...snapshot.collections.keys()]).toEqual(['hosts']);
    expect(snapshot.collections.get('hosts')).toHaveLength(2);
  });

  it('refuses an unknown collection with INVALID_ARGUMENT, which the client does not retry', async () => {
    await start();
    const error = await rawWatch({ afterRevision: 0, collections: ['nope'] }, () => false).catch((err: ServiceError) => err);
    expect((error as ServiceError).code).toBe(status.INVALID_ARGUMENT);
    expect((error as ServiceError).details).toMatch(/Unknown store collection nope/);

    const client = feedClient();
    const failure = await collectFeed((signal) => client.watch({ afterRevision: 0, collections: ['nope'], signal }), () => false).catch((err: unknown) => err);
    expect(isErrorType(failure, 'UnknownCollection')).toBe(true);
  });

  it('ends the store watch when the consumer cancels', async () => {
    await start();
    const client = new FeedClient({ targets: [target], logger, consumer: 'canceller', backoff: { initialMs: 20, maxMs: 200 } });
    clients.push(client);
    await collectFeed((signal) => client.watch({ afterRevision: 0, signal }), (e) => e.some((x) => x.type === 'connection' && x.connected));
    const ended = () => memory.lines().some((l) => l.consumer === 'canceller' && l.msg === 'feed watch ended');
    const deadline = Date.now() + 5_000;
    while (!ended() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(ended()).toBe(true);
  });

  it('sends progress to an idle consumer so it can persist its position', async () => {
    await putNetworks(store, 1, 2);
    await store.commit({ ops: [{ type: 'put', collection: 'hosts', key: 'h1', value: {} }] });
    ({ server, target } = await startFeedServer({ store, logger, progressIntervalMs: 50 }));
    const client = feedClient();
    const events = await collectFeed((signal) => client.watch({ afterRevision: 0, collections: ['hosts'], signal }), (e) => e.some((x) => x.type === 'progress' && x.revision >= 3));
    expect(revisions(events)).toEqual([3]);
  });
});

describe.each([
  ['unary v1 calls', false],
  ['the v2 Report stream', true],
])('Feed reports by %s', (_name, reportStream) => {
  it('hand decoded reports to the handler in one batch and return one revision per report', async () => {
    const batches: PortStatusReport[][] = [];
    const seen: HostLivenessReport[] = [];
    await start({
      reports: {
        portStatuses: async (r) => (batches.push([...r]), r.map((_, i) => ({ revision: i === 1 ? 0 : 41 + i }))),
        hostLiveness: async (r) => void seen.push(r),
      },
    });
    const client = feedClient(reportStream);
    const reports: PortStatusReport[] = [
      { portId: 'p1', hostId: 'h1', wiring: 'wired', detail: 'ok' },
      { portId: 'p2', hostId: 'h1', wiring: 'unwired', detail: '' },
      { portId: 'p3', hostId: 'h2', wiring: 'error', detail: 'veth missing' },
    ];
    await expect(client.reportPortStatuses(reports)).resolves.toEqual([{ revision: 41 }, { revision: 0 }, { revision: 43 }]);
    expect(batches).toEqual([reports]);
    await expect(client.reportHostLiveness({ hostId: 'h1', connected: true, agentVersion: '1.2', lastSeenMs: 1_700_000_000_000, controllerId: 'c1' })).resolves.toEqual({ revision: 0 });
    expect(seen).toEqual([{ hostId: 'h1', connected: true, agentVersion: '1.2', lastSeenMs: 1_700_000_000_000, controllerId: 'c1' }]);
  });

  it('map DomainErrors to gRPC statuses and back, and hide unexpected errors', async () => {
    await start({
      reports: {
        portStatuses: async (r) => {
          throw domainError('PortNotFound', { port_id: r[0].portId });
        },
        hostLiveness: async () => {
          throw new Error('database on fire');
        },
      },
    });
    const client = feedClient(reportStream);
    const notFound = await client.reportPortStatuses([{ portId: 'p9', hostId: 'h1', wiring: 'error', detail: '' }]).catch((e: unknown) => e);
    expect(isErrorType(notFound, 'PortNotFound')).toBe(true);
    expect((notFound as Error).message).toBe('Port p9 could not be found.');
    expect(((notFound as Error).cause as ServiceError).code).toBe(status.NOT_FOUND);

    const internal = await client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: 0, controllerId: '' }).catch((e: unknown) => e);
    expect(isErrorType(internal, 'InternalError')).toBe(true);
    expect(((internal as Error).cause as ServiceError).code).toBe(status.INTERNAL);
    expect(((internal as Error).cause as ServiceError).details).not.toMatch(/fire/);
  });

  it('answer INTERNAL when the handler returns a different number of acks than reports', async () => {
    await start({ reports: { portStatuses: async () => [{ revision: 1 }], hostLiveness: async () => undefined } });
    const err = await feedClient(reportStream)
      .reportPortStatuses([
        { portId: 'p1', hostId: 'h1', wiring: 'wired', detail: '' },
        { portId: 'p2', hostId: 'h1', wiring: 'wired', detail: '' },
      ])
      .catch((e: unknown) => e);
    expect(((err as Error).cause as ServiceError).code).toBe(status.INTERNAL);
  });

  it('refuse malformed, empty and oversized batches with INVALID_ARGUMENT before the handler sees them', async () => {
    let calls = 0;
    await start({ reports: { portStatuses: async (r) => (calls++, r.map(() => ({ revision: 0 }))), hostLiveness: async () => void calls++ } });
    const raw = new Client(target, credentials.createInsecure());
    clients.push(raw);
    const def = FeedService.reportPortStatuses;
    const send = (message: trellis.feed.v1.IPortStatusReports) =>
      new Promise<ServiceError | null>((resolve) => raw.makeUnaryRequest(def.path, def.requestSerialize, def.responseDeserialize, message, (e) => resolve(e)));
    const good = { portId: 'p1', hostId: 'h1', wiring: trellis.feed.v1.PortWiring.PORT_WIRING_WIRED };
    const noWiring = await send({ reports: [good, { portId: 'p2', hostId: 'h1' }] });
    expect(noWiring?.code).toBe(status.INVALID_ARGUMENT);
    expect(noWiring?.details).toMatch(/reports\[1\].*wiring/);
    const noHost = await send({ reports: [{ ...good, hostId: '' }] });
    expect(noHost?.details).toMatch(/reports\[0\].*host_id/);
    expect((await send({ reports: [] }))?.code).toBe(status.INVALID_ARGUMENT);
    const oversized = await send({ reports: Array.from({ length: MAX_PORT_STATUS_REPORTS + 1 }, () => good) });
    expect(oversized?.code).toBe(status.INVALID_ARGUMENT);
    expect(oversized?.details).toMatch(/exceed the limit/);
    expect(await send({ reports: Array.from({ length: MAX_PORT_STATUS_REPORTS }, () => good) })).toBeNull();
    expect(calls).toBe(1);
    const client = feedClient(reportStream);
    const missing = await client.reportHostLiveness({ hostId: '', connected: true, agentVersion: '', lastSeenMs: 0, controllerId: '' }).catch((e: unknown) => e);
    expect(isErrorType(missing, 'InvalidInput')).toBe(true);
    const empty = await client.reportPortStatuses([]).catch((e: unknown) => e);
    expect(isErrorType(empty, 'InvalidInput')).toBe(true);
    expect(calls).toBe(1);
  });
});
