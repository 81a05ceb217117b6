import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, KeystoneServer, spawnNode, type NodeProcess } from '@trellis/testkit';
import type { TestProject } from 'vitest/node';
import type { CloudInfo } from './cloud-info';
import { ok, http } from './rest';
import { startValidatingNova, type ValidatingNova } from './validating-nova';

const TOKEN_LIFETIME_SECONDS = 30;
const CACHE_MAX_TTL_MS = 2_000;

/**
 * Keystone on loopback (CentralRegion, RegionOne, RegionTwo; two projects with a member and a
 * reader each; `neutron` and `nova` service users with `service` + `admin`), a Nova stand-in that
 * validates tokens, central-api and cell-agent RegionOne in keystone mode, the `network` and
 * `compute` services in the catalog. Everything is stopped and removed in the teardown, which
 * vitest runs even when tests fail.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'trellis-keystone-'));
  const started: { stop(): Promise<unknown> }[] = [];
  const teardown = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const keystone = await KeystoneServer.start({ dir: path.join(dir, 'keystone'), tokenExpirationSeconds: TOKEN_LIFETIME_SECONDS });
    started.push(keystone);
    for (const region of ['RegionOne', 'RegionTwo']) await keystone.createRegion(region, 'CentralRegion');
    const users = {
      memberA: await keystone.createUser('alice', 'project-a', ['member']),
      readerA: await keystone.createUser('rita', 'project-a', ['reader']),
      memberB: await keystone.createUser('bob', 'project-b', ['member']),
      readerB: await keystone.createUser('rob', 'project-b', ['reader']),
      neutron: await keystone.createUser('neutron', 'service', ['service', 'admin']),
      nova: await keystone.createUser('nova', 'service', ['service', 'admin']),
    };
    const admin = { username: 'admin', password: keystone.adminPassword, project: 'admin' };

    const nova: ValidatingNova = await startValidatingNova(keystone.url, () => keystone.adminToken());
    started.push({ stop: () => nova.close() });
    await keystone.registerService('compute', 'nova', { CentralRegion: `${nova.url}/v2.1` });

    const centralPort = await freePort();
    const agentPort = await freePort();
    const feedTarget = `127.0.0.1:${await freePort()}`;
    const centralUrl = `http://127.0.0.1:${centralPort}`;
    const agentUrl = `http://127.0.0.1:${agentPort}`;
    await keystone.registerService('network', 'neutron', { CentralRegion: centralUrl, RegionOne: agentUrl });

    const serviceAuth = (user: { username: string; password: string }) => ({ authUrl: keystone.url, username: user.username, password: user.password, projectName: 'service' });
    const centralConfig = path.join(dir, 'central.json');
    writeFileSync(
      centralConfig,
      JSON.stringify({
        listen: { host: '127.0.0.1', port: centralPort },
        grpc: { listen: feedTarget },
        dataDir: path.join(dir, 'central'),
        logLevel: 'warn',
        auth: { mode: 'keystone', keystone: { ...serviceAuth(users.neutron), cacheSize: 1000, cacheMaxTtlMs: CACHE_MAX_TTL_MS } },
        nova: { url: '', batchIntervalMs: 100, auth: { ...serviceAuth(users.nova), interface: 'public', regionName: 'CentralRegion' } },
      }),
    );
    const central: NodeProcess = spawnNode('apps/central-api/src/main.ts', { env: { TRELLIS_CENTRAL_CONFIG: centralConfig } });
    started.push(central);
    await central.waitFor(/central-api ready/, 60_000);

    // Topology through the admin API, as an admin of the cloud.
    const adminToken = await keystone.adminToken();
    ok(await http('POST', `${centralUrl}/admin/v1/regions`, { token: adminToken, body: { region: { name: 'RegionOne' } } }));
    ok(await http('POST', `${centralUrl}/admin/v1/availability_zones`, { token: adminToken, body: { availability_zone: { name: 'az1' } } }));
    ok(await http('POST', `${centralUrl}/admin/v1/cells`, { token: adminToken, body: { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } } }));

    const agentConfig = path.join(dir, 'agent.json');
    writeFileSync(
      agentConfig,
      JSON.stringify({
        region: 'RegionOne',
        cells: ['cell1'],
        central: { urls: [centralUrl], feedTargets: [feedTarget], timeoutMs: 30_000 },
        listen: { host: '127.0.0.1', port: agentPort },
        dataDir: path.join(dir, 'agent'),
        logLevel: 'warn',
        auth: { mode: 'keystone', keystone: { ...serviceAuth(users.neutron), cacheSize: 1000, cacheMaxTtlMs: CACHE_MAX_TTL_MS } },
      }),
    );
    const agent: NodeProcess = spawnNode('apps/cell-agent/src/main.ts', { env: { TRELLIS_CELL_AGENT_CONFIG: agentConfig } });
    started.push(agent);
    await agent.waitFor(/cell-agent RegionOne ready/, 60_000);

    const info: CloudInfo = { keystoneUrl: keystone.url, admin, users, centralUrl, agentUrl, novaUrl: nova.url, tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS, cacheMaxTtlMs: CACHE_MAX_TTL_MS };
    project.provide('cloud', info);
    return teardown;
  } catch (err) {
    await teardown();
    throw err;
  }
}
