import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import { toGrpcStatus } from '../grpc-errors';
import type { HostLivenessReport, PortStatusReport, PortWiring, ReportAck } from '../types';

const Wiring = trellis.feed.v1.PortWiring;

const WIRING: ReadonlyMap<number, PortWiring> = new Map([
  [Wiring.PORT_WIRING_WIRED, 'wired'],
  [Wiring.PORT_WIRING_UNWIRED, 'unwired'],
  [Wiring.PORT_WIRING_ERROR, 'error'],
]);

const required = (value: string | null | undefined, field: string): string => {
  if (!value) throw domainError('InvalidInput', { error_message: `${field} is required` });
  return value;
};

export function toPortStatusReport(message: trellis.feed.v1.IPortStatusReport): PortStatusReport {
  const wiring = WIRING.get(message.wiring ?? 0);
  if (!wiring) throw domainError('InvalidInput', { error_message: `wiring must be WIRED, UNWIRED or ERROR, got ${String(message.wiring ?? 0)}` });
  return { portId: required(message.portId, 'port_id'), hostId: required(message.hostId, 'host_id'), wiring, detail: message.detail ?? '' };
}

export function toHostLivenessReport(message: trellis.feed.v1.IHostLivenessReport): HostLivenessReport {
  return {
    hostId: required(message.hostId, 'host_id'),
    connected: Boolean(message.connected),
    agentVersion: message.agentVersion ?? '',
    lastSeenMs: Number(message.lastSeenMs ?? 0),
    controllerId: message.controllerId ?? '',
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
