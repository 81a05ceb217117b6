import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KEYSTONE_ADMIN, KEYSTONE_BOOTSTRAP_REGION, KeystoneServer, type KeystoneUser } from '@trellis/testkit';
import type { SeedTopology } from './topology';

/** The all-in-one's Keystone: the testkit fixture (Debian's keystone on sqlite) plus Trellis's catalog. */
export interface AllInOneKeystone {
  readonly server: KeystoneServer;
  /** The `neutron` service user central-api and the cell-agents validate tokens as. */
  readonly serviceUser: KeystoneUser;
  /** OS_* variables of the admin user, for the `openstack` CLI. */
  readonly adminEnv: Readonly<Record<string, string>>;
  /** `source`-able files with the admin's and a member's (`demo` project) OS_* variables (mode 0600). */
  readonly openrc: { readonly admin: string; readonly demo: string };
}

/** Where each region's Neutron endpoint is: the central region → central-api, each region → its cell-agent. */
export type NetworkEndpoints = Readonly<Record<string, string>>;

/**
 * Starts a fresh Keystone under `<dataDir>/keystone` (made again at every start: users, projects
 * and passwords are new each time) and registers what an operator registers for Trellis
 * (docs/deployment.md, "Keystone"): the regions under CentralRegion, the `network` service with
 * one endpoint per region, the `neutron` service user (roles service and admin), and a `demo`
 * project with a member user. Stop `server` when done, also after a failed start.
 */
export async function startAllInOneKeystone(dataDir: string, topology: SeedTopology, endpoints: NetworkEndpoints): Promise<AllInOneKeystone> {
  const dir = path.join(dataDir, 'keystone');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const server = await KeystoneServer.start({ dir: path.join(dir, 'server') });
  try {
    for (const region of topology.regions) await server.createRegion(region.name, KEYSTONE_BOOTSTRAP_REGION);
    await server.registerService('network', 'neutron', endpoints);
    const serviceUser = await server.createUser('neutron', 'service', ['service', 'admin']);
    const demo = await server.createUser('demo', 'demo', ['member']);
    const env = (user: KeystoneUser): Record<string, string> => ({
      OS_AUTH_URL: server.url,
      OS_IDENTITY_API_VERSION: '3',
      OS_USERNAME: user.username,
      OS_PASSWORD: user.password,
      OS_PROJECT_NAME: user.project,
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_REGION_NAME: KEYSTONE_BOOTSTRAP_REGION,
      OS_INTERFACE: 'public',
    });
    const adminEnv = env({ username: KEYSTONE_ADMIN.username, password: server.adminPassword, project: KEYSTONE_ADMIN.project });
    const write = (name: string, vars: Record<string, string>): string => {
      const file = path.join(dir, name);
      writeFileSync(file, Object.entries(vars).map(([k, v]) => `export ${k}=${v}\n`).join(''), { mode: 0o600 });
      chmodSync(file, 0o600);
      return file;
    };
    return { server, serviceUser, adminEnv, openrc: { admin: write('admin-openrc', adminEnv), demo: write('demo-openrc', env(demo)) } };
  } catch (err) {
    await server.stop();
    throw err;
  }
}
