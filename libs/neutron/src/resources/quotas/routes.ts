import type { FastifyInstance } from 'fastify';
import type { QuotaBackend } from './backend';
import { quotaUpdateInput } from './input';
import { projectQuotaToJson, quotaDetailsToJson, quotaToJson } from './json';
import { assertQuotaAdmin, assertQuotaReadable } from './policy';
import { ProjectParams, QuotaUpdateRequest, type ProjectParamsValue, type QuotaUpdateBody } from './schema';

/** `quotas` and `quota_details`: `/v2.0/quotas[/{project_id}[/default|/details]]`. */
export function registerQuotaRoutes(app: FastifyInstance, backend: QuotaBackend): void {
  app.get('/v2.0/quotas', async (request) => {
    const ctx = request.neutronContext;
    assertQuotaAdmin(ctx, 'get_quota');
    return { quotas: (await backend.listQuotas(ctx)).map((q) => projectQuotaToJson(q.projectId, q.limits)) };
  });

  app.get('/v2.0/quotas/:projectId', { schema: { params: ProjectParams } }, async (request) => {
    const ctx = request.neutronContext;
    const { projectId } = request.params as ProjectParamsValue;
    assertQuotaReadable(ctx, projectId);
    return { quota: quotaToJson(await backend.getQuota(ctx, projectId)) };
  });

  app.get('/v2.0/quotas/:projectId/default', { schema: { params: ProjectParams } }, async (request) => {
    const ctx = request.neutronContext;
    const { projectId } = request.params as ProjectParamsValue;
    assertQuotaReadable(ctx, projectId);
    return { quota: quotaToJson(await backend.getDefaultQuota(ctx, projectId)) };
  });

  app.get('/v2.0/quotas/:projectId/details', { schema: { params: ProjectParams } }, async (request) => {
    const ctx = request.neutronContext;
    const { projectId } = request.params as ProjectParamsValue;
    assertQuotaReadable(ctx, projectId);
    return { quota: quotaDetailsToJson(await backend.getQuotaDetails(ctx, projectId)) };
  });

  app.put('/v2.0/quotas/:projectId', { schema: { params: ProjectParams, body: QuotaUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    assertQuotaAdmin(ctx, 'update_quota');
    const { projectId } = request.params as ProjectParamsValue;
    const body = (request.body as { quota: QuotaUpdateBody }).quota;
    return { quota: quotaToJson(await backend.updateQuota(ctx, projectId, quotaUpdateInput(body))) };
  });

  app.delete('/v2.0/quotas/:projectId', { schema: { params: ProjectParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    assertQuotaAdmin(ctx, 'delete_quota');
    const { projectId } = request.params as ProjectParamsValue;
    await backend.deleteQuota(ctx, projectId);
    return reply.code(204).send();
  });
}

/** Discovery entries, advertised wherever the routes are mounted. */
export const QUOTA_EXTENSIONS = [
  { alias: 'quotas', name: 'Quota management support', description: 'Expose functions for quotas management per project' },
  { alias: 'quota_details', name: 'Quota details management support', description: 'Expose functions for quotas usage statistics per project' },
] as const;
