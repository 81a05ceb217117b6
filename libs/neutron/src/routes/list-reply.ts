import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../context';
import { applyListParams, matchesFilters, parseListParams, projectFields, type ListParams, type RawQuery } from '../list-query';
import { redactForCaller } from '../policy';
import type { NeutronJson } from '../json/wire';
import { matchesTagFilters, splitTagFilters } from '../resources/tags/filters';

/** Parses a list request's query for `collection` (400 on unknown attributes). */
export function listParamsOf(request: FastifyRequest, collection: string, attributes: readonly string[]): ListParams {
  return parseListParams(collection, attributes, splitTagFilters(request.query as RawQuery).rest);
}

/** `{<collection>: [...], <collection>_links: [...]}` after policy, filters, sorting and paging. */
export function listReply(request: FastifyRequest, collection: string, params: ListParams, rendered: readonly NeutronJson[]): Record<string, unknown> {
  const ctx = request.neutronContext;
  // Neutron filters in its query, before policy hides fields: a member's `?binding:host_id=h`
  // finds its ports on h, shown without binding:host_id.
  const tags = splitTagFilters(request.query as RawQuery).tags;
  const visible = rendered.filter((j) => matchesFilters(j, params.filters) && matchesTagFilters(j, tags)).map((j) => redactForCaller(ctx, j));
  const url = `${request.protocol}://${request.host}${request.url.split('?')[0]}`;
  const page = applyListParams(visible, { ...params, filters: {} }, url, request.query as RawQuery);
  const reply: Record<string, unknown> = { [collection]: page.items };
  if (page.links.length > 0) reply[`${collection}_links`] = page.links;
  return reply;
}

/** One resource after policy and `fields=`. */
export function showReply(ctx: RequestContext, request: FastifyRequest, json: NeutronJson): NeutronJson {
  const raw = (request.query as RawQuery | undefined)?.fields;
  const fields = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
  return projectFields(redactForCaller(ctx, json), fields);
}

/** Items of a single-or-bulk body and whether it was bulk. */
export function itemsOf<T>(body: Record<string, unknown>, one: string, many: string): { items: T[]; bulk: boolean } {
  if (Array.isArray(body[many])) return { items: body[many] as T[], bulk: true };
  return { items: [body[one] as T], bulk: false };
}
