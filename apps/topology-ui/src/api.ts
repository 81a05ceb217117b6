import type { CellJson, ControllerHostsJson, HostJson, NetworkJson, PortJson, RegionJson, RouterJson, RoutersResult, ZoneJson } from './api-types';

/** A non-2xx answer from central, with Neutron's error type when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

// Same-origin only: the page talks to the central-api that served it and nothing else.
async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, path, `GET ${path}: ${response.status} ${text.slice(0, 200)}`);
  }
  return (await response.json()) as T;
}

export const loadRegions = async () => (await getJson<{ regions: RegionJson[] }>('/admin/v1/regions')).regions;
export const loadZones = async () => (await getJson<{ availability_zones: ZoneJson[] }>('/admin/v1/availability_zones')).availability_zones;
export const loadCells = async () => (await getJson<{ cells: CellJson[] }>('/admin/v1/cells')).cells;
export const loadHosts = async () => (await getJson<{ hosts: HostJson[] }>('/admin/v1/hosts')).hosts;

const NETWORK_FIELDS = ['id', 'name', 'status', 'project_id', 'availability_zone_hints', 'availability_zones', 'provider:segmentation_id'];
const PORT_FIELDS = ['id', 'network_id', 'status', 'binding:host_id'];
const fields = (names: readonly string[]) => names.map((f) => `fields=${encodeURIComponent(f)}`).join('&');

export const loadNetworks = async () => (await getJson<{ networks: NetworkJson[] }>(`/v2.0/networks?${fields(NETWORK_FIELDS)}`)).networks;
export const loadPorts = async () => (await getJson<{ ports: PortJson[] }>(`/v2.0/ports?${fields(PORT_FIELDS)}`)).ports;

/** Routers when central serves them; a 404 (no L3 API yet) is an answer, not a failure. */
export async function loadRouters(): Promise<RoutersResult> {
  try {
    return { served: true, routers: (await getJson<{ routers: RouterJson[] }>('/v2.0/routers')).routers };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 501)) return { served: false, status: err.status };
    throw err;
  }
}

export const loadControllerHosts = () => getJson<ControllerHostsJson>('/ui/api/controller/hosts');
