import { Collections, activeBinding, assertHostInScope, domainError, newId, type Network, type PortBinding, type Subnet, type TopologyView } from '@trellis/domain';
import {
  Indexes, checkPrecondition, type BindingCreateInput, type ListFilters, type NetworkView, type NeutronBackend, type PortCreateInput, type PortUpdateInput,
  type Precondition, type RequestContext, type StoredPort,
} from '@trellis/neutron';
import type { Store } from '@trellis/store';
import { TOPOLOGY_COLLECTIONS } from '../replica/collections';
import { topologyFromItems } from '../replica/topology-view';

const VIF_DETAILS = { port_filter: true, connectivity: 'l2' };
const NOW = '2024-01-01T00:00:00Z';

/**
 * A deliberately small stand-in for central's Neutron backend, on a real store whose feed the
 * agent watches: MACs and IPs from counters, bindings checked against network scope like central.
 */
export class FakeCentralBackend implements NeutronBackend {
  #counter = 0;

  constructor(private readonly store: Store) {}

  async topology(): Promise<TopologyView> {
    const entries = await Promise.all(TOPOLOGY_COLLECTIONS.map(async (c) => [c, await this.store.list(c)] as const));
    return topologyFromItems(new Map(entries));
  }

  async #view(network: Network): Promise<NetworkView> {
    const subnets = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: network.id });
    return { network, subnetIds: subnets.map((s) => s.value.id), availabilityZones: [] };
  }

  async listNetworks(_ctx: RequestContext, _filters: ListFilters): Promise<NetworkView[]> {
    return Promise.all((await this.store.list<Network>(Collections.networks)).map((i) => this.#view(i.value)));
  }
  async getNetwork(_ctx: RequestContext, id: string): Promise<NetworkView> {
    const item = await this.store.get<Network>(Collections.networks, id);
    if (!item) throw domainError('NetworkNotFound', { net_id: id });
    return this.#view(item.value);
  }
  async listSubnets(): Promise<Subnet[]> {
    return (await this.store.list<Subnet>(Collections.subnets)).map((i) => i.value);
  }
  async getSubnet(_ctx: RequestContext, id: string): Promise<Subnet> {
    const item = await this.store.get<Subnet>(Collections.subnets, id);
    if (!item) throw domainError('SubnetNotFound', { subnet_id: id });
    return item.value;
  }
  async listPorts(): Promise<StoredPort[]> {
    return (await this.store.list<StoredPort>(Collections.ports)).map((i) => i.value);
  }
  async getPort(_ctx: RequestContext, id: string): Promise<StoredPort> {
    const item = await this.store.get<StoredPort>(Collections.ports, id);
    if (!item) throw domainError('PortNotFound', { port_id: id });
    return item.value;
  }

  async #binding(network: Network, host: string, status: PortBinding['status']): Promise<PortBinding> {
    assertHostInScope(host, { id: network.id, availabilityZoneHints: network.availabilityZoneHints }, await this.topology());
    return { host, status, vnicType: 'normal', vifType: 'ovs', vifDetails: VIF_DETAILS, profile: {} };
  }

  async createPorts(_ctx: RequestContext, inputs: readonly PortCreateInput[]): Promise<StoredPort[]> {
    const ports: StoredPort[] = [];
    for (const input of inputs) {
      const network = (await this.getNetwork(_ctx, input.networkId)).network;
      const [subnet] = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: network.id });
      const n = ++this.#counter;
      const bindings = input.hostId ? [await this.#binding(network, input.hostId, 'ACTIVE')] : [];
      ports.push({
        id: newId(), projectId: input.projectId, name: input.name, description: input.description, tags: [...input.tags], revisionNumber: 1,
        createdAt: NOW, updatedAt: NOW, networkId: network.id, macAddress: `fa:16:3e:00:00:${n.toString(16).padStart(2, '0')}`,
        fixedIps: subnet ? [{ subnetId: subnet.value.id, ipAddress: subnet.value.cidr.replace(/\d+\/\d+$/, String(10 + n)) }] : [],
        deviceId: input.deviceId, deviceOwner: input.deviceOwner, status: bindings.length > 0 ? 'BUILD' : 'DOWN', adminStateUp: input.adminStateUp,
        bindings, mobilitySeq: 0,
      });
    }
    await this.store.commit({ ops: ports.map((p) => ({ type: 'put' as const, collection: Collections.ports, key: p.id, value: p })) });
    return ports;
  }

  async #mutate(id: string, precondition: Precondition, change: (p: StoredPort) => Promise<StoredPort>): Promise<StoredPort> {
    const current = await this.getPort({} as RequestContext, id);
    checkPrecondition(precondition, current.revisionNumber);
    const next = { ...(await change(current)), revisionNumber: current.revisionNumber + 1 };
    await this.store.commit({ ops: [{ type: 'put', collection: Collections.ports, key: id, value: next }] });
    return next;
  }

  updatePort(ctx: RequestContext, id: string, input: PortUpdateInput, precondition: Precondition): Promise<StoredPort> {
    return this.#mutate(id, precondition, async (p) => {
      let port: StoredPort = { ...p, name: input.name ?? p.name, deviceId: input.deviceId ?? p.deviceId, deviceOwner: input.deviceOwner ?? p.deviceOwner };
      if (input.hostId === '') port = { ...port, bindings: [], status: 'DOWN' };
      else if (input.hostId !== undefined) {
        const network = (await this.getNetwork(ctx, p.networkId)).network;
        port = { ...port, bindings: [await this.#binding(network, input.hostId, 'ACTIVE')], status: 'BUILD', mobilitySeq: p.mobilitySeq + 1 };
      }
      return port;
    });
  }
  async deletePort(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    checkPrecondition(precondition, (await this.getPort(ctx, id)).revisionNumber);
    await this.store.commit({ ops: [{ type: 'delete', collection: Collections.ports, key: id }] });
  }
  async listBindings(ctx: RequestContext, portId: string): Promise<PortBinding[]> {
    return [...(await this.getPort(ctx, portId)).bindings];
  }
  async createBinding(ctx: RequestContext, portId: string, input: BindingCreateInput): Promise<PortBinding> {
    let created: PortBinding | undefined;
    await this.#mutate(portId, {}, async (p) => {
      created = await this.#binding((await this.getNetwork(ctx, p.networkId)).network, input.host, activeBinding(p) ? 'INACTIVE' : 'ACTIVE');
      return { ...p, bindings: [...p.bindings, created] };
    });
    return created as PortBinding;
  }
  async activateBinding(_ctx: RequestContext, portId: string, host: string): Promise<PortBinding> {
    const port = await this.#mutate(portId, {}, async (p) => {
      if (!p.bindings.some((b) => b.host === host)) throw domainError('PortBindingNotFound', { port_id: portId, host });
      return { ...p, bindings: p.bindings.map((b) => ({ ...b, status: b.host === host ? 'ACTIVE' : 'INACTIVE' })), mobilitySeq: p.mobilitySeq + 1 };
    });
    return port.bindings.find((b) => b.host === host) as PortBinding;
  }
  async deleteBinding(_ctx: RequestContext, portId: string, host: string): Promise<void> {
    await this.#mutate(portId, {}, async (p) => ({ ...p, bindings: p.bindings.filter((b) => b.host !== host) }));
  }
}
