import type { PortBinding, Subnet } from '@trellis/domain';
import type { RequestContext } from './context';
import type {
  BindingCreateInput, NetworkCreateInput, NetworkUpdateInput, PortCreateInput, PortUpdateInput, Precondition, SubnetCreateInput, SubnetUpdateInput,
} from './inputs';
import type { NetworkView, StoredPort } from './model';

/**
 * Attribute filters of a list request (`?binding:host_id=h1&id=a&id=b`). Backends may use them
 * to narrow the read through an index; the routes apply every filter again afterwards.
 */
export type ListFilters = Readonly<Record<string, readonly string[]>>;

/**
 * What the shared Neutron routes need from a server. Central implements it on its store; the
 * cell-agent implements it on its local replica and forwards writes to central.
 * Reads return every matching resource; policy (visibility) is applied by the routes.
 * Writes receive the caller's context and may throw DomainErrors.
 */
export interface NeutronBackend {
  listNetworks(ctx: RequestContext, filters: ListFilters): Promise<NetworkView[]>;
  /** Throws NetworkNotFound. */
  getNetwork(ctx: RequestContext, id: string): Promise<NetworkView>;
  listSubnets(ctx: RequestContext, filters: ListFilters): Promise<Subnet[]>;
  /** Throws SubnetNotFound. */
  getSubnet(ctx: RequestContext, id: string): Promise<Subnet>;
  listPorts(ctx: RequestContext, filters: ListFilters): Promise<StoredPort[]>;
  /** Throws PortNotFound. */
  getPort(ctx: RequestContext, id: string): Promise<StoredPort>;
  /** All-or-nothing: either every port is created or none. */
  createPorts(ctx: RequestContext, inputs: readonly PortCreateInput[]): Promise<StoredPort[]>;
  updatePort(ctx: RequestContext, id: string, input: PortUpdateInput, precondition: Precondition): Promise<StoredPort>;
  deletePort(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
  listBindings(ctx: RequestContext, portId: string): Promise<PortBinding[]>;
  createBinding(ctx: RequestContext, portId: string, input: BindingCreateInput): Promise<PortBinding>;
  activateBinding(ctx: RequestContext, portId: string, host: string): Promise<PortBinding>;
  deleteBinding(ctx: RequestContext, portId: string, host: string): Promise<void>;
}

/** Network and subnet writes; only the owner of IPAM and VNIs (central) serves them. */
export interface NetworkWriteBackend {
  createNetworks(ctx: RequestContext, inputs: readonly NetworkCreateInput[]): Promise<NetworkView[]>;
  updateNetwork(ctx: RequestContext, id: string, input: NetworkUpdateInput, precondition: Precondition): Promise<NetworkView>;
  deleteNetwork(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
  createSubnets(ctx: RequestContext, inputs: readonly SubnetCreateInput[]): Promise<Subnet[]>;
  updateSubnet(ctx: RequestContext, id: string, input: SubnetUpdateInput, precondition: Precondition): Promise<Subnet>;
  deleteSubnet(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
}
