import type { Logger } from '@trellis/runtime';

/** Port wiring as reported by a host (the proto's Wiring enum, by name). */
export type PortWiring = 'wired' | 'unwired' | 'error';

/** One port's wiring as a host reported it, relayed to central. */
export interface PortStatusReport {
  readonly portId: string;
  readonly hostId: string;
  readonly wiring: PortWiring;
  readonly detail: string;
}

/**
 * Where the controller's reports go (central-api through the feed client in production, a
 * capturing fake in tests). Failures are logged by the caller and never end a host stream.
 */
export interface StatusSink {
  /** A batch of port reports (1 to 1,000; see PortStatusReporter); a rejection makes them retry. */
  reportPortStatuses(reports: readonly PortStatusReport[]): Promise<unknown> | void;
  /** One host's stream went up or down (see LivenessReporter: bounded calls in flight). */
  reportHostLiveness(report: HostLivenessReport): Promise<unknown> | void;
}

/** A host agent's stream went up (connected) or down, as this controller saw it. */
export interface HostLivenessReport {
  readonly hostId: string;
  readonly connected: boolean;
  readonly agentVersion: string;
  readonly lastSeenMs: number;
  readonly controllerId: string;
}

/** The central feed as the controller consumes it (the shape of FeedClient.watch's events). */
export type FeedEvent =
  | {
      readonly type: 'revision';
      readonly revision: number;
      readonly changes: ReadonlyArray<{ readonly type: 'put' | 'delete'; readonly collection: string; readonly key: unknown; readonly value?: unknown }>;
      /** Changes that did not decode (never deletes); `id` is the key as JSON. */
      readonly rejected?: ReadonlyArray<{ readonly collection: string; readonly id: string; readonly reason: string }>;
    }
  | {
      readonly type: 'snapshot';
      readonly revision: number;
      readonly collections: ReadonlyMap<string, ReadonlyArray<{ readonly key: unknown; readonly value: unknown }>>;
      readonly rejected?: ReadonlyArray<{ readonly collection: string; readonly id: string; readonly reason: string }>;
    }
  | { readonly type: 'progress'; readonly revision?: number }
  | { readonly type: 'connection'; readonly [k: string]: unknown };

export interface ControllerOptions {
  readonly controllerId: string;
  /** Names the central revision space; tokens from another epoch get a snapshot. */
  readonly epoch: string;
  readonly queueLimitBytes: number;
  readonly heartbeatIntervalMs: number;
  readonly helloTimeoutMs: number;
  readonly maxFrameBytes: number;
  /** Concurrent streams per HTTP/2 connection (default {@link DEFAULT_MAX_STREAMS_PER_CONNECTION}). */
  readonly maxStreamsPerConnection?: number;
  readonly snapshotChunkBytes: number;
  readonly snapshotMaxEntriesPerVniDelta: number;
  readonly logMaxRecords: number;
  readonly logMaxBytes: number;
  readonly logger: Logger;
  readonly status: StatusSink;
  /** Most entries one host PortStatusBatch may carry (default 512); more is INVALID_ARGUMENT. */
  readonly maxPortStatusesPerMessage?: number;
  /** How long a port report waits to share a call to central (default 5 ms). */
  readonly portStatusWindowMs?: number;
  /** Most port reports per call to central (default 256). */
  readonly portStatusBatchMax?: number;
  /** Host liveness calls to central at once (default 8); see LivenessReporter. */
  readonly livenessInFlightMax?: number;
  /**
   * Kill switch of the gRPC fast path over grpc-js internals (libs/runtime `grpc-fast`; default
   * true, and active only on the grpc-js version it was written for); false = public API only.
   */
  readonly grpcFastPath?: boolean;
}

/** Counters for tests, logs and benchmarks. */
export interface ControllerCounters {
  /** VniDelta encodes (one per VNI change for the shared delta, plus per-host deltas). */
  vniEncodes: number;
  sharedVniEncodes: number;
  perHostVniEncodes: number;
  snapshots: number;
  /** Snapshot tables over the entry limit: cut from the shared encoding, or built for the host alone. */
  snapshotTablesCut: number;
  snapshotTablesBuilt: number;
  resumes: number;
  resyncs: number;
  evictions: number;
  deltaMessages: number;
  /** Live Delta messages merged into one still waiting for the host's stream to drain. */
  coalescedDeltas: number;
  /** Inbound messages by kind (acks, port status entries and their batches, digest reports). */
  acks: number;
  portStatuses: number;
  portStatusMessages: number;
  digestReports: number;
  /** Digest reports that disagreed with the controller's view (each one resyncs the VNIs named). */
  digestMismatches: number;
  /** Routers resent (whole, or their leave) because a host's router digests disagreed. */
  routerResyncs: number;
  /** Port status calls to central and the reports they carried. */
  portStatusCalls: number;
  portStatusReports: number;
  /** Feed values refused (undecodable, failing the contract check, unparsable VTEP/MAC/IP): an alert. */
  feedRejected: number;
}

/** Default of ControllerOptions.maxStreamsPerConnection. */
export const DEFAULT_MAX_STREAMS_PER_CONNECTION = 16_384;
