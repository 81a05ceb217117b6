import type { SubnetPool } from '@trellis/domain';
import {
  subnetPoolFromJson, type ListFilters, type Precondition, type RequestContext, type SubnetPoolBackend, type SubnetPoolCreateInput, type SubnetPoolUpdateInput,
} from '@trellis/neutron';
import type { CentralClient } from '../central/central-client';
import type { AgentMetrics } from '../metrics';
import { forwardedWrite } from './forwarded-write';

type Json = Record<string, unknown>;

export interface RegionalSubnetPoolsOptions {
  readonly central: CentralClient;
  readonly metrics: AgentMetrics;
}

const poolPath = (id: string) => `/v2.0/subnetpools/${encodeURIComponent(id)}`;
const defined = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Defaults are left out: a member may not even name admin-only attributes (shared, is_default). */
function createBody(i: SubnetPoolCreateInput): Json {
  return defined({
    project_id: i.projectId,
    name: i.name,
    description: i.description,
    prefixes: [...i.prefixes],
    min_prefixlen: i.minPrefixlen,
    max_prefixlen: i.maxPrefixlen,
    default_prefixlen: i.defaultPrefixlen,
    shared: i.shared ? true : undefined,
    is_default: i.isDefault ? true : undefined,
    default_quota: i.defaultQuota ?? undefined,
    tags: i.tags.length > 0 ? [...i.tags] : undefined,
  });
}

function updateBody(i: SubnetPoolUpdateInput): Json {
  return defined({
    name: i.name,
    description: i.description,
    prefixes: i.prefixes ? [...i.prefixes] : undefined,
    min_prefixlen: i.minPrefixlen,
    max_prefixlen: i.maxPrefixlen,
    default_prefixlen: i.defaultPrefixlen,
    is_default: i.isDefault,
    default_quota: i.defaultQuota,
  });
}

/**
 * Subnet pools at a regional endpoint. Central owns them (it allocates subnets from them in the
 * subnet's transaction), so writes are forwarded with the caller's identity and reads ask central,
 * as routers do. Pools have no scope: every region sees every pool the caller may read.
 */
export class RegionalSubnetPools implements SubnetPoolBackend {
  constructor(private readonly o: RegionalSubnetPoolsOptions) {}

  async listSubnetPools(ctx: RequestContext, filters: ListFilters): Promise<SubnetPool[]> {
    const query = new URLSearchParams();
    for (const [key, values] of Object.entries(filters)) for (const v of values) query.append(key, v);
    const path = query.size > 0 ? `/v2.0/subnetpools?${query.toString()}` : '/v2.0/subnetpools';
    return (await this.o.central.get<{ subnetpools: Json[] }>(path, { ctx })).subnetpools.map(subnetPoolFromJson);
  }

  async getSubnetPool(ctx: RequestContext, id: string): Promise<SubnetPool> {
    return subnetPoolFromJson((await this.o.central.get<{ subnetpool: Json }>(poolPath(id), { ctx })).subnetpool);
  }

  async createSubnetPools(ctx: RequestContext, inputs: readonly SubnetPoolCreateInput[]): Promise<SubnetPool[]> {
    const body = inputs.length > 1 ? { subnetpools: inputs.map(createBody) } : { subnetpool: createBody(inputs[0]) };
    const answer = await this.#forward('create_subnetpool', () => this.o.central.request<{ subnetpool?: Json; subnetpools?: Json[] }>('POST', '/v2.0/subnetpools', { ctx, body }));
    return (answer.json.subnetpools ?? [answer.json.subnetpool as Json]).map(subnetPoolFromJson);
  }

  async updateSubnetPool(ctx: RequestContext, id: string, input: SubnetPoolUpdateInput, precondition: Precondition): Promise<SubnetPool> {
    const answer = await this.#forward('update_subnetpool', () =>
      this.o.central.request<{ subnetpool: Json }>('PUT', poolPath(id), { ctx, body: { subnetpool: updateBody(input) }, revisionNumber: precondition.revisionNumber }),
    );
    return subnetPoolFromJson(answer.json.subnetpool);
  }

  async deleteSubnetPool(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await this.#forward('delete_subnetpool', () => this.o.central.request('DELETE', poolPath(id), { ctx, revisionNumber: precondition.revisionNumber }));
  }

  #forward<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return forwardedWrite(this.o.metrics, operation, call);
  }
}
