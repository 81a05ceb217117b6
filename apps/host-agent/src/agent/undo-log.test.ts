import { applyDecodedVniDelta, cloneVniView, decodeVniDelta, emptyVniView, ipToBytes, macToBytes, vniViewsEqual, type HostView } from '@trellis/l2';
import { describe, expect, it } from 'vitest';
import { VniUndo } from './undo-log';

describe('VniUndo', () => {
  it('undoes an in-place incremental delta exactly (adds, replacements, removals, MTU)', () => {
    const t = emptyVniView(9, 1450);
    t.flood.add('10.0.0.2');
    t.fdb.set('fa:16:3e:00:00:01', { vtep: '10.0.0.2', seq: 1 });
    t.neigh.set('192.168.0.1', 'fa:16:3e:00:00:01');
    t.local.set('p1', { portId: 'p1', mac: 'fa:16:3e:00:00:09', ips: [], inactive: false, seq: 0, mtu: 1450 });
    const before = cloneVniView(t);
    const view: HostView = new Map([[9, t]]);
    const d = decodeVniDelta({
      vni: 9, mtu: 9000,
      floodAdd: [ipToBytes('10.0.0.3')], floodRemove: [ipToBytes('10.0.0.2')],
      fdbUpsert: [{ mac: macToBytes('fa:16:3e:00:00:01'), vtep: ipToBytes('10.0.0.3'), seq: 2 }, { mac: macToBytes('fa:16:3e:00:00:02'), vtep: ipToBytes('10.0.0.3'), seq: 0 }],
      neighRemove: [ipToBytes('192.168.0.1')], localRemove: ['p1'],
      localAdd: [{ portId: 'p2', mac: macToBytes('fa:16:3e:00:00:0a'), ips: [], mtu: 9000 }],
    });
    const u = new VniUndo(t);
    u.record(d);
    applyDecodedVniDelta(view, d);
    expect(vniViewsEqual(t, before)).toBe(false);
    u.undo();
    expect(vniViewsEqual(t, before)).toBe(true);
  });
});
