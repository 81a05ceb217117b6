import type { Host, Network, Port } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import { FullTableEncoder } from '../wire/full-table';
import { applyVniDelta, bytesToIp, bytesToMac, diffViews, digestVniView, type HostView } from '@trellis/l2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binding, deliver, expectedView, host, network, port } from '../testing/fixtures';
import { recordChange } from './feed-changes';
import { SpanIndex, type SpanChange } from './span-index';

type Put = ['hosts', Host] | ['networks', Network] | ['ports', Port];

function put(index: SpanIndex, revision: number, ...items: Put[]): SpanChange {
  return index.apply(revision, items.map(([c, v]) => recordChange(c, v.id, v)!));
}

function del(index: SpanIndex, revision: number, collection: string, id: string): SpanChange {
  return index.apply(revision, [recordChange(collection, id, undefined)!]);
}

function setup() {
  const index = new SpanIndex();
  put(index, 1, ['hosts', host('h1', '192.0.2.1')], ['hosts', host('h2', '192.0.2.2', 'cell2')], ['hosts', host('h3', '2001:db8::3', 'cell3')], ['networks', network('n1', 100)]);
  return index;
}

const p1 = (bindings = [binding('h1')], seq = 0) => port({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1', 'fd00::1'], bindings, seq });
const p2 = (bindings = [binding('h2')]) => port({ id: 'p2', networkId: 'n1', mac: 'fa:16:3e:00:00:02', ips: ['10.0.0.2'], bindings });

describe('SpanIndex', () => {
  it('first port of a VNI on a host: full table for it, flood add and entries for the others', () => {
    const index = setup();
    put(index, 2, ['ports', p2()]);
    const change = put(index, 3, ['ports', p1()]);
    expect(change.spanChanged).toEqual(['h1']);
    const [v] = change.vnis;
    expect(v.vni).toBe(100);
    expect(v.full).toEqual(['h1']);
    const joined = v.perHost.get('h1')!;
    expect(joined.full).toBe(true);
    expect(joined.floodAdd!.map(bytesToIp)).toEqual(['192.0.2.2']);
    expect(joined.fdbUpsert!.map((e) => bytesToMac(e.mac!))).toEqual(['fa:16:3e:00:00:02']);
    expect(joined.localAdd!.map((p) => [p.portId, p.networkId])).toEqual([['p1', 'n1']]);
    const shared = v.shared!;
    expect(shared.floodAdd!.map(bytesToIp)).toEqual(['192.0.2.1']);
    expect(shared.fdbUpsert!.map((e) => [bytesToMac(e.mac!), bytesToIp(e.vtep!), e.seq])).toEqual([['fa:16:3e:00:00:01', '192.0.2.1', 0]]);
    expect(shared.neighAdd!.map((e) => bytesToIp(e.ip!)).sort()).toEqual(['10.0.0.1', 'fd00::1']);
    expect(v.perHost.has('h2')).toBe(false);
    expect(index.spanOf('h1')).toEqual(new Set([100]));
    expect(index.spanRevisionOf('h1')).toBe(3);
  });

  it('last port leaves: leave for the host, flood remove and withdrawals for the others', () => {
    const index = setup();
    put(index, 2, ['ports', p1()], ['ports', p2()]);
    const change = del(index, 3, 'ports', 'p1');
    const [v] = change.vnis;
    expect(v.perHost.get('h1')).toEqual({ vni: 100, leave: true });
    expect(v.left).toEqual(['h1']);
    expect(v.shared!.floodRemove!.map(bytesToIp)).toEqual(['192.0.2.1']);
    expect(v.shared!.fdbWithdraw!.map(bytesToMac)).toEqual(['fa:16:3e:00:00:01']);
    expect(v.shared!.neighRemove!.map(bytesToIp).sort()).toEqual(['10.0.0.1', 'fd00::1']);
    expect(index.spanOf('h1').size).toBe(0);
  });

  it('migration across cells: pre-join by inactive binding, then the MAC moves with a higher sequence', () => {
    const index = setup();
    put(index, 2, ['ports', p1()], ['ports', p2([binding('h3')])]);
    const pre = put(index, 3, ['ports', p1([binding('h1'), binding('h2', 'INACTIVE')])]);
    const preH2 = pre.vnis[0].perHost.get('h2')!;
    expect(preH2.full).toBe(true);
    expect(preH2.localAdd!.map((p) => [p.portId, p.inactive])).toEqual([['p1', true]]);
    // h2 still reaches p1 at h1 while the instance runs there.
    expect(preH2.fdbUpsert!.map((e) => bytesToIp(e.vtep!))).toContain('192.0.2.1');

    const move = put(index, 4, ['ports', p1([binding('h1', 'INACTIVE'), binding('h2')], 1)]);
    const v = move.vnis[0];
    expect(v.shared!.fdbUpsert!.map((e) => [bytesToMac(e.mac!), bytesToIp(e.vtep!), e.seq])).toEqual([['fa:16:3e:00:00:01', '192.0.2.2', 1]]);
    const h1 = v.perHost.get('h1')!;
    expect(h1.fdbUpsert!.map((e) => [bytesToIp(e.vtep!), e.seq])).toEqual([['192.0.2.2', 1]]);
    expect(h1.localAdd!.map((p) => [p.portId, p.inactive, p.seq, p.networkId])).toEqual([['p1', true, 1, 'n1']]);
    const h2 = v.perHost.get('h2')!;
    expect(h2.fdbWithdraw!.map(bytesToMac)).toEqual(['fa:16:3e:00:00:01']);
    expect(h2.localAdd!.map((p) => [p.portId, p.inactive, p.seq])).toEqual([['p1', false, 1]]);

    // The source binding goes away: h1 leaves (its only port), everyone else drops its VTEP.
    const done = put(index, 5, ['ports', p1([binding('h2')], 1)]);
    expect(done.vnis[0].perHost.get('h1')).toEqual({ vni: 100, leave: true });
    expect(done.vnis[0].shared!.floodRemove!.map(bytesToIp)).toEqual(['192.0.2.1']);
    expect(done.vnis[0].shared!.fdbUpsert).toBeUndefined();
  });

  it('port security off and on again: only the bound host gets a local_add, with the field while it is off', () => {
    const index = setup();
    const views = new Map<string, HostView>();
    deliver(index, put(index, 2, ['ports', p2()]), views);
    deliver(index, put(index, 3, ['ports', p1()]), views);
    const off = put(index, 4, ['ports', port({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1', 'fd00::1'], bindings: [binding('h1')], portSecurityEnabled: false })]);
    const [v] = off.vnis;
    expect(v.perHost.get('h1')!.localAdd!.map((p) => [p.portId, p.portSecurityEnabled])).toEqual([['p1', false]]);
    expect(v.shared).toBeFalsy();
    deliver(index, off, views);
    expect(views.get('h1')!.get(100)!.local.get('p1')!.portSecurityEnabled).toBe(false);
    const on = put(index, 5, ['ports', p1()]);
    deliver(index, on, views);
    expect(views.get('h1')!.get(100)!.local.get('p1')).not.toHaveProperty('portSecurityEnabled');
    for (const h of ['h1', 'h2']) expect(diffViews(expectedView(index, h), views.get(h)!), h).toEqual([]);
  });

  it('shares one delta object among all plain members', () => {
    const index = setup();
    put(index, 2, ['hosts', host('h4', '192.0.2.4')], ['ports', p2()], ['ports', port({ id: 'p3', networkId: 'n1', mac: 'fa:16:3e:00:00:03', bindings: [binding('h3')] })]);
    put(index, 3, ['ports', port({ id: 'p4', networkId: 'n1', mac: 'fa:16:3e:00:00:04', bindings: [binding('h4')] })]);
    const change = put(index, 4, ['ports', port({ id: 'p5', networkId: 'n1', mac: 'fa:16:3e:00:00:05', bindings: [binding('h4')] })]);
    const v = change.vnis[0];
    expect([...v.perHost.keys()]).toEqual(['h4']);
    expect(v.shared!.fdbUpsert).toHaveLength(1);
    expect(v.perHost.get('h4')!.fdbUpsert).toBeUndefined();
  });

  it('a re-created port with a lower sequence is withdrawn then upserted, so hosts take it', () => {
    const index = setup();
    const views = new Map<string, HostView>();
    deliver(index, put(index, 2, ['ports', p2()], ['ports', p1([binding('h1')], 5)]), views);
    deliver(index, index.apply(3, [recordChange('ports', 'p1', undefined)!, recordChange('ports', 'p9', port({ id: 'p9', networkId: 'n1', mac: 'fa:16:3e:00:00:01', bindings: [binding('h3')] }))!]), views);
    expect(diffViews(expectedView(index, 'h2'), views.get('h2')!)).toEqual([]);
    expect(views.get('h2')!.get(100)!.fdb.get('fa:16:3e:00:00:01')).toEqual({ vtep: '2001:db8::3', seq: 0 });
  });

  it('a VTEP change resyncs every member of the host VNIs with full tables', () => {
    const index = setup();
    put(index, 2, ['ports', p1()], ['ports', p2()]);
    const change = put(index, 3, ['hosts', host('h1', '192.0.2.101')]);
    const v = change.vnis[0];
    expect(v.shared).toBeNull();
    expect(new Set(v.full)).toEqual(new Set(['h1', 'h2']));
    expect(v.perHost.get('h2')!.fdbUpsert!.map((e) => bytesToIp(e.vtep!))).toEqual(['192.0.2.101']);
  });

  it('random binds, moves, deletes and registry changes: every host view follows the model', () => {
    const hosts = ['h1', 'h2', 'h3', 'h4'];
    const op = fc.oneof(
      fc.record({ t: fc.constant('bind' as const), p: fc.nat(7), net: fc.nat(2), hosts: fc.subarray(hosts, { maxLength: 2 }), ip: fc.nat(3) }),
      fc.record({ t: fc.constant('move' as const), p: fc.nat(7), to: fc.constantFrom(...hosts) }),
      fc.record({ t: fc.constant('delete' as const), p: fc.nat(7) }),
      fc.record({ t: fc.constant('vtep' as const), h: fc.constantFrom(...hosts), v: fc.nat(3) }),
      fc.record({ t: fc.constant('hostdel' as const), h: fc.constantFrom(...hosts) }),
      fc.record({ t: fc.constant('mtu' as const), net: fc.nat(2), mtu: fc.constantFrom(1400, 1450) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }), (revisions) => {
        const index = new SpanIndex();
        const tables = new FullTableEncoder(index);
        const views = new Map<string, HostView>();
        const ports = new Map<number, Port>();
        const seqs = new Map<number, number>();
        let rev = 1;
        deliver(index, index.apply(rev, [
          ...hosts.map((h, i) => recordChange('hosts', h, host(h, `192.0.2.${i + 1}`))!),
          ...[0, 1, 2].map((n) => recordChange('networks', `n${n}`, network(`n${n}`, 100 + n))!),
        ]), views);
        for (const ops of revisions) {
          const changes = [];
          for (const o of ops) {
            if (o.t === 'bind') {
              const seq = (seqs.get(o.p) ?? 0) + 1;
              seqs.set(o.p, seq);
              const prev = ports.get(o.p);
              const p = port({
                id: `p${o.p}`, networkId: prev?.networkId ?? `n${o.net}`, mac: `fa:16:3e:00:00:${o.p.toString(16).padStart(2, '0')}`,
                ips: [`10.0.${o.p}.${o.ip}`], bindings: o.hosts.map((h, i) => binding(h, i === 0 ? 'ACTIVE' : 'INACTIVE')), seq,
              });
              ports.set(o.p, p);
              changes.push(recordChange('ports', p.id, p)!);
            } else if (o.t === 'move') {
              const prev = ports.get(o.p);
              if (!prev) continue;
              const seq = (seqs.get(o.p) ?? 0) + 1;
              seqs.set(o.p, seq);
              const p = { ...prev, bindings: [binding(o.to)], mobilitySeq: seq };
              ports.set(o.p, p);
              changes.push(recordChange('ports', p.id, p)!);
            } else if (o.t === 'delete') {
              ports.delete(o.p);
              changes.push(recordChange('ports', `p${o.p}`, undefined)!);
            } else if (o.t === 'vtep') {
              changes.push(recordChange('hosts', o.h, host(o.h, `198.51.100.${o.v}${o.h.slice(1)}`))!);
            } else if (o.t === 'hostdel') {
              changes.push(recordChange('hosts', o.h, undefined)!);
            } else {
              changes.push(recordChange('networks', `n${o.net}`, network(`n${o.net}`, 100 + o.net, o.mtu))!);
            }
          }
          deliver(index, index.apply(++rev, changes), views);
          for (const h of hosts) {
            const got = views.get(h) ?? new Map();
            expect(diffViews(expectedView(index, h), got)).toEqual([]);
            // The digests from shared per-VNI sums equal those of the host's view.
            for (const vni of [100, 101, 102]) expect(index.hostVniDigest(h, vni)).toBe(digestVniView(index.hostVniView(h, vni)));
            // A full table (snapshot, resync) built from the placements equals the host's view.
            const full: HostView = new Map();
            for (const vni of index.spanOf(h)) applyVniDelta(full, index.fullDelta(h, vni));
            expect(diffViews(expectedView(index, h), full)).toEqual([]);
            // The same from the shared per-VNI bytes of the snapshot encoder.
            const encoded: HostView = new Map();
            for (const vni of index.spanOf(h)) applyVniDelta(encoded, trellis.l2.v1.VniDelta.decode(tables.encode(h, vni, 1 << 20)!));
            expect(diffViews(expectedView(index, h), encoded)).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
