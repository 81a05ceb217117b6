import 'vitest';
import type { KeystoneUser } from '@trellis/testkit';

/** What the global setup started, handed to every test file (`inject('cloud')`). */
export interface CloudInfo {
  /** Keystone's identity URL (`…/v3`). */
  readonly keystoneUrl: string;
  readonly admin: KeystoneUser;
  readonly users: {
    readonly memberA: KeystoneUser;
    readonly readerA: KeystoneUser;
    readonly memberB: KeystoneUser;
    readonly readerB: KeystoneUser;
    readonly neutron: KeystoneUser;
    readonly nova: KeystoneUser;
  };
  readonly centralUrl: string;
  readonly agentUrl: string;
  readonly novaUrl: string;
  /** keystone.conf `[token] expiration` in seconds. */
  readonly tokenLifetimeSeconds: number;
  /** central-api's `auth.keystone.cacheMaxTtlMs`: how long a revoked token may still pass. */
  readonly cacheMaxTtlMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    cloud: CloudInfo;
  }
}
