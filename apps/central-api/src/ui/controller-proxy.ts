/** What central answers at `GET /ui/api/controller/hosts`: always 200, with the reason when there is no data. */
export interface ControllerHostsAnswer {
  readonly configured: boolean;
  readonly reachable: boolean;
  readonly error?: string;
  readonly revision?: number;
  readonly hosts?: readonly unknown[];
}

export interface ControllerProxyOptions {
  /** The vtep-controller's ops listener, e.g. `http://127.0.0.1:9700`; empty = not configured. */
  readonly controllerOpsUrl: string;
  readonly timeoutMs: number;
}

/**
 * Reads the controller's `GET /v1/hosts` (stream state, lag, digest agreement per host) for the
 * topology page. Only this one read-only call is relayed: the ops listener also serves
 * `POST /v1/hosts/{id}/resync`, which a page must not be able to reach.
 */
export async function readControllerHosts(options: ControllerProxyOptions): Promise<ControllerHostsAnswer> {
  if (options.controllerOpsUrl === '') return { configured: false, reachable: false };
  const url = `${options.controllerOpsUrl.replace(/\/+$/, '')}/v1/hosts`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: 'application/json' } });
    if (!response.ok) return { configured: true, reachable: false, error: `GET /v1/hosts answered ${response.status}` };
    const body = (await response.json()) as { revision?: unknown; hosts?: unknown };
    if (typeof body.revision !== 'number' || !Array.isArray(body.hosts)) return { configured: true, reachable: false, error: 'GET /v1/hosts answered an unexpected body' };
    return { configured: true, reachable: true, revision: body.revision, hosts: body.hosts };
  } catch (err) {
    const reason = err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    return { configured: true, reachable: false, error: reason };
  }
}
