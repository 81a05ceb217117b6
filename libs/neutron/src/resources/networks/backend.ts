import type { Network, NetworkType } from '@trellis/domain';
import type { ListFilters } from '../../backend';
import type { RequestContext } from '../../context';
import type { Precondition } from '../../if-match';

/** A network with the attributes Neutron computes on read. */
export interface NetworkView {
  readonly network: Network;
  readonly subnetIds: readonly string[];
  /** Availability zones of the network's scope (`availability_zones`). */
  readonly availabilityZones: readonly string[];
}

/** Validated, converted create request in domain terms; what backends receive. */
export interface NetworkCreateInput {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly adminStateUp: boolean;
  readonly shared: boolean;
  readonly mtu?: number;
  readonly networkType: NetworkType;
  readonly segmentationId?: number;
  readonly availabilityZoneHints: readonly string[];
  readonly portSecurityEnabled: boolean;
  readonly routerExternal: boolean;
  readonly tags: readonly string[];
}
export type NetworkUpdateInput = Partial<Pick<NetworkCreateInput, 'name' | 'description' | 'adminStateUp' | 'shared' | 'mtu' | 'portSecurityEnabled' | 'routerExternal' | 'tags'>>;

/**
 * Network reads, served by every endpoint. Reads return every matching network; visibility is
 * applied by the routes.
 */
export interface NetworkReadBackend {
  listNetworks(ctx: RequestContext, filters: ListFilters): Promise<NetworkView[]>;
  /** Throws NetworkNotFound. */
  getNetwork(ctx: RequestContext, id: string): Promise<NetworkView>;
}

/** Network writes; only the owner of VNIs (central) serves them, a region forwards them. */
export interface NetworkWrites {
  createNetworks(ctx: RequestContext, inputs: readonly NetworkCreateInput[]): Promise<NetworkView[]>;
  updateNetwork(ctx: RequestContext, id: string, input: NetworkUpdateInput, precondition: Precondition): Promise<NetworkView>;
  deleteNetwork(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
}
