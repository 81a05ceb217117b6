/**
 * Paths served without a token, as Neutron's api-paste serves `/` outside keystonemiddleware:
 * clients discover versions before they authenticate, and probes and scrapers carry no token.
 */
const PUBLIC_PATHS = new Set(['/', '/healthz', '/metrics']);

/** True when `url` (path and optional query) is one of the unauthenticated paths. */
export function isPublicPath(url: string): boolean {
  const q = url.indexOf('?');
  return PUBLIC_PATHS.has(q === -1 ? url : url.slice(0, q));
}
