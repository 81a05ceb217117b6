import { domainError } from '@trellis/domain';
import { isUnmatchableFilter } from './edge/filter-values';
import type { NeutronJson } from './json/wire';

/** Query keys with a meaning of their own; every other key filters on an attribute. */
const CONTROL_KEYS = new Set(['fields', 'sort_key', 'sort_dir', 'limit', 'marker', 'page_reverse']);

export type RawQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A list request in Neutron's terms: filters, fields, sorting and pagination. */
export interface ListParams {
  /** attribute → accepted values (repeated `?id=a&id=b` means "a or b"). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly fields: readonly string[];
  readonly sort: readonly { key: string; dir: 'asc' | 'desc' }[];
  readonly limit?: number;
  readonly marker?: string;
  readonly pageReverse: boolean;
}

const values = (raw: string | readonly string[] | undefined): string[] => (raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw]);
const truthy = (s: string): boolean => ['true', '1', 'yes', 'on'].includes(s.toLowerCase());

/** Parses and checks a list query against the collection's attributes (400 on unknown ones). */
export function parseListParams(collection: string, attributes: readonly string[], query: RawQuery): ListParams {
  const known = new Set(attributes);
  const bad = (msg: string) => domainError('BadRequest', { resource: collection, msg });
  const filters: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (CONTROL_KEYS.has(key) || raw === undefined) continue;
    if (!known.has(key)) throw bad(`${key} is not a valid attribute for filtering`);
    // Unmatchable values (NUL, over-long, `id=`) are dropped; a key left with none matches nothing.
    filters[key] = values(raw).filter((v) => !isUnmatchableFilter(key, v));
  }
  const sortKeys = values(query.sort_key);
  const sortDirs = values(query.sort_dir);
  if (sortDirs.length > 0 && sortDirs.length !== sortKeys.length) throw bad('the number of sort_keys and sort_dirs must be the same');
  const sort = sortKeys.map((key, i) => {
    if (!known.has(key)) throw bad(`${key} is an invalid attribute for sort_key`);
    const dir = (sortDirs[i] ?? 'asc').toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') throw bad(`${dir} is an invalid value for sort_dir, valid values are 'asc' and 'desc'`);
    return { key, dir: dir as 'asc' | 'desc' };
  });
  const limitRaw = values(query.limit)[0];
  let limit: number | undefined;
  if (limitRaw !== undefined) {
    if (!/^\d+$/.test(limitRaw)) throw bad(`limit must be an integer 0 or greater and not '${limitRaw}'`);
    limit = Number(limitRaw) === 0 ? undefined : Number(limitRaw);
  }
  const marker = values(query.marker)[0];
  const reverse = values(query.page_reverse)[0];
  // Neutron's convert_to_boolean: anything else is a 400, not a silent false.
  if (reverse !== undefined && !/^(true|false|1|0)$/i.test(reverse)) throw bad(`'${reverse}' cannot be converted to boolean for page_reverse`);
  return { filters, fields: values(query.fields), sort, limit, marker, pageReverse: reverse !== undefined && truthy(reverse) };
}

function matchesScalar(value: unknown, wanted: string): boolean {
  if (typeof value === 'boolean') return value === truthy(wanted);
  if (value === null || value === undefined) return wanted === '' || wanted.toLowerCase() === 'none' || wanted === 'null';
  if (typeof value === 'object') return false;
  return String(value) === wanted;
}

/** `fixed_ips=ip_address=10.0.0.5` / `fixed_ips=subnet_id=…`: every k=v pair must match one entry. */
function matchesListEntry(entry: unknown, wanted: string): boolean {
  if (entry !== null && typeof entry === 'object' && wanted.includes('=')) {
    const [k, v] = [wanted.slice(0, wanted.indexOf('=')), wanted.slice(wanted.indexOf('=') + 1)];
    return matchesScalar((entry as Record<string, unknown>)[k], v);
  }
  return matchesScalar(entry, wanted);
}

/** True when the rendered resource passes every filter. */
export function matchesFilters(json: NeutronJson, filters: ListParams['filters']): boolean {
  for (const [key, wanted] of Object.entries(filters)) {
    const value = json[key];
    const ok = Array.isArray(value) ? wanted.some((w) => value.some((e) => matchesListEntry(e, w))) : wanted.some((w) => matchesScalar(value, w));
    if (!ok) return false;
  }
  return true;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [sa, sb] = [typeof a === 'string' ? a : JSON.stringify(a), typeof b === 'string' ? b : JSON.stringify(b)];
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Keeps only the requested fields (Neutron ignores unknown ones). */
export function projectFields(json: NeutronJson, fields: readonly string[]): NeutronJson {
  if (fields.length === 0) return json;
  const out: NeutronJson = {};
  for (const f of fields) if (f in json) out[f] = json[f];
  return out;
}

export interface ListPage {
  readonly items: NeutronJson[];
  readonly links: { href: string; rel: 'next' | 'previous' }[];
}

/**
 * Filters, sorts (stable by id last) and pages rendered resources. `baseUrl` is the collection
 * URL used for `<collection>_links`; `query` the original query, kept in the links.
 */
export function applyListParams(all: readonly NeutronJson[], params: ListParams, baseUrl: string, query: RawQuery): ListPage {
  const sorted = all.filter((j) => matchesFilters(j, params.filters));
  const keys = [...params.sort, { key: 'id', dir: 'asc' as const }];
  sorted.sort((x, y) => {
    for (const { key, dir } of keys) {
      const c = compareValues(x[key], y[key]);
      if (c !== 0) return dir === 'asc' ? c : -c;
    }
    return 0;
  });
  if (params.limit === undefined && params.marker === undefined) return { items: sorted.map((j) => projectFields(j, params.fields)), links: [] };

  let start = 0;
  let end = sorted.length;
  if (params.marker !== undefined) {
    const at = sorted.findIndex((j) => j.id === params.marker);
    if (at < 0) throw domainError('NotFound', { resource: `marker ${params.marker}` });
    if (params.pageReverse) end = at;
    else start = at + 1;
  }
  const limit = params.limit ?? sorted.length;
  if (params.pageReverse) start = Math.max(start, end - limit);
  else end = Math.min(end, start + limit);
  const page = sorted.slice(start, end);
  return { items: page.map((j) => projectFields(j, params.fields)), links: paginationLinks(page, params, baseUrl, query) };
}

/**
 * Neutron's rule (api_common.get_pagination_links): only with a limit; a `next` link unless the
 * page is short while paging forward, a `previous` link unless it is short while paging in
 * reverse; with or without a marker. An empty page has no id to point from, so no link.
 */
function paginationLinks(page: readonly NeutronJson[], params: ListParams, baseUrl: string, query: RawQuery): ListPage['links'] {
  if (params.limit === undefined || page.length === 0) return [];
  const linkTo = (marker: unknown, reverse: boolean): string => {
    const qs = new URLSearchParams();
    for (const [k, raw] of Object.entries(query)) if (k !== 'marker' && k !== 'page_reverse') for (const v of values(raw)) qs.append(k, v);
    qs.set('marker', String(marker));
    if (reverse) qs.set('page_reverse', 'True');
    return `${baseUrl}?${qs.toString()}`;
  };
  const short = page.length < params.limit;
  const links: ListPage['links'] = [];
  if (!(short && !params.pageReverse)) links.push({ href: linkTo(page[page.length - 1].id, false), rel: 'next' });
  if (!(short && params.pageReverse)) links.push({ href: linkTo(page[0].id, true), rel: 'previous' });
  return links;
}
