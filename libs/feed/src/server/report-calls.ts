import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import { toGrpcStatus } from '../grpc-errors';
import { decodeRequest } from './request-decoding';
import { boundedText, optionalId, reportTimeMs, requiredId } from './input-limits';
import { MAX_PORT_STATUS_REPORTS, type HostLivenessReport, type PortStatusReport, type PortWiring, type ReportAck } from '../types';

const Wiring = trellis.feed.v1.PortWiring;
const Reports = trellis.feed.v1.PortStatusReports;

/** v1 and v2 number `PortWiring` alike, so one table decodes both. */
const WIRING: ReadonlyMap<number, PortWiring> = new Map([
  [Wiring.PORT_WIRING_WIRED, 'wired'],
  [Wiring.PORT_WIRING_UNWIRED, 'unwired'],
  [Wiring.PORT_WIRING_ERROR, 'error'],
]);

/** A port status report as either feed version's message carries it (same fields, same enum numbers). */
export interface PortStatusReportMessage {
  portId?: string | null;
  hostId?: string | null;
  wiring?: number | null;
  detail?: string | null;
}

/** A liveness report as either feed version's message carries it. */
export type HostLivenessReportMessage = trellis.feed.v1.IHostLivenessReport | trellis.feed.v2.IHostLivenessReport;

export function toPortStatusReport(message: PortStatusReportMessage): PortStatusReport {
  const wiring = WIRING.get(message.wiring ?? 0);
  if (!wiring) throw domainError('InvalidInput', { error_message: `wiring must be WIRED, UNWIRED or ERROR, got ${String(message.wiring ?? 0)}` });
  return { portId: requiredId(message.portId, 'port_id'), hostId: requiredId(message.hostId, 'host_id'), wiring, detail: boundedText(message.detail, 'detail') };
}

/** Validates a whole batch: any invalid entry (named by its index) refuses the call. */
export function toPortStatusReports(message: { reports?: readonly PortStatusReportMessage[] | null }): PortStatusReport[] {
  const reports = message.reports ?? [];
  if (reports.length === 0) throw domainError('InvalidInput', { error_message: 'reports must not be empty' });
  if (reports.length > MAX_PORT_STATUS_REPORTS) {
    throw domainError('InvalidInput', { error_message: `${reports.length} reports exceed the limit of ${MAX_PORT_STATUS_REPORTS} per call` });
  }
  return reports.map((r, i) => {
    try {
      return toPortStatusReport(r);
    } catch (err) {
      throw domainError('InvalidInput', { error_message: `reports[${i}]: ${(err as Error).message}` });
    }
  });
}

/**
 * Validates a liveness report. `last_seen_ms` 0 means "now"; one outside the Date range is
 * refused; one more than the clock-skew allowance ahead of `nowMs` is clamped to `nowMs`.
 */
export function toHostLivenessReport(message: HostLivenessReportMessage, nowMs: number = Date.now()): HostLivenessReport {
  return {
    hostId: requiredId(message.hostId, 'host_id'),
    connected: Boolean(message.connected),
    agentVersion: boundedText(message.agentVersion, 'agent_version'),
    lastSeenMs: reportTimeMs(message.lastSeenMs, 'last_seen_ms', nowMs),
    controllerId: optionalId(message.controllerId, 'controller_id'),
  };
}

/**
 * Decodes and validates a batch (any invalid entry refuses it), hands it to the handler, answers
 * one revision per entry (a handler answering a different count is a server bug: an Error).
 */
export async function handlePortStatusBatch(
  message: { reports?: readonly PortStatusReportMessage[] | null },
  handle: (reports: readonly PortStatusReport[]) => Promise<readonly ReportAck[]>,
): Promise<number[]> {
  const reports = toPortStatusReports(message);
  const acks = await handle(reports);
  if (acks.length !== reports.length) throw new Error(`report handler answered ${acks.length} acks for ${reports.length} reports`);
  return acks.map((a) => a.revision);
}

/** The unary batch report RPC (v1): {@link handlePortStatusBatch}, answered or mapped to a status. */
export function batchReportCall(
  log: Logger,
  handle: (reports: readonly PortStatusReport[]) => Promise<readonly ReportAck[]>,
): (call: ServerUnaryCall<trellis.feed.v1.IPortStatusReports, trellis.feed.v1.IReportAcks>, callback: sendUnaryData<trellis.feed.v1.IReportAcks>) => void {
  return (call, callback) => {
    Promise.resolve()
      .then(() => handlePortStatusBatch(decodeRequest(call.request, Reports.decode, 'PortStatusReports'), handle))
      .then(
        (revisions) => callback(null, { revisions }),
        (err: unknown) => callback(toGrpcStatus(err, log)),
      );
  };
}

/** A unary report RPC: decode, hand to the handler, answer with the ack or the mapped status. */
export function reportCall<Req, Report>(
  log: Logger,
  decode: (message: Req) => Report,
  handle: (report: Report) => Promise<ReportAck | void>,
): (call: ServerUnaryCall<Req, trellis.feed.v1.IReportAck>, callback: sendUnaryData<trellis.feed.v1.IReportAck>) => void {
  return (call, callback) => {
    Promise.resolve()
      .then(() => handle(decode(call.request)))
      .then(
        (ack) => callback(null, { revision: ack ? ack.revision : 0 }),
        (err: unknown) => callback(toGrpcStatus(err, log)),
      );
  };
}
