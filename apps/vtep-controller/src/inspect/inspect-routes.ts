import type { OpsRequest, OpsResponse } from '@trellis/runtime';
import type { Controller } from '../controller/controller';
import { hostSummary, hostSummaries, hostTables, resyncHost, where } from './inspect';

const HOST_PATH = /^\/v1\/hosts\/([^/]+)$/;
const RESYNC_PATH = /^\/v1\/hosts\/([^/]+)\/resync$/;

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function error(status: number, message: string): OpsResponse {
  return { status, body: { error: message } };
}

/**
 * The controller's inspection API on its ops listener (what `trellis hosts`, `where` and
 * `doctor` read): `GET /v1/hosts`, `GET /v1/hosts/{id}`, `GET /v1/where?port=|mac=|ip=`, and
 * `POST /v1/hosts/{id}/resync` (resend a host's full tables). Undefined for other paths.
 */
export function inspectRoutes(ctl: Controller): (request: OpsRequest) => OpsResponse | undefined {
  return ({ method, path, query }) => {
    if (!path.startsWith('/v1/')) return undefined;
    if (path === '/v1/hosts' && method === 'GET') return { status: 200, body: { revision: ctl.revision, hosts: hostSummaries(ctl) } };
    if (path === '/v1/where' && method === 'GET') {
      const q = { port: query.get('port') ?? undefined, mac: query.get('mac') ?? undefined, ip: query.get('ip') ?? undefined };
      if (q.port === undefined && q.mac === undefined && q.ip === undefined) return error(400, 'give one of port=, mac= or ip=');
      return { status: 200, body: { revision: ctl.revision, ports: where(ctl, q) } };
    }
    let m = HOST_PATH.exec(path);
    if (m && method === 'GET') {
      const id = decoded(m[1]);
      if (id === undefined) return error(400, 'bad %-encoding in the host id');
      const vnis = hostTables(ctl, id);
      if (vnis === undefined) return error(404, `host ${id} is not known to this controller`);
      return { status: 200, body: { revision: ctl.revision, host: hostSummary(ctl, id), vnis } };
    }
    m = RESYNC_PATH.exec(path);
    if (m && method === 'POST') {
      const id = decoded(m[1]);
      if (id === undefined) return error(400, 'bad %-encoding in the host id');
      const resynced = resyncHost(ctl, id);
      if (resynced === undefined) return error(409, `host ${id} has no stream on this controller`);
      return { status: 200, body: { host: id, resynced } };
    }
    return error(path.startsWith('/v1/hosts') || path === '/v1/where' ? 405 : 404, `no route ${method} ${path}`);
  };
}
