import { domainError } from '@trellis/domain';
import { isPublicPath } from '../public-paths';
import { ANONYMOUS_CONTEXT, headerValue, type AuthProvider, type RequestContext } from '../request-context';
import type { TokenInfo } from './token-info';
import { ValidationCache } from './validation-cache';

/** What the provider needs of a validator (a TokenValidator; tests pass a stub). */
export interface TokenSource {
  validate(token: string): Promise<TokenInfo | undefined>;
}

export interface KeystoneProviderOptions {
  readonly validator: TokenSource;
  /** Keystone's public identity URL, announced in WWW-Authenticate. */
  readonly identityUrl: string;
  readonly cacheSize: number;
  readonly cacheMaxTtlMs: number;
  /**
   * How long a token Keystone refused is refused again without asking (invalid, expired and
   * revoked tokens never become valid); 0 asks every time. Default 10 s. Bounded by `cacheSize`
   * entries of its own, so a flood of bad tokens cannot evict valid ones.
   */
  readonly refusedCacheTtlMs?: number;
  readonly now?: () => number;
}

/** A keystone provider with its cache counters (for metrics and tests). */
export interface KeystoneAuthProvider extends AuthProvider {
  readonly stats: { hits: number; misses: number; refusedHits: number; readonly cached: number };
}

/** Default of {@link KeystoneProviderOptions.refusedCacheTtlMs}. */
export const DEFAULT_REFUSED_CACHE_TTL_MS = 10_000;

/**
 * keystonemiddleware's `auth_token` for Trellis: X-Auth-Token validated against Keystone (cached
 * until expiry, bounded), 401 HTTPUnauthorized when it is missing or refused. A valid
 * X-Service-Token with the `service` role marks the context `isService`; an invalid one is refused
 * like an invalid user token.
 */
export function keystoneAuthProvider(options: KeystoneProviderOptions): KeystoneAuthProvider {
  const cache = new ValidationCache<TokenInfo>(options.cacheSize, options.cacheMaxTtlMs, options.now);
  const refusedTtlMs = options.refusedCacheTtlMs ?? DEFAULT_REFUSED_CACHE_TTL_MS;
  const refused = new ValidationCache<true>(options.cacheSize, refusedTtlMs, options.now);
  const stats = {
    hits: 0,
    misses: 0,
    refusedHits: 0,
    get cached() {
      return cache.size;
    },
  };

  // Concurrent requests with a token not yet cached share one validation (a client opening
  // several connections at once would otherwise send Keystone one validation per connection).
  const inFlight = new Map<string, Promise<TokenInfo | undefined>>();
  const validate = async (token: string): Promise<TokenInfo | undefined> => {
    try {
      const info = await options.validator.validate(token);
      if (info !== undefined) cache.set(token, info, info.expiresAtMs);
      else refused.set(token, true, Number.POSITIVE_INFINITY);
      return info;
    } finally {
      inFlight.delete(token);
    }
  };
  const lookup = (token: string): Promise<TokenInfo | undefined> => {
    const cached = cache.get(token);
    if (cached !== undefined) {
      stats.hits++;
      return Promise.resolve(cached);
    }
    if (refused.get(token)) {
      stats.refusedHits++;
      return Promise.resolve(undefined);
    }
    let pending = inFlight.get(token);
    if (pending === undefined) {
      stats.misses++;
      pending = validate(token);
      inFlight.set(token, pending);
    }
    return pending;
  };

  return {
    mode: 'keystone',
    challenge: `Keystone uri="${options.identityUrl.replace(/\/v3$/, '')}"`,
    stats,
    async authenticate(request): Promise<RequestContext> {
      if (isPublicPath(request.url)) return ANONYMOUS_CONTEXT;
      const token = headerValue(request, 'x-auth-token');
      if (token === undefined || token === '') throw domainError('HTTPUnauthorized', { reason: 'no X-Auth-Token was given' });
      const info = await lookup(token);
      if (info === undefined) throw domainError('HTTPUnauthorized', { reason: 'the token is invalid, expired or revoked' });
      const serviceToken = headerValue(request, 'x-service-token');
      let isService = false;
      if (serviceToken !== undefined && serviceToken !== '') {
        const service = await lookup(serviceToken);
        if (service === undefined) throw domainError('HTTPUnauthorized', { reason: 'the service token is invalid, expired or revoked' });
        isService = service.roles.includes('service');
      }
      return {
        userId: info.userId,
        projectId: info.projectId ?? '',
        roles: info.roles,
        isAdmin: info.roles.includes('admin'),
        ...(isService ? { isService } : {}),
        token,
      };
    },
  };
}
