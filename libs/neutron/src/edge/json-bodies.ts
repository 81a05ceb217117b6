import type { FastifyInstance, FastifyRequest } from 'fastify';

type Done = (err: Error | null, body?: unknown) => void;

/**
 * Bodies are JSON whatever the Content-Type says, as in Neutron (its WSGI layer deserializes
 * every body as JSON): clients send none, `text/plain` or `application/x-www-form-urlencoded`.
 * An empty body is no body, so a bodiless DELETE or GET carrying `Content-Type: application/json`
 * (Tempest's client does) is accepted. Prototype poisoning stays refused (fastify's parser).
 */
export function installJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error') as (request: FastifyRequest, body: string, done: Done) => void;
  app.removeAllContentTypeParsers();
  const lenient = (request: FastifyRequest, body: string | Buffer, done: Done): void => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  };
  app.addContentTypeParser('application/json', { parseAs: 'string' }, lenient);
  app.addContentTypeParser('*', { parseAs: 'string' }, lenient);
}
