import { describe, expect, it } from 'vitest';
import { cloneHostView, copyVniView, diffViews, emptyVniView, localPortsEqual, viewsEqual, vniEntryCount, vniViewsEqual, type HostView, type LocalPortView } from './view';

function host(): HostView {
  const v = emptyVniView(10, 1450);
  v.flood.add('10.0.0.2');
  v.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.2', seq: 1 });
  v.neigh.set('192.168.0.1', 'fa:16:3e:00:00:01');
  v.local.set('p', { portId: 'p', mac: 'fa:16:3e:00:00:02', ips: ['192.168.0.2', 'fd00::2'], inactive: false, seq: 0, mtu: 1450 });
  return new Map([[10, v]]);
}

describe('view helpers', () => {
  it('deep-clones so that mutating the copy leaves the original alone', () => {
    const a = host();
    const b = cloneHostView(a);
    expect(viewsEqual(a, b)).toBe(true);
    b.get(10)!.local.get('p')!.ips.push('192.168.0.3');
    b.get(10)!.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.2', seq: 2 });
    expect(a.get(10)!.local.get('p')!.ips).toHaveLength(2);
    expect(a.get(10)!.fdb.get('fa:16:3e:00:00:01')!.seq).toBe(1);
    expect(a.get(10)!.fdb.get('fa:16:3e:00:00:01')).not.toBe(b.get(10)!.fdb.get('fa:16:3e:00:00:01'));
    expect(viewsEqual(a, b)).toBe(false);
  });

  it('copies a table sharing its immutable FDB entries; changing the copy leaves the original alone', () => {
    const a = host().get(10)!;
    const b = copyVniView(a);
    expect(vniViewsEqual(a, b)).toBe(true);
    expect(b.fdb.get('fa:16:3e:00:00:01')).toBe(a.fdb.get('fa:16:3e:00:00:01'));
    expect(b.local.get('p')).not.toBe(a.local.get('p'));
    b.flood.add('10.0.0.9');
    b.fdb.set('fa:16:3e:00:00:09', { vtep: '10.0.0.9', seq: 1 });
    b.neigh.set('192.168.0.9', 'fa:16:3e:00:00:09');
    b.local.get('p')!.ips.push('192.168.0.3');
    b.mtu = 9000;
    expect(a.flood.size + a.fdb.size + a.neigh.size).toBe(3);
    expect(a.local.get('p')!.ips).toHaveLength(2);
    expect(a.mtu).toBe(1450);
    expect(vniViewsEqual(a, b)).toBe(false);
  });

  it('compares tables whatever their insertion order, also after a common prefix', () => {
    const a = emptyVniView(10, 1450);
    for (let i = 0; i < 6; i++) a.fdb.set(`m${i}`, { vtep: '10.0.0.2', seq: i });
    const b = copyVniView(a);
    expect(vniViewsEqual(a, b)).toBe(true);
    // Same entries, the last three re-inserted in another order: lockstep fails at m3.
    for (const k of ['m5', 'm3', 'm4']) {
      const e = b.fdb.get(k)!;
      b.fdb.delete(k);
      b.fdb.set(k, e);
    }
    expect(vniViewsEqual(a, b)).toBe(true);
    expect(vniViewsEqual(b, a)).toBe(true);
    // A different value after the common prefix, and a different key of the same count.
    b.fdb.set('m4', { vtep: '10.0.0.3', seq: 4 });
    expect(vniViewsEqual(a, b)).toBe(false);
    b.fdb.set('m4', { vtep: '10.0.0.2', seq: 4 });
    b.fdb.delete('m5');
    b.fdb.set('m6', { vtep: '10.0.0.2', seq: 5 });
    expect(vniViewsEqual(a, b)).toBe(false);
    expect(vniViewsEqual(b, a)).toBe(false);
  });

  it('compares local port IPs as a set', () => {
    const a = host();
    const b = cloneHostView(a);
    b.get(10)!.local.get('p')!.ips.reverse();
    expect(viewsEqual(a, b)).toBe(true);
  });

  it('describes every kind of difference', () => {
    const a = host();
    const b = cloneHostView(a);
    const t = b.get(10)!;
    t.flood.add('10.0.0.3');
    t.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.3', seq: 2 });
    t.neigh.delete('192.168.0.1');
    t.local.get('p')!.inactive = true;
    t.mtu = 9000;
    b.set(11, emptyVniView(11));
    const diff = diffViews(a, b);
    expect(diff).toEqual([
      'vni 10: mtu 9000 != 1450',
      'vni 10: flood 10.0.0.3 extra',
      'vni 10: fdb fa:16:3e:00:00:01 10.0.0.3#2 != 10.0.0.2#1',
      'vni 10: neigh 192.168.0.1 missing != fa:16:3e:00:00:01',
      'vni 10: local p differs',
      'vni 11: extra',
    ]);
    expect(diffViews(a, cloneHostView(a))).toEqual([]);
    expect(vniEntryCount(a.get(10)!)).toBe(4);
  });

  it('compares local ports with their IPs in any order', () => {
    const p = (ips: string[]): LocalPortView => ({ portId: 'p', mac: 'fa:16:3e:00:00:02', ips, inactive: false, seq: 0, mtu: 1450 });
    expect(localPortsEqual(p(['192.168.0.2', 'fd00::2']), p(['192.168.0.2', 'fd00::2']))).toBe(true);
    expect(localPortsEqual(p(['192.168.0.2', 'fd00::2']), p(['fd00::2', '192.168.0.2']))).toBe(true);
    expect(localPortsEqual(p(['192.168.0.2', 'fd00::2']), p(['192.168.0.2', 'fd00::3']))).toBe(false);
    expect(localPortsEqual(p(['192.168.0.2']), p(['192.168.0.2', 'fd00::2']))).toBe(false);
  });
});
