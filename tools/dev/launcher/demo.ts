import { ApiError, type JsonApi } from './api-client';
import { DemoCloud, pollUntil, type DemoInstance } from './demo-cloud';
import { cleanupRouters, routedStep } from './demo-routing';
import { divergence, formatHostTables, readHostTables, type HostTables } from './host-tables';
import { hostAgentDataDir } from './services';
import { placementOf, type SeedTopology } from './topology';

export interface DemoOptions {
  readonly central: JsonApi;
  /** Cell-agent API per region name. */
  readonly regions: ReadonlyMap<string, JsonApi>;
  readonly topology: SeedTopology;
  readonly dataDir: string;
  readonly print: (line: string) => void;
  /** Bound of each wait (ports ACTIVE, tables converged). */
  readonly timeoutMs?: number;
}

const PREFIX = 'demo-';

/**
 * The seed scenario as a narrative: a global and an az1-scoped network, instances booted in both
 * regions, every host's flood list and FDB converging, one instance migrated from cell1 to cell2,
 * the tables after. Re-running it first removes what an earlier run left.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const { central, topology, print } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const cloud = new DemoCloud(central, options.regions, topology);
  const vtepOf = new Map(topology.hosts.map((h) => [h.id, h.vtep]));
  const where = (hostId: string) => {
    const { cell } = placementOf(topology, hostId);
    return `${hostId} (${cell.name}, ${cell.region}, ${cell.availabilityZone})`;
  };

  print('');
  print('== Demo: one tenant network across cells and regions');
  const routersRemoved = await cleanupRouters(central, PREFIX);
  if (routersRemoved > 0) print(`  removed ${routersRemoved} router(s) left by an earlier demo run`);
  const removed = await cloud.cleanup(PREFIX);
  if (removed > 0) print(`  removed ${removed} network(s) left by an earlier demo run`);

  print('');
  print('== 1. Networks (created at central-api, as a user would)');
  const global = await cloud.createNetwork(`${PREFIX}global`, '10.10.0.0/24', []);
  print(`  network ${global.name}: global scope, VNI ${global.vni}, subnet ${global.cidr}`);
  const az1 = await cloud.createNetwork(`${PREFIX}az1`, '10.20.0.0/24', ['az1']);
  print(`  network ${az1.name}: availability_zone_hints [az1], VNI ${az1.vni}, subnet ${az1.cidr}`);
  const regionTwo = options.regions.get('RegionTwo');
  if (regionTwo) {
    const seen = await regionTwo.get(`/v2.0/networks/${az1.id}`).then(
      () => 'visible (unexpected)',
      (err: unknown) => (err instanceof ApiError ? `${err.status} ${err.type}` : String(err)),
    );
    print(`  cell-agent RegionTwo asked for ${az1.name}: ${seen} (outside its scope)`);
  }

  print('');
  print('== 2. Boot instances (ports created and bound through each region\'s cell-agent, as nova-compute does)');
  const plan: Array<[string, typeof global, string]> = [
    ['vm-1', global, 'compute-1-1'],
    ['vm-2', global, 'compute-2-1'],
    ['vm-3', global, 'compute-3-1'],
    ['vm-4', az1, 'compute-1-2'],
    ['vm-5', az1, 'compute-1-1'],
  ];
  const instances: DemoInstance[] = [];
  const bootStarted = Date.now();
  for (const [name, network, host] of plan) {
    const vm = await cloud.boot(name, network, host);
    instances.push(vm);
    print(`  ${name}  ${network.name.padEnd(12)} ${vm.mac}  ${vm.ip.padEnd(11)} on ${where(host)} via cell-agent ${cloud.regionApi(host).region}`);
  }
  const refusal = await cloud.tryBind(az1, 'compute-2-1');
  print(
    refusal instanceof ApiError
      ? `  binding a ${az1.name} port to compute-2-1 (az2) is refused: ${refusal.status} ${refusal.type}: ${refusal.detail}`
      : `  binding a ${az1.name} port to compute-2-1 (az2) was NOT refused${refusal ? `: ${String(refusal)}` : ''}`,
  );

  const labels = new Map(instances.map((vm) => [vm.mac, `(${vm.name})`]));
  const showTables = async () => {
    for (const t of await readAll()) {
      const { cell } = placementOf(topology, t.hostId);
      for (const line of formatHostTables(t, `${t.hostId} (${cell.name}, VTEP ${vtepOf.get(t.hostId)})`, labels)) print(line);
    }
  };
  const readAll = () => Promise.all(topology.hosts.map((h) => readHostTables(h.id, hostAgentDataDir(options.dataDir, h.id))));
  const converge = async (since: number): Promise<{ tables: HostTables[]; ms: number }> => {
    const expected = instances.map((vm) => ({ mac: vm.mac, ip: vm.ip, vni: vm.network.vni, host: vm.host }));
    let last: string[] = [];
    try {
      const tables = await pollUntil(
        async () => {
          const all = await readAll();
          last = divergence(all, expected, vtepOf);
          return last.length === 0 ? all : undefined;
        },
        timeoutMs,
        'host tables to converge',
      );
      return { tables, ms: Date.now() - since };
    } catch (err) {
      throw new Error(`${(err as Error).message}; still different: ${last.slice(0, 5).join('; ')}`);
    }
  };

  print('');
  print('== 3. Every host\'s tunnel (flood) and FDB tables converge');
  await cloud.waitActive(instances.map((vm) => vm.portId), timeoutMs);
  print(`  all ${instances.length} ports ACTIVE ${Date.now() - bootStarted} ms after the first boot request (host-agents reported them wired)`);
  const initial = await converge(bootStarted);
  print(`  host tables converged ${initial.ms} ms after the first boot request:`);
  await showTables();

  const vm1 = instances[0];
  const observer = 'compute-3-1';
  const seqSeenBy = (tables: readonly HostTables[]) =>
    tables.find((t) => t.hostId === observer)?.vnis.find((v) => v.vni === vm1.network.vni)?.fdb.find(([mac]) => mac === vm1.mac)?.[2];
  const seqBefore = seqSeenBy(initial.tables);

  print('');
  print(`== 4. Live-migrate vm-1 from ${where(vm1.host)} to ${where('compute-2-1')} through the port-bindings API`);
  const migrationStarted = Date.now();
  await cloud.migrate(vm1, 'compute-2-1', (line) => print(`  ${line}`));
  await cloud.waitActive([vm1.portId], timeoutMs);
  const after = await converge(migrationStarted);
  print(`  port ACTIVE on compute-2-1; host tables converged ${after.ms} ms after the migration started:`);
  await showTables();
  const atVtep = after.tables.find((t) => t.hostId === observer)?.vnis.find((v) => v.vni === vm1.network.vni)?.fdb.find(([mac]) => mac === vm1.mac)?.[1];
  print('');
  print(`  migrated ${vm1.mac} (vm-1): ${observer} now sends it to ${atVtep} (compute-2-1), seq ${seqBefore} → ${seqSeenBy(after.tables)}`);

  print('');
  print('== 5. Route between two subnets across cells (one router; each host routes for what it has behind it)');
  const routed = await cloud.createNetwork(`${PREFIX}routed`, '10.30.0.0/24', []);
  print(`  network ${routed.name}: global scope, VNI ${routed.vni}, subnet ${routed.cidr}`);
  const vm6 = await cloud.boot('vm-6', routed, 'compute-3-1');
  instances.push(vm6);
  print(`  vm-6  ${routed.name.padEnd(12)} ${vm6.mac}  ${vm6.ip.padEnd(11)} on ${where('compute-3-1')}`);
  await cloud.waitActive([vm6.portId], timeoutMs);
  const vm2 = instances[1];
  await routedStep({ central, cloud, dataDir: options.dataDir, hosts: topology.hosts.map((h) => h.id), vtepOf, print, timeoutMs }, vm2, routed, vm6);
  print('== Demo finished');
}
