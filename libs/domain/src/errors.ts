/**
 * The one error hierarchy of Trellis. Every error a component raises on purpose is a DomainError
 * whose `type` is a key of ERROR_CATALOGUE. REST-visible types use Neutron's exact exception
 * class names, because python-neutronclient and Nova map `NeutronError.type` to exception classes.
 */

/** Broad families; each maps to one HTTP status and one gRPC status (see ERROR_KINDS). */
export type ErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'too_large'
  | 'unavailable'
  | 'not_implemented'
  | 'internal';

/** gRPC status codes (numeric values from the gRPC spec); domain must not import grpc-js. */
export const GrpcStatus = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

/** The one table from kind to HTTP status and gRPC status. */
export const ERROR_KINDS: Readonly<Record<ErrorKind, { httpStatus: number; grpcStatus: GrpcStatusCode }>> = {
  bad_request: { httpStatus: 400, grpcStatus: GrpcStatus.INVALID_ARGUMENT },
  unauthorized: { httpStatus: 401, grpcStatus: GrpcStatus.UNAUTHENTICATED },
  forbidden: { httpStatus: 403, grpcStatus: GrpcStatus.PERMISSION_DENIED },
  not_found: { httpStatus: 404, grpcStatus: GrpcStatus.NOT_FOUND },
  conflict: { httpStatus: 409, grpcStatus: GrpcStatus.ABORTED },
  precondition_failed: { httpStatus: 412, grpcStatus: GrpcStatus.FAILED_PRECONDITION },
  too_large: { httpStatus: 413, grpcStatus: GrpcStatus.RESOURCE_EXHAUSTED },
  unavailable: { httpStatus: 503, grpcStatus: GrpcStatus.UNAVAILABLE },
  not_implemented: { httpStatus: 501, grpcStatus: GrpcStatus.UNIMPLEMENTED },
  internal: { httpStatus: 500, grpcStatus: GrpcStatus.INTERNAL },
};

interface CatalogueEntry {
  readonly kind: ErrorKind;
  /** Message template; `{name}` placeholders are filled from the error's params. */
  readonly template: string;
  /** True when the type may appear in a REST NeutronError body. */
  readonly rest: boolean;
}

const entry = (kind: ErrorKind, template: string, rest = true): CatalogueEntry => ({ kind, template, rest });

/**
 * Every error type Trellis raises, with its kind and message template.
 * Neutron-named entries copy neutron-lib's messages where Neutron has one.
 */
export const ERROR_CATALOGUE = {
  // --- 400 ---
  BadRequest: entry('bad_request', 'Bad {resource} request: {msg}.'),
  InvalidInput: entry('bad_request', 'Invalid input for operation: {error_message}.'),
  MalformedRequestBody: entry('bad_request', 'Malformed request body: {reason}.'),
  InvalidAllocationPool: entry('bad_request', 'The allocation pool {pool} is not valid.'),
  OutOfBoundsAllocationPool: entry('bad_request', 'The allocation pool {pool} spans beyond the subnet cidr {subnet_cidr}.'),
  InvalidIpForNetwork: entry('bad_request', 'IP address {ip_address} is not a valid IP for any of the subnets on the specified network.'),
  InvalidIpForSubnet: entry('bad_request', 'IP address {ip_address} is not a valid IP for the specified subnet.'),
  AllocationOnAutoAddressSubnet: entry(
    'bad_request',
    'IPv6 address {ip} cannot be directly assigned to a port on subnet {subnet_id} as the subnet is configured for automatic addresses.',
  ),
  HostNotInNetworkScope: entry(
    'bad_request',
    'Host {host} (cell {cell}, region {region}, availability zone {availability_zone}) is outside the scope of network {net_id} ({scope}).',
  ),
  NetworkNotInRouterScope: entry(
    'bad_request',
    'Network {net_id} ({net_scope}) is not inside the scope of router {router_id} ({router_scope}); a scoped router takes interfaces only on networks of its zones or regions, or global ones.',
  ),
  InvalidRoutes: entry('bad_request', 'Invalid format for routes: {routes}, {reason}.'),
  RoutesExhausted: entry('bad_request', 'Unable to complete operation for {router_id}. The number of routes exceeds the maximum {quota}.'),
  SubnetMismatchForPort: entry('bad_request', 'Subnet on port {port_id} does not match the requested subnet {subnet_id}.'),
  EmptySubnetPoolPrefixList: entry('bad_request', 'Empty subnet pool prefix list.'),
  PrefixVersionMismatch: entry('bad_request', 'Cannot mix IPv4 and IPv6 prefixes in a subnet pool.'),
  UnsupportedMinSubnetPoolPrefix: entry('bad_request', "Prefix '{prefix}' not supported in IPv{version} pool."),
  IllegalSubnetPoolPrefixBounds: entry('bad_request', 'Illegal prefix bounds: {prefix_type}={prefixlen}, {base_prefix_type}={base_prefixlen}.'),
  IllegalSubnetPoolPrefixUpdate: entry('bad_request', 'Illegal update to prefixes: {msg}.'),
  NetworkSubnetPoolAffinityError: entry('bad_request', 'Subnets hosted on the same network must be allocated from the same subnet pool.'),
  SubnetPoolDeleteError: entry('bad_request', 'Unable to delete subnet pool: {reason}.'),
  MinPrefixSubnetAllocationError: entry('bad_request', 'Unable to allocate subnet with prefix length {prefixlen}, minimum allowed prefix is {min_prefixlen}.'),
  MaxPrefixSubnetAllocationError: entry('bad_request', 'Unable to allocate subnet with prefix length {prefixlen}, maximum allowed prefix is {max_prefixlen}.'),
  HostNotInRegion: entry(
    'bad_request',
    'Host {host} is in cell {cell} of region {host_region}, but this endpoint serves region {region} (cells {cells}); {remedy}.',
  ),
  InvalidCIDR: entry('bad_request', 'Invalid CIDR {input} given as IP prefix.'),
  SecurityGroupInvalidPortRange: entry('bad_request', 'For TCP/UDP protocols, port_range_min must be <= port_range_max.'),
  SecurityGroupInvalidPortValue: entry('bad_request', 'Invalid value for port {port}.'),
  SecurityGroupInvalidIcmpValue: entry('bad_request', 'Invalid value for ICMP {field} ({attr}) {value}. It must be 0 to 255.'),
  SecurityGroupMissingIcmpType: entry('bad_request', 'ICMP code (port-range-max) {value} is provided but ICMP type (port-range-min) is missing.'),
  SecurityGroupRuleInvalidProtocol: entry('bad_request', 'Security group rule protocol {protocol} not supported. Only protocol values {values} and integer representations [0 to 255] are supported.'),
  SecurityGroupRuleInvalidEtherType: entry('bad_request', "Security group rule for ethertype '{ethertype}' not supported. Allowed values are {values}."),
  SecurityGroupRuleInvalidDirection: entry('bad_request', "Security group rule for direction '{direction}' not supported. Allowed values are {values}."),
  SecurityGroupRuleParameterConflict: entry('bad_request', 'Conflicting value ethertype {ethertype} for CIDR {cidr}.'),
  SecurityGroupEthertypeConflictWithProtocol: entry('bad_request', 'Invalid ethertype {ethertype} for protocol {protocol}.'),
  SecurityGroupRemoteGroupAndRemoteIpPrefix: entry('bad_request', 'Only remote_ip_prefix or remote_group_id may be provided.'),
  SecurityGroupProtocolRequiredWithPorts: entry('bad_request', 'Must also specify protocol if port range is given.'),
  PortSecurityAndIPRequiredForSecurityGroups: entry('bad_request', 'Port security must be enabled and port must have an IP address in order to use security groups.'),
  // --- 401 ---
  /** No token, or one Keystone does not accept (invalid, expired, revoked); webob's class name, as Neutron answers. */
  HTTPUnauthorized: entry('unauthorized', 'The request you have made requires authentication: {reason}.'),
  // --- 403 ---
  PolicyNotAuthorized: entry('forbidden', "({action}) is disallowed by policy."),
  // --- 404 ---
  NotFound: entry('not_found', 'The resource could not be found: {resource}.'),
  NetworkNotFound: entry('not_found', 'Network {net_id} could not be found.'),
  SubnetNotFound: entry('not_found', 'Subnet {subnet_id} could not be found.'),
  PortNotFound: entry('not_found', 'Port {port_id} could not be found.'),
  PortBindingNotFound: entry('not_found', 'Binding for port {port_id} for host {host} could not be found.'),
  ExtensionNotFound: entry('not_found', 'Extension with alias {alias} does not exist.'),
  AgentNotFound: entry('not_found', 'Agent {id} could not be found.'),
  TagNotFound: entry('not_found', 'Tag {tag} could not be found for {resource} {resource_id}.'),
  AvailabilityZoneNotFound: entry('not_found', 'AvailabilityZone {availability_zone} could not be found.'),
  RegionNotFound: entry('not_found', 'Region {region} could not be found.'),
  CellNotFound: entry('not_found', 'Cell {cell} could not be found.'),
  HostNotFound: entry('not_found', 'Host {host} could not be found.'),
  SubnetPoolNotFound: entry('not_found', 'Subnet pool {subnetpool_id} could not be found.'),
  RouterNotFound: entry('not_found', 'Router {router_id} could not be found.'),
  RouterInterfaceNotFound: entry('not_found', 'Router {router_id} does not have an interface with id {port_id}.'),
  RouterInterfaceNotFoundForSubnet: entry('not_found', 'Router {router_id} has no interface on subnet {subnet_id}.'),
  SecurityGroupNotFound: entry('not_found', 'Security group {id} does not exist.'),
  SecurityGroupRuleNotFound: entry('not_found', 'Security group rule {id} does not exist.'),
  // --- 409 ---
  Conflict: entry('conflict', 'A conflict occurred: {msg}.'),
  NetworkInUse: entry('conflict', 'Unable to complete operation on network {net_id}. There are one or more ports still in use on the network.'),
  SubnetInUse: entry('conflict', 'Unable to complete operation on subnet {subnet_id}: {reason}.'),
  MacAddressInUse: entry('conflict', 'Unable to complete operation for network {net_id}. The mac address {mac} is in use.'),
  IpAddressInUse: entry('conflict', 'Unable to complete operation for network {net_id}. The IP address {ip_address} is in use.'),
  IpAddressAlreadyAllocated: entry('conflict', 'IP address {ip} already allocated in subnet {subnet_id}.'),
  IpAddressGenerationFailure: entry('conflict', 'No more IP addresses available on network {net_id}.'),
  TunnelIdInUse: entry('conflict', 'Unable to create the network. The tunnel ID {tunnel_id} is in use.'),
  OverlappingAllocationPools: entry('conflict', 'Found overlapping allocation pools: {pool_1} {pool_2} for subnet {subnet_cidr}.'),
  GatewayConflictWithAllocationPools: entry('conflict', 'Gateway ip {ip_address} conflicts with allocation pool {pool}.'),
  PortBindingAlreadyExists: entry('conflict', 'Binding for port {port_id} on host {host} already exists.'),
  OverQuota: entry('conflict', 'Quota exceeded for resources: {overs}.'),
  PortBound: entry(
    'conflict',
    'Unable to complete operation on port {port_id}, port is already bound, port type: {vif_type}, old_mac {old_mac}, new_mac {new_mac}.',
  ),
  PortBindingAlreadyActive: entry('conflict', 'Binding for port {port_id} on host {host} is already active.'),
  PortInUse: entry('conflict', 'Unable to complete operation on port {port_id} for network {net_id}. Port already has an attached device {device_id}.'),
  ServicePortInUse: entry('conflict', 'Port {port_id} cannot be deleted directly via the port API: {reason}.'),
  SubnetPoolQuotaExceeded: entry('conflict', 'Per-tenant subnet pool prefix quota exceeded.'),
  RouterInUse: entry('conflict', 'Router {router_id} {reason}.'),
  RouterInterfaceInUseByRoute: entry('conflict', 'Router interface for subnet {subnet_id} on router {router_id} cannot be deleted, as it is required by one or more routes.'),
  SecurityGroupInUse: entry('conflict', 'Security Group {id} {reason}.'),
  SecurityGroupCannotRemoveDefault: entry('conflict', 'Insufficient rights for removing default security group.'),
  SecurityGroupCannotUpdateDefault: entry('conflict', 'Updating default security group not allowed.'),
  SecurityGroupDefaultAlreadyExists: entry('conflict', 'Default security group already exists.'),
  SecurityGroupRuleExists: entry('conflict', 'Security group rule already exists. Rule id is {rule_id}.'),
  PortSecurityPortHasSecurityGroup: entry('conflict', 'Port has security group associated. Cannot disable port security or IP address until security group is removed.'),
  AlreadyExists: entry('conflict', '{resource} {id} already exists.'),
  InUse: entry('conflict', 'Unable to delete {resource} {id}: {reason}.'),
  // --- 412 ---
  RevisionNumberConstraintFailed: entry('precondition_failed', 'Constrained to {expected}, but current revision is {current}.'),
  // --- 413 ---
  RequestEntityTooLarge: entry('too_large', 'Request entity is too large: {size} bytes exceeds the limit of {limit} bytes.'),
  // --- 503 ---
  ServiceUnavailable: entry('unavailable', 'The service is unavailable: {reason}.'),
  NoNetworkAvailable: entry('unavailable', 'Unable to create the network. No tenant network is available for allocation.'),
  MacAddressGenerationFailure: entry('unavailable', 'Unable to generate unique mac on network {net_id}.'),
  // --- 501 ---
  NotImplementedError: entry('not_implemented', 'Not implemented: {feature}.'),
  // --- 500 ---
  /**
   * No free prefix of the size asked for, or a CIDR outside the pool's free space. Neutron's
   * class is a plain NeutronException, which its API answers with 500 and this message.
   */
  SubnetAllocationError: entry('internal', 'Failed to allocate subnet: {reason}.'),
  InternalError: entry('internal', 'Request Failed: internal server error while processing your request.'),
  // --- store (internal; never shown to REST clients as such) ---
  StoreConflict: entry('conflict', 'Store transaction conflicted on {collection}/{key}: expected revision {expected}, found {actual}.', false),
  StoreCompacted: entry('precondition_failed', 'Revision {revision} has been compacted; the oldest retained revision is {compact_revision}.', false),
  UnknownCollection: entry('bad_request', 'Unknown store collection {collection}.', false),
  InvalidKey: entry('bad_request', 'Invalid key for collection {collection}: {reason}.', false),
  ValueTooLarge: entry('too_large', 'Value for {collection}/{key} is {size} bytes; the limit is {limit} bytes.', false),
  StoreClosed: entry('unavailable', 'The store is closed.', false),
  // --- configuration ---
  InvalidConfig: entry('bad_request', 'Invalid configuration: {problems}.', false),
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorType = keyof typeof ERROR_CATALOGUE;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The params an error type's template needs, derived from the template text. */
export type ErrorParams<T extends ErrorType> = {
  [K in Placeholders<(typeof ERROR_CATALOGUE)[T]['template']>]: string | number | bigint | boolean | null;
};

/** Fills `{name}` placeholders; a missing param is rendered as `<name?>` so the gap is visible. */
export function renderTemplate(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `<${name}?>`));
}

/** The base class of every deliberate error. `type` names the catalogue entry. */
export class DomainError<T extends ErrorType = ErrorType> extends Error {
  readonly type: T;
  readonly kind: ErrorKind;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(type: T, params: ErrorParams<T>, options?: { cause?: unknown }) {
    const spec: CatalogueEntry = ERROR_CATALOGUE[type];
    super(renderTemplate(spec.template, params), options);
    this.name = type;
    this.type = type;
    this.kind = spec.kind;
    this.params = params;
  }

  get httpStatus(): number {
    return ERROR_KINDS[this.kind].httpStatus;
  }

  get grpcStatus(): GrpcStatusCode {
    return ERROR_KINDS[this.kind].grpcStatus;
  }

  /** True when this error's type may appear as-is in a REST NeutronError body. */
  get restVisible(): boolean {
    return ERROR_CATALOGUE[this.type].rest;
  }
}

/** Creates a typed DomainError: `domainError('NetworkNotFound', { net_id })`. */
export function domainError<T extends ErrorType>(type: T, params: ErrorParams<T>, options?: { cause?: unknown }): DomainError<T> {
  return new DomainError(type, params, options);
}

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof DomainError;
}

/** True when `err` is a DomainError of the given type (narrowed). */
export function isErrorType<T extends ErrorType>(err: unknown, type: T): err is DomainError<T> {
  return err instanceof DomainError && err.type === type;
}

/** The body Neutron sends for an error: `{"NeutronError": {type, message, detail}}`. */
export interface NeutronErrorBody {
  NeutronError: { type: string; message: string; detail: string };
}

/**
 * Maps any error to its HTTP status and NeutronError body. Errors that are not REST-visible
 * (or not DomainErrors at all) become Neutron's fixed 500 message; the caller logs the real one.
 */
export function toNeutronError(err: unknown): { status: number; body: NeutronErrorBody } {
  if (err instanceof DomainError && err.restVisible) {
    return { status: err.httpStatus, body: { NeutronError: { type: err.type, message: err.message, detail: '' } } };
  }
  if (err instanceof DomainError && err.kind === 'unavailable') {
    return { status: 503, body: { NeutronError: { type: 'ServiceUnavailable', message: err.message, detail: '' } } };
  }
  if (err instanceof DomainError && err.type === 'StoreConflict') {
    return { status: 409, body: { NeutronError: { type: 'Conflict', message: renderTemplate(ERROR_CATALOGUE.Conflict.template, { msg: 'a concurrent update changed this resource; retry the request' }), detail: '' } } };
  }
  const internal = ERROR_CATALOGUE.InternalError;
  return { status: 500, body: { NeutronError: { type: 'HTTPInternalServerError', message: internal.template, detail: '' } } };
}
