import type { SubnetPool } from '@trellis/domain';
import type { ListFilters } from '../../backend';
import type { RequestContext } from '../../context';
import type { Precondition } from '../../if-match';
import type { PrefixlenRequest } from './rules';

export interface SubnetPoolCreateInput extends PrefixlenRequest {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly prefixes: readonly string[];
  readonly shared: boolean;
  readonly isDefault: boolean;
  /** null = unlimited. */
  readonly defaultQuota: number | null;
  readonly tags: readonly string[];
}

export interface SubnetPoolUpdateInput extends PrefixlenRequest {
  readonly name?: string;
  readonly description?: string;
  /** The new prefix list; it must cover the current one. */
  readonly prefixes?: readonly string[];
  readonly isDefault?: boolean;
  readonly defaultQuota?: number | null;
  readonly tags?: readonly string[];
}

/**
 * What the subnet pool routes need. Central implements it on its store (subnets are allocated
 * from a pool in the subnet's transaction); a region forwards to central. Reads return every
 * matching pool; visibility is applied by the routes.
 */
export interface SubnetPoolBackend {
  listSubnetPools(ctx: RequestContext, filters: ListFilters): Promise<SubnetPool[]>;
  /** Throws SubnetPoolNotFound. */
  getSubnetPool(ctx: RequestContext, id: string): Promise<SubnetPool>;
  createSubnetPools(ctx: RequestContext, inputs: readonly SubnetPoolCreateInput[]): Promise<SubnetPool[]>;
  updateSubnetPool(ctx: RequestContext, id: string, input: SubnetPoolUpdateInput, precondition: Precondition): Promise<SubnetPool>;
  /** Throws SubnetPoolInUse while subnets allocated from it remain. */
  deleteSubnetPool(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
}
