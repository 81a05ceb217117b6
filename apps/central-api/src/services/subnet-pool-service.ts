import { Collections, domainError, newId, newStandardAttrs, type Subnet, type SubnetPool } from '@trellis/domain';
import {
  Indexes, allocatePrefix, assertWithinPoolQuota, canRead, checkPrecondition, newPoolShape, updatedPoolShape, type ListFilters, type Precondition, type RequestContext,
  type SubnetCreateInput, type SubnetPoolBackend, type SubnetPoolCreateInput, type SubnetPoolUpdateInput,
} from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { KeyedSerialiser } from './keyed-serialiser';
import { TxnBuilder, retryOnConflict } from './store-txn';

const badSubnet = (msg: string) => domainError('BadRequest', { resource: 'subnets', msg });

/** What a subnet create takes from its pool (or its own CIDR when it names none). */
export interface ResolvedCidr {
  readonly cidr: string;
  readonly subnetpoolId: string | null;
}

/** The part of the pool service a subnet create uses: its CIDR, allocated in its transaction. */
export interface SubnetPrefixSource {
  /** True when the creates allocate from a pool (their transaction then retries on a lost race). */
  allocates(inputs: readonly SubnetCreateInput[]): boolean;
  /**
   * Runs a create that allocates from pools after this process's earlier allocations from the
   * same pools, so they do not race each other (replicas still do, and retry).
   */
  serialised<T>(inputs: readonly SubnetCreateInput[], create: () => Promise<T>): Promise<T>;
  /**
   * The CIDR of one subnet create: its own, or one allocated from its pool. The allocation
   * compares and bumps the pool in `txn`, so concurrent allocations from one pool cannot both
   * commit; `pending`: subnets created earlier in the same transaction.
   */
  resolveCidr(txn: TxnBuilder, input: SubnetCreateInput, pending: readonly Subnet[]): Promise<ResolvedCidr>;
}

/**
 * Subnet pools (`subnet_allocation`, `default-subnetpools`) on the central store, and the
 * allocation of subnet CIDRs from them (Neutron's SubnetAllocator).
 */
export class SubnetPoolService implements SubnetPoolBackend, SubnetPrefixSource {
  private readonly allocations = new KeyedSerialiser();
  /** Pools already compared and bumped in a transaction (a key may appear once per transaction). */
  private readonly guarded = new WeakMap<TxnBuilder, Set<string>>();

  constructor(
    private readonly store: Store,
    private readonly now: () => string,
  ) {}

  async get(id: string): Promise<Item<SubnetPool>> {
    const item = await this.store.get<SubnetPool>(Collections.subnetpools, id);
    if (!item) throw domainError('SubnetPoolNotFound', { subnetpool_id: id });
    return item;
  }

  async listSubnetPools(_ctx: RequestContext, filters: ListFilters): Promise<SubnetPool[]> {
    if (filters.id) return (await this.store.getMany<SubnetPool>(Collections.subnetpools, filters.id)).flatMap((i) => (i ? [i.value] : []));
    return (await this.store.list<SubnetPool>(Collections.subnetpools)).map((i) => i.value);
  }

  async getSubnetPool(_ctx: RequestContext, id: string): Promise<SubnetPool> {
    return (await this.get(id)).value;
  }

  async createSubnetPools(_ctx: RequestContext, inputs: readonly SubnetPoolCreateInput[]): Promise<SubnetPool[]> {
    const at = this.now();
    const pools: SubnetPool[] = [];
    for (const input of inputs) {
      const shape = newPoolShape(input.prefixes, input);
      if (input.defaultQuota !== null) assertQuotaValue(input.defaultQuota);
      const pool: SubnetPool = {
        ...newStandardAttrs(input, at, newId()),
        ...shape,
        shared: input.shared,
        isDefault: input.isDefault,
        defaultQuota: input.defaultQuota,
        allocationSerial: 0,
      };
      if (pool.isDefault) await this.assertNoOtherDefault(pool, pools);
      pools.push(pool);
    }
    const b = new TxnBuilder();
    for (const p of pools) b.create(Collections.subnetpools, p.id, p);
    await this.store.commit(b.txn);
    return pools;
  }

  async updateSubnetPool(_ctx: RequestContext, id: string, input: SubnetPoolUpdateInput, precondition: Precondition): Promise<SubnetPool> {
    return retryOnConflict(async () => {
      const item = await this.get(id);
      checkPrecondition(precondition, item.value.revisionNumber);
      const shape = updatedPoolShape(item.value, input.prefixes, input);
      if (input.defaultQuota !== undefined && input.defaultQuota !== null) assertQuotaValue(input.defaultQuota);
      const next: SubnetPool = {
        ...item.value,
        ...shape,
        name: input.name ?? item.value.name,
        description: input.description ?? item.value.description,
        isDefault: input.isDefault ?? item.value.isDefault,
        defaultQuota: input.defaultQuota === undefined ? item.value.defaultQuota : input.defaultQuota,
        tags: input.tags ?? item.value.tags,
        revisionNumber: item.value.revisionNumber + 1,
        updatedAt: this.now(),
      };
      if (next.isDefault && !item.value.isDefault) await this.assertNoOtherDefault(next, []);
      await this.store.commit(new TxnBuilder().expect(Collections.subnetpools, id, item).put(Collections.subnetpools, id, next).txn);
      return next;
    });
  }

  /**
   * Refused while subnets allocated from the pool remain (Neutron's SubnetPoolDeleteError). The
   * compare on the pool fails the delete when a subnet was allocated from it since the read.
   */
  async deleteSubnetPool(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    const item = await this.get(id);
    checkPrecondition(precondition, item.value.revisionNumber);
    if ((await this.store.count(Collections.subnets, { index: Indexes.subnetsByPool, value: id })) > 0) {
      throw domainError('SubnetPoolDeleteError', { reason: 'Subnet pool has existing allocations' });
    }
    await this.store.commit(new TxnBuilder().expect(Collections.subnetpools, id, item).delete(Collections.subnetpools, id).txn);
  }

  /** A subnet create may name only pools the caller can read (others do not exist for it). */
  async assertPoolsVisible(ctx: RequestContext, inputs: readonly SubnetCreateInput[]): Promise<void> {
    for (const id of new Set(inputs.flatMap((i) => (i.subnetpoolId === undefined ? [] : [i.subnetpoolId])))) {
      if (!canRead(ctx, (await this.get(id)).value)) throw domainError('SubnetPoolNotFound', { subnetpool_id: id });
    }
  }

  allocates(inputs: readonly SubnetCreateInput[]): boolean {
    return inputs.some((i) => i.subnetpoolId !== undefined || i.useDefaultSubnetpool === true);
  }

  serialised<T>(inputs: readonly SubnetCreateInput[], create: () => Promise<T>): Promise<T> {
    // A default-pool request is keyed by its IP version: its pool is known only once read.
    const keys = inputs.flatMap((i) => (i.subnetpoolId !== undefined ? [i.subnetpoolId] : i.useDefaultSubnetpool === true ? [`default-v${i.ipVersion}`] : []));
    return this.allocations.run(keys, create);
  }

  async resolveCidr(txn: TxnBuilder, input: SubnetCreateInput, pending: readonly Subnet[]): Promise<ResolvedCidr> {
    const poolId = input.subnetpoolId ?? (input.useDefaultSubnetpool === true ? await this.defaultPoolId(input.ipVersion) : undefined);
    if (poolId === undefined) {
      if (input.cidr === undefined) throw badSubnet('a subnetpool must be specified in the absence of a cidr');
      await this.assertPoolAffinity(input, input.cidr.includes(':') ? 6 : 4, null, pending);
      return { cidr: input.cidr, subnetpoolId: null };
    }
    if (input.cidr === undefined && input.allocationPools !== undefined && input.allocationPools.length > 0) {
      throw badSubnet('allocation_pools allowed only for specific subnet requests');
    }
    const item = await this.get(poolId);
    const pool = item.value;
    if (input.ipVersion !== undefined && input.ipVersion !== pool.ipVersion) {
      throw badSubnet(`Cannot allocate IPv${input.ipVersion} subnet from IPv${pool.ipVersion} subnet pool`);
    }
    await this.assertPoolAffinity(input, pool.ipVersion, poolId, pending);
    const stored = (await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByPool, value: poolId })).map((s) => s.value);
    const allocated = [...stored, ...pending.filter((s) => s.subnetpoolId === poolId)];
    const cidr = allocatePrefix(pool, allocated.map((s) => s.cidr), input.cidr !== undefined ? { cidr: input.cidr } : { prefixlen: input.prefixlen ?? pool.defaultPrefixlen });
    assertWithinPoolQuota(pool, allocated.filter((s) => s.projectId === input.projectId).map((s) => s.cidr), cidr);
    // Neutron's pool `hash` update: a concurrent allocation from this pool loses the compare.
    const guarded = this.guarded.get(txn) ?? new Set<string>();
    if (!guarded.has(poolId)) {
      txn.expect(Collections.subnetpools, poolId, item).put(Collections.subnetpools, poolId, { ...pool, allocationSerial: pool.allocationSerial + 1 });
      this.guarded.set(txn, guarded.add(poolId));
    }
    return { cidr, subnetpoolId: poolId };
  }

  /**
   * Neutron's `_validate_network_subnetpools`: a network's subnets of one IP version all come from
   * the same pool, or none of them from a pool.
   */
  private async assertPoolAffinity(input: SubnetCreateInput, ipVersion: number, poolId: string | null, pending: readonly Subnet[]): Promise<void> {
    const siblings = [
      ...(await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: input.networkId })).map((s) => s.value),
      ...pending.filter((s) => s.networkId === input.networkId),
    ];
    if (siblings.some((s) => s.ipVersion === ipVersion && (s.subnetpoolId ?? null) !== poolId)) throw domainError('NetworkSubnetPoolAffinityError', {});
  }

  /** `use_default_subnetpool`: the default pool of the subnet's IP version. */
  private async defaultPoolId(ipVersion: number | undefined): Promise<string> {
    if (ipVersion !== 4 && ipVersion !== 6) throw badSubnet('ip_version must be specified in the absence of cidr and subnetpool_id');
    const found = (await this.store.list<SubnetPool>(Collections.subnetpools)).find((i) => i.value.isDefault && i.value.ipVersion === ipVersion);
    if (!found) throw badSubnet(`No default subnetpool found for IPv${ipVersion}`);
    return found.value.id;
  }

  /** One default pool per IP version (Neutron's `_check_default_subnetpool_exists`). */
  private async assertNoOtherDefault(pool: SubnetPool, pending: readonly SubnetPool[]): Promise<void> {
    const others = [...(await this.store.list<SubnetPool>(Collections.subnetpools)).map((i) => i.value), ...pending];
    if (others.some((o) => o.id !== pool.id && o.isDefault && o.ipVersion === pool.ipVersion)) {
      throw domainError('InvalidInput', { error_message: 'A default subnetpool for this IP family has already been set. Only one default may exist per IP family' });
    }
  }
}

/** `default_quota` is validated as neutron-lib's `type:non_negative`. */
function assertQuotaValue(quota: number): void {
  if (quota < 0) throw domainError('InvalidInput', { error_message: `Invalid input for default_quota. Reason: '${quota}' should be non-negative` });
}
