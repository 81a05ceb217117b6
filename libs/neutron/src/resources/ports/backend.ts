import type { Port, PortBinding, VnicType } from '@trellis/domain';
import type { ListFilters } from '../../backend';
import type { RequestContext } from '../../context';
import type { Precondition } from '../../if-match';

/**
 * A port as stored. Besides the domain Port it keeps the vnic type and profile a client set
 * while the port was unbound, so they apply when the port gets bound.
 */
export interface StoredPort extends Port {
  readonly unboundVnicType?: VnicType;
  readonly unboundProfile?: Readonly<Record<string, unknown>>;
}

export interface FixedIpRequest {
  readonly subnetId?: string;
  readonly ipAddress?: string;
}

/** Validated, converted create request in domain terms; what backends receive. */
export interface PortCreateInput {
  readonly projectId: string;
  readonly networkId: string;
  readonly name: string;
  readonly description: string;
  readonly adminStateUp: boolean;
  readonly macAddress?: string;
  /** undefined = one address from every subnet of the first IP version available (Neutron). */
  readonly fixedIps?: readonly FixedIpRequest[];
  readonly deviceId: string;
  readonly deviceOwner: string;
  /** Non-empty = bind to this host at create. */
  readonly hostId?: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly vnicType?: VnicType;
  /** undefined = the network's port_security_enabled (Neutron's inheritance at create). */
  readonly portSecurityEnabled?: boolean;
  /** undefined = the project's default group (see newPortGroups). */
  readonly securityGroups?: readonly string[];
  readonly tags: readonly string[];
}
export interface PortUpdateInput {
  readonly name?: string;
  readonly description?: string;
  readonly adminStateUp?: boolean;
  readonly fixedIps?: readonly FixedIpRequest[];
  readonly deviceId?: string;
  readonly deviceOwner?: string;
  /** "" = unbind. */
  readonly hostId?: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly vnicType?: VnicType;
  readonly portSecurityEnabled?: boolean;
  readonly securityGroups?: readonly string[];
  readonly macAddress?: string;
  /** Set through the tags sub-resource only. */
  readonly tags?: readonly string[];
}

export interface BindingCreateInput {
  readonly host: string;
  readonly vnicType?: VnicType;
  readonly profile?: Readonly<Record<string, unknown>>;
}

/**
 * Ports: every endpoint serves reads and writes (a region forwards writes to central).
 * Reads return every matching port; visibility is applied by the routes.
 */
export interface PortBackend {
  listPorts(ctx: RequestContext, filters: ListFilters): Promise<StoredPort[]>;
  /** Throws PortNotFound. */
  getPort(ctx: RequestContext, id: string): Promise<StoredPort>;
  /** All-or-nothing: either every port is created or none. */
  createPorts(ctx: RequestContext, inputs: readonly PortCreateInput[]): Promise<StoredPort[]>;
  updatePort(ctx: RequestContext, id: string, input: PortUpdateInput, precondition: Precondition): Promise<StoredPort>;
  deletePort(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
}

/** binding-extended: a port's bindings, one per host. */
export interface PortBindingBackend {
  listBindings(ctx: RequestContext, portId: string): Promise<PortBinding[]>;
  createBinding(ctx: RequestContext, portId: string, input: BindingCreateInput): Promise<PortBinding>;
  activateBinding(ctx: RequestContext, portId: string, host: string): Promise<PortBinding>;
  deleteBinding(ctx: RequestContext, portId: string, host: string): Promise<void>;
}
