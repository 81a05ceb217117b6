import { Collections, domainError, isErrorType, regionInScope, resolveScope, type Router } from '@trellis/domain';
import {
  routerFromJson, routerInterfaceInfoFromJson, type ListFilters, type Precondition, type RequestContext, type RouterBackend, type RouterCreateInput,
  type RouterInterfaceInfo, type RouterInterfaceRequestInput, type RouterUpdateInput, type RouterView,
} from '@trellis/neutron';
import type { CentralClient } from '../central/central-client';
import type { AgentMetrics } from '../metrics';
import type { LocalReplica } from '../replica/local-replica';
import { forwardedWrite } from './forwarded-write';
import type { Materialiser } from './materialiser';

type Json = Record<string, unknown>;

export interface RegionalRoutersOptions {
  readonly region: string;
  readonly replica: LocalReplica;
  readonly central: CentralClient;
  readonly metrics: AgentMetrics;
  /** Reads an interface port back from central into the copy. */
  readonly materialiser: Pick<Materialiser, 'port'>;
}

const routerPath = (id: string) => `/v2.0/routers/${encodeURIComponent(id)}`;

function createBody(input: RouterCreateInput): Json {
  return {
    name: input.name,
    description: input.description,
    admin_state_up: input.adminStateUp,
    availability_zone_hints: [...input.availabilityZoneHints],
    project_id: input.projectId,
    tags: [...input.tags],
    ...(input.gateway === undefined ? {} : { external_gateway_info: input.gateway === null ? null : { network_id: input.gateway.networkId } }),
  };
}

function updateBody(input: RouterUpdateInput): Json {
  return {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.adminStateUp === undefined ? {} : { admin_state_up: input.adminStateUp }),
    ...(input.routes === undefined ? {} : { routes: input.routes.map((r) => ({ destination: r.destination, nexthop: r.nexthop })) }),
    ...(input.gateway === undefined ? {} : { external_gateway_info: input.gateway === null ? null : { network_id: input.gateway.networkId } }),
  };
}

function interfaceBody(input: RouterInterfaceRequestInput): Json {
  return { ...(input.subnetId === undefined ? {} : { subnet_id: input.subnetId }), ...(input.portId === undefined ? {} : { port_id: input.portId }) };
}

/**
 * Routers at a regional endpoint. Central owns them (interfaces take central's IPAM), so writes
 * are forwarded with the caller's identity, like network and port writes. Reads ask central and
 * show the region's view: a router scoped to zones or regions without this region is not visible
 * here, as such a network is not. Without central, reads are answered from the region's copy
 * (the feed replicates every router whose scope reaches the region's cells), as network reads are.
 */
export class RegionalRouters implements RouterBackend {
  constructor(private readonly o: RegionalRoutersOptions) {}

  private async inRegion(views: RouterView[]): Promise<RouterView[]> {
    const topology = await this.o.replica.topology();
    // A global router is everywhere, also before the region's topology has arrived.
    return views.filter((v) => v.router.availabilityZoneHints.length === 0 || regionInScope(this.o.region, v.router.availabilityZoneHints, topology));
  }

  /** A held router as Neutron shows it, its zones resolved from the region's topology. */
  private async heldView(router: Router): Promise<RouterView> {
    return { router, availabilityZones: [...resolveScope(router.availabilityZoneHints, await this.o.replica.topology()).zones].sort() };
  }

  async listRouters(ctx: RequestContext, filters: ListFilters): Promise<RouterView[]> {
    const query = new URLSearchParams();
    for (const [key, values] of Object.entries(filters)) for (const v of values) query.append(key, v);
    const path = query.size > 0 ? `/v2.0/routers?${query.toString()}` : '/v2.0/routers';
    const answer = await this.o.central.get<{ routers: Json[] }>(path, { ctx }).catch((err: unknown) => whenCentralAway(err));
    // The routes apply the filters and the caller's visibility to what the copy answers.
    if (answer === undefined) return Promise.all((await this.o.replica.routers()).map((r) => this.heldView(r)));
    return this.inRegion(answer.routers.map((j) => routerFromJson(j)));
  }

  async getRouter(ctx: RequestContext, id: string): Promise<RouterView> {
    const answer = await this.o.central.get<{ router: Json }>(routerPath(id), { ctx }).catch((err: unknown) => whenCentralAway(err));
    if (answer === undefined) {
      const held = await this.o.replica.router(id);
      if (!held) throw domainError('ServiceUnavailable', { reason: `central-api is unreachable and router ${id} is not held in this region` });
      return this.heldView(held);
    }
    const [view] = await this.inRegion([routerFromJson(answer.router)]);
    if (!view) throw domainError('RouterNotFound', { router_id: id });
    return view;
  }

  async createRouters(ctx: RequestContext, inputs: readonly RouterCreateInput[]): Promise<RouterView[]> {
    const body = inputs.length > 1 ? { routers: inputs.map(createBody) } : { router: createBody(inputs[0]) };
    const answer = await this.#forward('create_router', () => this.o.central.request<{ router?: Json; routers?: Json[] }>('POST', '/v2.0/routers', { ctx, body }));
    return (answer.json.routers ?? [answer.json.router as Json]).map((j) => routerFromJson(j));
  }

  async updateRouter(ctx: RequestContext, id: string, input: RouterUpdateInput, precondition: Precondition): Promise<RouterView> {
    const answer = await this.#forward('update_router', () =>
      this.o.central.request<{ router: Json }>('PUT', routerPath(id), { ctx, body: { router: updateBody(input) }, revisionNumber: precondition.revisionNumber }),
    );
    return routerFromJson(answer.json.router);
  }

  async deleteRouter(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await this.#forward('delete_router', () => this.o.central.request('DELETE', routerPath(id), { ctx, revisionNumber: precondition.revisionNumber }));
  }

  async addRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo> {
    const answer = await this.#forward('add_router_interface', () => this.o.central.request<Json>('PUT', `${routerPath(id)}/add_router_interface`, { ctx, body: interfaceBody(input) }));
    const info = routerInterfaceInfoFromJson(answer.json);
    await this.#followInterfacePort(info.portId);
    return info;
  }

  async removeRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo> {
    const answer = await this.#forward('remove_router_interface', () => this.o.central.request<Json>('PUT', `${routerPath(id)}/remove_router_interface`, { ctx, body: interfaceBody(input) }));
    const info = routerInterfaceInfoFromJson(answer.json);
    await this.#followInterfacePort(info.portId);
    return info;
  }

  /**
   * An interface change creates, takes over or deletes a port at central. The copy follows at
   * once, as after a forwarded port write, so the caller's next read here (clients list the
   * router's ports by device_id) sees it. Should central not answer now, the feed brings it.
   */
  async #followInterfacePort(portId: string): Promise<void> {
    try {
      await this.o.materialiser.port(portId);
    } catch (err) {
      if (isErrorType(err, 'PortNotFound')) await this.o.replica.remove(Collections.ports, portId);
    }
  }

  #forward<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return forwardedWrite(this.o.metrics, operation, call);
  }
}

/** undefined when central cannot be reached (the caller answers from the copy); rethrows anything else. */
function whenCentralAway(err: unknown): undefined {
  if (isErrorType(err, 'ServiceUnavailable')) return undefined;
  throw err;
}
