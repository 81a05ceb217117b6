import type { KeystoneSession } from '@trellis/auth';

/** Where and as whom the next POST to nova-api goes. */
export interface NovaTarget {
  /** nova-api base URL (a trailing `/v2.1` is accepted). */
  readonly url: string;
  readonly token?: string;
}

/**
 * How the notifier reaches Nova: a fixed URL and token (noauth deployments), or a Keystone session
 * of a service user whose token is renewed and whose catalog names the endpoint.
 */
export interface NovaAccess {
  /** Rejects when Keystone cannot be reached (the batch is retried). */
  target(): Promise<NovaTarget>;
  /** Nova answered 401 to `target`; true when a new token may fix that (retry the batch). */
  refused(target: NovaTarget): boolean;
}

/** A fixed URL and optional static token. */
export function staticNovaAccess(url: string, token?: string): NovaAccess {
  const target = { url, ...(token === undefined ? {} : { token }) };
  return { target: async () => target, refused: () => false };
}

export interface KeystoneNovaAccessOptions {
  readonly session: KeystoneSession;
  /** Overrides the catalog (Neutron's `[nova] endpoint_override`); '' = from the catalog. */
  readonly url: string;
  /** Catalog interface: `public`, `internal` or `admin`. */
  readonly interface: string;
  /** Catalog region of nova-api; undefined = any. */
  readonly region?: string;
}

/** The service user's token, and nova-api's `compute` endpoint from its catalog. */
export function keystoneNovaAccess(options: KeystoneNovaAccessOptions): NovaAccess {
  const { session } = options;
  return {
    async target() {
      const token = await session.token();
      const url = options.url !== '' ? options.url : await session.endpoint({ type: 'compute', interface: options.interface, region: options.region });
      return { url, token };
    },
    refused(target) {
      if (target.token !== undefined) session.invalidate(target.token);
      return true;
    },
  };
}
