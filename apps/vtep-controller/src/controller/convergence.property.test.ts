import { diffViews } from '@trellis/l2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binding, expectedView, host, network, port } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';

const HOSTS = ['h1', 'h2', 'h3', 'h4'];
const vtepOf = (h: string) => `192.0.2.${h.slice(1)}`;

const op = fc.oneof(
  fc.record({ t: fc.constant('bind' as const), p: fc.nat(9), net: fc.nat(1), hosts: fc.subarray(HOSTS, { minLength: 1, maxLength: 2 }) }),
  fc.record({ t: fc.constant('move' as const), p: fc.nat(9), to: fc.constantFrom(...HOSTS) }),
  fc.record({ t: fc.constant('delete' as const), p: fc.nat(9) }),
  fc.record({ t: fc.constant('disconnect' as const), h: fc.constantFrom(...HOSTS) }),
  fc.record({ t: fc.constant('reconnect' as const), h: fc.constantFrom(...HOSTS), fresh: fc.boolean() }),
);

describe('convergence property', () => {
  it('random binds, moves, deletes, disconnects and reconnects: 0 hosts diverge from the store', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), fc.integer({ min: 2, max: 50 }), async (ops, logMaxRecords) => {
        const h = await new Harness({ logMaxRecords }).start();
        const clients = new Map(HOSTS.map((id) => [id, new TestHost(id, vtepOf(id))]));
        try {
          h.commit(...HOSTS.map((id): [string, string, unknown] => ['hosts', id, host(id, vtepOf(id), `cell${id.slice(1)}`)]), ['networks', 'n0', network('n0', 100)], ['networks', 'n1', network('n1', 101)]);
          for (const c of clients.values()) c.connect(h.address);
          const ports = new Map<number, ReturnType<typeof port>>();
          let seq = 0;
          for (const o of ops) {
            if (o.t === 'bind') {
              const prev = ports.get(o.p);
              const p = port({
                id: `p${o.p}`, networkId: prev?.networkId ?? `n${o.net}`, mac: `fa:16:3e:00:00:${o.p.toString(16).padStart(2, '0')}`, ips: [`10.0.0.${o.p}`],
                bindings: o.hosts.map((x, i) => binding(x, i === 0 ? 'ACTIVE' : 'INACTIVE')), seq: ++seq,
              });
              ports.set(o.p, p);
              h.commit(['ports', p.id, p]);
            } else if (o.t === 'move') {
              const prev = ports.get(o.p);
              if (!prev) continue;
              const p = { ...prev, bindings: [binding(o.to)], mobilitySeq: ++seq };
              ports.set(o.p, p);
              h.commit(['ports', p.id, p]);
            } else if (o.t === 'delete') {
              if (ports.delete(o.p)) h.commit(['ports', `p${o.p}`, null]);
            } else if (o.t === 'disconnect') {
              clients.get(o.h)!.close();
            } else {
              const c = clients.get(o.h)!;
              if (o.fresh) {
                c.view = new Map();
                c.token = undefined;
              }
              c.connect(h.address);
            }
            await new Promise((r) => setImmediate(r));
          }
          for (const c of clients.values()) if (c.status !== undefined || !h.ctl.sessions.has(c.hostId)) c.connect(h.address);
          await waitFor(() => [...clients.values()].every((c) => h.ctl.sessions.has(c.hostId) && c.welcome !== undefined), 'every host attached');
          h.ctl.heartbeat();
          await waitFor(
            () => [...clients.values()].every((c) => c.token !== undefined && c.token.revision >= h.ctl.revision && h.ctl.sessions.has(c.hostId)),
            'every host at the current revision',
          );
          for (const c of clients.values()) expect(diffViews(expectedView(h.ctl.index, c.hostId), c.view)).toEqual([]);
        } finally {
          for (const c of clients.values()) c.close();
          await h.dispose();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
