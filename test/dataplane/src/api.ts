import { eventually as pollUntil } from '@trellis/testkit';

/** A NeutronError answer of central-api or a cell-agent. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    where: string,
  ) {
    super(`${where} → ${status} ${type}: ${detail}`);
    this.name = 'ApiError';
  }
}

/** JSON over HTTP to a Neutron-style API on loopback (`noauth`: admin, no token). */
export class Api {
  constructor(readonly baseUrl: string) {}

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }
  post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }
  put<T>(path: string, body?: unknown): Promise<T> {
    return this.call<T>('PUT', path, body);
  }
  async delete(path: string): Promise<void> {
    await this.call('DELETE', path);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (!response.ok) {
      let err: { type?: string; message?: string } | undefined;
      try {
        err = (JSON.parse(text) as { NeutronError?: { type?: string; message?: string } }).NeutronError;
      } catch {
        err = undefined;
      }
      throw new ApiError(response.status, err?.type ?? 'HTTPError', err?.message ?? text.slice(0, 300), `${method} ${this.baseUrl}${path}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** The test kit's poller, polling every 50 ms here so that measured convergence stays fine-grained. */
export function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string, intervalMs = 50): Promise<T> {
  return pollUntil(probe, timeoutMs, what, intervalMs);
}
