import { domainError } from '@trellis/domain';

/** One answer of Keystone: status, headers and the parsed JSON body (undefined when not JSON). */
export interface KeystoneReply {
  readonly status: number;
  readonly headers: Headers;
  readonly json: unknown;
}

export interface KeystoneRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly timeoutMs: number;
}

/** `http://host:5000` and `http://host:5000/v3/` both become `http://host:5000/v3`. */
export function identityV3Url(authUrl: string): string {
  const trimmed = authUrl.replace(/\/+$/, '');
  return /\/v3$/.test(trimmed) ? trimmed : `${trimmed}/v3`;
}

const causeOf = (err: unknown): string => {
  if (err instanceof Error && err.name === 'TimeoutError') return 'no answer in time';
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
};

/**
 * One HTTP call to Keystone with Node's fetch. An unreachable or silent Keystone is
 * ServiceUnavailable (keystonemiddleware answers 503 then too); statuses are the caller's to judge.
 */
export async function keystoneFetch(url: string, request: KeystoneRequest): Promise<KeystoneReply> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: { accept: 'application/json', ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    text = await response.text();
  } catch (err) {
    throw domainError('ServiceUnavailable', { reason: `the identity service did not answer (${causeOf(err)})` }, { cause: err });
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json };
}
