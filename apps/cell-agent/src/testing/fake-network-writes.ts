import { Collections, domainError, type Network, type Subnet } from '@trellis/domain';
import { Indexes, checkPrecondition, type NetworkUpdateInput, type NetworkView, type NetworkWriteBackend, type Precondition, type SubnetUpdateInput } from '@trellis/neutron';
import type { Store } from '@trellis/store';

/**
 * Network and subnet updates and deletes for the fake central, on its store (so the feed
 * carries them); creates are seeded with FakeCentral.createNetwork instead.
 */
export class FakeNetworkWrites implements NetworkWriteBackend {
  constructor(private readonly store: Store, private readonly view: (n: Network) => Promise<NetworkView>) {}

  createNetworks(): Promise<NetworkView[]> {
    throw domainError('NotImplementedError', { feature: 'network create in the fake central' });
  }
  createSubnets(): Promise<Subnet[]> {
    throw domainError('NotImplementedError', { feature: 'subnet create in the fake central' });
  }

  async updateNetwork(_ctx: unknown, id: string, input: NetworkUpdateInput, precondition: Precondition): Promise<NetworkView> {
    const item = await this.store.get<Network>(Collections.networks, id);
    if (!item) throw domainError('NetworkNotFound', { net_id: id });
    checkPrecondition(precondition, item.value.revisionNumber);
    const network: Network = { ...item.value, ...input, revisionNumber: item.value.revisionNumber + 1 };
    await this.store.commit({ ops: [{ type: 'put', collection: Collections.networks, key: id, value: network }] });
    return this.view(network);
  }

  async deleteNetwork(_ctx: unknown, id: string): Promise<void> {
    if (!(await this.store.get(Collections.networks, id))) throw domainError('NetworkNotFound', { net_id: id });
    const subnets = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: id });
    await this.store.commit({
      ops: [...subnets.map((s) => ({ type: 'delete' as const, collection: Collections.subnets, key: s.value.id })), { type: 'delete', collection: Collections.networks, key: id }],
    });
  }

  async updateSubnet(_ctx: unknown, id: string, input: SubnetUpdateInput, precondition: Precondition): Promise<Subnet> {
    const item = await this.store.get<Subnet>(Collections.subnets, id);
    if (!item) throw domainError('SubnetNotFound', { subnet_id: id });
    checkPrecondition(precondition, item.value.revisionNumber);
    const subnet: Subnet = { ...item.value, ...input, revisionNumber: item.value.revisionNumber + 1 } as Subnet;
    await this.store.commit({ ops: [{ type: 'put', collection: Collections.subnets, key: id, value: subnet }] });
    return subnet;
  }

  async deleteSubnet(_ctx: unknown, id: string): Promise<void> {
    if (!(await this.store.get(Collections.subnets, id))) throw domainError('SubnetNotFound', { subnet_id: id });
    await this.store.commit({ ops: [{ type: 'delete', collection: Collections.subnets, key: id }] });
  }
}
