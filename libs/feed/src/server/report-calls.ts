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

const WIRING: ReadonlyMap<number, PortWiring> = new Map([
  [Wiring.PORT_WIRING_WIRED, 'wired'],
  [Wiring.PORT_WIRING_UNWIRED, 'unwired'],
  [Wiring.PORT_WIRING_ERROR, 'error'],
]);


export function toPortStatusReport(message: trellis.feed.v1.IPortStatusReport): PortStatusReport {
  const wiring = WIRING.get(message.wiring ?? 0);
  if (!wiring) throw domainError('InvalidInput', { error_message: `wiring must be WIRED, UNWIRED or ERROR, got ${String(message.wiring ?? 0)}` });
  return { portId: requiredId(message.portId, 'port_id'), hostId: requiredId(message.hostId, 'host_id'), wiring, detail: boundedText(message.detail, 'detail') };
}

/** Validates a whole batch: any invalid entry (named by its index) refuses the call. */
export function toPortStatusReports(message: trellis.feed.v1.IPortStatusReports): PortStatusReport[] {
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
export function toHostLivenessReport(message: trellis.feed.v1.IHostLivenessReport, nowMs: number = Date.now()): HostLivenessReport {
  return {
    hostId: requiredId(message.hostId, 'host_id'),
    connected: Boolean(message.connected),
    agentVersion: boundedText(message.agentVersion, 'agent_version'),
    lastSeenMs: reportTimeMs(message.lastSeenMs, 'last_seen_ms', nowMs),
    controllerId: optionalId(message.controllerId, 'controller_id'),
  };
}

/**
 * The batch report RPC: decode and validate all entries, hand them to the handler, answer with
 * one revision per entry (a handler answering a different count is a server bug: INTERNAL).
 */
export function batchReportCall(
  log: Logger,
  handle: (reports: readonly PortStatusReport[]) => Promise<readonly ReportAck[]>,
): (call: ServerUnaryCall<trellis.feed.v1.IPortStatusReports, trellis.feed.v1.IReportAcks>, callback: sendUnaryData<trellis.feed.v1.IReportAcks>) => void {
  return (call, callback) => {
    let count = 0;
    Promise.resolve()
      .then(() => {
        const reports = toPortStatusReports(decodeRequest(call.request, Reports.decode, 'PortStatusReports'));
        count = reports.length;
        return handle(reports);
      })
      .then((acks) => {
        if (acks.length !== count) throw new Error(`report handler answered ${acks.length} acks for ${count} reports`);
        return { revisions: acks.map((a) => a.revision) };
      })
      .then(
        (response) => callback(null, response),
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
