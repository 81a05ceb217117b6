import type { HostRoute, Router } from '@trellis/domain';
import type { ListFilters } from '../../backend';
import type { RequestContext } from '../../context';
import type { Precondition } from '../../if-match';

/** A router with the attributes Neutron computes on read. */
export interface RouterView {
  readonly router: Router;
  /** Availability zones of the router's scope (`availability_zones`; global: every zone). */
  readonly availabilityZones: readonly string[];
}

/** What a create or update says about the external gateway; only "none" is served. */
export interface GatewayRequest {
  readonly networkId?: string;
}

export interface RouterCreateInput {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly adminStateUp: boolean;
  readonly availabilityZoneHints: readonly string[];
  readonly tags: readonly string[];
  /** undefined or null: no gateway. */
  readonly gateway?: GatewayRequest | null;
}

export interface RouterUpdateInput {
  readonly name?: string;
  readonly description?: string;
  readonly adminStateUp?: boolean;
  /** Replaces the extra routes (null in the body = none). */
  readonly routes?: readonly HostRoute[];
  readonly gateway?: GatewayRequest | null;
  readonly tags?: readonly string[];
}

/** The body of add/remove_router_interface: by subnet, by port (remove: both, checked to match). */
export interface RouterInterfaceRequestInput {
  readonly subnetId?: string;
  readonly portId?: string;
}

/** What add/remove_router_interface answer (Neutron's `_make_router_interface_info`). */
export interface RouterInterfaceInfo {
  readonly routerId: string;
  readonly projectId: string;
  readonly portId: string;
  readonly networkId: string;
  readonly subnetId: string;
  readonly subnetIds: readonly string[];
}

/**
 * What the router routes need. Central implements it on its store (interfaces change in the
 * transaction of their port); a region reads its replica and forwards writes to central.
 * Reads return every matching router; visibility is applied by the routes.
 */
export interface RouterBackend {
  listRouters(ctx: RequestContext, filters: ListFilters): Promise<RouterView[]>;
  /** Throws RouterNotFound. */
  getRouter(ctx: RequestContext, id: string): Promise<RouterView>;
  createRouters(ctx: RequestContext, inputs: readonly RouterCreateInput[]): Promise<RouterView[]>;
  updateRouter(ctx: RequestContext, id: string, input: RouterUpdateInput, precondition: Precondition): Promise<RouterView>;
  /** Throws RouterInUse while interfaces remain. */
  deleteRouter(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
  addRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo>;
  removeRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo>;
}
