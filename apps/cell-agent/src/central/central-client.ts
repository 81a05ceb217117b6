import { domainError } from '@trellis/domain';
import type { RequestContext } from '@trellis/neutron';
import type { Logger } from '@trellis/runtime';
import type { CentralReachability } from './reachability';
import { remoteError } from './remote-error';

export interface CentralClientOptions {
  /** REST base URLs of central-api, tried in order. */
  readonly urls: readonly string[];
  /** Bound of one call across every URL. */
  readonly timeoutMs: number;
  readonly logger: Logger;
  readonly reachability: CentralReachability;
  /** Project of the agent's own (admin) calls. */
  readonly serviceProjectId: string;
}

export interface CentralCall {
  readonly body?: unknown;
  /** The caller whose request is forwarded; absent = the agent itself, as admin. */
  readonly ctx?: RequestContext;
  readonly revisionNumber?: number;
}

export interface CentralAnswer<T> {
  readonly status: number;
  readonly json: T;
}

/** Roles sent to central: it must never treat a member as admin (noauth makes "no roles" admin). */
function rolesHeader(ctx: RequestContext): string {
  const roles = ctx.roles.filter((r) => r !== 'admin');
  if (ctx.isAdmin) roles.unshift('admin');
  return (roles.length > 0 ? roles : ['member']).join(',');
}

const causeOf = (err: unknown): string => {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
};

/**
 * REST client of central-api. Central's NeutronErrors come back as the same DomainErrors; when no
 * URL answers (refused, reset, timed out) the call fails with ServiceUnavailable saying so.
 * A timed-out call is not retried on the next URL: a write may have reached central.
 */
export class CentralClient {
  #preferred = 0;

  constructor(private readonly options: CentralClientOptions) {}

  get<T>(path: string, call: CentralCall = {}): Promise<T> {
    return this.request<T>('GET', path, call).then((a) => a.json);
  }

  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, call: CentralCall = {}): Promise<CentralAnswer<T>> {
    const { urls, timeoutMs } = this.options;
    const signal = AbortSignal.timeout(timeoutMs);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'trellis-cell-agent',
      'x-project-id': call.ctx?.projectId ?? this.options.serviceProjectId,
      'x-roles': call.ctx ? rolesHeader(call.ctx) : 'admin',
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    // A retried create at the agent is a retried create at central.
    if (method === 'POST' && call.ctx?.idempotencyKey !== undefined) headers['idempotency-key'] = call.ctx.idempotencyKey;
    if (call.revisionNumber !== undefined) headers['if-match'] = `revision_number=${call.revisionNumber}`;
    const failures: string[] = [];
    for (let i = 0; i < urls.length; i++) {
      const index = (this.#preferred + i) % urls.length;
      const url = `${urls[index].replace(/\/+$/, '')}${path}`;
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body), signal });
      } catch (err) {
        failures.push(`${urls[index]}: ${signal.aborted ? `no answer within ${timeoutMs} ms` : causeOf(err)}`);
        if (signal.aborted) break;
        continue;
      }
      this.#preferred = index;
      this.options.reachability.observe(true, 'rest');
      const text = await response.text();
      let json: unknown;
      try {
        json = text === '' ? undefined : JSON.parse(text);
      } catch {
        json = undefined;
      }
      if (response.status >= 400) throw remoteError(response.status, json);
      return { status: response.status, json: json as T };
    }
    const reason = `central-api is unreachable (${failures.join('; ')}); reads are served from this region's copy, writes need central`;
    this.options.reachability.observe(false, 'rest', failures.join('; '));
    throw domainError('ServiceUnavailable', { reason });
  }
}
