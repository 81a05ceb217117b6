/** Who is calling: what Neutron's policy engine decides on. */
export interface RequestContext {
  /** Keystone user id; absent in `noauth` mode unless the caller sent X-User-Id. */
  readonly userId?: string;
  readonly projectId: string;
  readonly roles: readonly string[];
  readonly isAdmin: boolean;
  /**
   * True when the request also carried a valid X-Service-Token with the `service` role: another
   * OpenStack service (a cell-agent, Nova) acts for the user.
   */
  readonly isService?: boolean;
  /** The caller's own token, so that a server forwarding the request can pass it on. */
  readonly token?: string;
  /** The request's `Idempotency-Key`, so that a server forwarding a create can pass it on. */
  readonly idempotencyKey?: string;
}

/** What an AuthProvider reads of a request (a fastify request satisfies it). */
export interface AuthRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * Turns a request into a context, or throws a DomainError (HTTPUnauthorized for a missing or
 * refused token). Pluggable so that routes never know which identity service is in use.
 */
export interface AuthProvider {
  readonly mode: 'noauth' | 'keystone';
  /** The WWW-Authenticate value of 401 answers (keystonemiddleware: `Keystone uri="…"`). */
  readonly challenge?: string;
  authenticate(request: AuthRequest): Promise<RequestContext> | RequestContext;
}

/** The context of a request to a path served without identity (version discovery, health). */
export const ANONYMOUS_CONTEXT: RequestContext = Object.freeze({ projectId: '', roles: Object.freeze([]), isAdmin: false });

/** The first value of a header, trimmed; undefined when absent. An empty value stays ''. */
export function headerValue(request: AuthRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.trim();
}
