import { domainError, toNeutronError } from '@trellis/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Errors fastify raises while routing, before any hook runs: a path segment longer than
 * `maxParamLength` (it would answer a bare 414) and a malformed %-encoding (a bare 400). The
 * first names a resource no id can have, so it is Neutron's 404; the second is a 400.
 */
export function neutronFrameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0];
  const err =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? domainError('NotFound', { resource: `${request.method} ${path.slice(0, 128)}… (a path segment is longer than any id)` })
      : domainError('BadRequest', { resource: 'request', msg: `the URL is not validly %-encoded (${error.code ?? 'bad URL'})` });
  const { status, body } = toNeutronError(err);
  void reply.code(status).type('application/json; charset=utf-8').send(body);
}
