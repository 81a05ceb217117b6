import { checkResource, encodeResource, isRejected, type FeedResource, type ResourceEvent } from '@trellis/feed';
import { diffViews } from '@trellis/l2';
import { afterEach, describe, expect, it } from 'vitest';
import { binding, expectedView, host, network, port } from '../testing/fixtures';
import { Harness } from '../testing/harness';
import { TestHost, waitFor } from '../testing/test-host';

// A feed value the controller cannot use (undecodable, failing the contract check, or with a
// VTEP / MAC it cannot parse) must never be taken for a delete: after a rolling upgrade that
// renames a field that would withdraw FDB entries across the fleet.

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function seeded(): Promise<{ h: Harness; hosts: TestHost[] }> {
  const h = await new Harness({}).start();
  cleanups.push(() => h.dispose());
  h.commit(['hosts', 'h1', host('h1', '192.0.2.1', 'cell1')], ['hosts', 'h2', host('h2', '192.0.2.2', 'cell2')], ['networks', 'n1', network('n1', 100)]);
  h.commit(
    ['ports', 'a', port({ id: 'a', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], bindings: [binding('h1')] })],
    ['ports', 'b', port({ id: 'b', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings: [binding('h2')] })],
  );
  const hosts = [new TestHost('h1', '192.0.2.1').connect(h.address), new TestHost('h2', '192.0.2.2').connect(h.address)];
  for (const t of hosts) cleanups.push(() => t.close());
  await converged(h, hosts);
  return { h, hosts };
}

async function converged(h: Harness, hosts: TestHost[]): Promise<void> {
  await waitFor(() => hosts.every((t) => t.token !== undefined && t.token.revision >= h.ctl.revision && diffViews(expectedView(h.ctl.index, t.hostId), t.view).length === 0), 'hosts to converge');
}

const held = (hosts: TestHost[]) => hosts.map((t) => [...(t.view.get(100)?.fdb.keys() ?? [])].sort());

/** A checked v2 resource, as the client yields it. */
const resource = (kind: 'host' | 'port', row: unknown): FeedResource => {
  const id = (row as { id: string }).id;
  const checked = checkResource(kind, id, encodeResource(kind, row));
  if (isRejected(checked)) throw new Error(checked.reason);
  return checked;
};

describe('feed values the controller cannot use', () => {
  it('v2: a rejected resource and a resource with an unparsable MAC or VTEP delete nothing on any host, and are counted', async () => {
    const { h, hosts } = await seeded();
    const before = held(hosts);
    expect(before).toEqual([['fa:16:3e:00:00:02'], ['fa:16:3e:00:00:01']]);
    const hostRow = { ...host('h1', '192.0.2.1', 'cell1'), vtep: 'not-an-ip' };
    const portRow = port({ id: 'b', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings: [binding('h2')] });
    const event: ResourceEvent = {
      type: 'revision',
      revision: h.ctl.revision + 1,
      timestampMs: Date.now(),
      changes: [
        { type: 'put', resource: resource('host', hostRow) },
        { type: 'put', resource: { ...(resource('port', portRow) as Extract<FeedResource, { kind: 'port' }>), macAddress: 'renamed-field' } },
      ],
      rejected: [{ kind: 'port', id: 'a', reason: 'does not decode' }],
    };
    h.ctl.applyResourceEvent(event);
    expect(h.ctl.counters.feedRejected).toBe(3);
    expect(h.ctl.revision).toBe(event.revision);
    expect(h.ctl.index.hosts.get('h1')?.vtep).toBe('192.0.2.1');
    expect(h.ctl.index.ports.has('a')).toBe(true);
    expect(h.ctl.index.ports.get('b')?.mac).toBe('fa:16:3e:00:00:02');
    // A good change after it: once hosts applied that, they hold everything they held before.
    const c = port({ id: 'c', networkId: 'n1', mac: 'fa:16:3e:00:00:03', ips: ['10.0.0.3'], bindings: [binding('h1')] });
    h.ctl.applyResourceEvent({ type: 'revision', revision: event.revision + 1, timestampMs: Date.now(), changes: [{ type: 'put', resource: resource('port', c) }], rejected: [] });
    await converged(h, hosts);
    expect(held(hosts)).toEqual([before[0], [...before[1], 'fa:16:3e:00:00:03']]);
  });

  it('v2: a snapshot with a rejected item keeps what is held for it and removes only what is really gone', async () => {
    const { h, hosts } = await seeded();
    const resources = [
      resource('host', host('h1', '192.0.2.1', 'cell1')),
      resource('host', host('h2', '192.0.2.2', 'cell2')),
      { kind: 'network', id: 'n1', networkType: 'vxlan', segmentationId: 100, mtu: 1450 } as const,
      // port a is rejected; port b is gone from central
    ];
    h.ctl.applyResourceEvent({ type: 'snapshot', revision: h.ctl.revision + 5, resources, rejected: [{ kind: 'port', id: 'a', reason: 'ill-typed' }] });
    expect(h.ctl.index.ports.has('a')).toBe(true);
    expect(h.ctl.index.ports.has('b')).toBe(false);
    expect(h.ctl.counters.feedRejected).toBe(1);
    await converged(h, hosts);
    // b's MAC is withdrawn from h1; h1 still carries its own port a (h2 left the VNI with b).
    expect(held(hosts)).toEqual([[], []]);
    expect(hosts[0].view.get(100)?.local.has('a')).toBe(true);
  });

  it('v1: an ill-typed row (a renamed field) or an unparsable VTEP deletes nothing and is counted', async () => {
    const { h, hosts } = await seeded();
    const before = held(hosts);
    const { macAddress: _renamed, ...portA } = port({ id: 'a', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], bindings: [binding('h1')] }) as unknown as Record<string, unknown>;
    h.commit(['ports', 'a', { ...portA, mac_address: 'fa:16:3e:00:00:01' }], ['hosts', 'h2', { ...host('h2', '192.0.2.2', 'cell2'), vtep: 'x' }], ['ports', 'b', 'garbage']);
    expect(h.ctl.counters.feedRejected).toBe(3);
    expect(h.ctl.index.ports.has('a')).toBe(true);
    expect(h.ctl.index.ports.has('b')).toBe(true);
    expect(h.ctl.index.hosts.get('h2')?.vtep).toBe('192.0.2.2');
    h.commit(['ports', 'c', port({ id: 'c', networkId: 'n1', mac: 'fa:16:3e:00:00:03', ips: ['10.0.0.3'], bindings: [binding('h1')] })]);
    await converged(h, hosts);
    expect(held(hosts)).toEqual([before[0], [...before[1], 'fa:16:3e:00:00:03']]);
  });

  it('v1: a snapshot with an undecodable item keeps what is held for it', async () => {
    const { h } = await seeded();
    const items = (collection: string, rows: Array<{ id: string }>) => [collection, rows.map((r) => ({ key: r.id, value: r }))] as const;
    h.ctl.applyFeedEvent({
      type: 'snapshot',
      revision: h.ctl.revision + 5,
      collections: new Map([
        items('hosts', [host('h1', '192.0.2.1', 'cell1'), host('h2', '192.0.2.2', 'cell2')]),
        items('networks', [network('n1', 100)]),
        items('ports', [port({ id: 'b', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings: [binding('h2')] })]),
      ]),
      rejected: [{ collection: 'ports', id: '"a"', reason: 'Unexpected end of JSON input' }],
    });
    expect(h.ctl.index.ports.has('a')).toBe(true);
    expect(h.ctl.index.ports.has('b')).toBe(true);
    expect(h.ctl.counters.feedRejected).toBe(1);
  });
});
