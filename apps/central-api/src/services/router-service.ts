import {
  Collections, DEVICE_OWNER_ROUTER_INTERFACE, activeBinding, assertNetworkInRouterScope, domainError, newId, newStandardAttrs, resolveScope, validateZoneHints,
  type HostRoute, type Router, type RouterInterface, type Subnet, type TopologyView,
} from '@trellis/domain';
import {
  canRead, checkPrecondition, type ListFilters, type Precondition, type RequestContext, type RouterBackend, type RouterCreateInput, type RouterInterfaceInfo,
  type RouterInterfaceRequestInput, type RouterUpdateInput, type RouterView, type StoredPort, type GatewayRequest,
} from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { inRange, normalizeIp, parseCidr, rangesOverlap } from './ipam';
import type { NetworkService } from './network-service';
import type { PortService } from './port-service';
import type { QuotaService } from './quota-service';
import type { SubnetService } from './subnet-service';
import { TxnBuilder, retryOnConflict } from './store-txn';
import type { TopologyService } from './topology-service';

/** Neutron's `max_routes` default: extra routes per router. */
export const MAX_ROUTES = 30;

const badRouter = (msg: string) => domainError('BadRequest', { resource: 'router', msg });

/** `[{'destination': '…', 'nexthop': '…'}]`, as Python prints the routes in InvalidRoutes. */
function pythonRoutes(routes: readonly HostRoute[]): string {
  return `[${routes.map((r) => `{'destination': '${r.destination}', 'nexthop': '${r.nexthop}'}`).join(', ')}]`;
}

export interface RouterServiceDeps {
  readonly store: Store;
  readonly topology: TopologyService;
  readonly networks: NetworkService;
  readonly subnets: SubnetService;
  readonly ports: PortService;
  readonly quotas: QuotaService;
  readonly now: () => string;
}

/**
 * Routers: rows with their interfaces, each interface changed in the transaction of its port
 * (created, adopted or deleted), so the feed shows a router and its subnets at one revision.
 * Scope: a router with hints takes interfaces only on networks inside its scope (or global).
 */
export class RouterService implements RouterBackend {
  constructor(private readonly d: RouterServiceDeps) {}

  async get(id: string): Promise<Item<Router>> {
    const item = await this.d.store.get<Router>(Collections.routers, id);
    if (!item) throw domainError('RouterNotFound', { router_id: id });
    return item;
  }

  private viewOf(router: Router, topology: TopologyView): RouterView {
    return { router, availabilityZones: [...resolveScope(router.availabilityZoneHints, topology).zones].sort() };
  }

  async listRouters(_ctx: RequestContext, filters: ListFilters): Promise<RouterView[]> {
    const items = filters.id
      ? (await this.d.store.getMany<Router>(Collections.routers, filters.id)).filter((i): i is Item<Router> => i !== undefined)
      : await this.d.store.list<Router>(Collections.routers);
    const topology = await this.d.topology.view();
    return items.map((i) => this.viewOf(i.value, topology));
  }

  async getRouter(_ctx: RequestContext, id: string): Promise<RouterView> {
    return this.viewOf((await this.get(id)).value, await this.d.topology.view());
  }

  async createRouters(_ctx: RequestContext, inputs: readonly RouterCreateInput[]): Promise<RouterView[]> {
    const topology = await this.d.topology.view();
    for (const input of inputs) {
      validateZoneHints(input.availabilityZoneHints, topology);
      await this.refuseGateway(input.gateway);
    }
    await this.d.quotas.assertWithin('router', inputs);
    const at = this.d.now();
    const routers: Router[] = inputs.map((input) => ({
      ...newStandardAttrs(input, at, newId()),
      adminStateUp: input.adminStateUp,
      status: 'ACTIVE',
      availabilityZoneHints: [...input.availabilityZoneHints],
      routes: [],
      interfaces: [],
    }));
    const b = new TxnBuilder();
    for (const r of routers) b.create(Collections.routers, r.id, r);
    await this.d.store.commit(b.txn);
    return routers.map((r) => this.viewOf(r, topology));
  }

  async updateRouter(_ctx: RequestContext, id: string, input: RouterUpdateInput, precondition: Precondition): Promise<RouterView> {
    if (input.gateway !== undefined) await this.refuseGateway(input.gateway);
    const router = await retryOnConflict(async () => {
      const item = await this.get(id);
      checkPrecondition(precondition, item.value.revisionNumber);
      const routes = input.routes === undefined ? item.value.routes : await this.validRoutes(item.value, input.routes);
      const next: Router = {
        ...item.value,
        name: input.name ?? item.value.name,
        description: input.description ?? item.value.description,
        adminStateUp: input.adminStateUp ?? item.value.adminStateUp,
        tags: input.tags ?? item.value.tags,
        routes,
        revisionNumber: item.value.revisionNumber + 1,
        updatedAt: this.d.now(),
      };
      await this.d.store.commit(new TxnBuilder().expect(Collections.routers, id, item).put(Collections.routers, id, next).txn);
      return next;
    });
    return this.viewOf(router, await this.d.topology.view());
  }

  async deleteRouter(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    const item = await this.get(id);
    checkPrecondition(precondition, item.value.revisionNumber);
    if (item.value.interfaces.length > 0) throw domainError('RouterInUse', { router_id: id, reason: 'still has ports' });
    // The compare fails the delete when an interface was added since the read.
    await this.d.store.commit(new TxnBuilder().expect(Collections.routers, id, item).delete(Collections.routers, id).txn);
  }

  async addRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo> {
    const router = (await this.get(id)).value;
    return input.portId !== undefined ? this.addByPort(ctx, router, input.portId) : this.addBySubnet(ctx, router, input.subnetId as string);
  }

  async removeRouterInterface(ctx: RequestContext, id: string, input: RouterInterfaceRequestInput): Promise<RouterInterfaceInfo> {
    return retryOnConflict(async () => {
      const router = (await this.get(id)).value;
      let iface: RouterInterface | undefined;
      if (input.portId !== undefined) {
        iface = router.interfaces.find((i) => i.portId === input.portId);
        if (!iface) throw domainError('RouterInterfaceNotFound', { router_id: id, port_id: input.portId });
        if (input.subnetId !== undefined && iface.subnetId !== input.subnetId) throw domainError('SubnetMismatchForPort', { port_id: input.portId, subnet_id: input.subnetId });
      } else {
        iface = router.interfaces.find((i) => i.subnetId === input.subnetId);
        if (!iface) throw domainError('RouterInterfaceNotFoundForSubnet', { router_id: id, subnet_id: input.subnetId as string });
      }
      const found = iface;
      const subnet = (await this.d.subnets.get(found.subnetId)).value;
      const range = parseCidr(subnet.cidr, undefined, false);
      if (router.routes.some((r) => inRange(range, r.nexthop))) throw domainError('RouterInterfaceInUseByRoute', { router_id: id, subnet_id: subnet.id });
      const port = (await this.d.ports.get(found.portId)).value;
      await this.d.ports.delete(found.portId, {}, {
        byRouter: true,
        beforeCommit: async (txn) => this.putInterfaces(txn, id, (current) => current.filter((i) => i.portId !== found.portId)),
      });
      return this.info(router, port, subnet.id);
    });
  }

  /** By subnet: a new port holding the subnet's gateway IP (Neutron's `_add_interface_by_subnet`). */
  private async addBySubnet(ctx: RequestContext, router: Router, subnetId: string): Promise<RouterInterfaceInfo> {
    const subnet = await this.visibleSubnet(ctx, subnetId);
    if (subnet.gatewayIp === null) throw badRouter('Subnet for router interface must have a gateway IP');
    if (subnet.ipVersion === 6 && subnet.ipv6RaMode === null && subnet.ipv6AddressMode !== null) {
      throw badRouter(`IPv6 subnet ${subnet.id} configured to receive RAs from an external router cannot be added to Neutron Router.`);
    }
    const network = (await this.d.networks.get(subnet.networkId)).value;
    assertNetworkInRouterScope(router, network, await this.d.topology.view());
    await this.assertAttachable(router, subnet);
    const [port] = await this.d.ports.create(
      [{
        projectId: subnet.projectId, networkId: subnet.networkId, name: '', description: '', adminStateUp: true,
        fixedIps: [{ subnetId: subnet.id, ipAddress: subnet.gatewayIp }], deviceId: router.id, deviceOwner: DEVICE_OWNER_ROUTER_INTERFACE, tags: [],
      }],
      { status: 'ACTIVE', beforeCommit: async (txn, ports) => this.attachInTxn(txn, router.id, subnet, ports[0]) },
    );
    return this.info(router, port, subnet.id);
  }

  /** By port: an existing, unbound, unused port with one fixed IP becomes the interface. */
  private async addByPort(ctx: RequestContext, router: Router, portId: string): Promise<RouterInterfaceInfo> {
    const existing = (await this.d.ports.get(portId)).value;
    if (!ctx.isAdmin && existing.projectId !== ctx.projectId) throw domainError('PortNotFound', { port_id: portId });
    if (existing.deviceId !== '') throw domainError('PortInUse', { port_id: portId, net_id: existing.networkId, device_id: existing.deviceId });
    const bound = activeBinding(existing);
    if (bound) throw badRouter(`Port ${portId} is bound to host ${bound.host}; a router interface port must be unbound`);
    if (existing.fixedIps.length === 0) throw badRouter('Router port must have at least one fixed IP');
    if (existing.fixedIps.length > 1) throw badRouter(`Router port must have exactly one fixed IP; port ${portId} has ${existing.fixedIps.length}`);
    const subnet = (await this.d.subnets.get(existing.fixedIps[0].subnetId)).value;
    const network = (await this.d.networks.get(existing.networkId)).value;
    assertNetworkInRouterScope(router, network, await this.d.topology.view());
    await this.assertAttachable(router, subnet);
    const port = await this.d.ports.updateWith(
      portId,
      (current) => {
        if (current.deviceId !== '') throw domainError('PortInUse', { port_id: portId, net_id: current.networkId, device_id: current.deviceId });
        return { ...current, deviceId: router.id, deviceOwner: DEVICE_OWNER_ROUTER_INTERFACE, status: 'ACTIVE' };
      },
      async (txn, ports) => this.attachInTxn(txn, router.id, subnet, ports[0]),
    );
    return this.info(router, port, subnet.id);
  }

  /** In the port's transaction: the router, read afresh and checked again, gains the interface. */
  private async attachInTxn(txn: TxnBuilder, routerId: string, subnet: Subnet, port: StoredPort): Promise<void> {
    const ip = port.fixedIps.find((f) => f.subnetId === subnet.id)?.ipAddress ?? '';
    const iface: RouterInterface = { portId: port.id, subnetId: subnet.id, networkId: port.networkId, ipAddress: ip, macAddress: port.macAddress };
    await this.putInterfaces(txn, routerId, (current) => [...current, iface], subnet);
  }

  /** Adds the router's new row (interfaces changed by `change`) to `txn`, guarded by its revision. */
  private async putInterfaces(
    txn: TxnBuilder,
    routerId: string,
    change: (current: readonly RouterInterface[]) => RouterInterface[],
    attaching?: Subnet,
  ): Promise<void> {
    const item = await this.get(routerId);
    if (attaching) await this.assertAttachable(item.value, attaching);
    const next: Router = { ...item.value, interfaces: change(item.value.interfaces), revisionNumber: item.value.revisionNumber + 1, updatedAt: this.d.now() };
    txn.expect(Collections.routers, routerId, item).put(Collections.routers, routerId, next);
  }

  /** Neutron's `_check_for_dup_router_subnets`: one interface per subnet, no overlapping CIDRs. */
  private async assertAttachable(router: Router, subnet: Subnet): Promise<void> {
    if (router.interfaces.some((i) => i.subnetId === subnet.id)) throw badRouter(`Router already has a port on subnet ${subnet.id}`);
    const range = parseCidr(subnet.cidr, undefined, false);
    const attached = await this.d.store.getMany<Subnet>(Collections.subnets, router.interfaces.map((i) => i.subnetId));
    for (const other of attached) {
      if (other && rangesOverlap(range, parseCidr(other.value.cidr, undefined, false))) {
        throw badRouter(`Cidr ${subnet.cidr} of subnet ${subnet.id} overlaps with cidr ${other.value.cidr} of subnet ${other.value.id}`);
      }
    }
  }

  /** A subnet the caller may attach: its own, or one of a network it may read (shared), else SubnetNotFound. */
  private async visibleSubnet(ctx: RequestContext, subnetId: string): Promise<Subnet> {
    const subnet = (await this.d.subnets.get(subnetId)).value;
    if (ctx.isAdmin || subnet.projectId === ctx.projectId) return subnet;
    const network = (await this.d.networks.get(subnet.networkId)).value;
    if (!canRead(ctx, network)) throw domainError('SubnetNotFound', { subnet_id: subnetId });
    return subnet;
  }

  /** Neutron's `_validate_routes`: at most MAX_ROUTES; each nexthop on an attached subnet, not the router's own address. */
  private async validRoutes(router: Router, requested: readonly HostRoute[]): Promise<HostRoute[]> {
    if (requested.length > MAX_ROUTES) throw domainError('RoutesExhausted', { router_id: router.id, quota: MAX_ROUTES });
    const routes = requested.map((r) => {
      const nexthop = normalizeIp(r.nexthop);
      if (nexthop === undefined) throw domainError('InvalidInput', { error_message: `Invalid input for routes. Reason: '${r.nexthop}' is not a valid IP address` });
      const destination = parseCidr(r.destination, undefined, false);
      // The feed's check (and any dataplane) takes a route of one family only.
      if ((destination.version === 4) !== !nexthop.includes(':')) {
        throw domainError('InvalidRoutes', { routes: pythonRoutes(requested), reason: 'the destination and the nexthop are of different IP versions' });
      }
      return { destination: destination.cidr, nexthop };
    });
    const subnets = (await this.d.store.getMany<Subnet>(Collections.subnets, router.interfaces.map((i) => i.subnetId))).flatMap((s) => (s ? [parseCidr(s.value.cidr, undefined, false)] : []));
    const own = new Set(router.interfaces.map((i) => i.ipAddress));
    for (const route of routes) {
      if (!subnets.some((range) => inRange(range, route.nexthop))) {
        throw domainError('InvalidRoutes', { routes: pythonRoutes(requested), reason: 'the nexthop is not connected with router' });
      }
      if (own.has(route.nexthop)) throw domainError('InvalidRoutes', { routes: pythonRoutes(requested), reason: 'the nexthop is used by router' });
    }
    return routes;
  }

  /**
   * `external_gateway_info` with a network: 404 for an unknown network, 400 for one that is not
   * external (Neutron's answers); on an external one 400 too, since Trellis has no SNAT gateway.
   */
  private async refuseGateway(gateway: GatewayRequest | null | undefined): Promise<void> {
    if (gateway === undefined || gateway === null || gateway.networkId === undefined) return;
    const network = (await this.d.networks.get(gateway.networkId)).value;
    if (network.routerExternal !== true) throw badRouter(`Network ${network.id} is not an external network`);
    throw badRouter('external gateways are not supported: Trellis routes between tenant networks only (no SNAT or floating IPs)');
  }

  private info(router: Router, port: StoredPort, subnetId: string): RouterInterfaceInfo {
    return { routerId: router.id, projectId: port.projectId, portId: port.id, networkId: port.networkId, subnetId, subnetIds: [subnetId] };
  }
}
