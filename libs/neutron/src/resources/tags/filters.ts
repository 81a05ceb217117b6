import type { RawQuery } from '../../list-query';
import type { NeutronJson } from '../../json/wire';

/** Neutron's tag filters: comma-separated lists, several query values joined. */
export const TAG_FILTER_KEYS = ['tags', 'tags-any', 'not-tags', 'not-tags-any'] as const;
export type TagFilters = Partial<Record<(typeof TAG_FILTER_KEYS)[number], readonly string[]>>;

const values = (raw: RawQuery[string]): string[] => (raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw]);

/** Splits the tag filters off a list query; the rest is parsed as usual. */
export function splitTagFilters(query: RawQuery): { rest: RawQuery; tags: TagFilters } {
  const rest: Record<string, RawQuery[string]> = {};
  const tags: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(query)) {
    if ((TAG_FILTER_KEYS as readonly string[]).includes(key)) tags[key] = values(raw).flatMap((v) => v.split(',')).filter((t) => t !== '');
    else rest[key] = raw;
  }
  return { rest, tags };
}

/**
 * `tags`: has all; `tags-any`: has one; `not-tags`: lacks at least one; `not-tags-any`: has none
 * (neutron's tag filter semantics).
 */
export function matchesTagFilters(json: NeutronJson, filters: TagFilters): boolean {
  const has = new Set(Array.isArray(json.tags) ? (json.tags as string[]) : []);
  if (filters.tags && filters.tags.length > 0 && !filters.tags.every((t) => has.has(t))) return false;
  if (filters['tags-any'] && filters['tags-any'].length > 0 && !filters['tags-any'].some((t) => has.has(t))) return false;
  if (filters['not-tags'] && filters['not-tags'].length > 0 && filters['not-tags'].every((t) => has.has(t))) return false;
  if (filters['not-tags-any'] && filters['not-tags-any'].some((t) => has.has(t))) return false;
  return true;
}
