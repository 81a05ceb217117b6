import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { applyChangeSet, cloneHostView, type HostView, type VniChangeSet } from '@trellis/l2';
import type { Logger } from 'pino';
import type { ReconcileMode } from '../backend';
import { inNetns, type CommandRunner } from '../linux/command-runner';
import { networkBridgeName } from '../linux/names';
import { planDhcp, planVni, type NetworkDhcpPlan } from './dhcp-plan';
import { DhcpGuard } from './dhcp-guard';
import { dnsmasqPaths, renderDnsmasq, SERVER_DEVICE, type DnsmasqFiles } from './dnsmasq-files';

export interface DhcpServersOptions {
  /** The host's network namespace (where the bridges are); undefined = the agent's own. */
  readonly netns?: string;
  /** Where each network's dnsmasq keeps its files, pid and leases: `<stateDir>/<network id>/`. */
  readonly stateDir: string;
  /** Prefix of the per-network namespaces `<prefix>qdhcp-<network id>` ('' in production). */
  readonly namespacePrefix: string;
  readonly leaseTimeS: number;
  readonly runner: CommandRunner;
  readonly logger: Logger;
  readonly dnsmasq?: string;
}

interface Held {
  files: DnsmasqFiles;
  pid: number | undefined;
  /** MAC, addresses and MTU the namespace end was set up with. */
  link: string;
}

/** The host end of a network's DHCP veth: `tdh` + first 11 characters of the network id. */
export const serverVethName = (networkId: string): string => `tdh${networkId}`.slice(0, 14);

/**
 * One dnsmasq per served network on this host, each in its own namespace `qdhcp-<network id>`
 * (as Neutron's DHCP agent), attached to the network's bridge by a veth whose namespace end
 * carries the DHCP port's MAC and addresses. The agent owns these processes: their pid files are
 * in its state dir, they are stopped with their network, and a full reconcile reaps any it no
 * longer wants. They are started detached, so an agent restart leaves them (and their leases)
 * running; the restarted agent adopts them through their pid files.
 */
export class DhcpServers {
  private mirror: HostView = new Map();
  private readonly held = new Map<string, Held>();
  /** VNI → network served there (to find a network whose VNI left). */
  private readonly networkOfVni = new Map<number, string>();
  readonly guard: DhcpGuard;
  private readonly log: Logger;
  /** Served networks and static host entries, for metrics and tests. */
  get served(): ReadonlyMap<string, NetworkDhcpPlan> {
    return this.plans;
  }
  private plans = new Map<string, NetworkDhcpPlan>();

  constructor(private readonly options: DhcpServersOptions) {
    this.log = options.logger.child({ component: 'dhcp' });
    this.guard = new DhcpGuard(options.runner, this.log, options.netns);
    mkdirSync(options.stateDir, { recursive: true });
  }

  namespaceOf(networkId: string): string {
    return `${this.options.namespacePrefix}qdhcp-${networkId}`;
  }

  async reconcile(view: HostView, mode: ReconcileMode): Promise<void> {
    this.resetMirror(view);
    await this.reconcileServers(mode);
  }

  /** Takes `view` as the state to serve (synchronously; see `record`). */
  resetMirror(view: HostView): void {
    this.mirror = cloneHostView(view);
  }

  /** Brings every server to the mirror; `full` also stops and reaps what it no longer serves. */
  async reconcileServers(mode: ReconcileMode): Promise<void> {
    const plans = planDhcp(this.mirror);
    this.networkOfVni.clear();
    for (const p of plans.values()) this.networkOfVni.set(p.vni, p.networkId);
    this.adopt();
    for (const [net, plan] of plans) await this.sync(net, plan);
    if (mode === 'full') {
      for (const net of [...this.held.keys()]) if (!plans.has(net)) await this.stop(net);
      await this.reapNamespaces(new Set(plans.keys()));
    }
    this.plans = plans;
    await this.guard.sync([...plans.values()].map((p) => p.serverMac).filter((m) => m !== ''));
  }

  /**
   * Stops the servers of VNIs these changes remove, before the L2 backend applies them: the
   * server's veth is a port of the network's bridge, which the L2 backend deletes (and with it
   * the bridge's neighbour entries) only once nothing but its VXLAN device is left in it.
   */
  async releaseRemoved(changes: readonly VniChangeSet[]): Promise<void> {
    for (const c of changes) {
      const net = c.removed ? this.networkOfVni.get(c.vni) : undefined;
      if (net === undefined) continue;
      this.networkOfVni.delete(c.vni);
      const plans = new Map(this.plans);
      plans.delete(net);
      this.plans = plans;
      await this.stop(net);
    }
  }

  /** `releaseRemoved` for a reconcile: stops servers of networks `view` no longer serves. */
  async releaseUnwanted(view: HostView): Promise<void> {
    const wanted = new Set(planDhcp(view).keys());
    this.adopt();
    for (const net of [...this.held.keys()]) if (!wanted.has(net)) await this.stop(net);
  }

  async apply(changes: readonly VniChangeSet[]): Promise<void> {
    await this.syncNetworks(this.record(changes));
  }

  /**
   * Takes the change sets into the mirror (synchronously: a change set's lists describe the
   * agent's tables at this version) and returns the networks whose servers must follow.
   */
  record(changes: readonly VniChangeSet[]): Set<string> {
    const touched = new Set<string>();
    for (const c of changes) {
      const before = this.networkOfVni.get(c.vni);
      if (before) touched.add(before);
      applyChangeSet(this.mirror, c);
      const t = this.mirror.get(c.vni);
      const plan = t ? planVni(t) : undefined;
      if (plan) {
        this.networkOfVni.set(c.vni, plan.networkId);
        touched.add(plan.networkId);
      } else this.networkOfVni.delete(c.vni);
    }
    return touched;
  }

  /** Brings the servers of `touched` networks to the mirror's current state. */
  async syncNetworks(touched: ReadonlySet<string>): Promise<void> {
    if (touched.size === 0) return;
    const plans = new Map(this.plans);
    for (const net of touched) {
      const vni = [...this.networkOfVni].find(([, n]) => n === net)?.[0];
      const t = vni === undefined ? undefined : this.mirror.get(vni);
      const plan = t ? planVni(t) : undefined;
      if (plan) {
        plans.set(net, plan);
        await this.sync(net, plan);
      } else {
        plans.delete(net);
        await this.stop(net);
      }
    }
    this.plans = plans;
    await this.guard.sync([...plans.values()].map((p) => p.serverMac).filter((m) => m !== ''));
  }

  /** Adopts dnsmasq processes started before this agent (pid files in the state dir). */
  private adopt(): void {
    for (const net of readdirSync(this.options.stateDir)) {
      if (this.held.has(net)) continue;
      const paths = dnsmasqPaths(this.options.stateDir, net);
      const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
      const pid = this.livePid(net);
      this.held.set(net, { files: { conf: read(`${paths.dir}/dnsmasq.conf`), hosts: read(paths.hostsFile), opts: read(paths.optsFile) }, pid, link: '' });
      if (pid !== undefined) this.log.info({ network: net, pid }, 'adopted a running dnsmasq');
    }
  }

  private async sync(net: string, plan: NetworkDhcpPlan): Promise<void> {
    const paths = dnsmasqPaths(this.options.stateDir, net);
    const files = renderDnsmasq(plan, paths, this.options.leaseTimeS);
    let held = this.held.get(net);
    if (!held) this.held.set(net, (held = { files: { conf: '', hosts: '', opts: '' }, pid: undefined, link: '' }));
    const link = `${plan.serverMac}|${plan.mtu}|${plan.serverAddresses.map((a) => `${a.ip}/${a.prefix}`).join(',')}`;
    if (held.link !== link) {
      if (!(await this.setUpNamespace(net, plan))) return;
      held.link = link;
    }
    mkdirSync(paths.dir, { recursive: true });
    const confChanged = files.conf !== held.files.conf;
    const reload = files.hosts !== held.files.hosts || files.opts !== held.files.opts;
    if (files.hosts !== held.files.hosts) writeFileSync(paths.hostsFile, files.hosts);
    if (files.opts !== held.files.opts) writeFileSync(paths.optsFile, files.opts);
    if (confChanged) writeFileSync(`${paths.dir}/dnsmasq.conf`, files.conf);
    held.files = files;
    const alive = held.pid !== undefined && this.isOurs(held.pid, net);
    if (!alive || confChanged) {
      if (alive) await this.terminate(held.pid!);
      held.pid = await this.start(net);
    } else if (reload) this.kill(held.pid!, 'SIGHUP');
  }

  /** Namespace, veth into the bridge, the DHCP port's MAC/addresses; false when it failed. */
  private async setUpNamespace(net: string, plan: NetworkDhcpPlan): Promise<boolean> {
    const ns = this.namespaceOf(net);
    const hostDev = serverVethName(net);
    const mtu = String(plan.mtu || 1500);
    const run = async (argv: string[], tolerate?: RegExp) => {
      const r = await this.options.runner.run(argv);
      if (r.code !== 0 && !(tolerate && tolerate.test(r.stderr))) throw new Error(`${argv.join(' ')}: ${r.stderr.trim()}`);
    };
    const inNs = (argv: string[]) => ['ip', 'netns', 'exec', ns, ...argv];
    try {
      if (!existsSync(`/run/netns/${ns}`)) await run(['ip', 'netns', 'add', ns], /exists/);
      await run(inNetns(this.options.netns, ['ip', 'link', 'add', hostDev, 'type', 'veth', 'peer', 'name', SERVER_DEVICE, 'netns', ns]), /exists/);
      await run(inNetns(this.options.netns, ['ip', 'link', 'set', hostDev, 'master', networkBridgeName(net), 'mtu', mtu, 'up']));
      await run(inNs(['ip', 'link', 'set', 'lo', 'up']));
      const macArgs = plan.serverMac ? ['address', plan.serverMac] : [];
      await run(inNs(['ip', 'link', 'set', SERVER_DEVICE, ...macArgs, 'mtu', mtu, 'up']));
      await run(inNs(['ip', 'addr', 'flush', 'dev', SERVER_DEVICE, 'scope', 'global']));
      for (const a of plan.serverAddresses) {
        await run(inNs(['ip', 'addr', 'add', `${a.ip}/${a.prefix}`, 'dev', SERVER_DEVICE, ...(a.ip.includes(':') ? ['nodad'] : [])]));
      }
      return true;
    } catch (err) {
      this.log.error({ network: net, err }, 'could not set up the DHCP namespace');
      return false;
    }
  }

  /** Starts the network's dnsmasq detached (it daemonizes; its pid file tells the pid). */
  private async start(net: string): Promise<number | undefined> {
    const paths = dnsmasqPaths(this.options.stateDir, net);
    rmSync(paths.pidFile, { force: true });
    const errFd = openSync(`${paths.dir}/stderr`, 'w');
    const code = await new Promise<number>((resolve) => {
      const child = spawn('ip', ['netns', 'exec', this.namespaceOf(net), this.options.dnsmasq ?? 'dnsmasq', `--conf-file=${paths.dir}/dnsmasq.conf`], {
        stdio: ['ignore', 'ignore', errFd],
        detached: true,
      });
      child.on('error', () => resolve(127));
      child.on('exit', (c) => resolve(c ?? 1));
      child.unref();
    });
    closeSync(errFd);
    const pid = this.livePid(net);
    if (code !== 0 || pid === undefined) {
      this.log.error({ network: net, code, stderr: readFileSync(`${paths.dir}/stderr`, 'utf8').slice(0, 500) }, 'dnsmasq did not start');
      return undefined;
    }
    this.log.info({ network: net, pid }, 'dnsmasq started');
    return pid;
  }

  private async stop(net: string): Promise<void> {
    const held = this.held.get(net);
    const pid = held?.pid ?? this.livePid(net);
    if (pid !== undefined && this.isOurs(pid, net)) await this.terminate(pid);
    this.held.delete(net);
    await this.options.runner.run(['ip', 'netns', 'del', this.namespaceOf(net)]);
    rmSync(dnsmasqPaths(this.options.stateDir, net).dir, { recursive: true, force: true });
    this.log.info({ network: net, pid }, 'dhcp server removed');
  }

  /** Deletes `<prefix>qdhcp-*` namespaces of networks not served (left by a crash). */
  private async reapNamespaces(keep: ReadonlySet<string>): Promise<void> {
    const prefix = this.namespaceOf('');
    const r = await this.options.runner.run(['ip', 'netns', 'list']);
    for (const line of r.stdout.split('\n')) {
      const name = line.split(' ')[0];
      if (!name.startsWith(prefix) || keep.has(name.slice(prefix.length))) continue;
      await this.stop(name.slice(prefix.length));
    }
  }

  /** The pid in the network's pid file when that process is its dnsmasq. */
  private livePid(net: string): number | undefined {
    const file = dnsmasqPaths(this.options.stateDir, net).pidFile;
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && this.isOurs(pid, net) ? pid : undefined;
  }

  /** True when `pid` runs dnsmasq with this network's config (a reused pid is not ours). */
  private isOurs(pid: number, net: string): boolean {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmdline.includes('dnsmasq') && cmdline.includes(`${dnsmasqPaths(this.options.stateDir, net).dir}/dnsmasq.conf`);
    } catch {
      return false;
    }
  }

  /** SIGTERM, then waits (up to 2 s) until the process is gone, so its sockets are free. */
  private async terminate(pid: number): Promise<void> {
    this.kill(pid, 'SIGTERM');
    for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 20));
  }

  private kill(pid: number, signal: NodeJS.Signals): void {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}
