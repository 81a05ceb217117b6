import type { RequestContext } from '@trellis/auth';

// Identity lives in @trellis/auth; the Neutron API re-exports what its routes and apps use.
export { noAuthProvider, type AuthProvider, type NoAuthOptions, type RequestContext } from '@trellis/auth';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the Neutron auth hook before any handler runs. */
    neutronContext: RequestContext;
  }
}
