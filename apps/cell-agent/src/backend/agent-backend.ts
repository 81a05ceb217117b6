import { Collections, domainError, isErrorType, type Network, type PortBinding, type Subnet } from '@trellis/domain';
import {
  bindingFromJson, portFromJson,
  type BindingCreateInput, type ListFilters, type NetworkView, type NeutronBackend, type PortCreateInput, type PortUpdateInput, type Precondition, type RequestContext, type StoredPort,
} from '@trellis/neutron';
import type { Logger } from '@trellis/runtime';
import type { CentralClient } from '../central/central-client';
import { centralPath, segment } from '../central/central-path';
import { bindingCreateBody, portCreateBody, portUpdateBody } from '../central/port-bodies';
import type { AgentMetrics } from '../metrics';
import type { LocalReplica } from '../replica/local-replica';
import type { Materialiser } from './materialiser';
import type { RegionGuard } from './region-guard';
import { forwardedWrite } from './forwarded-write';

type Json = Record<string, unknown>;

export interface AgentBackendOptions {
  readonly replica: LocalReplica;
  readonly central: CentralClient;
  readonly materialiser: Materialiser;
  readonly guard: RegionGuard;
  readonly logger: Logger;
  readonly metrics: AgentMetrics;
}

const portPath = (id: string) => centralPath('/v2.0/ports', id);

/**
 * The Neutron routes' backend in a region: reads from the replica (materialising from central on
 * first use), writes forwarded to central and stored locally as central answered them. Nothing
 * is written locally before central accepted it, so an unreachable central leaves no half-write.
 */
export class AgentBackend implements NeutronBackend {
  readonly #o: AgentBackendOptions;
  readonly #log: Logger;

  constructor(options: AgentBackendOptions) {
    this.#o = options;
    this.#log = options.logger.child({ component: 'backend' });
  }

  // --- networks and subnets: read-only here ---

  async listNetworks(_ctx: RequestContext, filters: ListFilters): Promise<NetworkView[]> {
    const { replica, materialiser } = this.#o;
    let networks: Network[];
    if (filters.id) {
      networks = await replica.networks(filters.id);
      const missing = filters.id.filter((id) => !networks.some((n) => n.id === id));
      if (missing.length > 0) networks.push(...(await materialiser.networks([...new Set(missing)])));
    } else {
      // The region's full view: what central lists in this region's scope, materialised on the
      // way. Without central, the region's copy answers (reads stay up in a partition).
      networks = await materialiser.networksMatching(filters).catch(async (err: unknown) => {
        if (!isErrorType(err, 'ServiceUnavailable')) throw err;
        return replica.networks();
      });
    }
    return Promise.all(networks.map((n) => replica.view(n)));
  }

  async getNetwork(_ctx: RequestContext, id: string): Promise<NetworkView> {
    const { replica, materialiser } = this.#o;
    return replica.view((await replica.network(id)) ?? (await materialiser.network(id)));
  }

  async listSubnets(_ctx: RequestContext, filters: ListFilters): Promise<Subnet[]> {
    const { replica, materialiser } = this.#o;
    if (!filters.id) {
      return materialiser.subnetsMatching(filters).catch(async (err: unknown) => {
        if (!isErrorType(err, 'ServiceUnavailable')) throw err;
        return replica.subnets();
      });
    }
    const subnets = await replica.subnets(filters.id);
    const missing = filters.id.filter((id) => !subnets.some((s) => s.id === id));
    if (missing.length > 0) subnets.push(...(await materialiser.subnets([...new Set(missing)])));
    return subnets;
  }

  async getSubnet(_ctx: RequestContext, id: string): Promise<Subnet> {
    const { replica, materialiser } = this.#o;
    const held = await replica.subnet(id);
    if (held) return held;
    const [subnet] = await materialiser.subnets([id]);
    if (!subnet) throw domainError('SubnetNotFound', { subnet_id: id });
    return subnet;
  }

  // --- ports ---

  async listPorts(_ctx: RequestContext, filters: ListFilters): Promise<StoredPort[]> {
    const { replica, materialiser } = this.#o;
    const ports = await replica.ports(filters);
    if (!filters.id) return ports;
    for (const id of new Set(filters.id)) {
      if (ports.some((p) => p.id === id)) continue;
      const port = await materialiser.port(id).catch((err: unknown) => (isErrorType(err, 'PortNotFound') ? undefined : Promise.reject(err)));
      if (port) ports.push(port);
    }
    return ports;
  }

  async getPort(_ctx: RequestContext, id: string): Promise<StoredPort> {
    return (await this.#o.replica.port(id)) ?? (await this.#o.materialiser.port(id));
  }

  async createPorts(ctx: RequestContext, inputs: readonly PortCreateInput[]): Promise<StoredPort[]> {
    for (const input of inputs) if (input.hostId) await this.#o.guard.assertHostServed(input.hostId, 'bind');
    const bulk = inputs.length > 1;
    const body = bulk ? { ports: inputs.map(portCreateBody) } : { port: portCreateBody(inputs[0]) };
    const answer = await this.#forward('create_port', () => this.#o.central.request<{ port?: Json; ports?: Json[] }>('POST', '/v2.0/ports', { ctx, body }));
    const ports = (answer.json.ports ?? [answer.json.port as Json]).map((j) => portFromJson(j));
    await this.#o.replica.storeFromCentral({ ports });
    return ports;
  }

  async updatePort(ctx: RequestContext, id: string, input: PortUpdateInput, precondition: Precondition): Promise<StoredPort> {
    if (input.hostId) await this.#o.guard.assertHostServed(input.hostId, 'bind');
    const answer = await this.#forward('update_port', () =>
      this.#o.central.request<{ port: Json }>('PUT', portPath(id), { ctx, body: { port: portUpdateBody(input) }, revisionNumber: precondition.revisionNumber }),
    );
    const port = portFromJson(answer.json.port, { previous: await this.#o.replica.port(id) });
    await this.#o.replica.storeFromCentral({ ports: [port] });
    return port;
  }

  async deletePort(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    // Every port here is a copy of central's (compute:* ports included), so delete means delete at central.
    try {
      await this.#forward('delete_port', () => this.#o.central.request('DELETE', portPath(id), { ctx, revisionNumber: precondition.revisionNumber }));
    } catch (err) {
      if (isErrorType(err, 'PortNotFound')) await this.#o.replica.remove(Collections.ports, id);
      throw err;
    }
    await this.#o.replica.remove(Collections.ports, id);
  }

  // --- binding-extended ---

  /**
   * Bindings are read at central: a migration's INACTIVE binding is created there (by the
   * conductor) moments before the source compute asks its region for it, possibly before the
   * feed brought it. Without central, the region's copy answers.
   */
  async listBindings(ctx: RequestContext, portId: string): Promise<PortBinding[]> {
    try {
      return [...(await this.#o.materialiser.port(portId)).bindings];
    } catch (err) {
      if (!isErrorType(err, 'ServiceUnavailable')) throw err;
      return [...(await this.getPort(ctx, portId)).bindings];
    }
  }

  async createBinding(ctx: RequestContext, portId: string, input: BindingCreateInput): Promise<PortBinding> {
    await this.#o.guard.assertHostServed(input.host, 'bind');
    const answer = await this.#forward('create_port_binding', () =>
      this.#o.central.request<{ binding: Json }>('POST', `${portPath(portId)}/bindings`, { ctx, body: { binding: bindingCreateBody(input) } }),
    );
    await this.#refreshPort(portId);
    return bindingFromJson(answer.json.binding);
  }

  async activateBinding(ctx: RequestContext, portId: string, host: string): Promise<PortBinding> {
    await this.#assertMigrationServed(ctx, portId, host, 'activate a binding of');
    const answer = await this.#forward('activate_port_binding', () =>
      this.#o.central.request<{ binding: Json }>('PUT', `${portPath(portId)}/bindings/${segment(host)}/activate`, { ctx }),
    );
    await this.#refreshPort(portId);
    return bindingFromJson(answer.json.binding);
  }

  async deleteBinding(ctx: RequestContext, portId: string, host: string): Promise<void> {
    await this.#forward('delete_port_binding', () => this.#o.central.request('DELETE', `${portPath(portId)}/bindings/${segment(host)}`, { ctx }));
    await this.#refreshPort(portId);
  }

  /**
   * Activation (and cleanup) of a migration is driven by the source compute through its own
   * region: accepted when either the binding's host or the port's active host is served here.
   */
  async #assertMigrationServed(ctx: RequestContext, portId: string, host: string, action: string): Promise<void> {
    const { guard } = this.#o;
    const target = await guard.placement(host);
    if (guard.servesCell(target.cell)) return;
    const active = (await this.getPort(ctx, portId)).bindings.find((b) => b.status === 'ACTIVE');
    if (active && guard.servesCell((await guard.placement(active.host)).cell)) return;
    await guard.assertHostServed(host, action);
  }

  /** Re-reads a port after a binding change; if central went away meanwhile, the feed catches up. */
  async #refreshPort(id: string): Promise<void> {
    try {
      const json = await this.#o.central.get<{ port: Json }>(portPath(id));
      await this.#o.replica.storeFromCentral({ ports: [await this.#o.materialiser.portWithBindings(json.port)] });
    } catch (err) {
      this.#log.warn({ err, port_id: id }, 'could not re-read a port after a binding change; the feed will bring it');
    }
  }

  #forward<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return forwardedWrite(this.#o.metrics, operation, call);
  }
}
