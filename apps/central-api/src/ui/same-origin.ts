import type { FastifyRequest } from 'fastify';

/**
 * False for a browser request sent by a page of another origin. Browsers send `Origin` on every
 * WebSocket handshake and cannot be stopped by CORS there, so without this check any web page
 * open in an operator's browser could read central's change feed (noauth trusts the caller).
 * Requests without `Origin` (the CLI, agents, curl) are not browsers' cross-site requests.
 */
export function notCrossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
