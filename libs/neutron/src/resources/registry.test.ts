import { Collections } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { NEUTRON_COLLECTIONS } from '../collections';
import { registeredFieldPolicy } from '../policy';
import { TRELLIS_EXTENSIONS } from '../routes/discovery';
import { NEUTRON_RESOURCES } from './registry';

const duplicates = (names: readonly string[]) => names.filter((n, i) => names.indexOf(n) !== i);

describe('resource registry', () => {
  it('names each resource, collection, extension and store collection once', () => {
    expect(duplicates(NEUTRON_RESOURCES.map((r) => r.name))).toEqual([]);
    expect(duplicates(NEUTRON_RESOURCES.flatMap((r) => r.collections))).toEqual([]);
    expect(duplicates(TRELLIS_EXTENSIONS.map((e) => e.alias))).toEqual([]);
    expect(duplicates(NEUTRON_COLLECTIONS.map((c) => c.name))).toEqual([]);
  });

  it('gives the store every collection the Neutron API keeps', () => {
    const names = NEUTRON_COLLECTIONS.map((c) => c.name);
    for (const c of [Collections.networks, Collections.subnets, Collections.ports, Collections.routers, Collections.vnis, Collections.macs, Collections.ips, Collections.quotas, Collections.idempotency, Collections.hosts]) {
      expect(names).toContain(c);
    }
    expect(Object.keys(NEUTRON_COLLECTIONS.find((c) => c.name === Collections.ports)?.indexes ?? {})).toEqual(['byNetwork', 'byHost', 'byMigrationHost', 'byDevice', 'byProject']);
  });

  it("merges the resources' admin-only attributes", () => {
    const { adminOnlyWrite, adminOnlyRead } = registeredFieldPolicy();
    expect([...adminOnlyWrite].sort()).toEqual(['binding:host_id', 'binding:profile', 'provider:', 'router:external', 'shared']);
    expect(adminOnlyRead).toEqual(expect.arrayContaining(['provider:segmentation_id', 'binding:vif_details']));
  });
});
