import type { RequestContext } from '../../context';
import type { QuotaDetails, QuotaLimits } from './resources';

/** What the quota routes need: central keeps quotas in its store; a region forwards to central. */
export interface QuotaBackend {
  /** Projects with explicit limits, each with its effective limits. */
  listQuotas(ctx: RequestContext): Promise<{ projectId: string; limits: QuotaLimits }[]>;
  getQuota(ctx: RequestContext, projectId: string): Promise<QuotaLimits>;
  getDefaultQuota(ctx: RequestContext, projectId: string): Promise<QuotaLimits>;
  getQuotaDetails(ctx: RequestContext, projectId: string): Promise<QuotaDetails>;
  updateQuota(ctx: RequestContext, projectId: string, limits: Partial<QuotaLimits>): Promise<QuotaLimits>;
  /** Back to the defaults. */
  deleteQuota(ctx: RequestContext, projectId: string): Promise<void>;
}
