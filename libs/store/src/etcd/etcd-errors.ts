import { domainError, isDomainError, type DomainError } from '@trellis/domain';

const QUORUM_HINTS = ['no leader', 'request timed out', 'leader changed', 'deadline exceeded', 'DEADLINE_EXCEEDED', 'not capable', 'timed out', 'quorum circuit open'];

/** Nothing was sent: the store knows the etcd quorum is lost (see QuorumCircuit). */
export class QuorumCircuitOpenError extends Error {
  override readonly name = 'QuorumCircuitOpenError';
}

/** True when the call failed only after waiting for its whole deadline (client- or server-side). */
export function waitedDeadline(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return /DEADLINE_EXCEEDED|GRPCDeadlineExceeded|deadline exceeded|etcdserver: request timed out/i.test(`${err.constructor.name} ${err.message}`);
}

/**
 * True when the failed call certainly never reached etcd's raft log, so a mutation may be sent
 * again without risking a double apply: the connection was refused or never established, a
 * circuit breaker held the call back, or etcd refused it before proposing (no leader).
 */
export function wasNotSent(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const text = `${err.constructor.name} ${err.name} ${err.message}`;
  return (
    err instanceof QuorumCircuitOpenError ||
    /ECONNREFUSED|No connection established|failed to connect|BrokenCircuit|circuit breaker is open|Connection pool has no hosts/i.test(text) ||
    /etcdserver: (no leader|not capable|too many requests)/.test(text)
  );
}

/** True for errors worth retrying on another member (network / availability problems). */
export function isAvailabilityError(err: unknown): boolean {
  if (!(err instanceof Error) || isDomainError(err)) return false;
  if (err instanceof QuorumCircuitOpenError) return true;
  const text = `${err.constructor.name} ${err.name} ${err.message}`;
  return /UNAVAILABLE|DEADLINE_EXCEEDED|GRPCUnavailable|GRPCDeadlineExceeded|GRPCCancelled|GRPCGeneric|GRPCInternal|GRPCUnknown|BrokenCircuit|circuit breaker|ECONN|No connection|Connection dropped|etcdserver: (no leader|request timed out|leader changed|not capable|too many requests)|Connection pool has no hosts/i.test(
    text,
  );
}

/**
 * Maps an etcd client error to the DomainError callers see. Availability problems become
 * `ServiceUnavailable` with a reason naming etcd, so a 503 says what is wrong.
 */
export function toStoreError(err: unknown, operation: string): Error {
  if (isDomainError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/request is too large|too many operations in txn/.test(message)) {
    return domainError('RequestEntityTooLarge', { size: 'more', limit: `etcd's limit (${message})` }, { cause: err });
  }
  if (isAvailabilityError(err)) return unavailable(err, operation);
  return err instanceof Error ? err : new Error(message);
}

/** A ServiceUnavailable for an availability error of `operation`. */
export function unavailable(err: unknown, operation: string): DomainError<'ServiceUnavailable'> {
  const message = err instanceof Error ? err.message : String(err);
  const quorum = QUORUM_HINTS.some((h) => message.includes(h));
  const outcome = operation !== 'commit' ? '' : wasNotSent(err) ? '; nothing was written' : '; the transaction may or may not have been applied (it is all or nothing)';
  const reason = quorum
    ? `etcd quorum unavailable during ${operation}: ${message}${outcome}`
    : `etcd unreachable during ${operation}: ${message}${outcome}`;
  return domainError('ServiceUnavailable', { reason }, { cause: err });
}
