import { domainError, newId, type Router } from '@trellis/domain';
import type {
  ListFilters, Precondition, RequestContext, RouterBackend, RouterCreateInput, RouterInterfaceInfo, RouterInterfaceRequestInput, RouterUpdateInput, RouterView,
} from '@trellis/neutron';

const NOW = '2024-01-01T00:00:00Z';

/**
 * Routers for the fake central: kept in memory, no IPAM. An interface "port" gets a fresh id;
 * enough to see what the agent forwards and how it shows central's answers.
 */
export class FakeRouters implements RouterBackend {
  readonly routers = new Map<string, Router>();

  #view(router: Router): RouterView {
    return { router, availabilityZones: router.availabilityZoneHints.length === 0 ? ['az1', 'az2'] : [...router.availabilityZoneHints] };
  }

  #get(id: string): Router {
    const router = this.routers.get(id);
    if (!router) throw domainError('RouterNotFound', { router_id: id });
    return router;
  }

  /** Puts a router straight into central (as another region's client would have created it). */
  seed(name: string, hints: readonly string[] = []): Router {
    const router: Router = {
      id: newId(), name, description: '', projectId: 'admin', tags: [], revisionNumber: 1, createdAt: NOW, updatedAt: NOW,
      adminStateUp: true, status: 'ACTIVE', availabilityZoneHints: [...hints], routes: [], interfaces: [],
    };
    this.routers.set(router.id, router);
    return router;
  }

  async listRouters(_ctx: RequestContext, _filters: ListFilters): Promise<RouterView[]> {
    return [...this.routers.values()].map((r) => this.#view(r));
  }

  async getRouter(_ctx: RequestContext, id: string): Promise<RouterView> {
    return this.#view(this.#get(id));
  }

  async createRouters(_ctx: RequestContext, inputs: readonly RouterCreateInput[]): Promise<RouterView[]> {
    return inputs.map((input) => {
      const router = { ...this.seed(input.name, input.availabilityZoneHints), projectId: input.projectId, adminStateUp: input.adminStateUp };
      this.routers.set(router.id, router);
      return this.#view(router);
    });
  }

  async updateRouter(_ctx: RequestContext, id: string, input: RouterUpdateInput, _precondition: Precondition): Promise<RouterView> {
    const current = this.#get(id);
    const router: Router = { ...current, name: input.name ?? current.name, routes: input.routes ?? current.routes, revisionNumber: current.revisionNumber + 1 };
    this.routers.set(id, router);
    return this.#view(router);
  }

  async deleteRouter(_ctx: RequestContext, id: string): Promise<void> {
    this.#get(id);
    this.routers.delete(id);
  }

  async addRouterInterface(_ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo> {
    const router = this.#get(id);
    const subnetId = input.subnetId ?? 'subnet-of-port';
    return { routerId: id, projectId: router.projectId, portId: input.portId ?? newId(), networkId: 'net', subnetId, subnetIds: [subnetId] };
  }

  async removeRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo> {
    return this.addRouterInterface(ctx, id, input);
  }
}
