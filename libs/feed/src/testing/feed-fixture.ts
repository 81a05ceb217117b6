import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Server } from '@grpc/grpc-js';
import { createLogger, listenGrpc, type Logger } from '@trellis/runtime';
import { openLmdbStore, type Store } from '@trellis/store';
import type { FeedEvent, FeedReportHandler } from '../types';
import { createFeedService, createFeedV2Service, type FeedServiceOptions } from '../server/feed-service';
import { RawRequestFeedService, RawRequestFeedV2Service } from '../server/request-decoding';

export const TEST_COLLECTIONS = [{ name: 'networks' }, { name: 'ports' }, { name: 'hosts' }];

/** A logger that keeps lines in memory (tests assert on them and the console stays clean). */
export function memoryLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  return {
    logger: createLogger({ name: 'feed-test', level: 'debug', destination }),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A real LMDB store in a fresh temp dir; `cleanup` closes it and removes the dir. */
export async function tempStore(): Promise<{ store: Store; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-feed-'));
  const store = await openLmdbStore({ path: dir, collections: TEST_COLLECTIONS });
  return {
    store,
    dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const noReports: FeedReportHandler = {
  portStatuses: async (reports) => reports.map(() => ({ revision: 0 })),
  hostLiveness: async () => ({ revision: 0 }),
};

/** A feed server on 127.0.0.1 (port 0 = any free port). */
export async function startFeedServer(
  options: Partial<FeedServiceOptions> & { store: Store; logger: Logger },
  port = 0,
): Promise<{ server: Server; port: number; target: string }> {
  const server = new Server();
  server.addService(RawRequestFeedService, createFeedService({ reports: noReports, ...options }));
  server.addService(RawRequestFeedV2Service, createFeedV2Service({ reports: noReports, ...options }));
  const bound = await listenGrpc(server, `127.0.0.1:${port}`);
  return { server, port: bound, target: `127.0.0.1:${bound}` };
}

/** Puts `count` networks one commit each; returns the last revision. */
export async function putNetworks(store: Store, from: number, count: number, payload = ''): Promise<number> {
  let revision = 0;
  for (let i = from; i < from + count; i++) {
    ({ revision } = await store.commit({ ops: [{ type: 'put', collection: 'networks', key: `net-${i}`, value: { id: `net-${i}`, n: i, payload } }] }));
  }
  return revision;
}

/**
 * Reads a FeedClient watch until `done(events)` or `timeoutMs` (then rejects with what arrived),
 * aborting the watch either way.
 */
export async function collectFeed<E extends { type: string } = FeedEvent>(
  iterable: (signal: AbortSignal) => AsyncIterable<E>,
  done: (events: readonly E[]) => boolean,
  timeoutMs = 8_000,
  onEvent?: (event: E, events: readonly E[]) => void | Promise<void>,
): Promise<E[]> {
  const controller = new AbortController();
  const events: E[] = [];
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for await (const event of iterable(controller.signal)) {
      events.push(event);
      await onEvent?.(event, events);
      if (done(events)) break;
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  if (!done(events)) throw new Error(`feed ended after ${events.length} event(s): ${JSON.stringify(events.map((e) => [e.type, 'revision' in e ? e.revision : e])).slice(0, 600)}`);
  return events;
}

export const revisions = (events: readonly FeedEvent[]): number[] => events.flatMap((e) => (e.type === 'revision' ? [e.revision] : []));
/** Done once a revision or snapshot at or past `revision` arrives (checked as each event lands). */
export const reachedRevision = (revision: number) => (events: readonly FeedEvent[]) => {
  const last = events.at(-1);
  return last !== undefined && (last.type === 'revision' || last.type === 'snapshot') && last.revision >= revision;
};
