import { domainError } from '@trellis/domain';
import type { KeystoneSession } from './keystone/password-session';
import type { RequestContext } from './request-context';

/**
 * The identity headers of a call one Trellis process makes to another on behalf of a caller
 * (`ctx`) or of itself (no `ctx`).
 */
export interface OutboundIdentity {
  headers(ctx?: RequestContext): Promise<Record<string, string>>;
  /** The peer answered 401 to these headers: drop whatever of ours it refused. */
  refused(headers: Readonly<Record<string, string>>): void;
}

/** Roles sent on: the peer must never treat a member as admin (noauth makes "no X-Roles" admin). */
function rolesHeader(ctx: RequestContext): string {
  const roles = ctx.roles.filter((r) => r !== 'admin');
  if (ctx.isAdmin) roles.unshift('admin');
  return (roles.length > 0 ? roles : ['member']).join(',');
}

/** noauth: the caller's project and roles as trusted headers; the process itself is admin. */
export function trustedHeaderIdentity(serviceProjectId: string): OutboundIdentity {
  return {
    async headers(ctx): Promise<Record<string, string>> {
      return { 'x-project-id': ctx?.projectId ?? serviceProjectId, 'x-roles': ctx ? rolesHeader(ctx) : 'admin' };
    },
    refused() {},
  };
}

/**
 * keystone: the caller's own token plus this process's service token (keystonemiddleware's
 * service-token pattern), or the service token alone for the process's own calls. A caller
 * context without a token is refused: sending the service token instead would lend it our roles.
 */
export function keystoneIdentity(session: KeystoneSession): OutboundIdentity {
  return {
    async headers(ctx): Promise<Record<string, string>> {
      const serviceToken = await session.token();
      if (ctx === undefined) return { 'x-auth-token': serviceToken };
      if (ctx.token === undefined) throw domainError('HTTPUnauthorized', { reason: 'the request carried no token to forward' });
      return { 'x-auth-token': ctx.token, 'x-service-token': serviceToken };
    },
    refused(headers) {
      const own = headers['x-service-token'] ?? headers['x-auth-token'];
      if (own !== undefined) session.invalidate(own);
    },
  };
}
