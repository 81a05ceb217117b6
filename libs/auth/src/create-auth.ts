import { domainError } from '@trellis/domain';
import type { AuthConfig, KeystoneAuthConfig } from './auth-config';
import { keystoneAuthProvider } from './keystone/keystone-provider';
import { KeystoneSession } from './keystone/password-session';
import { TokenValidator } from './keystone/token-validator';
import { noAuthProvider } from './noauth-provider';
import { keystoneIdentity, trustedHeaderIdentity, type OutboundIdentity } from './outbound-identity';
import type { AuthProvider } from './request-context';

/** What a server process needs from its `auth` config: inbound validation and outbound identity. */
export interface AuthSetup {
  readonly provider: AuthProvider;
  readonly outbound: OutboundIdentity;
  /** The service user's session (keystone mode only). */
  readonly session?: KeystoneSession;
}

function keystoneSection(config: AuthConfig): KeystoneAuthConfig {
  if (config.keystone === undefined) throw domainError('InvalidConfig', { problems: "auth.mode is 'keystone' but auth.keystone is not set" });
  return config.keystone;
}

/** Builds the configured auth mode; keystone mode needs `auth.keystone`. */
export function createAuth(config: AuthConfig): AuthSetup {
  if (config.mode === 'noauth') {
    return { provider: noAuthProvider({ defaultProjectId: config.defaultProjectId }), outbound: trustedHeaderIdentity(config.defaultProjectId) };
  }
  const keystone = keystoneSection(config);
  const session = new KeystoneSession(keystone);
  const provider = keystoneAuthProvider({
    validator: new TokenValidator(session),
    identityUrl: session.identityUrl,
    cacheSize: keystone.cacheSize,
    cacheMaxTtlMs: keystone.cacheMaxTtlMs,
    refusedCacheTtlMs: keystone.refusedCacheTtlMs,
  });
  return { provider, outbound: keystoneIdentity(session), session };
}
