import { afterEach, describe, expect, it } from 'vitest';
import { binding, host, network, port } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';
import { inspectRoutes } from './inspect-routes';
import type { HostSummary, VniTable, Whereabouts } from './inspect';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const get = (routes: ReturnType<typeof inspectRoutes>, path: string, method = 'GET') => {
  const url = new URL(path, 'http://ops');
  return routes({ method, path: url.pathname, query: url.searchParams });
};

describe('controller inspection routes', () => {
  it('shows hosts, their tables and where a port is; names a divergent VNI and repairs it on request', async () => {
    const h = await new Harness().start();
    cleanups.push(() => h.dispose());
    h.commit(['hosts', 'h1', host('h1', '192.0.2.1', 'cell1')], ['hosts', 'h2', host('h2', '192.0.2.2', 'cell2')], ['networks', 'n1', network('n1', 100)]);
    h.commit(
      ['ports', 'a', port({ id: 'a', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], bindings: [binding('h1')], seq: 3 })],
      ['ports', 'b', port({ id: 'b', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings: [binding('h2')], seq: 0 })],
    );
    const t1 = new TestHost('h1', '192.0.2.1').connect(h.address);
    const t2 = new TestHost('h2', '192.0.2.2').connect(h.address);
    cleanups.push(() => t1.close(), () => t2.close());
    await waitFor(() => [t1, t2].every((t) => t.token !== undefined && t.token.revision >= h.ctl.revision), 'hosts to converge');
    const routes = inspectRoutes(h.ctl);

    const hosts = get(routes, '/v1/hosts')!.body as { hosts: HostSummary[] };
    expect(hosts.hosts.map((x) => [x.host, x.connected, x.spanVnis])).toEqual([['h1', true, 1], ['h2', true, 1]]);

    const where = get(routes, '/v1/where?mac=FA:16:3E:00:00:01')!.body as { ports: Whereabouts[] };
    expect(where.ports).toMatchObject([{ portId: 'a', vni: 100, activeHost: 'h1', vtep: '192.0.2.1', seq: 3 }]);
    expect(where.ports[0].heldBy.map((x) => x.host)).toEqual(['h2']);
    expect((get(routes, '/v1/where?ip=10.0.0.2')!.body as { ports: Whereabouts[] }).ports.map((p) => p.portId)).toEqual(['b']);

    // h2 reports a digest that disagrees (an entry lost on the host): the VNI is named.
    t2.send({ digests: { revision: h.ctl.revision, vnis: [{ vni: 100, digest: 2048, entries: 0 }] } });
    await waitFor(() => (get(routes, '/v1/hosts')!.body as { hosts: HostSummary[] }).hosts[1].divergentVnis.length === 1, 'divergence seen');
    const detail = get(routes, '/v1/hosts/h2')!.body as { vnis: VniTable[] };
    expect(detail.vnis[0]).toMatchObject({ vni: 100, reportedDigest: 2048, flood: ['192.0.2.1'], fdb: [{ mac: 'fa:16:3e:00:00:01', vtep: '192.0.2.1', seq: 3 }] });
    expect(detail.vnis[0].expectedDigest).not.toBe(2048);

    const before = t2.received.length;
    expect(get(routes, '/v1/hosts/h2/resync', 'POST')).toEqual({ status: 200, body: { host: 'h2', resynced: [100] } });
    await waitFor(() => t2.received.length > before, 'resync delta');
    t2.send(t2.digests());
    await waitFor(() => (get(routes, '/v1/hosts')!.body as { hosts: HostSummary[] }).hosts[1].divergentVnis.length === 0, 'divergence repaired');

    expect(get(routes, '/v1/hosts/nope')!.status).toBe(404);
    expect(get(routes, '/v1/hosts/%E0%A4%A')!.status).toBe(400);
    expect(get(routes, '/v1/where')!.status).toBe(400);
    expect(get(routes, '/metrics')).toBeUndefined();
  });
});
