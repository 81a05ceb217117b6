import { domainError } from '@trellis/domain';
import { keystoneFetch } from './keystone-http';
import type { KeystoneSession } from './password-session';
import { parseTokenBody, type TokenInfo } from './token-info';

/**
 * Asks Keystone about one token (`GET /v3/auth/tokens` with X-Subject-Token), authenticated as
 * the service user. Answers undefined for a token Keystone does not accept: invalid, expired and
 * revoked tokens are all 404 there.
 */
export class TokenValidator {
  constructor(
    private readonly session: KeystoneSession,
    private readonly now: () => number = Date.now,
  ) {}

  async validate(subjectToken: string): Promise<TokenInfo | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const serviceToken = await this.session.token();
      const reply = await keystoneFetch(`${this.session.identityUrl}/auth/tokens?nocatalog`, {
        method: 'GET',
        timeoutMs: this.session.timeoutMs,
        headers: { 'x-auth-token': serviceToken, 'x-subject-token': subjectToken },
      });
      if (reply.status === 200) {
        const info = parseTokenBody(reply.json);
        return info.expiresAtMs > this.now() ? info : undefined;
      }
      if (reply.status === 404) return undefined;
      // Keystone refused our own token (revoked, keys rotated): authenticate once more.
      if (reply.status === 401 && attempt === 0) {
        this.session.invalidate(serviceToken);
        continue;
      }
      throw domainError('ServiceUnavailable', { reason: `the identity service could not validate a token (HTTP ${reply.status})` });
    }
    throw domainError('ServiceUnavailable', { reason: 'the identity service refused the service user token' });
  }
}
