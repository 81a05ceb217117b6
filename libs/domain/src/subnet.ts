import type { StandardAttrs } from './network';

export type IpVersion = 4 | 6;

export interface AllocationPool {
  readonly start: string;
  readonly end: string;
}

export interface HostRoute {
  readonly destination: string;
  readonly nexthop: string;
}

export interface Subnet extends StandardAttrs {
  readonly networkId: string;
  readonly cidr: string;
  readonly ipVersion: IpVersion;
  readonly gatewayIp: string | null;
  readonly allocationPools: readonly AllocationPool[];
  readonly enableDhcp: boolean;
  readonly dnsNameservers: readonly string[];
  readonly hostRoutes: readonly HostRoute[];
  readonly ipv6AddressMode: string | null;
  readonly ipv6RaMode: string | null;
  /** The subnet pool its CIDR was allocated from; absent or null = none. */
  readonly subnetpoolId?: string | null;
}
