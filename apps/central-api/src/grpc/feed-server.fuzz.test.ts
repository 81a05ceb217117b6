import { credentials, makeGenericClientConstructor, Metadata, status, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { FeedClient } from '@trellis/feed';
import { FeedService, trellis } from '@trellis/proto';
import { createLogger } from '@trellis/runtime';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';
import { startCentralFeedServer, type CentralFeedServer } from './feed-server';

// Fuzzes central's Feed over a real socket: random, truncated and oversized fields of all three
// RPCs. Every call must end with a proper status (never INTERNAL or UNKNOWN, never a hang: each
// has a deadline), a refused call must not change the store, and a normal client must still
// work afterwards. TRELLIS_FUZZ_SEED replays a printed seed.

const logger = createLogger({ name: 'feed-fuzz', level: 'silent' });
const pb = trellis.feed.v1;
const raw = (b: Buffer) => b;
const RawFeed = makeGenericClientConstructor(
  {
    watch: { ...FeedService.watch, requestSerialize: raw },
    reportPortStatuses: { ...FeedService.reportPortStatuses, requestSerialize: raw },
    reportHostLiveness: { ...FeedService.reportHostLiveness, requestSerialize: raw },
  },
  'Feed',
);
type Raw = InstanceType<typeof RawFeed> & {
  watch(req: Buffer, md: Metadata, opts: { deadline: number }): ClientReadableStream<unknown>;
  reportPortStatuses(req: Buffer, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null) => void): void;
  reportHostLiveness(req: Buffer, md: Metadata, opts: { deadline: number }, cb: (err: ServiceError | null) => void): void;
};

const FIXED_SEED = 20_261_207;
const RUNS = 300;
const CALL_DEADLINE_MS = 5_000;
const REFUSED = new Set([status.INVALID_ARGUMENT, status.NOT_FOUND, status.RESOURCE_EXHAUSTED, status.FAILED_PRECONDITION]);

const text = fc.oneof(
  fc.constantFrom('', 'h1', 'h2', 'ports', 'networks', 'x'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 200, max: 30_000 }).map((n) => 'z'.repeat(n)),
  fc.integer({ min: 100, max: 200 }).map((n) => 'é'.repeat(n)),
);
const u64 = fc.oneof(fc.nat(100), fc.maxSafeNat(), fc.constant(Date.now()), fc.constant(Date.now() + 3_600_000));
const request = fc.oneof(
  fc.record({ rpc: fc.constant('reportHostLiveness' as const), body: fc.record({ hostId: text, connected: fc.boolean(), agentVersion: text, lastSeenMs: u64, controllerId: text }) }),
  fc.record({
    rpc: fc.constant('reportPortStatuses' as const),
    body: fc.record({ reports: fc.array(fc.record({ portId: text, hostId: text, wiring: fc.nat(5), detail: text }), { maxLength: 6 }) }),
  }),
  fc.record({
    rpc: fc.constant('watch' as const),
    body: fc.record({ afterRevision: u64, collections: fc.array(text, { maxLength: 4 }), consumer: text, progressIntervalMs: fc.nat() }),
  }),
);
// Raw tails: a huge varint on a known field number (2^64 - 1), random bytes, or a cut.
const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('max-varint' as const), field: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
);
const fuzzCase = fc.record({ req: request, mutation });
type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

function encode(c: FuzzCase): Buffer {
  const bytes =
    c.req.rpc === 'watch'
      ? pb.WatchRequest.encode(c.req.body).finish()
      : c.req.rpc === 'reportHostLiveness'
        ? pb.HostLivenessReport.encode(c.req.body).finish()
        : pb.PortStatusReports.encode(c.req.body).finish();
  const b = Buffer.from(bytes);
  const m = c.mutation;
  if (m.kind === 'none') return b;
  if (m.kind === 'max-varint') return Buffer.concat([b, Buffer.from([m.field << 3]), Buffer.from('ffffffffffffffffff01', 'hex')]);
  if (m.kind === 'truncate') return b.subarray(0, m.keep % (b.length + 1));
  if (m.kind === 'append') return Buffer.concat([b, m.bytes]);
  return Buffer.from(m.bytes);
}

/** One call; a Watch counts as answered once its headers arrive (it streams until cancelled). */
function exchange(client: Raw, c: FuzzCase): Promise<{ code: number; details: string }> {
  const opts = { deadline: Date.now() + CALL_DEADLINE_MS };
  const bytes = encode(c);
  return new Promise((resolve) => {
    if (c.req.rpc === 'watch') {
      const call = client.watch(bytes, new Metadata(), opts);
      call.on('data', () => undefined);
      call.on('error', (e: ServiceError) => resolve({ code: e.code, details: e.details }));
      call.on('metadata', () => {
        // Headers come first, also before an error status; give a refusal a moment to follow.
        setTimeout(() => {
          resolve({ code: status.OK, details: 'streaming' });
          call.cancel();
        }, 50);
      });
      return;
    }
    client[c.req.rpc](bytes, new Metadata(), opts, (err) => resolve(err ? { code: err.code, details: err.details } : { code: status.OK, details: '' }));
  });
}

const randomSeed = Number(process.env.TRELLIS_FUZZ_SEED) || (Date.now() ^ (Math.random() * 0x7fff_ffff)) >>> 0;

describe('Feed service fuzz', () => {
  let t: TestApp;
  let feed: CentralFeedServer;
  let client: Raw;
  beforeAll(async () => {
    t = await startTestApp();
    await seedTopology(t);
    feed = await startCentralFeedServer({ store: t.store, services: t.app.central, logger, listen: '127.0.0.1:0', maxReceiveMessageBytes: 64 * 1024 });
    client = new RawFeed(feed.address, credentials.createInsecure()) as Raw;
  });
  afterAll(async () => {
    client?.close();
    await feed?.close();
    await t?.close();
  });

  for (const [name, seed] of [['fixed', FIXED_SEED], ['random', randomSeed]] as const) {
    it(`every call ends with a proper status and refused calls change nothing (${name} seed ${seed})`, async () => {
      console.info(`feed fuzz: ${name} seed ${seed} (replay: TRELLIS_FUZZ_SEED=${seed})`);
      const codes = new Map<number, number>();
      const started = Date.now();
      const details = await fc.check(
        fc.asyncProperty(fuzzCase, async (c) => {
          const before = await t.store.currentRevision();
          const result = await exchange(client, c);
          codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
          expect(result.code === status.OK || REFUSED.has(result.code), `status ${result.code} ${result.details}`).toBe(true);
          expect(result.details.length).toBeLessThan(400);
          if (result.code !== status.OK) expect(await t.store.currentRevision()).toBe(before);
        }),
        { seed, numRuns: RUNS, interruptAfterTimeLimit: 45_000, endOnFailure: true },
      );
      if (details.failed) {
        const example = JSON.stringify(details.counterexample, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
        throw new Error(`fuzz failed (seed ${seed}, path ${details.counterexamplePath}): ${String(details.errorInstance).slice(0, 600)}\ncase: ${example.slice(0, 600)}`);
      }
      console.info(`feed fuzz: ${details.numRuns} cases in ${Date.now() - started} ms, statuses ${JSON.stringify(Object.fromEntries(codes))}`);
      // Still healthy: a normal client reports and reads.
      const normal = new FeedClient({ targets: [feed.address], logger, consumer: 'after-fuzz', callTimeoutMs: 3_000 });
      try {
        const ack = await normal.reportHostLiveness({ hostId: 'h3', connected: true, agentVersion: '1', lastSeenMs: Date.now(), controllerId: 'fuzz' });
        expect(ack.revision).toBe(await t.store.currentRevision());
        expect((await t.call('GET', '/admin/v1/hosts/h3')).json.host.agent_state).toBe('up');
      } finally {
        normal.close();
      }
    }, 120_000);
  }
});
