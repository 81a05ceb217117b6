import { DomainError, ERROR_CATALOGUE, type ErrorType } from '@trellis/domain';

/** Catalogue type used when central's NeutronError type is not one of ours, by HTTP status. */
const BY_STATUS: Readonly<Record<number, ErrorType>> = {
  400: 'BadRequest',
  403: 'PolicyNotAuthorized',
  404: 'NotFound',
  409: 'Conflict',
  412: 'RevisionNumberConstraintFailed',
  413: 'RequestEntityTooLarge',
  501: 'NotImplementedError',
  503: 'ServiceUnavailable',
};

const isRestType = (type: unknown): type is ErrorType =>
  typeof type === 'string' && Object.hasOwn(ERROR_CATALOGUE, type) && ERROR_CATALOGUE[type as ErrorType].rest;

/**
 * Central's error answer as the DomainError this agent raises in turn, so that the caller sees
 * the same NeutronError type and message it would have seen from central.
 */
export function remoteError(status: number, body: unknown): DomainError {
  const neutron = (body as { NeutronError?: { type?: unknown; message?: unknown } } | undefined)?.NeutronError;
  // Any other client error stays a client error here (never the agent's 500): 400 with central's message.
  const fallback: ErrorType = status >= 400 && status < 500 ? 'BadRequest' : 'InternalError';
  const type: ErrorType = isRestType(neutron?.type) ? neutron.type : (BY_STATUS[status] ?? fallback);
  const message = typeof neutron?.message === 'string' ? neutron.message : `central-api answered HTTP ${status}`;
  // The params are unknown here; the message is central's, already rendered.
  const err = new DomainError(type, {} as never);
  Object.defineProperty(err, 'message', { value: message, enumerable: false, writable: true, configurable: true });
  return err;
}
