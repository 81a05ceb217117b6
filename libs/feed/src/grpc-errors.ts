import { Metadata, status, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import { DomainError, ERROR_CATALOGUE, isDomainError, type ErrorParams, type ErrorType } from '@trellis/domain';
import type { Logger } from '@trellis/runtime';

/** Metadata keys that carry a DomainError across the wire, so the client can rebuild it. */
export const ERROR_TYPE_HEADER = 'x-error-type';
export const ERROR_PARAMS_HEADER = 'x-error-params';

/** Longest `x-error-params` trailer value sent; longer params are left out. */
export const MAX_PARAMS_HEADER_CHARS = 2048;
/** Longest status message sent (it travels as the `grpc-message` trailer). */
export const MAX_DETAILS_CHARS = 1024;

const boundedDetails = (message: string): string =>
  message.length <= MAX_DETAILS_CHARS ? message : `${message.slice(0, MAX_DETAILS_CHARS)}… (${message.length} chars)`;

/** Status for errors that are not DomainErrors; the real error is only logged. */
const INTERNAL_DETAILS = 'internal error';

/**
 * The one edge where errors become gRPC statuses: a DomainError keeps its kind's status and its
 * message (type and params travel in metadata); anything else is logged and becomes INTERNAL.
 */
export function toGrpcStatus(err: unknown, log: Logger): Partial<StatusObject> {
  if (isDomainError(err)) {
    const metadata = new Metadata();
    metadata.set(ERROR_TYPE_HEADER, err.type);
    try {
      const params = JSON.stringify(err.params);
      // Trailers over the peer's header list limit (16 KiB in grpc-js) never reach it: the call
      // would end without its status. Oversized params only lose the rebuild on the client.
      if (params.length <= MAX_PARAMS_HEADER_CHARS) metadata.set(ERROR_PARAMS_HEADER, params);
    } catch {
      // params that do not serialize only lose the rebuild on the client, not the status
    }
    return { code: err.grpcStatus, details: boundedDetails(err.message), metadata };
  }
  log.error({ err }, 'unexpected error in feed call');
  return { code: status.INTERNAL, details: INTERNAL_DETAILS };
}

/**
 * The client side of the edge: a status that carries a known DomainError type becomes that
 * DomainError again; any other failure becomes `ServiceUnavailable` (retryable codes) or
 * `InternalError`, with the gRPC error as the cause.
 */
export function fromServiceError(err: ServiceError): DomainError {
  const type = err.metadata?.get(ERROR_TYPE_HEADER)[0];
  if (typeof type === 'string' && type in ERROR_CATALOGUE) {
    let params: Record<string, unknown> = {};
    const raw = err.metadata.get(ERROR_PARAMS_HEADER)[0];
    if (typeof raw === 'string') {
      try {
        params = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        params = {};
      }
    }
    return new DomainError(type as ErrorType, params as ErrorParams<ErrorType>, { cause: err });
  }
  // A refusal by the peer's identity check (mTLS): not this client's bug, so not InternalError.
  if (err.code === status.PERMISSION_DENIED) return new DomainError('PolicyNotAuthorized', { action: err.details }, { cause: err });
  if (err.code === status.UNAVAILABLE || err.code === status.DEADLINE_EXCEEDED || err.code === status.CANCELLED) {
    return new DomainError('ServiceUnavailable', { reason: err.details || status[err.code] }, { cause: err });
  }
  return new DomainError('InternalError', {}, { cause: err });
}

/** Codes after which retrying the same request cannot help. */
export function isPermanentStatus(code: number): boolean {
  return code === status.INVALID_ARGUMENT || code === status.UNIMPLEMENTED || code === status.PERMISSION_DENIED || code === status.UNAUTHENTICATED;
}
