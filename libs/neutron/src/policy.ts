import { domainError } from '@trellis/domain';
import type { RequestContext } from './context';
import type { FieldPolicy } from './resources/descriptor';
import { NEUTRON_RESOURCES } from './resources/registry';

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

let merged: Required<FieldPolicy> | undefined;

/** Every registered resource's admin-only attributes, merged. */
export function registeredFieldPolicy(): Required<FieldPolicy> {
  // Built on first use, not at load: the registry's resources import this module.
  merged ??= {
    adminOnlyWrite: NEUTRON_RESOURCES.flatMap((r) => r.fieldPolicy?.adminOnlyWrite ?? []),
    adminOnlyRead: NEUTRON_RESOURCES.flatMap((r) => r.fieldPolicy?.adminOnlyRead ?? []),
  };
  return merged;
}

/** Refuses admin-only attributes in a request body written by a non-admin. */
export function assertAttributesAllowed(ctx: RequestContext, action: string, body: Readonly<Record<string, unknown>>): void {
  if (ctx.isAdmin) return;
  const adminOnly = registeredFieldPolicy().adminOnlyWrite;
  for (const key of Object.keys(body)) {
    if (adminOnly.some((p) => key === p || (p.endsWith(':') && key.startsWith(p)))) {
      throw domainError('PolicyNotAuthorized', { action: `${action}:${key}` });
    }
    if ((key === 'project_id' || key === 'tenant_id') && body[key] !== ctx.projectId) {
      throw domainError('PolicyNotAuthorized', { action: `${action}:${key}` });
    }
  }
}

/** Removes admin-only attributes (Neutron shows them to admins only) from a rendered resource for non-admin callers. */
export function redactForCaller<T extends Record<string, unknown>>(ctx: RequestContext, json: T): T {
  if (ctx.isAdmin) return json;
  const copy: Record<string, unknown> = { ...json };
  for (const key of registeredFieldPolicy().adminOnlyRead) delete copy[key];
  return copy as T;
}

/** Roles that may change what the caller may otherwise change (secure RBAC: `member` and up). */
const WRITER_ROLES = ['admin', 'member', '_member_', 'service'];

/**
 * True for a secure-RBAC reader: holds `reader` and no role that writes. Keystone expands implied
 * roles (admin → member → reader), so a member's token lists `reader` too and stays a writer.
 */
export function isReadOnly(ctx: RequestContext): boolean {
  return !ctx.isAdmin && ctx.roles.includes('reader') && !ctx.roles.some((r) => WRITER_ROLES.includes(r));
}

const WRITE_VERBS: Readonly<Record<string, string>> = { POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

/** Neutron's action name of a write (`create_network`, `update_port` …) from its method and path. */
export function writeAction(method: string, url: string): string | undefined {
  const verb = WRITE_VERBS[method];
  if (verb === undefined) return undefined;
  const segments = url.split('?')[0].split('/').filter((s) => s !== '');
  const collection = segments.find((s) => !/^v\d+(\.\d+)?$/.test(s) && s !== 'admin') ?? 'resource';
  return `${verb}_${collection.replace(/ies$/, 'y').replace(/s$/, '')}`;
}

/** Refuses every write of a read-only caller (project reader can GET only). */
export function assertMayWrite(ctx: RequestContext, method: string, url: string): void {
  const action = writeAction(method, url);
  if (action !== undefined && isReadOnly(ctx)) throw domainError('PolicyNotAuthorized', { action });
}
