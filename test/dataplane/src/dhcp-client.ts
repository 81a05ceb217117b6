import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, openSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { tapDeviceName } from '@trellis/domain';
import type { TenantNetwork, Vm } from './cloud';
import type { DataplaneCluster } from './cluster';
import type { SimHost, Underlay } from './underlay';

/** What a DHCP client got: the `new_*` variables dhclient hands its script. */
export type Lease = Record<string, string>;

/**
 * dhclient in an instance namespace, the way a guest's DHCP client runs: in the foreground
 * (`-d`, a child of the test, stopped by PID), with its own lease, pid and config files in the
 * test's directory, and a script that applies address, default route and MTU and records the
 * lease's variables in `<name>.env`.
 */
export class DhcpClient {
  private child: ChildProcess | undefined;
  readonly envFile: string;

  constructor(private readonly dir: string, readonly ns: string, readonly name: string, private readonly family: 4 | 6 = 4) {
    mkdirSync(dir, { recursive: true });
    this.envFile = path.join(dir, `${name}.env`);
  }

  /**
   * Starts dhclient (one attempt per `timeoutS`; stopped with `stop`). `initialIntervalS` sets
   * the first retransmission delay (dhclient's default backoff can wait seconds when the first
   * DISCOVER reached a server that was still loading the port's host entry).
   */
  start(timeoutS = 20, initialIntervalS?: number): void {
    const conf = path.join(this.dir, `${this.name}.conf`);
    writeFileSync(
      conf,
      [
        'option rfc3442-classless-static-routes code 121 = array of unsigned integer 8;',
        `timeout ${timeoutS};`,
        ...(initialIntervalS === undefined ? [] : [`initial-interval ${initialIntervalS};`]),
        'retry 1;',
        'request subnet-mask, broadcast-address, routers, domain-name-servers, interface-mtu, rfc3442-classless-static-routes, dhcp6.name-servers;',
        '',
      ].join('\n'),
    );
    const script = path.join(this.dir, `${this.name}.sh`);
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        'case "$reason" in',
        '  BOUND|RENEW|REBIND|REBOOT)',
        '    ip addr flush dev "$interface" scope global',
        '    ip addr add "$new_ip_address/$new_subnet_mask" dev "$interface"',
        '    [ -n "$new_interface_mtu" ] && ip link set dev "$interface" mtu "$new_interface_mtu"',
        '    for r in $new_routers; do ip route replace default via "$r" dev "$interface"; break; done',
        `    env | grep '^new_' | sort > "${this.envFile}.tmp" && mv "${this.envFile}.tmp" "${this.envFile}" ;;`,
        '  BOUND6|RENEW6|REBIND6|REBOOT6)',
        '    [ -n "$new_ip6_address" ] && ip -6 addr replace "$new_ip6_address/$new_ip6_prefixlen" dev "$interface" nodad',
        `    env | grep '^new_' | sort > "${this.envFile}.tmp" && mv "${this.envFile}.tmp" "${this.envFile}" ;;`,
        'esac',
        'exit 0',
        '',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    const args = ['netns', 'exec', this.ns, 'dhclient', `-${this.family}`, '-d', '-v', '-cf', conf, '-sf', script, '-lf', path.join(this.dir, `${this.name}.leases`), '-pf', path.join(this.dir, `${this.name}.pid`), 'eth0'];
    // `ip netns exec` execs dhclient: this child's PID is dhclient's.
    const log = openSync(path.join(this.dir, `${this.name}.log`), 'a');
    this.child = spawn('ip', args, { stdio: ['ignore', log, log] });
    closeSync(log);
  }

  /** dhclient's PID while it runs (the child of `ip netns exec`, which execs it). */
  get pid(): number | undefined {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Removes this client's files (lease, pid, config, script, log, recorded lease). */
  removeFiles(): void {
    for (const ext of ['leases', 'pid', 'conf', 'sh', 'log', 'env', 'env.tmp']) rmSync(path.join(this.dir, `${this.name}.${ext}`), { force: true });
  }

  /** dhclient's own output (for failure messages). */
  output(): string {
    const f = path.join(this.dir, `${this.name}.log`);
    return existsSync(f) ? readFileSync(f, 'utf8').slice(-1500) : '';
  }

  /** The lease once the script recorded it; undefined after `timeoutMs`. */
  async waitLease(timeoutMs: number): Promise<Lease | undefined> {
    const start = performance.now();
    while (performance.now() - start < timeoutMs) {
      if (existsSync(this.envFile)) return parseEnv(readFileSync(this.envFile, 'utf8'));
      await new Promise((r) => setTimeout(r, 20));
    }
    return undefined;
  }

  /** Forgets the recorded lease (the next one is written afresh). */
  clearRecorded(): void {
    rmSync(this.envFile, { force: true });
  }

  /** Stops dhclient (SIGTERM: no release, as a guest that is switched off). */
  async stop(): Promise<void> {
    const c = this.child;
    this.child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => {
        c.kill('SIGKILL');
        resolve();
      }, 3_000).unref();
    });
  }
}

function parseEnv(text: string): Lease {
  const out: Lease = {};
  for (const line of text.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) out[line.slice(0, i)] = line.slice(i + 1);
  }
  return out;
}

/** An instance namespace whose eth0 has its port's MAC and no address (it boots with DHCP). */
export async function plugDhcpVm(cluster: DataplaneCluster, name: string, network: TenantNetwork, hostId: string): Promise<Vm> {
  const api = cluster.regionOf(hostId);
  await api.get(`/v2.0/networks/${network.id}`);
  const request = { network_id: network.id, name, device_owner: 'compute:nova', device_id: randomUUID() };
  const { port } = await api.post<{ port: { id: string; mac_address: string; fixed_ips: Array<{ subnet_id: string; ip_address: string }> } }>('/v2.0/ports', { port: request });
  const host = cluster.host(hostId);
  const ip = port.fixed_ips.find((f) => !f.ip_address.includes(':'))?.ip_address ?? '';
  const ns = await cluster.underlay.namespaces.add(name);
  const tap = tapDeviceName(port.id);
  await cluster.underlay.namespaces.veth(host.ns, tap, ns, 'eth0');
  await bootEth0(cluster.underlay, ns, port.mac_address);
  return { name, ns, host, tap, mac: port.mac_address, ip, prefixLength: network.prefixLength, addressing: 'dhcp', portId: port.id, network, fixedIps: port.fixed_ips } as Vm & { fixedIps: typeof port.fixed_ips };
}

/** eth0 with a MAC, no address; IPv6 autoconf on (SLAAC from RAs), no DAD delay. */
export async function bootEth0(underlay: Underlay, ns: string, mac: string): Promise<void> {
  const x = (cmd: string, args: string[]) => underlay.namespaces.exec(ns, cmd, args);
  await x('ip', ['link', 'set', 'eth0', 'address', mac]);
  await x('sysctl', ['-q', '-w', 'net.ipv4.neigh.eth0.retrans_time_ms=100']);
  await x('sysctl', ['-q', '-w', 'net.ipv6.conf.eth0.accept_dad=0']);
  await x('sysctl', ['-q', '-w', 'net.ipv6.conf.eth0.accept_ra=1']);
  await x('sysctl', ['-q', '-w', 'net.ipv6.conf.eth0.autoconf=1']);
  await x('ip', ['link', 'set', 'lo', 'up']);
  await x('ip', ['link', 'set', 'eth0', 'up']);
}

/** The host-agent's files of a network's dnsmasq on a host. */
export function dnsmasqDir(cluster: DataplaneCluster, host: SimHost, networkId: string): string {
  return path.join(cluster.dataDir(`host-agent-${host.id}`), 'dhcp', networkId);
}

/** The static host entries a host serves for a network ('' when none). */
export function servedHosts(cluster: DataplaneCluster, host: SimHost, networkId: string): string {
  const file = path.join(dnsmasqDir(cluster, host, networkId), 'host');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The pid of a network's dnsmasq on a host (from the agent's pid file), undefined when none. */
export function dnsmasqPid(cluster: DataplaneCluster, host: SimHost, networkId: string): number | undefined {
  const file = path.join(dnsmasqDir(cluster, host, networkId), 'pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return existsSync(`/proc/${pid}`) ? pid : undefined;
}

/**
 * Stops every dnsmasq the suite's host-agents started (they run detached so that they survive an
 * agent restart), by the PIDs in the agents' pid files under `dir`, checking each is ours.
 */
export function killDnsmasqs(dir: string): number {
  let killed = 0;
  if (!existsSync(dir)) return 0;
  for (const agent of readdirSync(dir).filter((d) => d.startsWith('host-agent-'))) {
    const dhcp = path.join(dir, agent, 'dhcp');
    if (!existsSync(dhcp)) continue;
    for (const net of readdirSync(dhcp)) {
      const file = path.join(dhcp, net, 'pid');
      if (!existsSync(file)) continue;
      const pid = Number(readFileSync(file, 'utf8').trim());
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(dhcp, net))) {
          process.kill(pid, 'SIGKILL');
          killed++;
        }
      } catch {
        // Gone already.
      }
    }
  }
  return killed;
}

/**
 * Stops any dhclient whose pid file is in `dir` and whose command line names that directory (a
 * client `stop` could not reach), by PID; returns how many it killed.
 */
export function killDhclients(dir: string): number {
  let killed = 0;
  if (!existsSync(dir)) return 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pid'))) {
    const pid = Number(readFileSync(path.join(dir, file), 'utf8').trim());
    try {
      if (pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir)) {
        process.kill(pid, 'SIGKILL');
        killed++;
      }
    } catch {
      // Gone already.
    }
  }
  return killed;
}

/** What a host's DHCP server of a network looks like (for failure messages). */
export async function dhcpDiagnostics(cluster: DataplaneCluster, host: SimHost, networkId: string): Promise<string> {
  const dir = dnsmasqDir(cluster, host, networkId);
  const read = (f: string) => (existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8') : `(no ${f})`);
  const x = (ns: string, cmd: string, args: string[]) => cluster.underlay.namespaces.exec(ns, cmd, args).catch((e: Error) => e.message);
  return [
    `pid ${dnsmasqPid(cluster, host, networkId) ?? 'none'}`,
    `stderr: ${read('stderr')}`,
    `hosts: ${read('host')}`,
    `conf: ${read('dnsmasq.conf')}`,
    `qdhcp: ${await x(`${host.ns}-qdhcp-${networkId}`, 'ip', ['-br', 'addr'])}`,
    `bridge links: ${await x(host.ns, 'ip', ['-br', 'link', 'show', 'master', `brq${networkId}`.slice(0, 14)])}`,
  ].join('\n');
}
