import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually } from '@trellis/testkit';
import { issueToken } from './keystone-tokens';
import { http, ok } from './rest';
import type { NovaDelivery } from './validating-nova';

const cloud = inject('cloud');
let alice: { token: string; projectId: string };
let bob: { token: string; projectId: string };
let rita: { token: string; projectId: string };
let network: { id: string };

beforeAll(async () => {
  alice = await issueToken(cloud.keystoneUrl, cloud.users.memberA);
  bob = await issueToken(cloud.keystoneUrl, cloud.users.memberB);
  rita = await issueToken(cloud.keystoneUrl, cloud.users.readerA);
  network = ok(await http('POST', `${cloud.centralUrl}/v2.0/networks`, { token: alice.token, body: { network: { name: 'svc-net-a' } } })).json.network;
  ok(await http('POST', `${cloud.centralUrl}/v2.0/subnets`, { token: alice.token, body: { subnet: { network_id: network.id, cidr: '10.81.0.0/24', ip_version: 4 } } }));
});

describe('cell-agent in keystone mode', () => {
  it("forwards a write to central with the caller's token: the port is the caller's", async () => {
    const port = ok(await http('POST', `${cloud.agentUrl}/v2.0/ports`, { token: alice.token, body: { port: { network_id: network.id, name: 'via-agent' } } })).json.port;
    expect(port.project_id).toBe(alice.projectId);
    const atCentral = ok(await http('GET', `${cloud.centralUrl}/v2.0/ports/${port.id}`, { token: alice.token })).json.port;
    expect(atCentral.project_id).toBe(alice.projectId);
    expect((await http('GET', `${cloud.centralUrl}/v2.0/ports/${port.id}`, { token: bob.token })).status).toBe(404);
  });

  it("never lends its service identity: another project's caller cannot write to a network it cannot see", async () => {
    const res = await http('POST', `${cloud.agentUrl}/v2.0/ports`, { token: bob.token, body: { port: { network_id: network.id, name: 'intruder' } } });
    expect(res.status).toBe(404);
    expect(res.json.NeutronError.type).toBe('NetworkNotFound');
  });

  it('refuses writes of a reader at the agent', async () => {
    const res = await http('POST', `${cloud.agentUrl}/v2.0/ports`, { token: rita.token, body: { port: { network_id: network.id } } });
    expect(res.status).toBe(403);
    expect(res.json.NeutronError.type).toBe('PolicyNotAuthorized');
  });
});

describe('Nova callbacks with a Keystone service session', () => {
  it('deliver events with a service token Nova validates at the same Keystone, compute endpoint from the catalog', async () => {
    const admin = await issueToken(cloud.keystoneUrl, cloud.admin);
    const serverId = randomUUID();
    const port = ok(
      await http('POST', `${cloud.centralUrl}/v2.0/ports`, { token: admin.token, body: { port: { network_id: network.id, device_id: serverId, device_owner: 'compute:az1' } } }),
    ).json.port;
    ok(await http('DELETE', `${cloud.centralUrl}/v2.0/ports/${port.id}`, { token: admin.token }));
    const delivery = await eventually(
      async () => {
        const { deliveries } = ok(await http('GET', `${cloud.novaUrl}/deliveries`)).json as { deliveries: NovaDelivery[] };
        const found = deliveries.find((d) => d.events.some((e) => e.tag === port.id && e.name === 'network-vif-deleted'));
        if (!found) throw new Error(`no network-vif-deleted for ${port.id} among ${deliveries.length} deliveries`);
        return found;
      },
      60_000,
      'the network-vif-deleted delivery',
      250,
    );
    expect(delivery.tokenStatus).toBe(200);
    expect(delivery.user).toBe('nova');
    expect(delivery.roles).toContain('service');
    expect(delivery.microversion).toBe('compute 2.1');
    expect(delivery.events.find((e) => e.tag === port.id)?.server_uuid).toBe(serverId);
  });
});
