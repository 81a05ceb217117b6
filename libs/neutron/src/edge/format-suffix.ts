const SUFFIX = '.json';

/**
 * Neutron accepts a `.json` format suffix on every API path (`GET /v2.0/networks.json`,
 * `/v2.0/quotas/{project}/details.json`; Tempest's quota client uses it) and answers as without
 * it. Removes the suffix from the path of a `/v2.0/` URL, keeping the query string; other URLs
 * are returned as they are.
 */
export function stripJsonSuffix(url: string): string {
  if (!url.startsWith('/v2.0/')) return url;
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.endsWith(SUFFIX) || path.length === '/v2.0/'.length + SUFFIX.length) return url;
  return path.slice(0, -SUFFIX.length) + (q === -1 ? '' : url.slice(q));
}
