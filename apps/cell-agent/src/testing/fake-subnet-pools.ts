import { domainError, newId, type SubnetPool } from '@trellis/domain';
import {
  newPoolShape, updatedPoolShape, type ListFilters, type Precondition, type RequestContext, type SubnetPoolBackend, type SubnetPoolCreateInput, type SubnetPoolUpdateInput,
} from '@trellis/neutron';

const NOW = '2024-01-01T00:00:00Z';

/** Subnet pools for the fake central: kept in memory; enough to see what the agent forwards. */
export class FakeSubnetPools implements SubnetPoolBackend {
  readonly pools = new Map<string, SubnetPool>();

  #get(id: string): SubnetPool {
    const pool = this.pools.get(id);
    if (!pool) throw domainError('SubnetPoolNotFound', { subnetpool_id: id });
    return pool;
  }

  async listSubnetPools(_ctx: RequestContext, _filters: ListFilters): Promise<SubnetPool[]> {
    return [...this.pools.values()];
  }

  async getSubnetPool(_ctx: RequestContext, id: string): Promise<SubnetPool> {
    return this.#get(id);
  }

  async createSubnetPools(_ctx: RequestContext, inputs: readonly SubnetPoolCreateInput[]): Promise<SubnetPool[]> {
    return inputs.map((input) => {
      const pool: SubnetPool = {
        id: newId(), name: input.name, description: input.description, projectId: input.projectId, tags: [...input.tags], revisionNumber: 1, createdAt: NOW, updatedAt: NOW,
        ...newPoolShape(input.prefixes, input), shared: input.shared, isDefault: input.isDefault, defaultQuota: input.defaultQuota, allocationSerial: 0,
      };
      this.pools.set(pool.id, pool);
      return pool;
    });
  }

  async updateSubnetPool(_ctx: RequestContext, id: string, input: SubnetPoolUpdateInput, _precondition: Precondition): Promise<SubnetPool> {
    const current = this.#get(id);
    const pool: SubnetPool = { ...current, ...updatedPoolShape(current, input.prefixes, input), name: input.name ?? current.name, revisionNumber: current.revisionNumber + 1 };
    this.pools.set(id, pool);
    return pool;
  }

  async deleteSubnetPool(_ctx: RequestContext, id: string): Promise<void> {
    this.#get(id);
    this.pools.delete(id);
  }
}
