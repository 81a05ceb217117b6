/** One JSON call over loopback; never throws on HTTP errors. */
export async function http(
  method: string,
  url: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token === undefined ? {} : { 'x-auth-token': options.token }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

/** Fails with the answer when the status is not 2xx. */
export function ok<T extends { status: number; json: any }>(res: T): T {
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.json)}`);
  return res;
}
