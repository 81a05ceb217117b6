import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deployment } from './deployment';
import { boot, deleteWithNovaPort, deleteWithUserPort, liveMigrate, resize, rollBackLiveMigration, validateBoot, type Instance } from './nova-sequences';
import { PROJECT } from './rest';

/**
 * Nova's sequences against a whole Trellis: a global network of the user's project, compute
 * hosts in three cells of two regions, events received by a fake nova-api over HTTP.
 */
const d = new Deployment();
let networkId: string;

beforeAll(async () => {
  try {
    await d.start();
  } catch (err) {
    throw new Error(`deployment did not start: ${(err as Error).message}\n${d.logs()}`);
  }
  const user = d.api('central', 'user');
  networkId = (await user.expect(201, 'POST', '/v2.0/networks', { network: { name: 'private' } })).json.network.id;
  await user.expect(201, 'POST', '/v2.0/subnets', { subnet: { network_id: networkId, cidr: '10.50.0.0/24', ip_version: 4 } });
});

afterAll(async () => {
  await d.stop();
});

describe("Nova's calls, replayed in order", () => {
  let vm: Instance;

  it('boots: nova-api validates at central (quota included), nova-compute allocates and binds at its region, vif-plugged arrives', async () => {
    await validateBoot(d, networkId);
    vm = await boot(d, networkId, 'cmp-1a');
  });

  it('live-migrates within a cell (cmp-1a → cmp-1b)', async () => {
    await liveMigrate(d, vm, 'cmp-1b');
  });

  it('live-migrates across regions (cmp-1b in RegionOne → cmp-2 in RegionTwo)', async () => {
    await liveMigrate(d, vm, 'cmp-2');
  });

  it('live-migrates across cells of one region (cmp-2 → cmp-3)', async () => {
    await liveMigrate(d, vm, 'cmp-3');
  });

  it('resizes / cold-migrates (cmp-3 → cmp-2)', async () => {
    await resize(d, vm, 'cmp-2');
  });

  it('rolls back a live migration (cmp-2 → cmp-1a abandoned): the destination binding goes, the source keeps the port', async () => {
    await rollBackLiveMigration(d, vm, 'cmp-1a');
  });

  it('deletes an instance with a Nova-created port: network-vif-deleted, the host unwires it', async () => {
    await deleteWithNovaPort(d, vm);
  });

  it('deletes an instance with a user-supplied port: binding:host_id null unbinds it, the port stays', async () => {
    const port = (await d.api('central', 'user').expect(201, 'POST', '/v2.0/ports', { port: { network_id: networkId, name: 'mine' } })).json.port;
    const mine = await boot(d, networkId, 'cmp-1a', port.id);
    await deleteWithUserPort(d, mine);
    const details = (await d.api('central', 'user').expect(200, 'GET', `/v2.0/quotas/${PROJECT}/details`)).json.quota;
    // The user's port and the network's DHCP port (it counts against the network owner, as in Neutron).
    expect(details.port).toEqual({ used: 2, limit: 500, reserved: 0 });
  });
});
