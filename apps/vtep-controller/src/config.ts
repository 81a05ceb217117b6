import { Type, type Static } from '@sinclair/typebox';
import { GrpcTlsSchema } from '@trellis/runtime';

const GrpcTarget = Type.String({ pattern: '^[^\\s/]+:[0-9]{1,5}$' });

/** vtep-controller settings: defaults → optional JSON file → TRELLIS_VTEP_CONTROLLER_* env → validate. */
export const VtepControllerConfigSchema = Type.Object(
  {
    /** Names this replica in logs and liveness reports. */
    controllerId: Type.String({ minLength: 1, default: 'vtep-controller-1' }),
    /** Names the central revision space; every replica of one deployment uses the same epoch. */
    epoch: Type.String({ minLength: 1, default: 'trellis' }),
    /** Host streams; `tls`: mutual TLS, only host certificates may subscribe, each as its own host (docs/deployment.md, "Mutual TLS"). */
    listen: Type.Object(
      { host: Type.String({ minLength: 1, default: '127.0.0.1' }), port: Type.Integer({ minimum: 0, maximum: 65535, default: 50051 }), tls: GrpcTlsSchema },
      { additionalProperties: false },
    ),
    /** HTTP listener for `/metrics`, `/healthz` and `/readyz` (docs/operations.md); off unless enabled. */
    ops: Type.Object(
      { enabled: Type.Boolean({ default: false }), host: Type.String({ minLength: 1, default: '127.0.0.1' }), port: Type.Integer({ minimum: 0, maximum: 65535, default: 9700 }) },
      { additionalProperties: false, default: {} },
    ),
    /**
     * Which central feed to consume: 2 (typed resources, spec only; needs a central-api that
     * serves `trellis.feed.v2.Feed`) or 1 (storage rows, for a central-api of the previous release).
     */
    feedVersion: Type.Union([Type.Literal(1), Type.Literal(2)], { default: 2 }),
    /** central-api gRPC feed targets (`host:port`), tried in order. */
    feedTargets: Type.Array(GrpcTarget, { minItems: 1, default: ['127.0.0.1:9699'] }),
    /** Transport security towards the feed targets: this controller's certificate (`trellis://controller/<id>`). */
    feedTls: GrpcTlsSchema,
    dataDir: Type.String({ minLength: 1, default: './.trellis/vtep-controller' }),
    /** Address space reserved for the LMDB index's memory map (virtual; the file grows with its content). */
    indexMapSizeBytes: Type.Integer({ minimum: 1024 * 1024, default: 1024 * 1024 * 1024 }),
    /** Per-host bound of queued live traffic; past it the host is cut off (UNAVAILABLE). */
    queueLimitBytes: Type.Integer({ minimum: 4096, default: 4 * 1024 * 1024 }),
    heartbeatIntervalMs: Type.Integer({ minimum: 100, default: 10_000 }),
    helloTimeoutMs: Type.Integer({ minimum: 100, default: 10_000 }),
    maxFrameBytes: Type.Integer({ minimum: 1024, default: 1024 * 1024 }),
    /**
     * Concurrent host streams one HTTP/2 connection may open (grpc.max_concurrent_streams). A host
     * needs one; the default leaves room for test and bench processes that run many hosts over one
     * shared channel.
     */
    maxStreamsPerConnection: Type.Integer({ minimum: 1, default: 16_384 }),
    snapshotChunkBytes: Type.Integer({ minimum: 1024, default: 256 * 1024 }),
    snapshotMaxEntriesPerVniDelta: Type.Integer({ minimum: 16, default: 8192 }),
    logMaxRecords: Type.Integer({ minimum: 1, default: 100_000 }),
    logMaxBytes: Type.Integer({ minimum: 1024, default: 256 * 1024 * 1024 }),
    logLevel: Type.String({ default: 'info' }),
    /**
     * How much V8 lets the old generation grow past its live size before the next full GC, in
     * percent (V8's --heap-growing-percent); 0 = V8's own choice (up to 300 % on a large host).
     * README: "Memory settings".
     */
    heapGrowingPercent: Type.Integer({ minimum: 0, maximum: 300, default: 40 }),
    /**
     * Longest a host's port status report waits for others to share its call to central (the
     * status reporter's window, controller/status-reporter.ts). Every call is a store commit and a
     * feed revision at central: a longer window means fewer of them per move, a port's status
     * reaching central that much later.
     */
    portStatusWindowMs: Type.Integer({ minimum: 0, maximum: 1_000, default: 20 }),
    /** Logs the process's memory (RSS, V8 heap, external and array buffers) this often; 0 = never. */
    memoryLogIntervalMs: Type.Integer({ minimum: 0, default: 0 }),
    /**
     * Kill switch of the gRPC fast path (host streams beneath grpc-js's public API; libs/runtime
     * `grpc-fast`). It is active only on the grpc-js version it was written for; false = the
     * public API whatever the version.
     */
    grpcFastPath: Type.Boolean({ default: true }),
  },
  { additionalProperties: false },
);

export type VtepControllerConfig = Static<typeof VtepControllerConfigSchema>;

