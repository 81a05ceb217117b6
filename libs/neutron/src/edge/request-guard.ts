import { domainError } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import { checkBody } from './body-guard';
import type { EdgeLimits } from './limits';
import { checkPathParams } from './path-params';
import { unstorableReason, utf8Bytes } from './text';

/**
 * The checks every request passes before schema validation and handlers: the caller's project
 * id (it becomes part of store keys), path ids, and the body (see checkBody).
 */
export function installRequestGuard(app: FastifyInstance, limits: EdgeLimits): void {
  app.addHook('preValidation', async (request) => {
    const project = request.neutronContext?.projectId;
    if (project !== undefined && (unstorableReason(project) !== undefined || utf8Bytes(project) > limits.idMaxBytes)) {
      throw domainError('BadRequest', { resource: 'request', msg: `the project id is not a valid project id (at most ${limits.idMaxBytes} bytes of UTF-8, no NUL)` });
    }
    checkPathParams(request, limits.idMaxBytes);
    const hasBodySchema = request.routeOptions.schema?.body !== undefined;
    if (request.body === undefined) {
      if (hasBodySchema) throw domainError('BadRequest', { resource: 'request', msg: 'Resource body required' });
      return;
    }
    checkBody(request.body, limits);
  });
}
