import { CliError, type Endpoints } from './cli-io';

/** The message of an error body: Neutron's `NeutronError`, the controller's `{error}`, or the raw text. */
function messageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { NeutronError?: { type?: string; message?: string }; error?: string };
    if (body.NeutronError) return `${body.NeutronError.type ?? 'NeutronError'}: ${body.NeutronError.message ?? ''}`;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: fall through to the text itself
  }
  return text.trim().slice(0, 500);
}

/** GET or POST JSON; a refused connection or a non-2xx answer becomes a CliError naming the URL. */
export async function requestJson<T>(endpoints: Endpoints, url: string, method: 'GET' | 'POST' = 'GET', timeoutMs = 10_000): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { accept: 'application/json', ...(endpoints.token ? { 'x-auth-token': endpoints.token } : {}) },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
    throw new CliError(`cannot reach ${url}: ${cause}`, 2);
  }
  const text = await res.text();
  if (!res.ok) throw new CliError(`${method} ${url} answered ${res.status}: ${messageOf(text)}`);
  return JSON.parse(text) as T;
}
