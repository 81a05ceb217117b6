import { describe, expect, it } from 'vitest';
import { stripJsonSuffix } from './format-suffix';

describe('stripJsonSuffix', () => {
  it('drops a .json suffix from /v2.0/ paths and keeps the query', () => {
    expect(stripJsonSuffix('/v2.0/networks.json')).toBe('/v2.0/networks');
    expect(stripJsonSuffix('/v2.0/quotas/p1/details.json')).toBe('/v2.0/quotas/p1/details');
    expect(stripJsonSuffix('/v2.0/ports.json?device_id=x&fields=id')).toBe('/v2.0/ports?device_id=x&fields=id');
  });

  it('leaves other URLs alone', () => {
    expect(stripJsonSuffix('/v2.0/networks')).toBe('/v2.0/networks');
    expect(stripJsonSuffix('/v2.0/ports?name=a.json')).toBe('/v2.0/ports?name=a.json');
    expect(stripJsonSuffix('/ui/app.json')).toBe('/ui/app.json');
    expect(stripJsonSuffix('/v2.0/.json')).toBe('/v2.0/.json');
  });
});
