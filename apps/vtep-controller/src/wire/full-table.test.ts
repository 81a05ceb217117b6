import type { RecordChange } from '../span/span-index';
import type { Host, Network, Port } from '@trellis/domain';
import { applyVniDelta, diffViews, ipToBytes, macToBytes, packFdbGroup, packNeighbours, type HostView, type NeighEntrySpec } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import { describe, expect, it } from 'vitest';
import { binding, host, network, port } from '../testing/fixtures';
import { recordChange } from '../span/feed-changes';
import { SpanIndex } from '../span/span-index';
import { bindingOn } from '../span/vni-state';
import { FullTableEncoder } from './full-table';

const l2 = trellis.l2.v1;
type Put = ['hosts', Host] | ['networks', Network] | ['ports', Port];
let revision = 0;
const put = (index: SpanIndex, ...items: Put[]) => index.apply(++revision, items.map(([c, v]) => (recordChange(c, v.id, v) as RecordChange)));

/**
 * The host's table as the generated encoder writes it, piece by piece in the documented order
 * (vni, full and flood; then per remote host its fdb_upsert elements and neigh_add element;
 * then local ports and mtu), built by walking every port for this host alone.
 */
function generatedTable(index: SpanIndex, hostId: string, vni: number): Buffer {
  const vs = index.stateOf(vni)!;
  const mtu = index.vniMtu(vni);
  const floodAdd = [...vs.members.keys()].filter((m) => m !== hostId && index.hosts.has(m)).map((m) => ipToBytes(index.hosts.get(m)!.vtep));
  const parts: Uint8Array[] = [l2.VniDelta.encode({ vni, full: true, floodAdd }).finish()];
  const groups = new Map<string, { fdb: Map<string, Array<{ mac: Uint8Array; seq: number }>>; neigh: NeighEntrySpec[] }>();
  for (const id of vs.byMac.values()) {
    const pl = vs.ports.get(id)!;
    if (pl.active === null || pl.activeVtep === null) continue;
    if (!groups.has(pl.active)) groups.set(pl.active, { fdb: new Map(), neigh: [] });
    const fdb = groups.get(pl.active)!.fdb;
    if (!fdb.has(pl.activeVtep)) fdb.set(pl.activeVtep, []);
    fdb.get(pl.activeVtep)!.push({ mac: macToBytes(pl.mac), seq: pl.seq });
  }
  for (const [ip, id] of vs.byIp) {
    const pl = vs.ports.get(id)!;
    if (pl.active !== null && pl.activeVtep !== null) groups.get(pl.active)!.neigh.push({ ip: ipToBytes(ip), mac: macToBytes(pl.mac) });
  }
  for (const [h, g] of groups) {
    if (h === hostId) continue;
    const fdbUpsert = [...g.fdb].map(([vtep, records]) => packFdbGroup(ipToBytes(vtep), records));
    parts.push(l2.VniDelta.encode({ fdbUpsert, neighAdd: g.neigh.length > 0 ? [packNeighbours(g.neigh)] : [] }).finish());
  }
  const localAdd: trellis.l2.v1.ILocalPort[] = [];
  for (const pl of vs.ports.values()) {
    const b = bindingOn(pl, hostId);
    if (b) localAdd.push({ portId: pl.portId, mac: macToBytes(pl.mac), ips: pl.ips.map(ipToBytes), mtu, inactive: b.inactive, seq: pl.seq, networkId: pl.networkId, ...(pl.portSecurityEnabled === false ? { portSecurityEnabled: false } : {}) });
  }
  parts.push(l2.VniDelta.encode({ localAdd, mtu }).finish());
  return Buffer.concat(parts);
}

function setup(): SpanIndex {
  const index = new SpanIndex();
  put(
    index,
    ['hosts', host('h1', '192.0.2.1')], ['hosts', host('h2', '192.0.2.2', 'cell2')], ['hosts', host('h3', '2001:db8::3', 'cell3')], ['hosts', host('h4', '192.0.2.4', 'cell4')],
    ['networks', network('n1', 100)], ['networks', network('n2', 70000, 9000)],
  );
  const ports: Put[] = [];
  for (let i = 0; i < 40; i++) {
    const h = `h${1 + (i % 4)}`;
    // Some ports have two addresses or none; some are mid-migration (ACTIVE here, INACTIVE on the next host).
    const ips = i % 5 === 0 ? [] : i % 3 === 0 ? [`10.0.0.${i}`, `fd00::${i}`] : [`10.0.0.${i}`];
    const bindings = i % 7 === 0 ? [binding(h), binding(`h${1 + ((i + 1) % 4)}`, 'INACTIVE')] : [binding(h)];
    // Every fourth port has port security disabled (LocalPort field 8, present only then).
    const portSecurityEnabled = i % 4 === 1 ? false : i % 4 === 2 ? true : undefined;
    ports.push(['ports', port({ id: `p${i}`, networkId: i % 2 === 0 ? 'n1' : 'n2', mac: `fa:16:3e:00:01:${i.toString(16).padStart(2, '0')}`, ips, bindings, seq: i * 37, portSecurityEnabled })]);
  }
  // A port id that is not ASCII (written by the generated encoder's UTF-8 path).
  ports.push(['ports', port({ id: 'pörť-☃', networkId: 'n1', mac: 'fa:16:3e:00:02:01', ips: ['10.0.1.1'], bindings: [binding('h1')], seq: 2 ** 31, portSecurityEnabled: false })]);
  put(index, ...ports);
  return index;
}

function expectGenerated(index: SpanIndex, tables: FullTableEncoder): void {
  for (const h of ['h1', 'h2', 'h3', 'h4']) {
    for (const vni of index.spanOf(h)) {
      const ours = tables.encode(h, vni, 1 << 20)!;
      expect(Buffer.compare(ours, generatedTable(index, h, vni)), `${h} VNI ${vni}`).toBe(0);
      const view: HostView = new Map();
      applyVniDelta(view, l2.VniDelta.decode(ours));
      expect(diffViews(new Map([[vni, index.hostVniView(h, vni)]]), view)).toEqual([]);
    }
  }
}

describe('FullTableEncoder', () => {
  it('encodes each host table byte-identical to the generated encoding of the same lists', () => {
    const index = setup();
    expect(index.spanOf('h1').size).toBe(2);
    expectGenerated(index, new FullTableEncoder(index));
  });

  it('rebuilds the shared bytes after a port, VTEP or MTU change, and counts entries against the limit', () => {
    const index = setup();
    const tables = new FullTableEncoder(index);
    expectGenerated(index, tables);
    put(index, ['ports', port({ id: 'p1', networkId: 'n2', mac: 'fa:16:3e:00:01:01', ips: ['10.0.0.1'], bindings: [binding('h3')], seq: 999 })]);
    expectGenerated(index, tables);
    put(index, ['hosts', host('h2', '198.51.100.2', 'cell2')]);
    expectGenerated(index, tables);
    put(index, ['networks', network('n1', 100, 1400)]);
    expect(l2.VniDelta.decode(tables.encode('h1', 100, 1 << 20)!).mtu).toBe(1400);
    // Every local port names its network (hosts name the VNI's Linux bridge after it).
    expect(new Set(l2.VniDelta.decode(tables.encode('h1', 100, 1 << 20)!).localAdd.map((p) => p.networkId))).toEqual(new Set(['n1']));
    expectGenerated(index, tables);
    // h1 in VNI 100: 3 flood + 15 remote FDB/neighbour records + its own 5 local ports (+1 inactive).
    const entries = index.fullDelta('h1', 100);
    const n = entries.floodAdd!.length + entries.fdbUpsert!.length + entries.neighAdd!.length + entries.localAdd!.length;
    expect(tables.encode('h1', 100, n)).toBeDefined();
    expect(tables.encode('h1', 100, n - 1)).toBeUndefined();
    expect(tables.encode('h1', 4242, 1 << 20)).toBeUndefined();
  });

  it('cuts a table over the limit into pieces from the shared fields that build the same host view', () => {
    const index = setup();
    const tables = new FullTableEncoder(index);
    let cut = 0;
    for (const h of ['h1', 'h2', 'h3', 'h4']) {
      for (const vni of index.spanOf(h)) {
        const full = index.fullDelta(h, vni);
        const n = full.floodAdd!.length + full.fdbUpsert!.length + full.neighAdd!.length + full.localAdd!.length;
        // Within the limit: one piece, the same bytes as the whole table.
        const whole = tables.split(h, vni, n)!;
        expect(whole).toHaveLength(1);
        expect(Buffer.compare(whole[0], tables.encode(h, vni, n)!)).toBe(0);
        for (let limit = 1; limit < n; limit++) {
          const pieces = tables.split(h, vni, limit);
          if (!pieces) continue;
          const decoded = pieces.map((b) => l2.VniDelta.decode(b));
          expect(decoded.map((d) => d.full)).toEqual(decoded.map((_, i) => i === 0));
          for (const d of decoded) {
            expect(d.vni).toBe(vni);
            expect(d.mtu).toBe(index.vniMtu(vni));
            expect(d.floodAdd.length + d.fdbUpsert.length + d.neighAdd.length + d.localAdd.length).toBeLessThanOrEqual(limit);
          }
          const view: HostView = new Map();
          for (const d of decoded) applyVniDelta(view, d);
          expect(diffViews(new Map([[vni, index.hostVniView(h, vni)]]), view), `${h} VNI ${vni} limit ${limit}`).toEqual([]);
          if (pieces.length > 1) cut++;
        }
        // The flood list and own ports cannot be cut: below them there is no split.
        expect(tables.split(h, vni, 1)).toBeUndefined();
      }
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('refuses a mobility sequence beyond uint32 with InvalidInput, as the packed FDB encoder does', () => {
    const index = setup();
    put(index, ['ports', port({ id: 'big', networkId: 'n1', mac: 'fa:16:3e:00:03:01', ips: [], bindings: [binding('h2')], seq: 2 ** 32 })]);
    expect(() => new FullTableEncoder(index).encode('h1', 100, 1 << 20)).toThrow(/mobility sequence is a uint32/);
  });
});

describe('LocalPort.port_security_enabled', () => {
  it('reaches the host view only for ports with port security disabled, and a change moves the table', () => {
    const index = setup();
    const tables = new FullTableEncoder(index);
    const local = (id: string) => index.hostVniView('h2', 70000).local.get(id);
    expect(local('p1')?.portSecurityEnabled).toBe(false);
    expect(index.hostVniView('h4', 70000).local.get('p3')).not.toHaveProperty('portSecurityEnabled');
    const decoded: HostView = new Map();
    applyVniDelta(decoded, l2.VniDelta.decode(tables.encode('h2', 70000, 1 << 20)!));
    expect(decoded.get(70000)?.local.get('p1')?.portSecurityEnabled).toBe(false);
    put(index, ['ports', port({ id: 'p1', networkId: 'n2', mac: 'fa:16:3e:00:01:01', ips: ['10.0.0.1'], bindings: [binding('h2')], seq: 37 })]);
    expect(local('p1')).not.toHaveProperty('portSecurityEnabled');
    expectGenerated(index, tables);
  });
});
