import { domainError } from '@trellis/domain';
import type { KeystoneCredentials } from '../auth-config';
import { findEndpoint, type CatalogService, type EndpointFilter } from './catalog';
import { identityV3Url, keystoneFetch } from './keystone-http';
import { parseTokenBody, type TokenInfo } from './token-info';

export interface KeystoneSessionOptions {
  /** Renew this long before expiry at most (half the token's lifetime when that is shorter). */
  readonly refreshMarginMs?: number;
  readonly now?: () => number;
}

interface Issued {
  readonly token: string;
  readonly info: TokenInfo;
  readonly refreshAtMs: number;
}

const DEFAULT_REFRESH_MARGIN_MS = 120_000;

/**
 * A service user's Keystone session (keystoneauth's password plugin): a project-scoped token
 * from `POST /v3/auth/tokens`, renewed before it expires, with the catalog it came with.
 * Concurrent callers share one authentication.
 */
export class KeystoneSession {
  readonly identityUrl: string;
  #issued: Issued | undefined;
  #pending: Promise<Issued> | undefined;
  readonly #now: () => number;
  readonly #marginMs: number;

  constructor(
    private readonly credentials: KeystoneCredentials,
    options: KeystoneSessionOptions = {},
  ) {
    this.identityUrl = identityV3Url(credentials.authUrl);
    this.#now = options.now ?? Date.now;
    this.#marginMs = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  }

  get timeoutMs(): number {
    return this.credentials.timeoutMs;
  }

  /** A token valid for a while yet; authenticates when there is none or it is due for renewal. */
  async token(): Promise<string> {
    return (await this.#current()).token;
  }

  /** The service catalog of the current token. */
  async catalog(): Promise<readonly CatalogService[]> {
    return (await this.#current()).info.catalog ?? [];
  }

  /** An endpoint URL from the catalog; NotFound when the catalog has none that matches. */
  async endpoint(filter: EndpointFilter): Promise<string> {
    const url = findEndpoint(await this.catalog(), filter);
    if (url === undefined) {
      throw domainError('NotFound', { resource: `${filter.interface} ${filter.type} endpoint${filter.region ? ` in region ${filter.region}` : ''} in the service catalog` });
    }
    return url;
  }

  /** Forgets `token` (a peer refused it), so the next call authenticates again. */
  invalidate(token: string): void {
    if (this.#issued?.token === token) this.#issued = undefined;
  }

  #current(): Promise<Issued> {
    const issued = this.#issued;
    if (issued !== undefined && this.#now() < issued.refreshAtMs) return Promise.resolve(issued);
    this.#pending ??= this.#authenticate().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  async #authenticate(): Promise<Issued> {
    const c = this.credentials;
    const obtainedAtMs = this.#now();
    const reply = await keystoneFetch(`${this.identityUrl}/auth/tokens`, {
      method: 'POST',
      timeoutMs: c.timeoutMs,
      body: {
        auth: {
          identity: { methods: ['password'], password: { user: { name: c.username, domain: { name: c.userDomainName }, password: c.password } } },
          scope: { project: { name: c.projectName, domain: { name: c.projectDomainName } } },
        },
      },
    });
    const token = reply.headers.get('x-subject-token');
    if (reply.status !== 201 || token === null) {
      // The password never appears here: only who failed and how.
      throw domainError('ServiceUnavailable', { reason: `the identity service refused service user ${c.username} (HTTP ${reply.status})` });
    }
    const info = parseTokenBody(reply.json);
    const margin = Math.min(this.#marginMs, (info.expiresAtMs - obtainedAtMs) / 2);
    const issued = { token, info, refreshAtMs: info.expiresAtMs - margin };
    this.#issued = issued;
    return issued;
  }
}
