import { KEYSTONE_ADMIN, KEYSTONE_BOOTSTRAP_REGION, KeystoneServer } from '@trellis/testkit';

export const ADMIN = KEYSTONE_ADMIN;
export const CENTRAL_REGION = KEYSTONE_BOOTSTRAP_REGION;
export const CELL_REGIONS = ['RegionOne', 'RegionTwo'] as const;
export type Keystone = KeystoneServer;

/**
 * The testkit's real Keystone, with tokens that outlive a whole Tempest run (the run is bounded
 * at 20 minutes; dynamic credentials are issued per class).
 */
export function startKeystone(dir: string): Promise<Keystone> {
  return KeystoneServer.start({ dir, tokenExpirationSeconds: 7200 });
}

/** The cell regions under CentralRegion, and a `network` service whose endpoints are `networkUrl`. */
export async function registerNetwork(keystone: Keystone, networkUrl: string): Promise<void> {
  for (const id of CELL_REGIONS) await keystone.createRegion(id, CENTRAL_REGION);
  await keystone.registerService('network', 'neutron', { [CENTRAL_REGION]: networkUrl });
}
