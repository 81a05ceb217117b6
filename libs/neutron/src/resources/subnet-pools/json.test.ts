import type { SubnetPool } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { subnetPoolCreateInput, subnetPoolUpdateInput } from './input';
import { SUBNETPOOL_ATTRIBUTES, subnetPoolFromJson, subnetPoolToJson } from './json';

const ctx = { projectId: 'p1', userId: 'u1', roles: ['member'], isAdmin: false };

const pool: SubnetPool = {
  id: 'sp1', name: 'pool', description: 'd', projectId: 'p1', tags: ['t'], revisionNumber: 2, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z',
  prefixes: ['198.51.100.0/24'], ipVersion: 4, minPrefixlen: 8, maxPrefixlen: 32, defaultPrefixlen: 26, shared: true, isDefault: false, defaultQuota: 512, allocationSerial: 0,
};

describe('subnet pool JSON', () => {
  it('renders Neutron\'s fields and round-trips', () => {
    const json = subnetPoolToJson(pool);
    expect(json).toMatchObject({ tenant_id: 'p1', project_id: 'p1', ip_version: 4, default_prefixlen: 26, address_scope_id: null, shared: true, is_default: false, default_quota: 512 });
    expect(json).not.toHaveProperty('allocationSerial');
    expect(subnetPoolFromJson(JSON.parse(JSON.stringify(json)))).toEqual(pool);
    expect(SUBNETPOOL_ATTRIBUTES).toEqual(expect.arrayContaining(['prefixes', 'ip_version', 'min_prefixlen', 'is_default', 'address_scope_id']));
  });
});

describe('subnet pool inputs', () => {
  it('defaults as Neutron does and converts CLI strings', () => {
    expect(subnetPoolCreateInput(ctx, { prefixes: ['198.51.100.0/24'] })).toEqual({
      projectId: 'p1', name: '', description: '', prefixes: ['198.51.100.0/24'], minPrefixlen: undefined, maxPrefixlen: undefined, defaultPrefixlen: undefined,
      shared: false, isDefault: false, defaultQuota: null, tags: [],
    });
    expect(subnetPoolCreateInput(ctx, { prefixes: [], min_prefixlen: '24', shared: 'true', default_quota: '10' })).toMatchObject({ minPrefixlen: 24, shared: true, defaultQuota: 10 });
    expect(subnetPoolUpdateInput({ name: 'n', default_quota: null, is_default: 'false' })).toEqual({ name: 'n', defaultQuota: null, isDefault: false });
  });
});
