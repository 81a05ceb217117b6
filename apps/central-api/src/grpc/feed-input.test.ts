import { credentials, makeGenericClientConstructor, status, type Client, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { FeedService, trellis } from '@trellis/proto';
import { createLogger } from '@trellis/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';
import { startCentralFeedServer, type CentralFeedServer } from './feed-server';

const logger = createLogger({ name: 'feed-input-test', level: 'silent' });
/** Requests already encoded (Buffer) pass through untouched: the wire can carry what protobufjs would not encode. */
const passBytes = <T>(encode: (m: T) => Buffer) => (m: T | Buffer) => (Buffer.isBuffer(m) ? m : encode(m as T));
const FeedClient = makeGenericClientConstructor(
  {
    reportHostLiveness: { ...FeedService.reportHostLiveness, requestSerialize: passBytes(FeedService.reportHostLiveness.requestSerialize) },
    reportPortStatuses: { ...FeedService.reportPortStatuses, requestSerialize: passBytes(FeedService.reportPortStatuses.requestSerialize) },
  },
  'Feed',
);
const WatchClient = makeGenericClientConstructor({ watch: FeedService.watch }, 'Feed');
type Unary = (request: unknown, options: { deadline: number }, callback: (err: ServiceError | null, response?: unknown) => void) => void;

let t: TestApp;
let feed: CentralFeedServer;
let client: Client;

beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
  feed = await startCentralFeedServer({ store: t.store, services: t.app.central, logger, listen: '127.0.0.1:0', maxReceiveMessageBytes: 256 * 1024 });
  client = new FeedClient(feed.address, credentials.createInsecure());
});
afterEach(async () => {
  client.close();
  await feed.close();
  await t.close();
});

/** One unary call with a 3 s deadline: the status it ended with (OK = 0). */
function call(method: 'reportHostLiveness' | 'reportPortStatuses', request: unknown): Promise<{ code: number; details: string; response?: unknown }> {
  const fn = (client as unknown as Record<string, Unary>)[method].bind(client);
  return new Promise((resolve) => {
    fn(request, { deadline: Date.now() + 3_000 }, (err, response) => resolve(err ? { code: err.code, details: err.details } : { code: status.OK, details: '', response }));
  });
}

const liveness = (over: Record<string, unknown>) => ({ hostId: 'h1', connected: true, agentVersion: '1', lastSeenMs: Date.now(), controllerId: 'ctl-a', ...over });
const host = async () => (await t.call('GET', '/admin/v1/hosts/h1')).json.host as { agent_state: string; last_heartbeat_at: string | null };

describe('Feed report input validation', () => {
  it('refuses last_seen_ms = 2^64-1 with INVALID_ARGUMENT and records nothing', async () => {
    const before = await t.store.currentRevision();
    // last_seen_ms (field 4, varint) = 2^64 - 1: ten bytes, all value bits set.
    const encoded = trellis.feed.v1.HostLivenessReport.encode(liveness({ lastSeenMs: 0 })).finish();
    const res = await call('reportHostLiveness', Buffer.concat([encoded, Buffer.from('20ffffffffffffffffff01', 'hex')]));
    expect(res.code).toBe(status.INVALID_ARGUMENT);
    expect(res.details).toMatch(/last_seen_ms/);
    expect(await t.store.currentRevision()).toBe(before);
  });

  it('clamps a future last_seen_ms to the server clock, so a genuine later report still counts', async () => {
    const now = Date.now();
    expect((await call('reportHostLiveness', liveness({ lastSeenMs: now + 3_600_000 }))).code).toBe(status.OK);
    const recorded = Date.parse((await host()).last_heartbeat_at!);
    expect(recorded).toBeLessThanOrEqual(Date.now());
    // The host goes down and reconnects at the real time: both land.
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await call('reportHostLiveness', liveness({ connected: false, lastSeenMs: Date.now() }))).code).toBe(status.OK);
    expect((await host()).agent_state).toBe('down');
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await call('reportHostLiveness', liveness({ connected: true, lastSeenMs: Date.now() }))).code).toBe(status.OK);
    expect((await host()).agent_state).toBe('up');
  });

  it('does not trust a future heartbeat already recorded: a genuine reconnect brings the host up', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    await t.app.central.topology.recordLiveness({ id: 'h1', connected: false, agentVersion: '1', lastSeenAt: future, controllerId: 'ctl-a' });
    expect((await host()).agent_state).toBe('down');
    expect((await call('reportHostLiveness', liveness({ connected: true, lastSeenMs: Date.now() }))).code).toBe(status.OK);
    expect((await host()).agent_state).toBe('up');
  });

  it('answers a 20 kB host id promptly with INVALID_ARGUMENT and a truncated id', async () => {
    const id = 'h'.repeat(20_000);
    const started = Date.now();
    const res = await call('reportHostLiveness', liveness({ hostId: id }));
    expect(res.code).toBe(status.INVALID_ARGUMENT);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.details.length).toBeLessThan(300);
    expect(res.details).toMatch(/host_id .*\(20000 chars\).* longer than 255 bytes/);
  });

  it('refuses 1 kB and 20 kB ids in ReportPortStatuses, naming the entry, never echoing the id', async () => {
    const before = await t.store.currentRevision();
    for (const [field, size] of [['portId', 1_000], ['hostId', 20_000], ['portId', 256]] as const) {
      const report = { portId: 'p1', hostId: 'h1', wiring: 1, detail: '', [field]: 'x'.repeat(size) };
      const res = await call('reportPortStatuses', { reports: [{ portId: 'p0', hostId: 'h1', wiring: 1 }, report] });
      expect(res.code, `${field} ${size}`).toBe(status.INVALID_ARGUMENT);
      expect(res.details).toMatch(/reports\[1\]/);
      expect(res.details.length).toBeLessThan(300);
    }
    // 255 bytes is the limit, inclusive (an unknown port: answered, revision 0).
    const ok = await call('reportPortStatuses', { reports: [{ portId: 'x'.repeat(255), hostId: 'h1', wiring: 1 }] });
    expect(ok).toMatchObject({ code: status.OK, response: { revisions: [0] } });
    // Multi-byte characters count as bytes: 128 × 2 bytes is over.
    expect((await call('reportPortStatuses', { reports: [{ portId: 'é'.repeat(128), hostId: 'h1', wiring: 1 }] })).code).toBe(status.INVALID_ARGUMENT);
    expect(await t.store.currentRevision()).toBe(before);
  });

  it('ends a message over maxReceiveMessageBytes with RESOURCE_EXHAUSTED; the server still answers', async () => {
    const reports = Array.from({ length: 1_000 }, (_, i) => ({ portId: `p${i}`, hostId: 'h1', wiring: 1, detail: 'd'.repeat(500) }));
    expect((await call('reportPortStatuses', { reports })).code).toBe(status.RESOURCE_EXHAUSTED);
    expect((await call('reportHostLiveness', liveness({}))).code).toBe(status.OK);
  });
});

describe('Feed per-connection stream cap', () => {
  it('holds a call over maxStreamsPerConnection until another on the connection ends', async () => {
    const capped = await startCentralFeedServer({ store: t.store, services: t.app.central, logger, listen: '127.0.0.1:0', maxStreamsPerConnection: 2 });
    const raw = new WatchClient(capped.address, credentials.createInsecure());
    try {
      type Watch = (req: unknown, opts: { deadline: number }) => ClientReadableStream<unknown>;
      const watch = (raw as unknown as { watch: Watch }).watch.bind(raw);
      const open = () => {
        const call = watch({ afterRevision: 0, consumer: 'cap' }, { deadline: Date.now() + 10_000 });
        const headers = new Promise<number>((resolve) => call.on('metadata', () => resolve(Date.now())));
        call.on('error', () => undefined);
        call.on('data', () => undefined);
        return { call, headers };
      };
      const [a, b, c] = [open(), open(), open()];
      await Promise.all([a.headers, b.headers]);
      const third = await Promise.race([c.headers.then(() => 'answered'), new Promise((r) => setTimeout(() => r('held'), 500))]);
      expect(third).toBe('held');
      a.call.cancel();
      await c.headers;
      b.call.cancel();
      c.call.cancel();
    } finally {
      raw.close();
      await capped.close();
    }
  });
});
