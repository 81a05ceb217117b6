import { describe, expect, it } from 'vitest';
import { bridgeForVni, isTrellisBridgeName, networkBridgeName, ownedVxlanVni, tapDeviceName, vniBridgeName, vxlanDeviceName, IFNAME_MAX } from './names';

const NET = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const PORT = '0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9';
const port = (networkId?: string) => ({ portId: PORT, mac: 'fa:16:3e:00:00:01', ips: [], inactive: false, seq: 0, mtu: 0, networkId });

describe('device names (Neutron linuxbridge / os-vif)', () => {
  it('names the bridge brq + first 11 characters of the network id and the tap tap + first 11 of the port id', () => {
    expect(networkBridgeName(NET)).toBe('brq6f1c2a3b-4d');
    expect(tapDeviceName(PORT)).toBe('tap0a1b2c3d-4e');
    expect(networkBridgeName(NET)).toHaveLength(14);
    expect(tapDeviceName(PORT)).toHaveLength(14);
  });

  it('names the VXLAN device vxlan-<vni>, within the kernel limit for every VNI', () => {
    expect(vxlanDeviceName(1000)).toBe('vxlan-1000');
    expect(vxlanDeviceName(0xffffff).length).toBeLessThanOrEqual(IFNAME_MAX);
    expect(vniBridgeName(0xffffff).length).toBeLessThanOrEqual(IFNAME_MAX);
  });

  it('takes a VNI bridge from the first local port that names its network, else from the VNI', () => {
    expect(bridgeForVni(7, [port(), port(NET)])).toBe('brq6f1c2a3b-4d');
    expect(bridgeForVni(7, [port()])).toBe('brqvni7');
    expect(bridgeForVni(7, [])).toBe('brqvni7');
  });

  it('recognises only its own VXLAN devices and bridges', () => {
    expect(ownedVxlanVni('vxlan-1000')).toBe(1000);
    for (const name of ['vxlan0', 'vxlan-0', 'vxlan-16777216', 'vx-1000', 'vxlan-12a']) expect(ownedVxlanVni(name)).toBeUndefined();
    expect(isTrellisBridgeName('brq6f1c2a3b-4d')).toBe(true);
    expect(isTrellisBridgeName('br-ex')).toBe(false);
  });
});
