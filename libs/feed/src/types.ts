import type { Change, Item } from '@trellis/store';

/**
 * A v1 change or snapshot item whose key or value did not decode. Consumers report it (metric,
 * log) and keep what they hold for it: it is never a delete. `id` is the key as sent (JSON).
 */
export interface RejectedChange {
  readonly collection: string;
  readonly id: string;
  readonly reason: string;
}

/** What FeedClient.watch yields. */
export type FeedEvent =
  /** One committed revision (only the changes of the watched collections). */
  | { readonly type: 'revision'; readonly revision: number; readonly timestampMs: number; readonly changes: readonly Change[]; readonly rejected?: readonly RejectedChange[] }
  /**
   * A complete image at `revision` (the position asked for was compacted): replace local state
   * with it, then revisions continue after it. Partial snapshots are never yielded. Items that
   * did not decode are in `rejected` (keep what is held for them).
   */
  | { readonly type: 'snapshot'; readonly revision: number; readonly collections: ReadonlyMap<string, readonly Item<unknown>[]>; readonly rejected?: readonly RejectedChange[] }
  /** Nothing for the watched collections up to `revision`; safe to resume from here. */
  | { readonly type: 'progress'; readonly revision: number }
  /** The stream to `target` opened (connected) or broke (with the reason). */
  | { readonly type: 'connection'; readonly connected: boolean; readonly target: string; readonly error?: string };

export type PortWiring = 'wired' | 'unwired' | 'error';

/** A host-agent's (relayed) report on one port's dataplane wiring. */
export interface PortStatusReport {
  readonly portId: string;
  readonly hostId: string;
  readonly wiring: PortWiring;
  readonly detail: string;
}

/** A controller's report that a host's agent connected or went away. */
export interface HostLivenessReport {
  readonly hostId: string;
  readonly connected: boolean;
  readonly agentVersion: string;
  readonly lastSeenMs: number;
  readonly controllerId: string;
}

/** Most reports one `ReportPortStatuses` call may carry; more is refused with INVALID_ARGUMENT. */
export const MAX_PORT_STATUS_REPORTS = 1000;

/** The store revision a report was recorded at (0 when it changed nothing). */
export interface ReportAck {
  readonly revision: number;
}

/**
 * Central's handling of reports; implemented by central-api. Throw DomainError to refuse a
 * report: its kind becomes the gRPC status the caller sees.
 */
export interface FeedReportHandler {
  /**
   * A batch of port wiring reports (at most {@link MAX_PORT_STATUS_REPORTS}, already validated).
   * Resolves one ack per report, in the same order (revision 0: that report changed nothing).
   */
  portStatuses(reports: readonly PortStatusReport[]): Promise<readonly ReportAck[]>;
  hostLiveness(report: HostLivenessReport): Promise<ReportAck | void>;
}
