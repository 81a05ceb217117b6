/** How a write request ended, as a client that must not guess sees it. */
export type Outcome =
  | { readonly kind: 'ack'; readonly status: number; readonly json: any }
  /** A 4xx, or the connection refused (status 0): nothing written. */
  | { readonly kind: 'refused'; readonly status: number; readonly json: any }
  /** A 5xx, a reset connection or a timeout: it may or may not have been applied. */
  | { readonly kind: 'unknown'; readonly reason: string };

/** One JSON request over loopback with a deadline; never throws. */
export async function request(method: string, url: string, body?: unknown, timeoutMs = 5_000): Promise<Outcome> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const json: unknown = text === '' ? undefined : JSON.parse(text);
    if (res.status < 300) return { kind: 'ack', status: res.status, json };
    if (res.status < 500) return { kind: 'refused', status: res.status, json };
    return { kind: 'unknown', reason: `HTTP ${res.status}` };
  } catch (err) {
    // Nothing was sent when the connection was refused: a refusal, not an unknown outcome.
    if ((err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return { kind: 'refused', status: 0, json: undefined };
    return { kind: 'unknown', reason: (err as Error).message };
  }
}

/** A read that must succeed (after the chaos, every process is up). */
export async function getJson(url: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
}
