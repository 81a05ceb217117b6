import { trellis } from '@trellis/proto';
import { describe, expect, it } from 'vitest';
import { decodeVniDelta, encodeVniDeltaSpec, vniDeltaFromView } from './delta-codec';
import { emptyVniView, localPortsEqual, type LocalPortView } from './view';

const l2 = trellis.l2.v1;

describe('LocalPort.port_security_enabled on the wire', () => {
  const port = (extra: Partial<LocalPortView> = {}): LocalPortView => ({ portId: 'p1', mac: 'fa:16:3e:00:00:01', ips: ['192.0.2.5'], inactive: false, seq: 1, mtu: 1450, ...extra });

  it('is carried only when false, and decodes back to the same view', () => {
    const view = emptyVniView(100, 1450);
    view.local.set('p1', port({ portSecurityEnabled: false }));
    view.local.set('p2', port({ portId: 'p2', mac: 'fa:16:3e:00:00:02' }));
    const bytes = l2.VniDelta.encode(encodeVniDeltaSpec(vniDeltaFromView(view))).finish();
    const decoded = decodeVniDelta(l2.VniDelta.decode(bytes));
    expect(decoded.localAdd.find((p) => p.portId === 'p1')?.portSecurityEnabled).toBe(false);
    expect(decoded.localAdd.find((p) => p.portId === 'p2')).not.toHaveProperty('portSecurityEnabled');
    // A sender that predates the field: absent means enabled.
    const old = l2.VniDelta.decode(l2.VniDelta.encode({ vni: 100, localAdd: [{ portId: 'p3', mac: new Uint8Array(6) }] }).finish());
    expect(decodeVniDelta(old).localAdd[0]).not.toHaveProperty('portSecurityEnabled');
  });

  it('makes two local ports differ', () => {
    expect(localPortsEqual(port(), port({ portSecurityEnabled: false }))).toBe(false);
    expect(localPortsEqual(port({ portSecurityEnabled: false }), port({ portSecurityEnabled: false }))).toBe(true);
  });
});
