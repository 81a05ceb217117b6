import type { RequestContext } from '../context';

/** The project a create body names (`project_id`, else the legacy `tenant_id`), else the caller's. */
export const projectOf = (ctx: RequestContext, body: { project_id?: string; tenant_id?: string }): string => body.project_id ?? body.tenant_id ?? ctx.projectId;

/** `o` without its undefined members (an input says only what the request said). */
export const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
