import { domainError } from '@trellis/domain';

/**
 * One path segment of a URL to central. `encodeURIComponent` leaves `.` alone, and URL parsing
 * (fetch's included) resolves `.`/`..` segments, also as `%2e%2e`: `/v2.0/ports/..` would reach
 * `/v2.0/`. Such ids are refused rather than encoded, since no encoding survives that parsing.
 */
export function segment(id: string): string {
  if (id === '' || id === '.' || id === '..') throw domainError('InvalidInput', { error_message: `Invalid input for id. Reason: '${id}' is not a valid id` });
  return encodeURIComponent(id);
}

/** `/v2.0/ports/{id}` and the like, every id a single, fixed segment. */
export const centralPath = (prefix: '/v2.0/ports' | '/v2.0/networks' | '/v2.0/subnets' | '/admin/v1/hosts', id: string, ...rest: readonly string[]): string =>
  [prefix, segment(id), ...rest].join('/');
