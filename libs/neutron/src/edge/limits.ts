/**
 * Bounds the REST edge enforces before anything reaches a backend or the store. Neutron's own
 * column sizes (255) fix the id and string limits; the free-form limits are ours: Neutron keeps
 * `binding:profile` as a JSON text column and never has to walk it, we encode it with msgpack.
 */
export interface EdgeLimits {
  /** Longest id, project id, name, device_id, device_owner or host id, in UTF-8 bytes. */
  readonly idMaxBytes: number;
  /** Deepest nesting of a free-form dict (`binding:profile`), counting the dict itself as 1. */
  readonly freeFormMaxDepth: number;
  /** Largest free-form dict, as UTF-8 JSON bytes. */
  readonly freeFormMaxBytes: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = {
  idMaxBytes: 255,
  freeFormMaxDepth: 32,
  freeFormMaxBytes: 4 * 1024,
};

/** Fastify's own HTTP bounds, shared by every Neutron server. */
export interface HttpLimits {
  readonly bodyLimitBytes: number;
  /** Whole request (headers and body) must arrive within this; slow bodies are cut (node answers 408). */
  readonly requestTimeoutMs: number;
  /** A socket idle this long is closed (0 = never). */
  readonly connectionTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: Omit<HttpLimits, 'bodyLimitBytes'> = {
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 60_000,
};

/**
 * Raw (still %-encoded) length of one path segment fastify routes at all. Wide enough that any id
 * of `idMaxBytes` bytes, fully %-encoded (3 characters a byte), reaches the route and its 404.
 */
export const MAX_PARAM_LENGTH = 1024;
