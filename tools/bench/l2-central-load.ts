import { nowMs } from './l2-bench-ipc';
import { forEachBounded, type RestClient } from './l2-central-rest';
import { cellOf, hostId, hostVtep, portCount, portsOf, vniOf, type L2Workload } from './l2-workload';

// Loads the L2 workload into the real central-api through its public APIs, as operators and
// Nova would: the topology through the admin API (one request per host: it has no bulk form),
// networks, subnets and bound ports through Neutron's bulk creates.

/** A port as central created it, with its place in the workload. */
export interface LoadedPort {
  readonly id: string;
  readonly mac: string;
  /** VNI index and host index in the workload. */
  readonly v: number;
  h: number;
}

export interface LoadResult {
  readonly ports: LoadedPort[];
  readonly networkIds: string[];
  /** Wall time per step (ms). */
  readonly topologyMs: number;
  readonly networksMs: number;
  readonly portsMs: number;
  /** Routers made (with `vnisPerRouter`), and the time to create them and attach their subnets. */
  readonly routers: number;
  readonly routersMs: number;
  readonly requests: number;
}

/** Region/zone of a cell: the first half of the cells in RegionOne/az1, the rest in RegionTwo/az2. */
export const cellPlacement = (w: L2Workload, c: number) => (c < Math.ceil(w.cells / 2) ? { region: 'RegionOne', zone: 'az1' } : { region: 'RegionTwo', zone: 'az2' });

/** The probe host (registered, never bound) through which the controller's position is asked. */
export const PROBE_HOST = { id: 'l2-bench-probe', vtep: '10.254.0.1' };

/**
 * Subnet of VNI index `v`: a /22 (room for the 250 ports a network gets at the reference size),
 * or, when a network holds more ports than that, one large subnet shared by every network
 * (networks may overlap in Neutron; each is its own L2 domain).
 */
export const subnetCidr = (v: number, portsPerNetwork = 250) =>
  portsPerNetwork <= 1000 ? `10.${100 + (v >> 6)}.${(v & 63) << 2}.0/22` : `10.0.0.0/${Math.max(8, 32 - Math.ceil(Math.log2(portsPerNetwork * 1.25 + 8)))}`;

export interface LoadOptions {
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Ports per bulk create. */
  readonly portsPerRequest: number;
  /**
   * 0: no routers. Otherwise each run of this many consecutive VNIs shares one router, with an
   * interface on each one's subnet (the routed workload: a host with a port on one of them
   * routes for all of them).
   */
  readonly vnisPerRouter?: number;
}

export async function loadWorkload(api: RestClient, w: L2Workload, options: LoadOptions): Promise<LoadResult> {
  let requests = 0;
  const post = <T>(path: string, body: unknown) => {
    requests++;
    return api.post<T>(path, body);
  };
  const t0 = nowMs();
  for (const region of ['RegionOne', 'RegionTwo']) await post('/admin/v1/regions', { region: { name: region } });
  for (const zone of ['az1', 'az2']) await post('/admin/v1/availability_zones', { availability_zone: { name: zone } });
  for (let c = 0; c < w.cells; c++) {
    const { region, zone } = cellPlacement(w, c);
    await post('/admin/v1/cells', { cell: { name: `cell${c}`, region, availability_zone: zone } });
  }
  await forEachBounded(w.hosts, options.concurrency, async (i) => {
    await post('/admin/v1/hosts', { host: { id: hostId(i), cell: `cell${cellOf(w, i)}`, vtep: hostVtep(i) } });
  });
  await post('/admin/v1/hosts', { host: { id: PROBE_HOST.id, cell: 'cell0', vtep: PROBE_HOST.vtep } });
  const t1 = nowMs();

  const NETWORKS_PER_REQUEST = 100;
  const networkIds: string[] = new Array(w.vnis);
  const subnetIds: string[] = new Array(w.vnis);
  for (let v0 = 0; v0 < w.vnis; v0 += NETWORKS_PER_REQUEST) {
    const vs = Array.from({ length: Math.min(NETWORKS_PER_REQUEST, w.vnis - v0) }, (_, k) => v0 + k);
    const nets = await post<{ networks: Array<{ id: string }> }>('/v2.0/networks', {
      networks: vs.map((v) => ({ name: `net${v}`, 'provider:network_type': 'vxlan', 'provider:segmentation_id': vniOf(v) })),
    });
    vs.forEach((v, k) => (networkIds[v] = nets.networks[k].id));
    const subnets = await post<{ subnets: Array<{ id: string }> }>('/v2.0/subnets', {
      subnets: vs.map((v) => ({ network_id: networkIds[v], cidr: subnetCidr(v, Math.ceil(portCount(w) / w.vnis) * 2), ip_version: 4, name: `net${v}-v4` })),
    });
    vs.forEach((v, k) => (subnetIds[v] = subnets.subnets[k].id));
  }
  const t2 = nowMs();
  let routers = 0;
  const per = options.vnisPerRouter ?? 0;
  if (per > 0) {
    // Router r holds VNIs r, r + n, r + 2n, … (n routers): spread, not the runs of consecutive
    // VNIs that hosts hold, so a host's VNIs sit behind different routers (the costly case).
    const count = Math.ceil(w.vnis / per);
    await forEachBounded(count, options.concurrency, async (r) => {
      const router = await post<{ router: { id: string } }>('/v2.0/routers', { router: { name: `router${r}` } });
      for (let v = r; v < w.vnis; v += count) {
        requests++;
        await api.send('PUT', `/v2.0/routers/${router.router.id}/add_router_interface`, { subnet_id: subnetIds[v] });
      }
      routers++;
    });
  }
  const t2r = nowMs();

  const all = [...portsOf(w)];
  const ports: LoadedPort[] = new Array(all.length);
  const batches = Math.ceil(all.length / options.portsPerRequest);
  await forEachBounded(batches, options.concurrency, async (b) => {
    const slice = all.slice(b * options.portsPerRequest, (b + 1) * options.portsPerRequest);
    const body = {
      ports: slice.map((p) => ({ network_id: networkIds[p.v], 'binding:host_id': hostId(p.h), device_owner: 'compute:nova', device_id: `vm-${p.n}`, name: `p${p.n}` })),
    };
    const created = await post<{ ports: Array<{ id: string; mac_address: string; fixed_ips: unknown[] }> }>('/v2.0/ports', body);
    slice.forEach((p, k) => {
      const c = created.ports[k];
      if (c.fixed_ips.length !== 1) throw new Error(`port ${c.id}: ${c.fixed_ips.length} fixed IPs, expected 1`);
      ports[p.n] = { id: c.id, mac: c.mac_address, v: p.v, h: p.h };
    });
  });
  const t3 = nowMs();
  return { ports, networkIds, topologyMs: t1 - t0, networksMs: t2 - t1, routers, routersMs: t2r - t2, portsMs: t3 - t2r, requests };
}
