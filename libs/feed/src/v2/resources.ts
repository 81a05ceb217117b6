/**
 * Feed v2 resources as consumers receive them, after the check (`checkResource`). These are the
 * contract (proto/trellis/feed/v2/feed.proto), not central's storage rows: only what consumers
 * use, spec and status apart.
 */

export type ResourceKind = 'host' | 'network' | 'port' | 'port_status' | 'host_liveness' | 'subnet' | 'router';

/** Every kind, in the proto's enum order. */
export const RESOURCE_KINDS: readonly ResourceKind[] = ['host', 'network', 'port', 'port_status', 'host_liveness', 'subnet', 'router'];

/** Spec kinds: what the L2 distribution computes spans from. */
export const SPEC_KINDS: readonly ResourceKind[] = ['host', 'network', 'port'];

/** Spec kinds a consumer may add for addressing (DHCP, RA) and routing. */
export const ADDRESSING_KINDS: readonly ResourceKind[] = ['subnet', 'router'];

/** Status kinds: what the distribution layer reports back (wiring, liveness). */
export const STATUS_KINDS: readonly ResourceKind[] = ['port_status', 'host_liveness'];

export interface HostResource {
  readonly kind: 'host';
  readonly id: string;
  readonly cell: string;
  /** VTEP text as central holds it; consumers canonicalise (and reject what does not parse). */
  readonly vtep: string;
}

export interface NetworkResource {
  readonly kind: 'network';
  readonly id: string;
  readonly networkType: 'vxlan' | 'local';
  /** 0 = none. */
  readonly segmentationId: number;
  readonly mtu: number;
}

export interface BindingResource {
  readonly host: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly failed: boolean;
}

export interface PortResource {
  readonly kind: 'port';
  readonly id: string;
  readonly networkId: string;
  readonly macAddress: string;
  readonly fixedIps: readonly { readonly subnetId: string; readonly ipAddress: string }[];
  readonly mobilitySeq: number;
  readonly bindings: readonly BindingResource[];
  /** Neutron's device_owner; '' from servers that predate the field. */
  readonly deviceOwner: string;
  /** Neutron's device_id; '' from servers that predate the field. */
  readonly deviceId: string;
}

export interface SubnetResource {
  readonly kind: 'subnet';
  readonly id: string;
  readonly networkId: string;
  readonly ipVersion: 4 | 6;
  /** Canonical CIDR text as central holds it. */
  readonly cidr: string;
  /** null = no gateway. */
  readonly gatewayIp: string | null;
  readonly enableDhcp: boolean;
  readonly dnsNameservers: readonly string[];
  readonly hostRoutes: readonly { readonly destination: string; readonly nexthop: string }[];
  /** IPv6 only; null when unset (and always for IPv4). */
  readonly ipv6AddressMode: Ipv6Mode | null;
  readonly ipv6RaMode: Ipv6Mode | null;
}

export interface RouterInterfaceResource {
  readonly portId: string;
  readonly subnetId: string;
  readonly networkId: string;
  readonly ipAddress: string;
  readonly macAddress: string;
}

export interface RouterResource {
  readonly kind: 'router';
  readonly id: string;
  readonly adminStateUp: boolean;
  readonly interfaces: readonly RouterInterfaceResource[];
  readonly routes: readonly { readonly destination: string; readonly nexthop: string }[];
}

export type Ipv6Mode = 'slaac' | 'dhcpv6-stateful' | 'dhcpv6-stateless';

export interface PortStatusResource {
  readonly kind: 'port_status';
  readonly id: string;
  readonly status: 'DOWN' | 'BUILD' | 'ACTIVE' | 'ERROR';
}

export interface HostLivenessResource {
  readonly kind: 'host_liveness';
  readonly id: string;
  readonly agentState: 'up' | 'down' | 'unknown';
  readonly agentVersion: string;
  /** 0 = never. */
  readonly lastHeartbeatMs: number;
}

export type FeedResource = HostResource | NetworkResource | PortResource | PortStatusResource | HostLivenessResource | SubnetResource | RouterResource;

/** One change of a revision, as checked by the client. */
export type ResourceChange = { readonly type: 'put'; readonly resource: FeedResource } | { readonly type: 'delete'; readonly kind: ResourceKind; readonly id: string };

/**
 * A resource the client could not use: it did not decode or failed the check. Consumers must
 * report it (metric, log) and leave what they hold for that id untouched: never a delete.
 */
export interface RejectedResource {
  readonly kind: ResourceKind | 'unknown';
  readonly id: string;
  readonly reason: string;
}

/** What `FeedClient.watchResources` yields. */
export type ResourceEvent =
  | {
      readonly type: 'revision';
      readonly revision: number;
      readonly timestampMs: number;
      readonly changes: readonly ResourceChange[];
      readonly rejected: readonly RejectedResource[];
    }
  /** A complete image of the watched kinds at `revision`; `rejected` ids must be kept as held. */
  | { readonly type: 'snapshot'; readonly revision: number; readonly resources: readonly FeedResource[]; readonly rejected: readonly RejectedResource[] }
  | { readonly type: 'progress'; readonly revision: number }
  | { readonly type: 'connection'; readonly connected: boolean; readonly target: string; readonly error?: string };
