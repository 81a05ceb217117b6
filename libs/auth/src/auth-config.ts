import { Type, type Static } from '@sinclair/typebox';

/** A Keystone user that authenticates with a password (Trellis's own service users). */
export const KeystoneCredentialsSchema = Type.Object(
  {
    /** Keystone's identity URL, with or without the trailing `/v3`. */
    authUrl: Type.String({ pattern: '^https?://[^\\s/]+(/.*)?$' }),
    username: Type.String({ minLength: 1 }),
    password: Type.String({ minLength: 1 }),
    projectName: Type.String({ minLength: 1 }),
    userDomainName: Type.String({ minLength: 1, default: 'Default' }),
    projectDomainName: Type.String({ minLength: 1, default: 'Default' }),
    /** Bound of one call to Keystone. */
    timeoutMs: Type.Integer({ minimum: 50, maximum: 120_000, default: 5_000 }),
  },
  { additionalProperties: false },
);

export type KeystoneCredentials = Static<typeof KeystoneCredentialsSchema>;

/** keystonemiddleware `auth_token` settings: the service user plus the validation cache. */
export const KeystoneAuthConfigSchema = Type.Composite(
  [
    KeystoneCredentialsSchema,
    Type.Object({
      /** Validated tokens kept (LRU); 0 = every request asks Keystone. */
      cacheSize: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 10_000 }),
      /**
       * A validation is reused until the token expires, but at most this long: the window in which
       * a revoked token is still accepted (keystonemiddleware's `token_cache_time`, 300 s).
       */
      cacheMaxTtlMs: Type.Integer({ minimum: 0, maximum: 86_400_000, default: 300_000 }),
      /** A token Keystone refused is refused again without asking for this long (0 = ask every time). */
      refusedCacheTtlMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 3_600_000, default: 10_000 })),
    }),
  ],
  { additionalProperties: false },
);

export type KeystoneAuthConfig = Static<typeof KeystoneAuthConfigSchema>;

/**
 * The `auth` section of central-api and cell-agent. `noauth` trusts X-Project-Id / X-Roles
 * headers (the all-in-one); `keystone` validates X-Auth-Token and needs `keystone`.
 */
export const AuthConfigSchema = Type.Object(
  {
    mode: Type.Union([Type.Literal('noauth'), Type.Literal('keystone')], { default: 'noauth' }),
    /** noauth: project of requests without X-Project-Id (and of a cell-agent's own calls). */
    defaultProjectId: Type.String({ minLength: 1, default: 'admin' }),
    keystone: Type.Optional(KeystoneAuthConfigSchema),
  },
  { additionalProperties: false },
);

export type AuthConfig = Static<typeof AuthConfigSchema>;
