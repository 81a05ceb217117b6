import type { Logger } from '@trellis/runtime';

/** Port wiring as reported by a host (the proto's Wiring enum, by name). */
export type PortWiring = 'wired' | 'unwired' | 'error';

/**
 * Where the controller's reports go (central-api through the feed client in production, a
 * capturing fake in tests). Failures are logged by the caller and never end a host stream.
 */
export interface StatusSink {
  reportPortStatus(report: { portId: string; hostId: string; wiring: PortWiring; detail: string }): Promise<unknown> | void;
  reportHostLiveness(report: { hostId: string; connected: boolean; agentVersion: string; lastSeenMs: number; controllerId: string }): Promise<unknown> | void;
}

/** The central feed as the controller consumes it (the shape of FeedClient.watch's events). */
export type FeedEvent =
  | {
      readonly type: 'revision';
      readonly revision: number;
      readonly changes: ReadonlyArray<{ readonly type: 'put' | 'delete'; readonly collection: string; readonly key: unknown; readonly value?: unknown }>;
    }
  | { readonly type: 'snapshot'; readonly revision: number; readonly collections: ReadonlyMap<string, ReadonlyArray<{ readonly key: unknown; readonly value: unknown }>> }
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
  readonly snapshotChunkBytes: number;
  readonly snapshotMaxEntriesPerVniDelta: number;
  readonly logMaxRecords: number;
  readonly logMaxBytes: number;
  readonly logger: Logger;
  readonly status: StatusSink;
}

/** Counters for tests, logs and benchmarks. */
export interface ControllerCounters {
  /** VniDelta encodes (one per VNI change for the shared delta, plus per-host deltas). */
  vniEncodes: number;
  sharedVniEncodes: number;
  perHostVniEncodes: number;
  snapshots: number;
  resumes: number;
  resyncs: number;
  evictions: number;
  deltaMessages: number;
  /** Live Delta messages merged into one still waiting for the host's stream to drain. */
  coalescedDeltas: number;
  /** Inbound messages by kind (acks, port status reports, digest reports). */
  acks: number;
  portStatuses: number;
  digestReports: number;
}
