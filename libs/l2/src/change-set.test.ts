import { describe, expect, it } from 'vitest';
import { applyChangeSet, diffVniViews, isEmptyChangeSet, tableChangeSet } from './change-set';
import { emptyVniView, viewsEqual, type HostView, type VniView } from './view';

function table(): VniView {
  const t = emptyVniView(10, 1450);
  t.flood.add('10.0.0.2');
  t.flood.add('10.0.0.3');
  t.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.2', seq: 1 });
  t.fdb.set('fa:16:3e:00:00:02', { vtep: '10.0.0.3', seq: 4 });
  t.neigh.set('192.168.0.1', 'fa:16:3e:00:00:01');
  t.local.set('p', { portId: 'p', mac: 'fa:16:3e:00:00:09', ips: ['192.168.0.9'], inactive: false, seq: 0, mtu: 1450 });
  return t;
}

describe('tableChangeSet', () => {
  it('equals the diff from an empty table, marked created with the MTU', () => {
    const t = table();
    const expected = { ...diffVniViews(emptyVniView(10, 0), t), created: true, mtu: 1450, table: t };
    const c = tableChangeSet(t);
    expect(c.toJSON()).toEqual(expected);
    for (const k of ['vni', 'created', 'mtu', 'floodAdd', 'floodRemove', 'fdbSet', 'fdbRemove', 'neighSet', 'neighRemove', 'localSet', 'localRemove', 'staleIgnored'] as const) {
      expect(c[k]).toEqual(expected[k]);
    }
    expect(c.fdbSet).toEqual([
      { mac: 'fa:16:3e:00:00:01', vtep: '10.0.0.2', seq: 1 },
      { mac: 'fa:16:3e:00:00:02', vtep: '10.0.0.3', seq: 4 },
    ]);
    expect(isEmptyChangeSet(c)).toBe(false);
  });

  it('makes each list once, lets it be replaced, and clones local ports', () => {
    const t = table();
    const c = tableChangeSet(t);
    expect(c.neighSet).toBe(c.neighSet);
    expect(c.localSet[0]).not.toBe(t.local.get('p'));
    c.fdbSet = [];
    expect(c.fdbSet).toEqual([]);
  });

  it('applies as an independent copy of the table', () => {
    const t = table();
    const mirror: HostView = new Map();
    applyChangeSet(mirror, tableChangeSet(t));
    expect(viewsEqual(mirror, new Map([[10, t]]))).toBe(true);
    t.fdb.delete('fa:16:3e:00:00:01');
    t.local.get('p')!.ips.push('192.168.0.10');
    expect(mirror.get(10)!.fdb.size).toBe(2);
    expect(mirror.get(10)!.local.get('p')!.ips).toEqual(['192.168.0.9']);
  });

  it('applies a removal of a table-created VNI', () => {
    const mirror: HostView = new Map([[10, table()]]);
    const c = tableChangeSet(table());
    c.removed = true;
    applyChangeSet(mirror, c);
    expect(mirror.has(10)).toBe(false);
  });
});
