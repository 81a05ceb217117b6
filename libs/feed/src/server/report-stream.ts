import type { ServerDuplexStream } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import { ERROR_PARAMS_HEADER, ERROR_TYPE_HEADER, toGrpcStatus } from '../grpc-errors';
import type { FeedReportHandler } from '../types';
import { handlePortStatusBatch, toHostLivenessReport } from './report-calls';
import { decodeRequest } from './request-decoding';

const { ReportRequest } = trellis.feed.v2;

/** Defaults of {@link serveReportStream}. */
export const REPORT_STREAM_DEFAULTS = {
  /**
   * Requests of one stream handled at once; past it the stream is not read until one finishes
   * (HTTP/2 flow control then holds the client). A controller sends at most 4 batches at once.
   */
  maxInFlight: 16,
} as const;

type ReportCall = ServerDuplexStream<trellis.feed.v2.IReportRequest | Buffer, trellis.feed.v2.IReportResponse>;

/**
 * `trellis.feed.v2.Feed/Report`: every request is handled as its unary v1 call would be
 * (validation, the handler, DomainErrors by kind) and answered by a response with its id; a
 * request's failure travels in its response and the stream stays open. Only a request that does
 * not decode (no id to answer) ends the stream, with INVALID_ARGUMENT. When the client
 * half-closes, the stream ends once every request it sent is answered.
 */
export function serveReportStream(call: ReportCall, reports: FeedReportHandler, log: Logger, maxInFlight: number = REPORT_STREAM_DEFAULTS.maxInFlight): void {
  let inFlight = 0;
  let clientDone = false;
  let closed = false;
  const finishIfDone = () => {
    if (!closed && clientDone && inFlight === 0) {
      closed = true;
      call.end();
    }
  };
  const respond = (response: trellis.feed.v2.IReportResponse) => {
    if (!closed && !call.cancelled) call.write(response);
  };
  call.on('data', (raw: trellis.feed.v2.IReportRequest | Buffer) => {
    if (closed) return;
    let request: trellis.feed.v2.IReportRequest;
    try {
      request = decodeRequest(raw, ReportRequest.decode, 'ReportRequest');
    } catch (err) {
      closed = true;
      call.emit('error', toGrpcStatus(err, log));
      return;
    }
    const id = request.id ?? 0;
    inFlight++;
    if (inFlight >= maxInFlight) call.pause();
    handle(request, reports)
      .then(
        (revisions) => respond({ id, revisions }),
        (err: unknown) => respond({ id, ...errorFields(err, log) }),
      )
      .finally(() => {
        inFlight--;
        if (inFlight < maxInFlight && !closed) call.resume();
        finishIfDone();
      });
  });
  call.on('end', () => {
    clientDone = true;
    finishIfDone();
  });
  call.on('cancelled', () => {
    closed = true;
  });
  call.on('error', () => {
    closed = true;
  });
}

async function handle(request: trellis.feed.v2.IReportRequest, reports: FeedReportHandler): Promise<number[]> {
  if (request.portStatuses) return handlePortStatusBatch(request.portStatuses, (r) => reports.portStatuses(r));
  if (request.hostLiveness) {
    const ack = await reports.hostLiveness(toHostLivenessReport(request.hostLiveness));
    return [ack ? ack.revision : 0];
  }
  throw domainError('InvalidInput', { error_message: 'a report request carries port_statuses or host_liveness' });
}

/** A failed request's status, as the unary call would have ended (see `toGrpcStatus`). */
function errorFields(err: unknown, log: Logger): trellis.feed.v2.IReportResponse {
  const s = toGrpcStatus(err, log);
  const type = s.metadata?.get(ERROR_TYPE_HEADER)[0];
  const params = s.metadata?.get(ERROR_PARAMS_HEADER)[0];
  return {
    code: s.code,
    message: s.details ?? '',
    errorType: typeof type === 'string' ? type : '',
    errorParamsJson: typeof params === 'string' ? params : '',
  };
}
