import type { AllocationPool, HostRoute, Subnet } from '@trellis/domain';
import type { ListFilters } from '../../backend';
import type { RequestContext } from '../../context';
import type { Precondition } from '../../if-match';

/** Validated, converted create request in domain terms; what backends receive. */
export interface SubnetCreateInput {
  readonly projectId: string;
  readonly networkId: string;
  readonly name: string;
  readonly description: string;
  /** Absent: allocated from the subnet pool. */
  readonly cidr?: string;
  readonly ipVersion?: number;
  /** subnet_allocation: the pool the CIDR comes from, the length wanted without a CIDR. */
  readonly subnetpoolId?: string;
  readonly prefixlen?: number;
  readonly useDefaultSubnetpool?: boolean;
  /** undefined = default (first address); null = no gateway. */
  readonly gatewayIp?: string | null;
  readonly allocationPools?: readonly AllocationPool[];
  readonly enableDhcp: boolean;
  readonly dnsNameservers: readonly string[];
  readonly hostRoutes: readonly HostRoute[];
  readonly ipv6AddressMode: string | null;
  readonly ipv6RaMode: string | null;
  readonly tags: readonly string[];
}
export type SubnetUpdateInput = Partial<Pick<SubnetCreateInput, 'name' | 'description' | 'gatewayIp' | 'allocationPools' | 'enableDhcp' | 'dnsNameservers' | 'hostRoutes' | 'tags'>>;

/** Subnet reads, served by every endpoint; visibility (the network's) is applied by the routes. */
export interface SubnetReadBackend {
  listSubnets(ctx: RequestContext, filters: ListFilters): Promise<Subnet[]>;
  /** Throws SubnetNotFound. */
  getSubnet(ctx: RequestContext, id: string): Promise<Subnet>;
}

/** Subnet writes; only the owner of IPAM (central) serves them, a region forwards them. */
export interface SubnetWrites {
  createSubnets(ctx: RequestContext, inputs: readonly SubnetCreateInput[]): Promise<Subnet[]>;
  updateSubnet(ctx: RequestContext, id: string, input: SubnetUpdateInput, precondition: Precondition): Promise<Subnet>;
  deleteSubnet(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
}
