import { isErrorType } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { NeutronBackend, NetworkWriteBackend } from '../backend';
import type { AuthProvider } from '../context';
import { installNeutronErrorHandling } from '../error-handler';
import { guardListFilters } from '../edge/filter-values';
import { installJsonBodies } from '../edge/json-bodies';
import { DEFAULT_EDGE_LIMITS, type EdgeLimits } from '../edge/limits';
import { installRequestGuard } from '../edge/request-guard';
import { assertAdmin, assertMayWrite } from '../policy';
import { TRELLIS_EXTENSIONS, registerDiscoveryRoutes, type ExtensionInfo } from './discovery';
import { registerNetworkRoutes } from '../resources/networks';
import { registerPortBindingRoutes, registerPortRoutes } from '../resources/ports';
import { registerSubnetRoutes } from '../resources/subnets';
import { registerAvailabilityZoneRoutes } from './availability-zones';
import { QUOTA_EXTENSIONS, registerQuotaRoutes, type QuotaBackend } from '../resources/quotas';
import { TAG_EXTENSIONS, registerTagRoutes } from '../resources/tags';
import { AGENT_EXTENSIONS, registerAgentRoutes, type AgentBackend } from '../resources/agents';
import { ROUTER_EXTENSIONS, registerRouterRoutes, type RouterBackend } from '../resources/routers';

export interface NeutronApiOptions {
  readonly backend: NeutronBackend;
  /** Given on the server that owns networks and IPAM (central); omitted where they are read-only. */
  readonly networkWrites?: NetworkWriteBackend;
  readonly auth: AuthProvider;
  readonly bodyLimitBytes: number;
  readonly extensions?: readonly ExtensionInfo[];
  /** Mounts `quotas` / `quota_details` (and advertises them) when given. */
  readonly quotas?: QuotaBackend;
  /** The availability zones this endpoint knows (`GET /v2.0/availability_zones`). */
  readonly availabilityZones?: () => Promise<readonly string[]>;
  /** Id, free-form dict bounds (default DEFAULT_EDGE_LIMITS). */
  readonly limits?: Partial<EdgeLimits>;
  /** Mounts `agents` (and advertises `agent`) when given. */
  readonly agents?: AgentBackend;
  /** Mounts the tags sub-resources (and advertises `standard-attr-tag`); needs `networkWrites`. */
  readonly tags?: boolean;
  /** Mounts `routers` (and advertises `router`, `router_availability_zone`, `extraroute`) when given. */
  readonly routers?: RouterBackend;
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
  const backend = guardListFilters(options.backend);
  const extensions = options.extensions ?? TRELLIS_EXTENSIONS;
  registerDiscoveryRoutes(app, [...extensions, ...(options.quotas ? QUOTA_EXTENSIONS : []), ...(options.agents ? AGENT_EXTENSIONS : []), ...(options.tags && options.networkWrites ? TAG_EXTENSIONS : []), ...(options.routers ? ROUTER_EXTENSIONS : [])]);
  if (options.availabilityZones) registerAvailabilityZoneRoutes(app, options.availabilityZones);
  registerNetworkRoutes(app, backend, options.networkWrites);
  registerSubnetRoutes(app, backend, options.networkWrites);
  registerPortRoutes(app, backend);
  registerPortBindingRoutes(app, backend);
  if (options.quotas) registerQuotaRoutes(app, options.quotas);
  if (options.agents) registerAgentRoutes(app, options.agents);
  if (options.tags && options.networkWrites) registerTagRoutes(app, backend, options.networkWrites, options.routers);
  if (options.routers) registerRouterRoutes(app, options.routers);
}
