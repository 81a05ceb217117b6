import { domainError } from '@trellis/domain';
import type { RequestContext } from './context';

/**
 * Neutron's default policy, reduced to what Trellis serves: members see and change their
 * project's resources (and may read shared networks); admin-only attributes and APIs.
 */

/**
 * True when the caller may read a resource of `projectId`; networks also when `shared` or
 * external (Neutron's `get_network`: `rule:shared or rule:external`).
 */
export function canRead(ctx: RequestContext, resource: { projectId: string; shared?: boolean; routerExternal?: boolean }): boolean {
  return ctx.isAdmin || resource.projectId === ctx.projectId || resource.shared === true || resource.routerExternal === true;
}

/** True when the caller owns the resource (or is admin). */
export function canWrite(ctx: RequestContext, resource: { projectId: string }): boolean {
  return ctx.isAdmin || resource.projectId === ctx.projectId;
}

/** Throws PolicyNotAuthorized unless the caller is an admin. */
export function assertAdmin(ctx: RequestContext, action: string): void {
  if (!ctx.isAdmin) throw domainError('PolicyNotAuthorized', { action });
}

/** Attribute prefixes only admins may set (Neutron: `rule:admin_only`). */
const ADMIN_ONLY_WRITE = ['provider:', 'binding:host_id', 'binding:profile', 'shared', 'router:external'];

/** Refuses admin-only attributes in a request body written by a non-admin. */
export function assertAttributesAllowed(ctx: RequestContext, action: string, body: Readonly<Record<string, unknown>>): void {
  if (ctx.isAdmin) return;
  for (const key of Object.keys(body)) {
    if (ADMIN_ONLY_WRITE.some((p) => key === p || (p.endsWith(':') && key.startsWith(p)))) {
      throw domainError('PolicyNotAuthorized', { action: `${action}:${key}` });
    }
    if ((key === 'project_id' || key === 'tenant_id') && body[key] !== ctx.projectId) {
      throw domainError('PolicyNotAuthorized', { action: `${action}:${key}` });
    }
  }
}

/** Attributes hidden from non-admin readers (Neutron shows them to admins only). */
const ADMIN_ONLY_READ = ['provider:network_type', 'provider:physical_network', 'provider:segmentation_id', 'binding:host_id', 'binding:profile', 'binding:vif_type', 'binding:vif_details'];

/** Removes admin-only attributes from a rendered resource for non-admin callers. */
export function redactForCaller<T extends Record<string, unknown>>(ctx: RequestContext, json: T): T {
  if (ctx.isAdmin) return json;
  const copy: Record<string, unknown> = { ...json };
  for (const key of ADMIN_ONLY_READ) delete copy[key];
  return copy as T;
}
