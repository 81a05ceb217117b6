import type { QuotaBackend, QuotaDetails, QuotaLimits, RequestContext } from '@trellis/neutron';
import type { QuotaService } from './quota-service';

/** The quota routes' backend on central: the store-backed quota service. */
export class CentralQuotas implements QuotaBackend {
  constructor(private readonly quotas: QuotaService) {}

  listQuotas(): Promise<{ projectId: string; limits: QuotaLimits }[]> {
    return this.quotas.list();
  }
  getQuota(_ctx: RequestContext, projectId: string): Promise<QuotaLimits> {
    return this.quotas.limits(projectId);
  }
  async getDefaultQuota(): Promise<QuotaLimits> {
    return this.quotas.defaults;
  }
  getQuotaDetails(_ctx: RequestContext, projectId: string): Promise<QuotaDetails> {
    return this.quotas.details(projectId);
  }
  updateQuota(_ctx: RequestContext, projectId: string, limits: Partial<QuotaLimits>): Promise<QuotaLimits> {
    return this.quotas.update(projectId, limits);
  }
  deleteQuota(_ctx: RequestContext, projectId: string): Promise<void> {
    return this.quotas.reset(projectId);
  }
}
