import type { NovaAccess, NovaTarget } from './nova-access';
import type { NovaEvent } from './nova-event';

/** How one POST of a batch ended. */
export type PostOutcome =
  /** 200 or 207: Nova took the request; `codes[i]` is the per-event code of `events[i]`. */
  | { readonly kind: 'delivered'; readonly httpStatus: number; readonly codes: readonly (number | undefined)[] }
  /** Any other final answer (400, 401, 403, 404 …): resending would get the same. */
  | { readonly kind: 'rejected'; readonly httpStatus: number; readonly detail: string }
  /** 5xx, 408, 429, connection errors and timeouts: worth another try. */
  | { readonly kind: 'retryable'; readonly httpStatus?: number; readonly detail: string };

export interface NovaClientOptions {
  /** nova-api's URL and token for each POST. */
  readonly access: NovaAccess;
  readonly requestTimeoutMs: number;
}

const EVENTS_PATH = 'os-server-external-events';
const DETAIL_MAX_CHARS = 300;

/** `{url}/v2.1/os-server-external-events`, accepting a catalog URL that already ends in `/v2.1`. */
export function externalEventsUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return /\/v2\.1$/.test(trimmed) ? `${trimmed}/${EVENTS_PATH}` : `${trimmed}/v2.1/${EVENTS_PATH}`;
}

/** Posts event batches to nova-api the way novaclient does for Neutron (microversion 2.1). */
export class NovaClient {
  constructor(private readonly options: NovaClientOptions) {}

  private static headers(target: NovaTarget): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: 'application/json',
      'openstack-api-version': 'compute 2.1',
      'x-openstack-nova-api-version': '2.1',
      ...(target.token ? { 'x-auth-token': target.token } : {}),
    };
  }

  /** Never throws except when `signal` aborts (then the abort reason propagates). */
  async post(events: readonly NovaEvent[], signal: AbortSignal): Promise<PostOutcome> {
    let target: NovaTarget;
    try {
      target = await this.options.access.target();
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      return { kind: 'retryable', detail: `no nova endpoint or token: ${err instanceof Error ? err.message : String(err)}` };
    }
    let response: Response;
    let text: string;
    try {
      response = await fetch(externalEventsUrl(target.url), {
        method: 'POST',
        headers: NovaClient.headers(target),
        body: JSON.stringify({ events }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.options.requestTimeoutMs)]),
      });
      text = await response.text();
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      return { kind: 'retryable', detail: describeFetchError(err) };
    }
    const status = response.status;
    if (status === 200 || status === 207) return { kind: 'delivered', httpStatus: status, codes: perEventCodes(text, events.length, status) };
    const detail = text.slice(0, DETAIL_MAX_CHARS);
    if (status >= 500 || status === 408 || status === 429) return { kind: 'retryable', httpStatus: status, detail };
    // An expired or revoked service token: the next try authenticates again.
    if (status === 401 && this.options.access.refused(target)) return { kind: 'retryable', httpStatus: status, detail };
    return { kind: 'rejected', httpStatus: status, detail };
  }
}

/** Nova echoes the events in request order, each with its `code`. */
function perEventCodes(text: string, count: number, httpStatus: number): (number | undefined)[] {
  let echoed: unknown;
  try {
    echoed = (JSON.parse(text) as { events?: unknown }).events;
  } catch {
    echoed = undefined;
  }
  const codes: (number | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    const entry = Array.isArray(echoed) ? (echoed[i] as { code?: unknown } | undefined) : undefined;
    const code = typeof entry?.code === 'number' ? entry.code : undefined;
    // A plain 200 means every event was accepted, whatever the body says.
    codes.push(code ?? (httpStatus === 200 ? 200 : undefined));
  }
  return codes;
}

function describeFetchError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    if (cause instanceof Error) return `${err.message}: ${(cause as Error & { code?: string }).code ?? cause.message}`;
    return err.name === 'TimeoutError' ? 'request timed out' : err.message;
  }
  return String(err);
}
