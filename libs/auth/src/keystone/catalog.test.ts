import { describe, expect, it } from 'vitest';
import { findEndpoint } from './catalog';
import { identityV3Url } from './keystone-http';

const catalog = [
  { type: 'network', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: 'http://n1' }] },
  {
    type: 'compute',
    endpoints: [
      { interface: 'internal', region_id: 'CentralRegion', url: 'http://nova-int/v2.1' },
      { interface: 'public', region_id: 'RegionTwo', url: 'http://nova-two/v2.1' },
      { interface: 'public', region_id: 'CentralRegion', url: 'http://nova/v2.1' },
    ],
  },
];

describe('catalog', () => {
  it('picks the endpoint of a type by interface and region', () => {
    expect(findEndpoint(catalog, { type: 'compute', interface: 'public', region: 'CentralRegion' })).toBe('http://nova/v2.1');
    expect(findEndpoint(catalog, { type: 'compute', interface: 'internal' })).toBe('http://nova-int/v2.1');
    expect(findEndpoint(catalog, { type: 'compute', interface: 'admin' })).toBeUndefined();
    expect(findEndpoint(catalog, { type: 'image', interface: 'public' })).toBeUndefined();
  });

  it('normalises the identity URL to /v3', () => {
    expect(identityV3Url('http://k:5000')).toBe('http://k:5000/v3');
    expect(identityV3Url('http://k:5000/v3/')).toBe('http://k:5000/v3');
    expect(identityV3Url('http://k/identity/v3')).toBe('http://k/identity/v3');
  });
});
