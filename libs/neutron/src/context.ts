import type { FastifyRequest } from 'fastify';

/** Who is calling: what Neutron's policy engine decides on. */
export interface RequestContext {
  readonly projectId: string;
  readonly roles: readonly string[];
  readonly isAdmin: boolean;
  /** The request's `Idempotency-Key`, so that a server forwarding a create can pass it on. */
  readonly idempotencyKey?: string;
}

/**
 * Turns a request into a context, or throws a DomainError. Pluggable so that a Keystone token
 * validator can replace the trusted-header `noauth` mode without touching the routes.
 */
export interface AuthProvider {
  readonly mode: string;
  authenticate(request: FastifyRequest): Promise<RequestContext> | RequestContext;
}

export interface NoAuthOptions {
  /** Project of requests that carry no X-Project-Id header. */
  readonly defaultProjectId: string;
}

const headerValue = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
};

/**
 * `noauth`: trusts the headers keystonemiddleware would set. Without X-Roles the caller is an
 * admin (the all-in-one default); with X-Roles it is an admin only when the list holds `admin`.
 */
export function noAuthProvider(options: NoAuthOptions): AuthProvider {
  return {
    mode: 'noauth',
    authenticate(request) {
      const projectId = headerValue(request, 'x-project-id') ?? headerValue(request, 'x-tenant-id') ?? options.defaultProjectId;
      const rolesHeader = headerValue(request, 'x-roles');
      const roles = rolesHeader === undefined ? ['admin'] : rolesHeader.split(',').map((r) => r.trim()).filter((r) => r !== '');
      return { projectId, roles, isAdmin: roles.includes('admin') };
    },
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the Neutron auth hook before any handler runs. */
    neutronContext: RequestContext;
  }
}
