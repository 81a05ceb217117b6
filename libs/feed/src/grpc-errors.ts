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

/** A failed call's status as it arrives: its code and message, and the DomainError it carries, if any. */
export interface StatusParts {
  readonly code: number;
  readonly details: string;
  /** `x-error-type`: a DomainError type. */
  readonly errorType?: string;
  /** `x-error-params`: that error's params as JSON. */
  readonly errorParamsJson?: string;
}

/**
 * The client side of the edge: a status that carries a known DomainError type becomes that
 * DomainError again; any other failure becomes `ServiceUnavailable` (retryable codes) or
 * `InternalError`, with the gRPC error as the cause.
 */
export function fromServiceError(err: ServiceError): DomainError {
  const type = err.metadata?.get(ERROR_TYPE_HEADER)[0];
  const params = err.metadata?.get(ERROR_PARAMS_HEADER)[0];
  return fromStatusParts(
    { code: err.code, details: err.details, errorType: typeof type === 'string' ? type : undefined, errorParamsJson: typeof params === 'string' ? params : undefined },
    err,
  );
}

/**
 * The status of one request that did not end its call (a report stream's response), kept as the
 * cause of the DomainError rebuilt from it, with a ServiceError's `code` and `details`.
 */
export class RequestStatusError extends Error {
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(`${status[code] ?? code}: ${details}`);
    this.name = 'RequestStatusError';
  }
}

/** {@link fromServiceError} for a status that did not end a call (a report stream's response). */
export function fromStatusParts(parts: StatusParts, cause: unknown = new RequestStatusError(parts.code, parts.details)): DomainError {
  const type = parts.errorType;
  if (type && type in ERROR_CATALOGUE) {
    let params: Record<string, unknown> = {};
    if (parts.errorParamsJson) {
      try {
        params = JSON.parse(parts.errorParamsJson) as Record<string, unknown>;
      } catch {
        params = {};
      }
    }
    return new DomainError(type as ErrorType, params as ErrorParams<ErrorType>, { cause });
  }
  // A refusal by the peer's identity check (mTLS): not this client's bug, so not InternalError.
  if (parts.code === status.PERMISSION_DENIED) return new DomainError('PolicyNotAuthorized', { action: parts.details }, { cause });
  if (parts.code === status.UNAVAILABLE || parts.code === status.DEADLINE_EXCEEDED || parts.code === status.CANCELLED) {
    return new DomainError('ServiceUnavailable', { reason: parts.details || status[parts.code] }, { cause });
  }
  return new DomainError('InternalError', {}, { cause });
}

/** Codes after which retrying the same request cannot help. */
export function isPermanentStatus(code: number): boolean {
  return code === status.INVALID_ARGUMENT || code === status.UNIMPLEMENTED || code === status.PERMISSION_DENIED || code === status.UNAUTHENTICATED;
}
