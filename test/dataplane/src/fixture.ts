import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { eventually } from './api';
import { bindVm, plugVm, waitActive, type PlugOptions, type TenantNetwork, type Vm } from './cloud';
import { DataplaneCluster } from './cluster';
import { DhcpClient, dhcpDiagnostics, killDhclients, servedHosts } from './dhcp-client';
import { requireDataplane } from './requirements';

/** One instance to boot: its name, network and host; `static` addressing only where a test says why. */
export interface BootSpec extends PlugOptions {
  readonly name: string;
  readonly network: TenantNetwork;
  readonly host: string;
}

/** What a dataplane test file holds: its cluster and the instances it booted, by name. */
export interface DataplaneFixture {
  /** The running cluster; throws when it did not start. */
  c(): DataplaneCluster;
  /** A booted instance by name; throws for an unknown name. */
  vm(name: string): Vm;
  readonly vms: Map<string, Vm>;
  /**
   * Boots instances as Nova does (port through the host's cell-agent, namespace and tap, bind,
   * `ACTIVE`) and, unless `static`, lets each guest configure eth0 by DHCP from its host (see
   * {@link DataplaneFixture.lease}). Ports are created and bound one after the other; the DHCP
   * clients then run in parallel. Each instance is recorded in `vms`.
   */
  boot(...specs: BootSpec[]): Promise<Vm[]>;
  /**
   * The guest's DHCP client for an instance plugged and bound without an address: runs dhclient
   * in its namespace until the lease is bound and asserts that the lease is what Trellis
   * allocated: the port's fixed IP, the subnet's gateway and the network's MTU, applied to eth0.
   * The client keeps running (a guest's does) until the file's teardown stops it.
   */
  lease(vm: Vm): Promise<void>;
}

/**
 * Registers the hooks that start a cluster with namespace prefix `prefix` before the file's tests
 * (failing loudly when not root) and stop it, namespaces and processes included, afterwards.
 * Register it before the file's own `beforeAll`, which then runs with the cluster up. Teardown
 * (also after a failure) stops every DHCP client the fixture started by its PID, then any
 * dhclient left with a pid file in the clients' directory, removes their lease, pid and config
 * files, and stops the cluster.
 */
export function useDataplaneCluster(prefix: string): DataplaneFixture {
  let cluster: DataplaneCluster | undefined;
  const vms = new Map<string, Vm>();
  const clients: DhcpClient[] = [];
  // Set when teardown begins: a boot still running then (a hook that timed out) starts no client.
  let closing = false;
  const clientsDir = () => c().dataDir('dhcp-clients');
  beforeAll(async () => {
    requireDataplane();
    cluster = await DataplaneCluster.start(prefix);
  }, 180_000);
  afterAll(async () => {
    closing = true;
    await Promise.all(clients.map((cl) => cl.stop()));
    if (cluster) {
      const dir = clientsDir();
      const stray = killDhclients(dir);
      if (stray > 0) process.stderr.write(`[dataplane] killed ${stray} dhclient(s) left running in ${dir}\n`);
      for (const cl of clients) cl.removeFiles();
      rmSync(dir, { recursive: true, force: true });
    }
    await cluster?.stop();
  }, 60_000);

  const c = (): DataplaneCluster => {
    if (!cluster) throw new Error('cluster not started');
    return cluster;
  };

  /** What the instance must get: the subnet's gateway and the network's MTU, as central has them. */
  const expected = async (network: TenantNetwork): Promise<{ gateway: string; mtu: number }> => {
    const [{ network: n }, { subnet }] = await Promise.all([
      c().central.get<{ network: { mtu: number } }>(`/v2.0/networks/${network.id}`),
      c().central.get<{ subnet: { gateway_ip: string | null } }>(`/v2.0/subnets/${network.subnetId}`),
    ]);
    if (!subnet.gateway_ip) throw new Error(`subnet ${network.subnetId} has no gateway`);
    return { gateway: subnet.gateway_ip, mtu: n.mtu };
  };

  const lease = async (v: Vm): Promise<void> => {
    const cl = c();
    const want = await expected(v.network);
    await waitActive(cl.central, v.portId);
    // The port's host serves it once its host entry is written (the host-agent's DHCP work for the bind).
    await eventually(async () => (servedHosts(cl, v.host, v.network.id).includes(v.mac) ? true : undefined), 15_000, `${v.name} in ${v.host.id}'s dnsmasq hosts`);
    if (closing) throw new Error(`${v.name}: not booted, the file is being torn down`);
    const dh = new DhcpClient(clientsDir(), v.ns, `${v.name}-${clients.length}`, 4);
    clients.push(dh);
    const startedAt = performance.now();
    dh.start(20, 1);
    const got = await dh.waitLease(30_000);
    if (!got) throw new Error(`${v.name} on ${v.host.id} got no DHCP lease\n${dh.output()}\n${await dhcpDiagnostics(cl, v.host, v.network.id)}`);
    process.stdout.write(`[dataplane] dhcp boot ${v.name} on ${v.host.id}: dhclient start → lease ${Math.round(performance.now() - startedAt)} ms (${got.new_ip_address})\n`);
    expect(got.new_ip_address, `${v.name}: leased address = the port's fixed IP`).toBe(v.ip);
    expect(got.new_routers, `${v.name}: gateway`).toBe(want.gateway);
    expect(got.new_interface_mtu, `${v.name}: MTU`).toBe(String(want.mtu));
    // The guest applied it: address with the subnet's prefix length, default route, MTU.
    const x = (cmd: string, args: string[]) => cl.underlay.namespaces.exec(v.ns, cmd, args);
    expect(await x('ip', ['-4', '-o', 'addr', 'show', 'dev', 'eth0']), `${v.name}: eth0 address`).toContain(` ${v.ip}/${v.prefixLength} `);
    expect(await x('ip', ['-4', 'route', 'show', 'default']), `${v.name}: default route`).toContain(`default via ${want.gateway} dev eth0`);
    expect((await x('cat', ['/sys/class/net/eth0/mtu'])).trim(), `${v.name}: eth0 MTU`).toBe(String(want.mtu));
  };

  return {
    vms,
    c,
    vm(name) {
      const v = vms.get(name);
      if (!v) throw new Error(`no vm ${name}`);
      return v;
    },
    lease,
    async boot(...specs) {
      const booted: Vm[] = [];
      for (const spec of specs) {
        const v = await plugVm(c(), spec.name, spec.network, spec.host, spec);
        await bindVm(c(), v);
        vms.set(v.name, v);
        booted.push(v);
      }
      // Settled, not raced: no client may start after a failure has sent the file to its teardown.
      const results = await Promise.allSettled(booted.map((v) => (v.addressing === 'dhcp' ? lease(v) : waitActive(c().central, v.portId))));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return booted;
    },
  };
}
