import { Collections, type Subnet } from '@trellis/domain';
import {
  networkFromJson, subnetFromJson,
  type NetworkCreateInput, type NetworkUpdateInput, type NetworkView, type NetworkWriteBackend, type Precondition, type RequestContext, type SubnetCreateInput, type SubnetUpdateInput,
} from '@trellis/neutron';
import type { CentralClient } from '../central/central-client';
import { networkCreateBody, networkUpdateBody, subnetCreateBody, subnetUpdateBody } from '../central/network-bodies';
import type { AgentMetrics } from '../metrics';
import type { LocalReplica } from '../replica/local-replica';
import { forwardedWrite } from './forwarded-write';

type Json = Record<string, unknown>;

export interface NetworkWritesOptions {
  readonly replica: LocalReplica;
  readonly central: CentralClient;
  readonly metrics: AgentMetrics;
}

const networkPath = (id: string) => `/v2.0/networks/${encodeURIComponent(id)}`;
const subnetPath = (id: string) => `/v2.0/subnets/${encodeURIComponent(id)}`;

/**
 * Network and subnet writes at a region: forwarded to central (which owns VNIs and IPAM) with
 * the caller's identity, like port writes, and stored locally as central answered them. Clients
 * such as openstacksdk read a 404 on delete as "already gone", so the region must not answer one
 * for a network that exists.
 */
export class ForwardedNetworkWrites implements NetworkWriteBackend {
  constructor(private readonly o: NetworkWritesOptions) {}

  async createNetworks(ctx: RequestContext, inputs: readonly NetworkCreateInput[]): Promise<NetworkView[]> {
    const body = inputs.length > 1 ? { networks: inputs.map(networkCreateBody) } : { network: networkCreateBody(inputs[0]) };
    const answer = await this.#forward('create_network', () => this.o.central.request<{ network?: Json; networks?: Json[] }>('POST', '/v2.0/networks', { ctx, body }));
    const networks = (answer.json.networks ?? [answer.json.network as Json]).map((j) => networkFromJson(j).network);
    await this.o.replica.storeFromCentral({ networks });
    return Promise.all(networks.map((n) => this.o.replica.view(n)));
  }

  async updateNetwork(ctx: RequestContext, id: string, input: NetworkUpdateInput, precondition: Precondition): Promise<NetworkView> {
    const answer = await this.#forward('update_network', () =>
      this.o.central.request<{ network: Json }>('PUT', networkPath(id), { ctx, body: { network: networkUpdateBody(input) }, revisionNumber: precondition.revisionNumber }),
    );
    const network = networkFromJson(answer.json.network).network;
    await this.o.replica.storeFromCentral({ networks: [network] });
    return this.o.replica.view(network);
  }

  async deleteNetwork(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    const subnets = await this.o.replica.subnetsOf(id);
    await this.#forward('delete_network', () => this.o.central.request('DELETE', networkPath(id), { ctx, revisionNumber: precondition.revisionNumber }));
    for (const s of subnets) await this.o.replica.remove(Collections.subnets, s.id);
    await this.o.replica.remove(Collections.networks, id);
  }

  async createSubnets(ctx: RequestContext, inputs: readonly SubnetCreateInput[]): Promise<Subnet[]> {
    const body = inputs.length > 1 ? { subnets: inputs.map(subnetCreateBody) } : { subnet: subnetCreateBody(inputs[0]) };
    const answer = await this.#forward('create_subnet', () => this.o.central.request<{ subnet?: Json; subnets?: Json[] }>('POST', '/v2.0/subnets', { ctx, body }));
    const subnets = (answer.json.subnets ?? [answer.json.subnet as Json]).map(subnetFromJson);
    await this.o.replica.storeFromCentral({ subnets });
    return subnets;
  }

  async updateSubnet(ctx: RequestContext, id: string, input: SubnetUpdateInput, precondition: Precondition): Promise<Subnet> {
    const answer = await this.#forward('update_subnet', () =>
      this.o.central.request<{ subnet: Json }>('PUT', subnetPath(id), { ctx, body: { subnet: subnetUpdateBody(input) }, revisionNumber: precondition.revisionNumber }),
    );
    const subnet = subnetFromJson(answer.json.subnet);
    await this.o.replica.storeFromCentral({ subnets: [subnet] });
    return subnet;
  }

  async deleteSubnet(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await this.#forward('delete_subnet', () => this.o.central.request('DELETE', subnetPath(id), { ctx, revisionNumber: precondition.revisionNumber }));
    await this.o.replica.remove(Collections.subnets, id);
  }

  #forward<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return forwardedWrite(this.o.metrics, operation, call);
  }
}
