import type { NeutronBackend } from '../backend';
import { DEFAULT_EDGE_LIMITS } from './limits';
import { unstorableReason, utf8Bytes } from './text';

/** Filter attributes that are store or index keys: their values are bounded in bytes on write. */
const KEYED_FILTERS = new Set(['id', 'project_id', 'tenant_id', 'network_id', 'device_id', 'device_owner', 'binding:host_id', 'mac_address']);
/** Attributes no resource has empty: `?id=` matches nothing (Neutron), it is not a lookup of "". */
const NEVER_EMPTY = new Set(['id', 'project_id', 'tenant_id', 'network_id', 'mac_address']);
/** No stored string attribute is longer than this many characters (Neutron's columns). */
const MAX_VALUE_CHARS = 255;

/**
 * True for a filter value no stored resource can have: it matches nothing, as in Neutron, and
 * must not become a store key (LMDB refuses NUL, empty parts and over-long keys with a 500).
 */
export function isUnmatchableFilter(key: string, value: string): boolean {
  if (unstorableReason(value) !== undefined || value.length > MAX_VALUE_CHARS) return true;
  if (value === '') return NEVER_EMPTY.has(key);
  return KEYED_FILTERS.has(key) && utf8Bytes(value) > DEFAULT_EDGE_LIMITS.idMaxBytes;
}

type ListMethod = 'listNetworks' | 'listSubnets' | 'listPorts';
const LIST_METHODS: ReadonlySet<string> = new Set<ListMethod>(['listNetworks', 'listSubnets', 'listPorts']);

/**
 * The backend as the routes see it: a list whose filters left some attribute no matchable value
 * (every value was unmatchable) answers empty without touching the backend, so no backend has to
 * treat `{id: []}` specially (the routes apply every filter again, so the answer is the same).
 */
export function guardListFilters(backend: NeutronBackend): NeutronBackend {
  return new Proxy(backend, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (typeof prop === 'string' && LIST_METHODS.has(prop)) {
        return (ctx: unknown, filters: Readonly<Record<string, readonly string[]>>) =>
          Object.values(filters).some((v) => v.length === 0) ? Promise.resolve([]) : (value as (...a: unknown[]) => unknown).call(target, ctx, filters);
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
