import fc from 'fast-check';
import { RAW_TOKENS, nastyString, pct } from './text';

/** One generated HTTP request, ready for inject(). */
export interface FuzzRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string;
}

/** Real ids of the deployment, so that some requests reach existing resources. */
export interface KnownIds {
  readonly network: string;
  readonly subnet: string;
  readonly port: string;
}

const COLLECTIONS = ['networks', 'subnets', 'ports'] as const;
const ADMIN = ['regions', 'availability_zones', 'cells', 'hosts'] as const;

const segment = (ids: KnownIds): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(ids.network, ids.subnet, ids.port, 'h1', 'h3', 'r1', 'c1', 'az1', 'binding') },
    { weight: 3, arbitrary: fc.constantFrom(...RAW_TOKENS) },
    { weight: 3, arbitrary: nastyString.map(pct) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }).map((n) => 'i'.repeat(n)) },
  );

const PATHS: readonly string[] = [
  '/', '/v2.0', '/v2.0/', '/v2.0/extensions', '/v2.0/extensions/{a}', '/healthz', '/metrics', '/v2.0/trellis/events',
  ...COLLECTIONS.map((c) => `/v2.0/${c}`), ...COLLECTIONS.map((c) => `/v2.0/${c}/{a}`),
  '/v2.0/ports/{a}/bindings', '/v2.0/ports/{a}/bindings/{b}', '/v2.0/ports/{a}/bindings/{b}/activate',
  ...ADMIN.map((t) => `/admin/v1/${t}`), ...ADMIN.map((t) => `/admin/v1/${t}/{a}`), '/admin/v1/hosts/{a}/heartbeat',
];

const FILTER_KEYS = [
  'id', 'name', 'network_id', 'device_id', 'device_owner', 'binding:host_id', 'tenant_id', 'project_id', 'mac_address', 'fixed_ips', 'admin_state_up', 'status', 'cidr',
  'fields', 'limit', 'marker', 'page_reverse', 'sort_key', 'sort_dir', 'after_revision', 'collections', 'bogus',
];

const query: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FILTER_KEYS), nastyString), fc.oneof(nastyString, fc.constantFrom(...RAW_TOKENS), fc.constantFrom('true', 'maybe', '0', '-1', '99999999999999999999', 'asc', 'name'))), { maxLength: 4 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${pct(k)}=${RAW_TOKENS.includes(v as (typeof RAW_TOKENS)[number]) ? v : pct(v)}`).join('&')}`));

/** 1,352 levels of nesting: what overflowed msgpackr's encoder. */
const DEEP = JSON.parse('{"a":'.repeat(1352) + '1' + '}'.repeat(1352)) as unknown;

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(DEEP, 'x'.repeat(100_000), null, -1, 2 ** 53, 1e308, [], {}, [[[[]]]], { '\u0000': 1 }, { 'a\u0000': { b: '\u0000' } }),
);

const ATTRIBUTES = [
  'name', 'description', 'tenant_id', 'project_id', 'network_id', 'device_id', 'device_owner', 'binding:host_id', 'binding:profile', 'binding:vnic_type', 'fixed_ips',
  'mac_address', 'admin_state_up', 'shared', 'mtu', 'cidr', 'ip_version', 'gateway_ip', 'allocation_pools', 'host_routes', 'dns_nameservers', 'tags', 'availability_zone_hints',
  'provider:segmentation_id', 'host', 'profile', 'vnic_type', 'id', 'cell', 'region', 'availability_zone', 'vtep', 'agent_state', 'bogus',
];

/** A body shaped like a real one for some resource, with one attribute replaced by something nasty. */
const mutatedBody = (ids: KnownIds): fc.Arbitrary<unknown> => {
  const bases: readonly [string, Record<string, unknown>][] = [
    ['network', { name: 'fz' }],
    ['subnet', { network_id: ids.network, cidr: '10.77.0.0/24' }],
    ['port', { network_id: ids.network }],
    ['binding', { host: 'h1' }],
    ['region', { name: 'fz' }],
    ['cell', { name: 'fz', region: 'r1', availability_zone: 'az1' }],
    ['host', { id: 'fz', cell: 'c1', vtep: '192.0.2.77' }],
  ];
  return fc.tuple(fc.constantFrom(...bases), fc.constantFrom(...ATTRIBUTES), nastyValue, fc.boolean()).map(([[key, base], attr, value, bulk]) => {
    const item = { ...base, [attr]: value };
    return bulk ? { [`${key}s`]: [item, item] } : { [key]: item };
  });
};

const payload = (ids: KnownIds): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 5, arbitrary: mutatedBody(ids).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '{', '{"port":', 'null', '[]', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', 'port=1', '\u0000') },
  );

const headers: fc.Arbitrary<Record<string, string>> = fc
  .record(
    {
      'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'garbage', '*/*'),
      'x-project-id': fc.constantFrom('admin', 'p1', 'p'.repeat(600), ' ', 'a b', '\u00e9t\u00e9'),
      'x-roles': fc.constantFrom('member', 'admin', 'reader,member', ''),
      'if-match': fc.constantFrom('revision_number=1', 'revision_number=99999999999999999999', 'garbage', '*'),
      'x-openstack-request-id': fc.constantFrom('req-1', 'x'.repeat(2000)),
      'idempotency-key': fc.constantFrom('k-1', 'k-2', 'has space', 'x'.repeat(300), ''),
    },
    { requiredKeys: [] },
  );

/** Requests over every route of a Neutron server, most of them wrong in some way. */
export function fuzzRequest(ids: KnownIds): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
      path: fc.constantFrom(...PATHS),
      a: segment(ids),
      b: segment(ids),
      query,
      payload: payload(ids),
      headers,
    })
    .map(({ method, path, a, b, query: q, payload: p, headers: h }) => ({
      method,
      url: path.replace('{a}', a).replace('{b}', b) + q,
      headers: h,
      ...(p === undefined ? {} : { payload: p }),
    }));
}
