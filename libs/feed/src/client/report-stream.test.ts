import { Client, credentials, Server, status, type ServiceError, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { domainError, isErrorType } from '@trellis/domain';
import { FeedV2Service, trellis } from '@trellis/proto';
import { listenGrpc } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedService, createFeedV2Service } from '../server/feed-service';
import { RawRequestFeedService, RawRequestFeedV2Service } from '../server/request-decoding';
import { memoryLogger, tempStore } from '../testing/feed-fixture';
import type { FeedReportHandler, PortStatusReport } from '../types';
import { FeedClient } from './feed-client';

let store: Store;
let cleanupStore: () => Promise<void>;
const servers: Server[] = [];
const closers: { close(): void }[] = [];
const memory = memoryLogger();
const { logger } = memory;

/** Calls the server saw, per transport. */
interface Seen {
  streams: number;
  unaryBatches: number;
}

/** A feed server whose report calls are counted; `v2: false` serves v1 only (an older central). */
async function startServer(reports: FeedReportHandler, options: { v2?: boolean; port?: number } = {}): Promise<{ target: string; seen: Seen; server: Server }> {
  const seen: Seen = { streams: 0, unaryBatches: 0 };
  const server = new Server();
  const v1 = createFeedService({ store, logger, reports });
  server.addService(RawRequestFeedService, {
    ...v1,
    reportPortStatuses: (call: unknown, callback: unknown) => {
      seen.unaryBatches++;
      (v1.reportPortStatuses as (c: unknown, cb: unknown) => void)(call, callback);
    },
  });
  if (options.v2 !== false) {
    const v2 = createFeedV2Service({ store, logger, reports });
    server.addService(RawRequestFeedV2Service, {
      ...v2,
      report: (call: unknown) => {
        seen.streams++;
        (v2.report as (c: unknown) => void)(call);
      },
    } as UntypedServiceImplementation);
  }
  const port = await listenGrpc(server, `127.0.0.1:${options.port ?? 0}`);
  servers.push(server);
  return { target: `127.0.0.1:${port}`, seen, server };
}

function feedClient(target: string, callTimeoutMs = 5_000): FeedClient {
  const client = new FeedClient({ targets: [target], logger, consumer: 'report-stream-test', backoff: { initialMs: 20, maxMs: 200 }, callTimeoutMs });
  closers.push(client);
  return client;
}

const report = (portId: string): PortStatusReport => ({ portId, hostId: 'h1', wiring: 'wired', detail: '' });
/** A handler that answers each port's number (p7 → revision 7). */
const numbered: FeedReportHandler = {
  portStatuses: async (reports) => reports.map((r) => ({ revision: Number(r.portId.slice(1)) })),
  hostLiveness: async (r) => ({ revision: r.connected ? 1 : 2 }),
};

beforeEach(async () => {
  ({ store, cleanup: cleanupStore } = await tempStore());
});

afterEach(async () => {
  for (const c of closers.splice(0)) c.close();
  for (const s of servers.splice(0)) s.forceShutdown();
  await cleanupStore();
});

describe('reports over the v2 Report stream', () => {
  it('carries many concurrent batches on one call, each answered with its own revisions', async () => {
    const { target, seen } = await startServer(numbered);
    const client = feedClient(target);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => client.reportPortStatuses([report(`p${i * 2}`), report(`p${i * 2 + 1}`)])));
    expect(answers).toEqual(Array.from({ length: 50 }, (_, i) => [{ revision: i * 2 }, { revision: i * 2 + 1 }]));
    await expect(client.reportHostLiveness({ hostId: 'h1', connected: false, agentVersion: '', lastSeenMs: 0, controllerId: 'c1' })).resolves.toEqual({ revision: 2 });
    expect(seen).toEqual({ streams: 1, unaryBatches: 0 });
  });

  it('answers one request with its error and keeps the stream for the next', async () => {
    const { target, seen } = await startServer({
      ...numbered,
      portStatuses: async (reports) => {
        if (reports[0].portId === 'p404') throw domainError('PortNotFound', { port_id: 'p404' });
        return numbered.portStatuses(reports);
      },
    });
    const client = feedClient(target);
    const err = await client.reportPortStatuses([report('p404')]).catch((e: unknown) => e);
    expect(isErrorType(err, 'PortNotFound')).toBe(true);
    expect((err as Error).message).toBe('Port p404 could not be found.');
    expect(((err as Error).cause as Pick<ServiceError, 'code'>).code).toBe(status.NOT_FOUND);
    await expect(client.reportPortStatuses([report('p5')])).resolves.toEqual([{ revision: 5 }]);
    expect(seen).toEqual({ streams: 1, unaryBatches: 0 });
  });

  it('falls back to unary calls, once and for good, against a central without the stream', async () => {
    const { target, seen } = await startServer(numbered, { v2: false });
    const client = feedClient(target);
    await expect(client.reportPortStatuses([report('p1')])).resolves.toEqual([{ revision: 1 }]);
    await expect(client.reportPortStatuses([report('p2')])).resolves.toEqual([{ revision: 2 }]);
    await expect(client.reportHostLiveness({ hostId: 'h1', connected: true, agentVersion: '', lastSeenMs: 0, controllerId: 'c1' })).resolves.toEqual({ revision: 1 });
    expect(seen.unaryBatches).toBe(2);
    expect(memory.lines().filter((l) => l.msg === 'central has no report stream; sending reports by unary calls')).toHaveLength(1);
  });

  it('opens a new stream after central restarts on the same address', async () => {
    const first = await startServer(numbered);
    const client = feedClient(first.target);
    await expect(client.reportPortStatuses([report('p1')])).resolves.toEqual([{ revision: 1 }]);
    first.server.forceShutdown();
    const port = Number(first.target.split(':')[1]);
    const second = await startServer(numbered, { port });
    // The first report after the restart may find the old call broken and go by unary call.
    await expect(client.reportPortStatuses([report('p2')])).resolves.toEqual([{ revision: 2 }]);
    await expect(client.reportPortStatuses([report('p3')])).resolves.toEqual([{ revision: 3 }]);
    expect(second.seen.streams).toBe(1);
    expect(second.seen.streams + second.seen.unaryBatches).toBeLessThanOrEqual(2);
  });

  it('sends a request that the stream does not answer in time again by unary call', async () => {
    let slow = true;
    const { target, seen } = await startServer({
      ...numbered,
      portStatuses: async (reports) => {
        if (slow) {
          slow = false;
          await new Promise((r) => setTimeout(r, 800));
        }
        return numbered.portStatuses(reports);
      },
    });
    const client = feedClient(target, 300);
    await expect(client.reportPortStatuses([report('p7')])).resolves.toEqual([{ revision: 7 }]);
    expect(seen.unaryBatches).toBe(1);
    await expect(client.reportPortStatuses([report('p8')])).resolves.toEqual([{ revision: 8 }]);
    expect(seen.streams).toBe(2);
  });

  it('handles at most 16 requests of one stream at once and answers them all', async () => {
    let running = 0;
    let most = 0;
    const { target } = await startServer({
      ...numbered,
      portStatuses: async (reports) => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 30));
        running--;
        return numbered.portStatuses(reports);
      },
    });
    const client = feedClient(target);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => client.reportPortStatuses([report(`p${i}`)])));
    expect(answers.map((a) => a[0].revision)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(16);
  });
});

describe('the Report stream on the wire', () => {
  function rawStream(target: string) {
    const raw = new Client(target, credentials.createInsecure());
    closers.push(raw);
    return raw.makeBidiStreamRequest(FeedV2Service.report.path, (b: Buffer) => b, FeedV2Service.report.responseDeserialize);
  }
  const encode = (m: trellis.feed.v2.IReportRequest) => Buffer.from(trellis.feed.v2.ReportRequest.encode(m).finish());

  it('answers every request sent before the client half-closes, then ends OK', async () => {
    const { target } = await startServer(numbered);
    const call = rawStream(target);
    const responses: trellis.feed.v2.ReportResponse[] = [];
    call.on('data', (r: trellis.feed.v2.ReportResponse) => responses.push(r));
    const ended = new Promise<number>((resolve) => call.on('status', (s: { code: number }) => resolve(s.code)));
    const wired = trellis.feed.v2.PortWiring.PORT_WIRING_WIRED;
    call.write(encode({ id: 11, portStatuses: { reports: [{ portId: 'p3', hostId: 'h1', wiring: wired }] } }));
    call.write(encode({ id: 12, portStatuses: { reports: [{ portId: 'p4', hostId: 'h1' }] } }));
    call.write(encode({ id: 13 }));
    call.end();
    expect(await ended).toBe(status.OK);
    const byId = new Map(responses.map((r) => [Number(r.id), r]));
    expect(byId.get(11)?.revisions.map(Number)).toEqual([3]);
    expect(byId.get(11)?.code).toBe(0);
    expect(byId.get(12)).toMatchObject({ code: status.INVALID_ARGUMENT, errorType: 'InvalidInput' });
    expect(byId.get(12)?.message).toMatch(/reports\[0\].*wiring/);
    expect(byId.get(13)).toMatchObject({ code: status.INVALID_ARGUMENT, errorType: 'InvalidInput' });
    expect(byId.get(13)?.message).toMatch(/port_statuses or host_liveness/);
  });

  it('ends the stream with INVALID_ARGUMENT on bytes that are not a ReportRequest', async () => {
    const { target } = await startServer(numbered);
    const call = rawStream(target);
    call.on('data', () => undefined);
    const ended = new Promise<{ code: number; details: string }>((resolve) => call.on('status', resolve));
    call.on('error', () => undefined);
    call.write(Buffer.from([0x0a, 0xff, 0xff, 0xff]));
    const s = await ended;
    expect(s.code).toBe(status.INVALID_ARGUMENT);
    expect(s.details).toMatch(/malformed ReportRequest/);
  });
});
