import { credentials, makeGenericClientConstructor, Metadata, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { diffViews, ipToBytes } from '@trellis/l2';
import { DistributionService, trellis } from '@trellis/proto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binding, expectedView, host, network, port } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';
import { Status } from './host-stream';

// Fuzzes the Distribution service over a real socket: random, truncated and oversized fields and
// protocol-order violations. Every stream must end with a proper status (never INTERNAL, never a
// hang: each has a deadline), a refused message must change nothing, and a normal host must still
// converge afterwards. TRELLIS_FUZZ_SEED replays a printed seed.

type HM = trellis.l2.v1.IHostMessage;
const l2 = trellis.l2.v1;
const RawClient = makeGenericClientConstructor({ stream: { ...DistributionService.stream, requestSerialize: (b: Buffer) => b } }, 'Distribution');
const FIXED_SEED = 20_261_207;
const RUNS = 250;
const STREAM_DEADLINE_MS = 5_000;
const ALLOWED = new Set<number>([Status.OK, Status.INVALID_ARGUMENT, Status.NOT_FOUND, Status.RESOURCE_EXHAUSTED, Status.FAILED_PRECONDITION, Status.UNAVAILABLE]);

const text = fc.oneof(
  fc.constantFrom('', 'h1', 'h2', 'x'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 200, max: 30_000 }).map((n) => 'z'.repeat(n)),
  fc.integer({ min: 100, max: 200 }).map((n) => 'é'.repeat(n)),
);
const revision = fc.oneof(fc.nat(50), fc.maxSafeNat(), fc.constant(2 ** 53 + 2), fc.constant(2 ** 63));
const vni = fc.oneof(fc.constantFrom(0, 100, 200, 0xff_ffff, 0x100_0000), fc.nat());
const hello = fc.record({
  hostId: fc.oneof(fc.constantFrom('h1', 'h2'), text),
  vtep: fc.oneof(fc.constant(ipToBytes('192.0.2.1')), fc.constant(ipToBytes('192.0.2.2')), fc.uint8Array({ maxLength: 20 })),
  agentVersion: text,
  resume: fc.option(fc.record({ epoch: fc.oneof(fc.constant('test'), text), revision, subscriptionVersion: revision }), { nil: undefined }),
});
const message: fc.Arbitrary<HM> = fc.oneof(
  hello.map((h) => ({ hello: h })),
  fc.record({ nonce: text, revision }).map((ack) => ({ ack })),
  fc.record({ nonce: text, revision, errorDetail: text, vnis: fc.array(vni, { maxLength: 8 }) }).map((nack) => ({ nack })),
  fc
    .array(fc.record({ portId: fc.oneof(fc.constantFrom('a', 'b'), text), wiring: fc.nat(5), detail: text }), { maxLength: 12 })
    .chain((entries) => fc.oneof(fc.constant(entries), fc.constant(Array.from({ length: 600 }, () => entries[0] ?? { portId: 'a', wiring: 1 }))))
    .map((statuses) => ({ portStatuses: { statuses } })),
  fc.record({ revision, vnis: fc.array(fc.record({ vni, digest: fc.oneof(fc.nat(), fc.constant(2 ** 64 - 2048)), entries: fc.nat() }), { maxLength: 8 }) }).map((digests) => ({ digests })),
  fc.constant({}),
);
const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('random' as const), bytes: fc.uint8Array({ maxLength: 64 }) }),
);
const fuzzCase = fc.record({ prefix: fc.constantFrom('hello', 'none', 'hello-twice'), msg: message, mutation });
type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

function encode(c: FuzzCase): Buffer[] {
  const frames: Buffer[] = [];
  const validHello = Buffer.from(l2.HostMessage.encode({ hello: { hostId: 'h1', vtep: ipToBytes('192.0.2.1'), agentVersion: 'fuzz' } }).finish());
  if (c.prefix !== 'none') frames.push(validHello);
  if (c.prefix === 'hello-twice') frames.push(validHello);
  const bytes = Buffer.from(l2.HostMessage.encode(c.msg).finish());
  const m = c.mutation;
  if (m.kind === 'none') frames.push(bytes);
  else if (m.kind === 'truncate') frames.push(bytes.subarray(0, m.keep % (bytes.length + 1)));
  else if (m.kind === 'append') frames.push(Buffer.concat([bytes, m.bytes]));
  else frames.push(Buffer.from(m.bytes));
  return frames;
}

/** Writes the frames, half-closes, and resolves the status the server ended the stream with. */
function exchange(address: string, frames: Buffer[]): Promise<{ code: number; details: string }> {
  const client = new RawClient(address, credentials.createInsecure());
  const call = client.makeBidiStreamRequest(DistributionService.stream.path, (b: Buffer) => b, DistributionService.stream.responseDeserialize, new Metadata(), {
    deadline: Date.now() + STREAM_DEADLINE_MS,
  }) as ClientDuplexStream<Buffer, unknown>;
  return new Promise<{ code: number; details: string }>((resolve) => {
    call.on('data', () => undefined);
    call.on('error', (e: ServiceError) => resolve({ code: e.code, details: e.details }));
    call.on('status', (s) => resolve({ code: s.code, details: s.details }));
    for (const f of frames) call.write(f);
    call.end();
  }).finally(() => client.close());
}

const watched = (h: Harness) => {
  const c = h.ctl.counters;
  return { acks: c.acks, portStatuses: c.portStatuses, portStatusMessages: c.portStatusMessages, digestReports: c.digestReports, resyncs: c.resyncs, revision: h.ctl.revision };
};

const randomSeed = Number(process.env.TRELLIS_FUZZ_SEED) || (Date.now() ^ (Math.random() * 0x7fff_ffff)) >>> 0;

describe('Distribution stream fuzz', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness({ maxFrameBytes: 16 * 1024, helloTimeoutMs: 1_000 }).start();
    h.commit(['hosts', 'h1', host('h1', '192.0.2.1')], ['hosts', 'h2', host('h2', '192.0.2.2', 'cell2')], ['networks', 'n1', network('n1', 100)]);
    h.commit(
      ['ports', 'a', port({ id: 'a', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], bindings: [binding('h1')] })],
      ['ports', 'b', port({ id: 'b', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings: [binding('h2')] })],
    );
  });
  afterAll(async () => {
    await h?.dispose();
  });

  for (const [name, seed] of [['fixed', FIXED_SEED], ['random', randomSeed]] as const) {
    it(`every stream ends with a proper status and refused input changes nothing (${name} seed ${seed})`, async () => {
      console.info(`distribution fuzz: ${name} seed ${seed} (replay: TRELLIS_FUZZ_SEED=${seed})`);
      const codes = new Map<number, number>();
      const started = Date.now();
      const details = await fc.check(
        fc.asyncProperty(fuzzCase, async (c) => {
          const before = watched(h);
          const result = await exchange(h.address, encode(c));
          codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
          expect(ALLOWED.has(result.code), `status ${result.code} ${result.details}`).toBe(true);
          expect(result.details.length).toBeLessThan(400);
          if (result.code !== Status.OK) expect(watched(h)).toEqual(before);
          // Protocol order (a frame over the size limit is refused before it is even decoded).
          const kind = Object.keys(c.msg)[0];
          const orderCode: number[] = [Status.FAILED_PRECONDITION, Status.RESOURCE_EXHAUSTED];
          if (c.mutation.kind === 'none' && c.prefix === 'none' && kind !== undefined && kind !== 'hello') expect(orderCode).toContain(result.code);
          if (c.prefix === 'hello-twice') expect(result.code).toBe(Status.FAILED_PRECONDITION);
        }),
        { seed, numRuns: RUNS, interruptAfterTimeLimit: 45_000, endOnFailure: true },
      );
      if (details.failed) {
        const example = JSON.stringify(details.counterexample, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
        throw new Error(`fuzz failed (seed ${seed}, path ${details.counterexamplePath}): ${String(details.errorInstance).slice(0, 600)}\ncase: ${example.slice(0, 600)}`);
      }
      console.info(`distribution fuzz: ${RUNS} cases in ${Date.now() - started} ms, statuses ${JSON.stringify(Object.fromEntries(codes))}`);
      // The server is still healthy: a normal host converges to what the index says.
      const t = new TestHost('h2', '192.0.2.2').connect(h.address);
      try {
        await waitFor(() => t.token !== undefined && t.token.revision >= h.ctl.revision && diffViews(expectedView(h.ctl.index, 'h2'), t.view).length === 0, 'a normal host to converge');
      } finally {
        t.close();
        // Let the host's last acks land before the next run counts.
        await new Promise((r) => setTimeout(r, 300));
      }
    }, 120_000);
  }
});
