import { domainError, isDomainError, toNeutronError, type DomainError, type NeutronErrorBody } from '@trellis/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { neutronFrameworkErrors } from './edge/framework-errors';
import { DEFAULT_HTTP_LIMITS, MAX_PARAM_LENGTH, type HttpLimits } from './edge/limits';
import { stripJsonSuffix } from './edge/format-suffix';

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The attribute an ajv issue is about: the last non-index segment of its path. */
function attributeOf(issue: ValidationIssue): string {
  const parts = issue.instancePath.split('/').filter((p) => p !== '' && !/^\d+$/.test(p));
  return (parts[parts.length - 1] ?? '').replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Turns a schema validation failure into the NeutronError a Neutron server would give. */
export function validationToDomainError(issues: readonly ValidationIssue[], context: string): DomainError {
  // additionalProperties is the most specific complaint; prefer it over anyOf noise.
  const issue = issues.find((i) => i.keyword === 'additionalProperties') ?? issues.find((i) => i.keyword !== 'anyOf') ?? issues[0];
  const resource = context === 'body' ? 'request' : context;
  if (!issue) return domainError('BadRequest', { resource, msg: 'invalid request' });
  const attr = attributeOf(issue);
  switch (issue.keyword) {
    case 'additionalProperties':
      return domainError('BadRequest', { resource, msg: `Unrecognized attribute(s) '${String(issue.params.additionalProperty)}'` });
    case 'required':
      return domainError('BadRequest', { resource, msg: `Failed to parse request. Required attribute '${String(issue.params.missingProperty)}' not specified` });
    case 'minProperties':
    case 'maxProperties':
      return attr === ''
        ? domainError('BadRequest', { resource, msg: 'Resource body required with exactly one resource key (single or bulk)' })
        : domainError('InvalidInput', { error_message: `Invalid input for ${attr}. Reason: ${issue.message ?? 'invalid'}` });
    case 'type':
      if (attr === '') return domainError('BadRequest', { resource, msg: 'Resource body must be a JSON object' });
      return domainError('InvalidInput', { error_message: `Invalid input for ${attr}. Reason: ${issue.message ?? 'wrong type'}` });
    default:
      return domainError('InvalidInput', { error_message: `Invalid input for ${attr || context}. Reason: ${issue.message ?? 'invalid value'}` });
  }
}

/** Fastify's own request errors (body parsing, limits) mapped to catalogue errors. */
function fastifyToDomainError(err: FastifyError, request: FastifyRequest, bodyLimitBytes: number): DomainError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return domainError('RequestEntityTooLarge', { size: request.headers['content-length'] ?? 'unknown', limit: bodyLimitBytes });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return domainError('MalformedRequestBody', { reason: err.message.replace(/\.$/, '') });
    default:
      if (err instanceof SyntaxError || err.statusCode === 400) return domainError('MalformedRequestBody', { reason: err.message.replace(/\.$/, '') });
      return undefined;
  }
}

function send(reply: FastifyReply, status: number, body: NeutronErrorBody): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export interface NeutronErrorHandlingOptions {
  readonly bodyLimitBytes: number;
}

/**
 * Installs the one error edge of a Neutron server: every error leaves as
 * `{"NeutronError": {type, message, detail}}`; unknown routes are 404 NeutronErrors; unexpected
 * errors are logged and answered with Neutron's fixed 500 message.
 */
export function installNeutronErrorHandling(app: FastifyInstance, options: NeutronErrorHandlingOptions): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let err: unknown = error;
    if (!isDomainError(error)) {
      if (Array.isArray(error.validation)) err = validationToDomainError(error.validation as ValidationIssue[], error.validationContext ?? 'body');
      else err = fastifyToDomainError(error, request, options.bodyLimitBytes) ?? error;
    }
    if (!isDomainError(err) && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      // Other client errors fastify raises (e.g. 415): keep the status, Neutron-shaped body.
      return send(reply, error.statusCode, { NeutronError: { type: 'HTTPClientError', message: error.message, detail: '' } });
    }
    const { status, body } = toNeutronError(err);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return send(reply, status, body);
  });
  app.setNotFoundHandler((request, reply) => {
    const { status, body } = toNeutronError(domainError('NotFound', { resource: `${request.method} ${request.url.split('?')[0]}` }));
    return send(reply, status, body);
  });
}

/**
 * Fastify options every Neutron server shares: body limit (413 before parsing), request and idle
 * timeouts (a trickled body cannot hold a socket), path segments long enough for any id (Neutron
 * answers 404 for a 255-character id, fastify's default cut is 100), routing errors as
 * NeutronErrors, and an ajv without coercion or silent removal, so bad input is refused rather
 * than rewritten.
 */
export function neutronServerOptions(bodyLimitBytes: number, http: Partial<Omit<HttpLimits, 'bodyLimitBytes'>> = {}) {
  const { requestTimeoutMs, connectionTimeoutMs } = { ...DEFAULT_HTTP_LIMITS, ...http };
  return {
    bodyLimit: bodyLimitBytes,
    requestTimeout: requestTimeoutMs,
    connectionTimeout: connectionTimeoutMs,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    rewriteUrl: (request: { url?: string }) => stripJsonSuffix(request.url ?? '/'),
    frameworkErrors: neutronFrameworkErrors,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false } },
  } as const;
}
