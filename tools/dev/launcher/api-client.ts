/** A Neutron-style error answer: HTTP status plus the NeutronError type and message. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly type: string,
    readonly detail: string,
  ) {
    super(`${method} ${path} → ${status} ${type}: ${detail}`);
    this.name = 'ApiError';
  }
}

/** True when `err` is an ApiError with this HTTP status. */
export function isApiStatus(err: unknown, status: number): err is ApiError {
  return err instanceof ApiError && err.status === status;
}

/**
 * A small JSON client for the Neutron and admin APIs (central-api or a cell-agent): with `noauth`
 * no token (admin by default), in keystone mode an admin token. Errors become ApiError with
 * Neutron's type name.
 */
export class JsonApi {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 15_000,
    /** Keystone mode: the token sent as X-Auth-Token with every request. */
    private readonly token?: () => Promise<string>,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  async delete(path: string): Promise<void> {
    await this.request<unknown>('DELETE', path);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
    if (this.token) headers['x-auth-token'] = await this.token();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    const json: unknown = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const err = (json as { NeutronError?: { type?: string; message?: string } } | undefined)?.NeutronError;
      throw new ApiError(method, path, response.status, err?.type ?? 'HTTPError', err?.message ?? text.slice(0, 300));
    }
    return json as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
