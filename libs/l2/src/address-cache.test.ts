import { describe, expect, it } from 'vitest';
import { ipToBytes, macToBytes } from './address';
import { AddressBytesCache } from './address-cache';
import { vniDeltaFromView } from './delta-codec';
import { emptyVniView } from './view';

describe('AddressBytesCache', () => {
  it('returns the same bytes as the plain codecs, memoized, and stays bounded', () => {
    const c = new AddressBytesCache(3);
    expect(c.mac('fa:16:3e:00:00:01')).toEqual(macToBytes('fa:16:3e:00:00:01'));
    expect(c.ip('2001:db8::1')).toEqual(ipToBytes('2001:db8::1'));
    expect(c.ip('10.0.0.1')).toBe(c.ip('10.0.0.1'));
    for (let i = 0; i < 10; i++) c.ip(`10.0.1.${i}`);
    expect(c.size).toBeLessThanOrEqual(4);
  });

  it('vniDeltaFromView with a cache equals the uncached encoding', () => {
    const v = emptyVniView(7, 1450);
    v.flood.add('192.0.2.1');
    v.fdb.set('fa:16:3e:00:00:02', { vtep: '2001:db8::2', seq: 3 });
    v.neigh.set('10.0.0.2', 'fa:16:3e:00:00:02');
    v.local.set('p', { portId: 'p', mac: 'fa:16:3e:00:00:03', ips: ['10.0.0.3'], inactive: false, seq: 0, mtu: 1450 });
    expect(vniDeltaFromView(v, new AddressBytesCache())).toEqual(vniDeltaFromView(v));
  });
});
