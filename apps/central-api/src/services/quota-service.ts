import { Collections, domainError } from '@trellis/domain';
import {
  Indexes, QUOTA_RESOURCES, effectiveLimits, overLimit, pythonList, type QuotaDetails, type QuotaLimits, type QuotaResource, type StoredQuota,
} from '@trellis/neutron';
import type { Store } from '@trellis/store';
import { TxnBuilder, retryOnConflict } from './store-txn';

/** Where each resource's per-project usage is counted: its collection and owner index. */
const USAGE: Readonly<Record<QuotaResource, { collection: string; index: string }>> = {
  network: { collection: Collections.networks, index: Indexes.networksByProject },
  subnet: { collection: Collections.subnets, index: Indexes.subnetsByProject },
  port: { collection: Collections.ports, index: Indexes.portsByProject },
  router: { collection: Collections.routers, index: Indexes.routersByProject },
  security_group: { collection: Collections.securityGroups, index: Indexes.securityGroupsByProject },
  security_group_rule: { collection: Collections.securityGroupRules, index: Indexes.securityGroupRulesByProject },
};

/**
 * Per-project quotas: explicit limits in the store's `quotas` collection (so every replica
 * agrees), configured defaults elsewhere; usage counted through the owner indexes.
 *
 * Like Neutron's default driver (DbQuotaNoLockDriver) the check runs before the create's
 * transaction and takes no lock: creates racing in one project may pass a limit by the few
 * resources that were in flight together.
 */
export class QuotaService {
  constructor(private readonly store: Store, readonly defaults: QuotaLimits) {}

  async stored(projectId: string): Promise<Partial<QuotaLimits> | undefined> {
    return (await this.store.get<StoredQuota>(Collections.quotas, projectId))?.value.limits;
  }

  async limits(projectId: string): Promise<QuotaLimits> {
    return effectiveLimits(this.defaults, await this.stored(projectId));
  }

  /** Projects with explicit limits. */
  async list(): Promise<{ projectId: string; limits: QuotaLimits }[]> {
    return (await this.store.list<StoredQuota>(Collections.quotas)).map((i) => ({ projectId: i.value.projectId, limits: effectiveLimits(this.defaults, i.value.limits) }));
  }

  async used(projectId: string): Promise<Record<QuotaResource, number>> {
    const counts = await Promise.all(QUOTA_RESOURCES.map((r) => this.store.count(USAGE[r].collection, { index: USAGE[r].index, value: projectId })));
    return Object.fromEntries(QUOTA_RESOURCES.map((r, i) => [r, counts[i]])) as Record<QuotaResource, number>;
  }

  async details(projectId: string): Promise<QuotaDetails> {
    const [limits, used] = await Promise.all([this.limits(projectId), this.used(projectId)]);
    return Object.fromEntries(QUOTA_RESOURCES.map((r) => [r, { used: used[r], limit: limits[r], reserved: 0 }])) as QuotaDetails;
  }

  async update(projectId: string, limits: Partial<QuotaLimits>): Promise<QuotaLimits> {
    return retryOnConflict(async () => {
      const item = await this.store.get<StoredQuota>(Collections.quotas, projectId);
      const merged: StoredQuota = { projectId, limits: { ...item?.value.limits, ...limits } };
      await this.store.commit(new TxnBuilder().expect(Collections.quotas, projectId, item).put(Collections.quotas, projectId, merged).txn);
      return effectiveLimits(this.defaults, merged.limits);
    });
  }

  /** Back to the defaults (Neutron answers 204 whether or not limits were set). */
  async reset(projectId: string): Promise<void> {
    const item = await this.store.get<StoredQuota>(Collections.quotas, projectId);
    if (item) await this.store.commit(new TxnBuilder().delete(Collections.quotas, projectId).txn);
  }

  /**
   * Throws OverQuota when creating these resources (one per owner project listed) would pass a
   * project's limit. A bulk request is checked as a whole, so it fails before creating any.
   */
  async assertWithin(resource: QuotaResource, owners: readonly { readonly projectId: string }[]): Promise<void> {
    const requested = new Map<string, number>();
    for (const { projectId } of owners) requested.set(projectId, (requested.get(projectId) ?? 0) + 1);
    for (const [projectId, count] of requested) {
      const limits = await this.limits(projectId);
      if (limits[resource] < 0) continue;
      const used = await this.store.count(USAGE[resource].collection, { index: USAGE[resource].index, value: projectId });
      const overs = overLimit(limits, { [resource]: used }, { [resource]: count });
      if (overs.length > 0) throw domainError('OverQuota', { overs: pythonList(overs) });
    }
  }
}
