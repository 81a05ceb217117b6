import { diffViews } from '@trellis/l2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binding, expectedView, host, network, port, router, subnet } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';

const HOSTS = ['h1', 'h2', 'h3', 'h4'];
const NETS = ['n0', 'n1', 'n2', 'n3'];
const ROUTERS = ['r0', 'r1'];
const vtepOf = (h: string) => `192.0.2.${h.slice(1)}`;
const subnets = NETS.map((n, i) => subnet(`s${i}`, n, `10.${i}.0.0/24`));

const op = fc.oneof(
  fc.record({ t: fc.constant('bind' as const), p: fc.nat(7), net: fc.nat(NETS.length - 1), hosts: fc.subarray(HOSTS, { minLength: 1, maxLength: 2 }) }),
  fc.record({ t: fc.constant('delete' as const), p: fc.nat(7) }),
  fc.record({ t: fc.constant('router' as const), r: fc.nat(ROUTERS.length - 1), nets: fc.subarray([0, 1, 2, 3]) }),
  fc.record({ t: fc.constant('reconnect' as const), h: fc.constantFrom(...HOSTS), fresh: fc.boolean() }),
);

describe('routing span property', () => {
  it('a host receives routing state exactly for the routers it has ports behind, and every VNI they attach', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        const h = await new Harness({ logMaxRecords: 8 }).start();
        const clients = new Map(HOSTS.map((id) => [id, new TestHost(id, vtepOf(id))]));
        try {
          h.commit(...HOSTS.map((id): [string, string, unknown] => ['hosts', id, host(id, vtepOf(id))]), ...NETS.map((n, i): [string, string, unknown] => ['networks', n, network(n, 100 + i)]));
          h.commitResources(...subnets.map((s) => ({ type: 'put' as const, resource: s })));
          for (const c of clients.values()) c.connect(h.address);
          // The model: ports (network, hosts) and routers (attached networks).
          const ports = new Map<number, { net: number; hosts: string[] }>();
          const attached = new Map<string, number[]>();
          for (const o of ops) {
            if (o.t === 'bind') {
              const net = ports.get(o.p)?.net ?? o.net;
              ports.set(o.p, { net, hosts: o.hosts });
              h.commit(['ports', `p${o.p}`, port({ id: `p${o.p}`, networkId: NETS[net], mac: `fa:16:3e:00:00:0${o.p}`, ips: [`10.${net}.0.${10 + o.p}`], bindings: o.hosts.map((x, i) => binding(x, i === 0 ? 'ACTIVE' : 'INACTIVE')), seq: 1 })]);
            } else if (o.t === 'delete') {
              if (ports.delete(o.p)) h.commit(['ports', `p${o.p}`, null]);
            } else if (o.t === 'router') {
              attached.set(ROUTERS[o.r], o.nets);
              h.commitResources({ type: 'put', resource: router(ROUTERS[o.r], o.nets.map((i) => subnets[i])) });
            } else {
              const c = clients.get(o.h)!;
              if (o.fresh) {
                c.view = new Map();
                c.routers = new Map();
                c.token = undefined;
              }
              c.connect(h.address);
            }
            await new Promise((r) => setImmediate(r));
          }
          await waitFor(() => [...clients.values()].every((c) => h.ctl.sessions.has(c.hostId) && c.welcome !== undefined), 'every host attached');
          h.ctl.heartbeat();
          await waitFor(() => [...clients.values()].every((c) => c.token !== undefined && c.token.revision >= h.ctl.revision), 'every host at the current revision');
          for (const c of clients.values()) {
            const portNets = new Set([...ports.values()].filter((p) => p.hosts.includes(c.hostId)).map((p) => p.net));
            const routes = ROUTERS.filter((r) => (attached.get(r) ?? []).length >= 2 && (attached.get(r) ?? []).some((n) => portNets.has(n)));
            expect([...c.routers.keys()].sort(), `routers of ${c.hostId}`).toEqual(routes);
            const vnis = new Set([...portNets].map((n) => 100 + n));
            for (const r of routes) for (const n of attached.get(r)!) vnis.add(100 + n);
            expect([...c.view.keys()].sort(), `VNIs of ${c.hostId}`).toEqual([...vnis].sort());
            expect(diffViews(expectedView(h.ctl.index, c.hostId), c.view)).toEqual([]);
            for (const r of routes) expect(c.routers.get(r)!.interfaces.map((i) => i.vni).sort()).toEqual(attached.get(r)!.map((n) => 100 + n).sort());
          }
        } finally {
          for (const c of clients.values()) c.close();
          await h.dispose();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
