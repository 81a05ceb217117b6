import { isApiStatus, type JsonApi } from './api-client';
import type { SeedTopology } from './topology';

/** What seeding did: names created now and names that were already there. */
export interface SeedResult {
  readonly created: string[];
  readonly existing: string[];
}

/**
 * Registers regions, availability zones, cells and hosts through central's admin API. Idempotent:
 * what already exists (409) is kept (a host whose cell or VTEP changed is updated), so a second
 * start on the same data directory reuses its data.
 */
export async function seedTopology(central: JsonApi, topology: SeedTopology): Promise<SeedResult> {
  const result: SeedResult = { created: [], existing: [] };
  const ensure = async (label: string, create: () => Promise<unknown>, reconcile?: () => Promise<unknown>) => {
    try {
      await create();
      result.created.push(label);
    } catch (err) {
      if (!isApiStatus(err, 409)) throw err;
      await reconcile?.();
      result.existing.push(label);
    }
  };
  for (const region of topology.regions) {
    await ensure(`region ${region.name}`, () => central.post('/admin/v1/regions', { region: { name: region.name } }));
  }
  for (const zone of topology.zones) {
    await ensure(`availability zone ${zone}`, () => central.post('/admin/v1/availability_zones', { availability_zone: { name: zone } }));
  }
  for (const cell of topology.cells) {
    await ensure(`cell ${cell.name}`, () =>
      central.post('/admin/v1/cells', { cell: { name: cell.name, region: cell.region, availability_zone: cell.availabilityZone } }),
    );
  }
  for (const host of topology.hosts) {
    await ensure(
      `host ${host.id}`,
      () => central.post('/admin/v1/hosts', { host: { id: host.id, cell: host.cell, vtep: host.vtep } }),
      async () => {
        const { host: current } = await central.get<{ host: { cell: string; vtep: string } }>(`/admin/v1/hosts/${encodeURIComponent(host.id)}`);
        if (current.cell !== host.cell || current.vtep !== host.vtep) {
          await central.put(`/admin/v1/hosts/${encodeURIComponent(host.id)}`, { host: { cell: host.cell, vtep: host.vtep } });
        }
      },
    );
  }
  return result;
}
