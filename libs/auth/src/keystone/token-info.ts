import { domainError } from '@trellis/domain';
import type { CatalogService } from './catalog';

/** What Trellis keeps of a validated Keystone v3 token. */
export interface TokenInfo {
  readonly userId: string;
  /** Absent for unscoped and domain- or system-scoped tokens. */
  readonly projectId?: string;
  /** Role names, implied roles included (Keystone expands them: admin → member → reader). */
  readonly roles: readonly string[];
  readonly expiresAtMs: number;
  readonly catalog?: readonly CatalogService[];
}

interface TokenBody {
  token?: {
    expires_at?: unknown;
    user?: { id?: unknown };
    project?: { id?: unknown };
    roles?: { name?: unknown }[];
    catalog?: CatalogService[];
  };
}

/** Reads the body of `POST/GET /v3/auth/tokens`; a body without user or expiry is an error of Keystone's. */
export function parseTokenBody(json: unknown): TokenInfo {
  const token = (json as TokenBody | undefined)?.token;
  const expiresAtMs = typeof token?.expires_at === 'string' ? Date.parse(token.expires_at) : Number.NaN;
  const userId = token?.user?.id;
  if (token === undefined || typeof userId !== 'string' || Number.isNaN(expiresAtMs)) {
    throw domainError('ServiceUnavailable', { reason: 'the identity service answered a token without user or expiry' });
  }
  const projectId = typeof token.project?.id === 'string' ? token.project.id : undefined;
  const roles = (token.roles ?? []).map((r) => r.name).filter((n): n is string => typeof n === 'string');
  return { userId, ...(projectId ? { projectId } : {}), roles, expiresAtMs, ...(Array.isArray(token.catalog) ? { catalog: token.catalog } : {}) };
}
