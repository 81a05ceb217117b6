// Identity in one place: who calls (inbound) and as whom Trellis calls others (outbound).
export { ANONYMOUS_CONTEXT, headerValue, type AuthProvider, type AuthRequest, type RequestContext } from './request-context';
export { isPublicPath } from './public-paths';
export { noAuthProvider, type NoAuthOptions } from './noauth-provider';
export { AuthConfigSchema, KeystoneAuthConfigSchema, KeystoneCredentialsSchema, type AuthConfig, type KeystoneAuthConfig, type KeystoneCredentials } from './auth-config';
export { createAuth, type AuthSetup } from './create-auth';
export { keystoneIdentity, trustedHeaderIdentity, type OutboundIdentity } from './outbound-identity';
export { KeystoneSession, type KeystoneSessionOptions } from './keystone/password-session';
export { TokenValidator } from './keystone/token-validator';
export { keystoneAuthProvider, type KeystoneAuthProvider, type KeystoneProviderOptions, type TokenSource } from './keystone/keystone-provider';
export { ValidationCache } from './keystone/validation-cache';
export { findEndpoint, type CatalogService, type EndpointFilter } from './keystone/catalog';
export { identityV3Url } from './keystone/keystone-http';
export { parseTokenBody, type TokenInfo } from './keystone/token-info';
