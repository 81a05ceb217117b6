import type { PortBinding, Subnet } from '@trellis/domain';
import type { Item } from '@trellis/store';
import type {
  BindingCreateInput, ListFilters, NetworkCreateInput, NetworkUpdateInput, NetworkView, NetworkWriteBackend, NeutronBackend, PortCreateInput, PortUpdateInput,
  Precondition, RequestContext, StoredPort, SubnetCreateInput, SubnetUpdateInput,
} from '@trellis/neutron';
import type { QuotaService } from './quota-service';
import type { NetworkService } from './network-service';
import type { PortService } from './port-service';
import type { SubnetPoolService } from './subnet-pool-service';
import type { SubnetService } from './subnet-service';

/** The Neutron routes' backend on central: the store-backed services. */
export class CentralBackend implements NeutronBackend, NetworkWriteBackend {
  /**
   * The port each request read last (its visibility check), by request context. Optimization:
   * the request's write starts from it instead of reading the port again; the write's compare on
   * the port's revision keeps that safe (see PortService.mutateAt). Taken once, then forgotten.
   */
  private readonly portReads = new WeakMap<RequestContext, Item<StoredPort>>();

  constructor(
    private readonly networks: NetworkService,
    private readonly subnets: SubnetService,
    private readonly ports: PortService,
    private readonly quotas: QuotaService,
    private readonly pools?: SubnetPoolService,
  ) {}

  /** The port this request read, when it is `id`; forgotten either way. */
  private portRead(ctx: RequestContext, id: string): Item<StoredPort> | undefined {
    const item = this.portReads.get(ctx);
    if (item === undefined) return undefined;
    this.portReads.delete(ctx);
    return item.value.id === id ? item : undefined;
  }

  listNetworks(_ctx: RequestContext, filters: ListFilters): Promise<NetworkView[]> {
    return this.networks.list(filters);
  }
  getNetwork(_ctx: RequestContext, id: string): Promise<NetworkView> {
    return this.networks.view(id);
  }
  async createNetworks(_ctx: RequestContext, inputs: readonly NetworkCreateInput[]): Promise<NetworkView[]> {
    await this.quotas.assertWithin('network', inputs);
    return this.networks.create(inputs);
  }
  updateNetwork(_ctx: RequestContext, id: string, input: NetworkUpdateInput, precondition: Precondition): Promise<NetworkView> {
    return this.networks.update(id, input, precondition);
  }
  deleteNetwork(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    return this.networks.delete(id, precondition);
  }
  listSubnets(_ctx: RequestContext, filters: ListFilters): Promise<Subnet[]> {
    return this.subnets.list(filters);
  }
  async getSubnet(_ctx: RequestContext, id: string): Promise<Subnet> {
    return (await this.subnets.get(id)).value;
  }
  async createSubnets(ctx: RequestContext, inputs: readonly SubnetCreateInput[]): Promise<Subnet[]> {
    await this.quotas.assertWithin('subnet', inputs);
    await this.pools?.assertPoolsVisible(ctx, inputs);
    return this.subnets.create(inputs);
  }
  updateSubnet(_ctx: RequestContext, id: string, input: SubnetUpdateInput, precondition: Precondition): Promise<Subnet> {
    return this.subnets.update(id, input, precondition);
  }
  deleteSubnet(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    return this.subnets.delete(id, precondition);
  }
  listPorts(_ctx: RequestContext, filters: ListFilters): Promise<StoredPort[]> {
    return this.ports.list(filters);
  }
  async getPort(ctx: RequestContext, id: string): Promise<StoredPort> {
    const item = await this.ports.get(id);
    this.portReads.set(ctx, item);
    return item.value;
  }
  async createPorts(_ctx: RequestContext, inputs: readonly PortCreateInput[]): Promise<StoredPort[]> {
    await this.quotas.assertWithin('port', inputs);
    return this.ports.create(inputs);
  }
  updatePort(ctx: RequestContext, id: string, input: PortUpdateInput, precondition: Precondition): Promise<StoredPort> {
    return this.ports.update(id, input, precondition, this.portRead(ctx, id));
  }
  deletePort(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    this.portRead(ctx, id);
    return this.ports.delete(id, precondition);
  }
  listBindings(ctx: RequestContext, portId: string): Promise<PortBinding[]> {
    const read = this.portRead(ctx, portId);
    return read ? Promise.resolve([...read.value.bindings]) : this.ports.listBindings(portId);
  }
  createBinding(ctx: RequestContext, portId: string, input: BindingCreateInput): Promise<PortBinding> {
    return this.ports.createBinding(portId, input, this.portRead(ctx, portId));
  }
  activateBinding(ctx: RequestContext, portId: string, host: string): Promise<PortBinding> {
    return this.ports.activateBinding(portId, host, this.portRead(ctx, portId));
  }
  deleteBinding(ctx: RequestContext, portId: string, host: string): Promise<void> {
    return this.ports.deleteBinding(portId, host, this.portRead(ctx, portId));
  }
}
