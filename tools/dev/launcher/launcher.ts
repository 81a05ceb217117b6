import { mkdirSync } from 'node:fs';
import { KEYSTONE_BOOTSTRAP_REGION } from '@trellis/testkit';
import { JsonApi } from './api-client';
import { ensureAllInOneCertificates, type ServiceCertificates } from './certificates';
import { startAllInOneKeystone, type AllInOneKeystone } from './keystone';
import { pollUntil } from './demo-cloud';
import { runDemo } from './demo';
import type { LauncherOptions } from './options';
import { seedTopology } from './seed';
import { serviceTable } from './services';
import { Supervisor } from './supervisor';
import type { SeedTopology } from './topology';

export interface LauncherIo {
  readonly print: (line: string) => void;
  /** Registers the handler of Ctrl-C / SIGTERM. */
  readonly onSignal: (handler: (signal: string) => void) => void;
}

/**
 * Runs the all-in-one: starts the service table stage by stage (seeding the topology after
 * central-api is up), prints where everything is and a ready line, optionally runs the demo,
 * then waits for a signal. Resolves with the exit code once every child has been stopped:
 * 0 after a requested stop, 1 when a child died on its own or the start failed.
 */
export async function runLauncher(options: LauncherOptions, topology: SeedTopology, io: LauncherIo): Promise<number> {
  const { print } = io;
  mkdirSync(options.dataDir, { recursive: true });
  let requestStop: (code: number) => void = () => undefined;
  const stopRequested = new Promise<number>((resolve) => (requestStop = resolve));
  const supervisor = new Supervisor({
    dataDir: options.dataDir,
    print,
    onUnexpectedExit: (name, code) => {
      print(`!! ${name} exited unexpectedly (${String(code)}); shutting down. Its last output:`);
      for (const line of supervisor.tail(name).split('\n')) print(`   | ${line}`);
      requestStop(1);
    },
  });
  let signalled = false;
  io.onSignal((signal) => {
    if (signalled) return;
    signalled = true;
    supervisor.beginStop();
    print(`${signal} received: stopping`);
    requestStop(0);
  });

  let keystone: AllInOneKeystone | undefined;
  // Kept so that a stop requested while Keystone is still starting waits for it and stops it too.
  let keystoneStarting: Promise<AllInOneKeystone> | undefined;
  const adminToken = () => keystone!.server.adminToken();
  const api = (url: string) => new JsonApi(url, undefined, options.auth === 'keystone' ? adminToken : undefined);
  const central = api(`http://127.0.0.1:${options.ports.central}`);
  let specs: ReturnType<typeof serviceTable> = [];
  const run = async (): Promise<void> => {
    print(`Starting Trellis all-in-one (data in ${options.dataDir}, service logs in ${options.dataDir}/logs)`);
    let certificates: ServiceCertificates | undefined;
    if (options.insecure) print('  gRPC: plaintext (--insecure): feed and distribution peers are not authenticated');
    else {
      const made = await ensureAllInOneCertificates(options.dataDir, topology);
      certificates = made.certificates;
      print(`  gRPC: mutual TLS, CA and certificates in ${made.dir} (${made.issued} issued now, ${made.certificates.size - made.issued} reused)`);
    }
    let auth: Record<string, unknown> = { mode: 'noauth' };
    if (options.auth === 'keystone') {
      print('  identity: starting Keystone (Debian keystone on sqlite, made again at every start)');
      keystoneStarting = startAllInOneKeystone(options.dataDir, topology, networkEndpoints(options, topology));
      keystone = await keystoneStarting;
      const { username, password, project } = keystone.serviceUser;
      auth = { mode: 'keystone', keystone: { authUrl: keystone.server.url, username, password, projectName: project } };
      print(`  identity: Keystone ${keystone.server.url} (pid ${keystone.server.pid}); catalog: network in ${Object.keys(networkEndpoints(options, topology)).join(', ')}`);
    }
    specs = serviceTable(options, topology, certificates, auth);
    await supervisor.startAll(specs.filter((s) => s.stage === 0));
    const seeded = await seedTopology(central, topology);
    print(`  topology: ${seeded.created.length} created, ${seeded.existing.length} already present (${topology.regions.length} regions, ${topology.cells.length} cells, ${topology.hosts.length} hosts)`);
    for (const stage of [1, 2]) await supervisor.startAll(specs.filter((s) => s.stage === stage));
    const connected = await hostsUp(central, topology.hosts.length);
    print('');
    for (const spec of specs) print(`  ${spec.name.padEnd(24)} ${spec.summary}`);
    print(`  host-agents connected to the controller: ${connected}/${topology.hosts.length}`);
    print('');
    if (keystone) {
      print('  OpenStack CLI environment (admin; the same in ' + keystone.openrc.admin + ', a member of project demo in ' + keystone.openrc.demo + '):');
      for (const [name, value] of Object.entries(keystone.adminEnv)) print(`    export ${name}=${value}`);
      print('  try: openstack network list; openstack --os-region-name RegionOne network list');
    } else print(`  try: openstack --os-auth-type none --os-endpoint http://127.0.0.1:${options.ports.central} network list`);
    print(`  topology page: http://127.0.0.1:${options.ports.central}/ui/`);
    print('Trellis all-in-one ready (Ctrl-C stops it)');
    if (options.demo) {
      await runDemo({ central, regions: regionApis(options, topology, api), topology, dataDir: options.dataDir, print });
      if (!options.exitAfterDemo) print('Still running (Ctrl-C stops it)');
    }
  };

  let code: number;
  try {
    code = await Promise.race([run().then(() => (options.exitAfterDemo ? 0 : stopRequested)), stopRequested]);
  } catch (err) {
    print(`!! start-up failed: ${err instanceof Error ? err.message : String(err)}`);
    code = 1;
  }
  supervisor.beginStop();
  print('Stopping services in reverse order');
  await supervisor.stopAll();
  const identity = keystone ?? (await keystoneStarting?.catch(() => undefined));
  if (identity) {
    await identity.server.stop();
    print(`  stopped keystone pid ${identity.server.pid}`);
  }
  print(`Trellis all-in-one stopped (exit ${code})`);
  return code;
}

function regionApis(options: LauncherOptions, topology: SeedTopology, api: (url: string) => JsonApi): Map<string, JsonApi> {
  const ports = [options.ports.regionOne, options.ports.regionTwo];
  return new Map(topology.regions.map((r, i) => [r.name, api(`http://127.0.0.1:${ports[i]}`)]));
}

/** The `network` catalog entries: central-api for the central region, each cell-agent for its region. */
function networkEndpoints(options: LauncherOptions, topology: SeedTopology): Record<string, string> {
  const ports = [options.ports.regionOne, options.ports.regionTwo];
  return {
    [KEYSTONE_BOOTSTRAP_REGION]: `http://127.0.0.1:${options.ports.central}`,
    ...Object.fromEntries(topology.regions.map((r, i) => [r.name, `http://127.0.0.1:${ports[i]}`])),
  };
}

/** How many hosts central reports up (the controller relays stream liveness); waits a little for all. */
async function hostsUp(central: JsonApi, expected: number): Promise<number> {
  const count = async () => (await central.get<{ hosts: Array<{ agent_state?: string }> }>('/admin/v1/hosts')).hosts.filter((h) => h.agent_state === 'up').length;
  try {
    return await pollUntil(async () => ((await count()) >= expected ? expected : undefined), 10_000, 'host-agents to connect', 100);
  } catch {
    return count();
  }
}
