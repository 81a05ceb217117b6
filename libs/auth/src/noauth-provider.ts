import { headerValue, type AuthProvider, type RequestContext } from './request-context';

export interface NoAuthOptions {
  /** Project of requests that carry no X-Project-Id header. */
  readonly defaultProjectId: string;
}

const nonEmpty = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/**
 * `noauth`: trusts the headers keystonemiddleware would set, so anything that can reach the port
 * is whoever it claims to be. Only an ABSENT X-Roles makes the caller an admin (the all-in-one
 * default); a present one, even empty, grants exactly the roles it lists.
 */
export function noAuthProvider(options: NoAuthOptions): AuthProvider {
  return {
    mode: 'noauth',
    authenticate(request): RequestContext {
      const projectId = nonEmpty(headerValue(request, 'x-project-id')) ?? nonEmpty(headerValue(request, 'x-tenant-id')) ?? options.defaultProjectId;
      const rolesHeader = headerValue(request, 'x-roles');
      const roles = rolesHeader === undefined ? ['admin'] : rolesHeader.split(',').map((r) => r.trim()).filter((r) => r !== '');
      const userId = nonEmpty(headerValue(request, 'x-user-id'));
      return { ...(userId ? { userId } : {}), projectId, roles, isAdmin: roles.includes('admin') };
    },
  };
}
