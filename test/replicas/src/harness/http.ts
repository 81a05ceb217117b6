/** An HTTP answer: status, selected headers, parsed JSON body (undefined when empty). */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  // `any` on purpose: Neutron JSON bodies are checked field by field by the tests.
  readonly json: any;
}

/** JSON over loopback HTTP; never throws on HTTP error statuses (only on network errors / timeout). */
export async function http(method: string, url: string, body?: unknown, timeoutMs = 15_000): Promise<HttpAnswer> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}

/** Fails with the answer when the status is not 2xx; returns the answer otherwise. */
export function ok(res: HttpAnswer): HttpAnswer {
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.json)}`);
  return res;
}

export { eventually } from '@trellis/testkit';
