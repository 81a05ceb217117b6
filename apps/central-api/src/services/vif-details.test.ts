import { describe, expect, it } from 'vitest';
import { linuxBridgeName, vifDetailsFor } from './vif-details';

const NET = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';

describe('vif details', () => {
  it('names the bridge brq + the first 11 characters of the network id, as Nova and the linuxbridge agent do', () => {
    expect(linuxBridgeName(NET)).toBe('brq6f1c2a3b-4d');
    expect(linuxBridgeName(NET)).toHaveLength(14);
    expect(linuxBridgeName('short')).toBe('brqshort');
  });

  it('gives a bridge binding the linuxbridge mechanism driver keys and the network bridge', () => {
    const vif = { vifType: 'bridge', vifDetails: { port_filter: true, connectivity: 'l2' } };
    expect(vifDetailsFor(vif, NET)).toEqual({ port_filter: true, connectivity: 'l2', bridge_name: 'brq6f1c2a3b-4d' });
  });

  it('keeps a configured bridge_name and leaves other vif types alone', () => {
    expect(vifDetailsFor({ vifType: 'bridge', vifDetails: { bridge_name: 'brfixed' } }, NET)).toEqual({ bridge_name: 'brfixed' });
    const ovs = { vifType: 'ovs', vifDetails: { bridge_name: 'br-int', port_filter: true } };
    const out = vifDetailsFor(ovs, NET);
    expect(out).toEqual(ovs.vifDetails);
    expect(out).not.toBe(ovs.vifDetails);
  });
});
