import { isErrorType } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { AuthProvider } from '../context';
import { installNeutronErrorHandling } from '../error-handler';
import { guardListFilters } from '../edge/filter-values';
import { installJsonBodies } from '../edge/json-bodies';
import { DEFAULT_EDGE_LIMITS, type EdgeLimits } from '../edge/limits';
import { installRequestGuard } from '../edge/request-guard';
import { assertAdmin, assertMayWrite } from '../policy';
import type { ResourceMount } from '../resources/descriptor';
import { NEUTRON_RESOURCES } from '../resources/registry';
import { API_EXTENSIONS, registerDiscoveryRoutes, type ExtensionInfo } from './discovery';

/** The endpoint's backends (which resources it mounts) and the edge's settings. */
export interface NeutronApiOptions extends ResourceMount {
  readonly auth: AuthProvider;
  readonly bodyLimitBytes: number;
  /** The API-wide extensions advertised (default API_EXTENSIONS); mounted resources add theirs. */
  readonly extensions?: readonly ExtensionInfo[];
  /** Id, free-form dict bounds (default DEFAULT_EDGE_LIMITS). */
  readonly limits?: Partial<EdgeLimits>;
}

/**
 * Mounts the Neutron v2.0 API on an app created with `neutronServerOptions()`: auth hook (a
 * request context on every request; the admin API for admins, a reader's writes refused), error
 * edge, JSON bodies, the request guard (ids, bodies, limits), discovery and the resource routes.
 * Routes the app adds afterwards get the same edge.
 */
export function registerNeutronApi(app: FastifyInstance, options: NeutronApiOptions): void {
  app.decorateRequest('neutronContext', null as never);
  const challenge = options.auth.challenge;
  app.addHook('onRequest', async (request, reply) => {
    let ctx;
    try {
      ctx = await options.auth.authenticate(request);
    } catch (err) {
      // Tells clients where to get a token (keystonemiddleware's `delay_auth_decision=False`).
      if (challenge !== undefined && isErrorType(err, 'HTTPUnauthorized')) reply.header('www-authenticate', challenge);
      throw err;
    }
    // The admin API is admins' whatever its routes check (one rule, not one per route).
    if (request.url.startsWith('/admin/')) assertAdmin(ctx, 'admin_api');
    assertMayWrite(ctx, request.method, request.url);
    const key = request.headers['idempotency-key'];
    request.neutronContext = typeof key === 'string' ? { ...ctx, idempotencyKey: key } : ctx;
  });
  installNeutronErrorHandling(app, { bodyLimitBytes: options.bodyLimitBytes });
  installJsonBodies(app);
  installRequestGuard(app, { ...DEFAULT_EDGE_LIMITS, ...options.limits });
  const mount: ResourceMount = { ...options, backend: guardListFilters(options.backend) };
  const mounted = NEUTRON_RESOURCES.filter((r) => r.mountedWhen?.(mount) ?? true);
  const resourceExtensions = mounted.flatMap((r) => r.extensions);
  registerDiscoveryRoutes(app, [...resourceExtensions, ...(options.extensions ?? API_EXTENSIONS)], mounted.flatMap((r) => r.collections));
  for (const resource of mounted) resource.register(app, mount);
}
