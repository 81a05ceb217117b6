import type { PortBinding, Subnet } from '@trellis/domain';
import type {
  BindingCreateInput, ListFilters, NetworkCreateInput, NetworkUpdateInput, NetworkView, NetworkWriteBackend, NeutronBackend, PortCreateInput, PortUpdateInput,
  Precondition, RequestContext, StoredPort, SubnetCreateInput, SubnetUpdateInput,
} from '@trellis/neutron';
import type { NetworkService } from './network-service';
import type { PortService } from './port-service';
import type { SubnetService } from './subnet-service';

/** The Neutron routes' backend on central: the store-backed services. */
export class CentralBackend implements NeutronBackend, NetworkWriteBackend {
  constructor(private readonly networks: NetworkService, private readonly subnets: SubnetService, private readonly ports: PortService) {}

  listNetworks(_ctx: RequestContext, filters: ListFilters): Promise<NetworkView[]> {
    return this.networks.list(filters);
  }
  getNetwork(_ctx: RequestContext, id: string): Promise<NetworkView> {
    return this.networks.view(id);
  }
  createNetworks(_ctx: RequestContext, inputs: readonly NetworkCreateInput[]): Promise<NetworkView[]> {
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
  createSubnets(_ctx: RequestContext, inputs: readonly SubnetCreateInput[]): Promise<Subnet[]> {
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
  async getPort(_ctx: RequestContext, id: string): Promise<StoredPort> {
    return (await this.ports.get(id)).value;
  }
  createPorts(_ctx: RequestContext, inputs: readonly PortCreateInput[]): Promise<StoredPort[]> {
    return this.ports.create(inputs);
  }
  updatePort(_ctx: RequestContext, id: string, input: PortUpdateInput, precondition: Precondition): Promise<StoredPort> {
    return this.ports.update(id, input, precondition);
  }
  deletePort(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    return this.ports.delete(id, precondition);
  }
  listBindings(_ctx: RequestContext, portId: string): Promise<PortBinding[]> {
    return this.ports.listBindings(portId);
  }
  createBinding(_ctx: RequestContext, portId: string, input: BindingCreateInput): Promise<PortBinding> {
    return this.ports.createBinding(portId, input);
  }
  activateBinding(_ctx: RequestContext, portId: string, host: string): Promise<PortBinding> {
    return this.ports.activateBinding(portId, host);
  }
  deleteBinding(_ctx: RequestContext, portId: string, host: string): Promise<void> {
    return this.ports.deleteBinding(portId, host);
  }
}
