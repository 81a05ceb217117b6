import type { Logger } from 'pino';
import type { ReconcileMode } from '../backend';
import type { RouterLeg, RouterPlan, RoutingPlan } from '../routing-plan';
import { inNetns, type CommandRunner } from './command-runner';
import { NIC_NAME_LEN, vxlanDeviceName } from './names';

/** The nftables table (bridge family, in the host's namespace) holding the VXLAN guards. */
export const GUARD_TABLE = 'trellis_routing';

/** Host side of a router leg, in the network's bridge (Neutron's linuxbridge l3 naming). */
export const legHostDevice = (portId: string) => `tap${portId}`.slice(0, NIC_NAME_LEN);
/** Router side of a leg, inside the router's namespace (Neutron's `qr-` device). */
export const legRouterDevice = (portId: string) => `qr-${portId}`.slice(0, NIC_NAME_LEN);

export interface LinuxRoutingOptions {
  runner: CommandRunner;
  logger: Logger;
  /** The host's namespace (where bridges and VXLAN devices are); undefined = the current one. */
  netns?: string;
  /** Router namespaces are `<prefix><router id>` (default `qrouter-`, as Neutron names them). */
  namespacePrefix: string;
}

/** What was programmed per router leg: the bridge its host side is in. */
interface LegState {
  readonly leg: RouterLeg;
  readonly bridge: string;
}

/**
 * Routing in the Linux kernel: one network namespace per router (`qrouter-<id>`), with a veth
 * leg per attached subnet (`qr-<port>` inside, holding the gateway IP and the router MAC: the
 * anycast gateway; `tap<port>` in the network's bridge, the router MAC pinned to it with a
 * sticky static FDB entry so frames routed by other hosts never move it to the VXLAN port),
 * extra routes, permanent neighbours for remote instances, and an nftables `bridge` table that
 * keeps gateway ARP and the routers' broadcasts off the VXLAN devices. Why namespaces: see
 * docs/dataplane.md "Routing".
 */
export class LinuxRouting {
  /** What is programmed (undefined until the first sync of this process: then the kernel is listed). */
  private programmed: Map<string, { plan: RouterPlan; legs: Map<string, LegState> }> | undefined;
  private guardText = '';
  /** Commands run (each a process): what a sync cost. */
  private commands = 0;
  private readonly log: Logger;

  constructor(private readonly options: LinuxRoutingOptions) {
    this.log = options.logger.child({ component: 'linux-routing' });
  }

  namespaceOf(routerId: string): string {
    return `${this.options.namespacePrefix}${routerId}`;
  }

  async sync(plan: RoutingPlan, bridges: ReadonlyMap<number, string>, mode: ReconcileMode): Promise<void> {
    const startedAt = performance.now();
    const commandsBefore = this.commands;
    const listed = this.programmed === undefined;
    if (listed) this.programmed = await this.listKernel();
    const held = this.programmed!;
    const errors: string[] = [];
    for (const [id, want] of plan.routers) {
      const had = held.get(id);
      try {
        held.set(id, await this.syncRouter(want, had, bridges, mode === 'full', listed));
      } catch (err) {
        errors.push(`router ${id}: ${err instanceof Error ? err.message : String(err)}`);
        // Unknown state: listed and rewritten on the next sync.
        held.delete(id);
        this.programmed = undefined;
      }
    }
    if (mode === 'full') {
      for (const id of [...held.keys()]) {
        if (plan.routers.has(id)) continue;
        await this.run(['ip', 'netns', 'del', this.namespaceOf(id)], true);
        held.delete(id);
      }
    }
    // Rebuilt only when the rules change (or nothing is known of the kernel yet): a rebuild
    // restarts the counters.
    await this.syncGuards(plan, listed, mode);
    if (this.commands > commandsBefore) {
      this.log.info({ mode, routers: plan.routers.size, commands: this.commands - commandsBefore, durationMs: Math.round(performance.now() - startedAt) }, 'routing synced');
    }
    if (errors.length > 0) throw new Error(errors.join('; '));
  }

  private async syncRouter(want: RouterPlan, had: { plan: RouterPlan; legs: Map<string, LegState> } | undefined, bridges: ReadonlyMap<number, string>, prune: boolean, rewrite: boolean) {
    const ns = this.namespaceOf(want.routerId);
    const legs = new Map<string, LegState>();
    // Optimization: a new router costs three process runs on its critical path (the namespace;
    // the host's ip batch; then its sysctl, FDB and namespace batches at once), not one per
    // step: under load each run costs hundreds of ms. The namespace is added on its own: inside
    // `ip -n <host>` the mount namespace is a slave, and its /run/netns mount would not be seen.
    if (!had) await this.run(['ip', 'netns', 'add', ns], true);
    const hostLines: string[] = [];
    const bridgeLines: string[] = [];
    const nsLines: string[] = had ? [] : ['link set lo up'];
    for (const [portId, leg] of want.legs) {
      const bridge = bridges.get(leg.vni);
      if (bridge === undefined) continue;
      const old = had?.legs.get(portId);
      const host = legHostDevice(portId);
      const inner = legRouterDevice(portId);
      const same = old && old.bridge === bridge && old.leg.address === leg.address && old.leg.routerMac === leg.routerMac;
      if (!same || rewrite) {
        if (!old) hostLines.push(`link add ${host} type veth peer name ${inner} netns ${ns}`);
        hostLines.push(`link set ${host} master ${bridge} up`);
        bridgeLines.push(`fdb replace ${leg.routerMac} dev ${host} master static sticky`);
        nsLines.push(`link set ${inner} address ${leg.routerMac}`);
        if (old && old.leg.address !== leg.address) nsLines.push(`addr del ${old.leg.address} dev ${inner}`);
        nsLines.push(`addr replace ${leg.address} dev ${inner}`, `link set ${inner} up`);
      }
      legs.set(portId, { leg, bridge });
    }
    if (prune && had) {
      // By device name: legs listed from the kernel know only the first 11 characters of the id.
      const wanted = new Set([...legs.keys()].map(legHostDevice));
      for (const portId of had.legs.keys()) if (!wanted.has(legHostDevice(portId))) hostLines.push(`link del ${legHostDevice(portId)}`);
    }
    // Neighbours and routes after the legs they use.
    const routeLines: string[] = [];
    for (const [ip, n] of want.neigh) {
      const old = had?.plan.neigh.get(ip);
      if (!rewrite && old && old.mac === n.mac && old.portId === n.portId && legs.has(n.portId)) continue;
      if (legs.has(n.portId)) routeLines.push(`neigh replace ${ip} lladdr ${n.mac} dev ${legRouterDevice(n.portId)} nud permanent`);
    }
    for (const [dest, via] of want.routes) {
      if (!rewrite && had?.plan.routes.get(dest) === via) continue;
      routeLines.push(`route replace ${dest} via ${via}`);
    }
    if (prune && had) {
      for (const [ip, n] of had.plan.neigh) if (!want.neigh.has(ip) && legs.has(n.portId)) routeLines.push(`neigh del ${ip} dev ${legRouterDevice(n.portId)}`);
      for (const dest of had.plan.routes.keys()) if (!want.routes.has(dest)) routeLines.push(`route del ${dest}`);
    }
    await this.batch(this.hostTool('ip'), hostLines, /exists/i, /Cannot find device|does not exist/i);
    await Promise.all([
      had ? undefined : this.run(['nsenter', `--net=/run/netns/${ns}`, 'sysctl', '-qw', 'net.ipv4.ip_forward=1']),
      this.batch(this.hostTool('bridge'), bridgeLines),
      // Neighbours and routes after the legs' addresses, in the same run.
      this.batch(['ip', '-n', ns], [...nsLines, ...routeLines], /Cannot assign requested address/i, /No such process|No such file/i),
    ]);
    return { plan: { ...want, legs: new Map([...want.legs].filter(([p]) => legs.has(p))) }, legs };
  }

  /** The guard table, rebuilt atomically when its rules change (counters restart then). */
  private async syncGuards(plan: RoutingPlan, force: boolean, mode: ReconcileMode): Promise<void> {
    // Additive keeps the rules held beyond the plan (they go with the next full sync).
    const rules: string[] = mode === 'additive' && this.guardText ? this.guardText.split('\n') : [];
    for (const [vni, g] of [...plan.guards].sort(([a], [b]) => a - b)) {
      const dev = vxlanDeviceName(vni);
      for (const ip of [...g.gatewayIps].sort()) {
        rules.push(`oifname "${dev}" arp daddr ip ${ip} counter drop`, `oifname "${dev}" arp saddr ip ${ip} counter drop`);
      }
      for (const mac of [...g.routerMacs].sort()) {
        rules.push(`oifname "${dev}" ether saddr ${mac} ether daddr & 01:00:00:00:00:00 == 01:00:00:00:00:00 counter drop`);
      }
    }
    const text = [...new Set(rules)].join('\n');
    if (!force && text === this.guardText) return;
    this.commands++;
    const script =
      `table bridge ${GUARD_TABLE}\ndelete table bridge ${GUARD_TABLE}\n` +
      (text ? `table bridge ${GUARD_TABLE} {\n  chain forward {\n    type filter hook forward priority 0; policy accept;\n${text.split('\n').map((r) => `    ${r}`).join('\n')}\n  }\n}\n` : '');
    const r = await this.options.runner.run(inNetns(this.options.netns, ['nft', '-f', '-']), script);
    if (r.code !== 0) throw new Error(`nft: ${r.stderr.trim()}`);
    this.guardText = text;
  }

  /** Router namespaces with their legs as the kernel has them (routes and neighbours: rewritten). */
  private async listKernel(): Promise<Map<string, { plan: RouterPlan; legs: Map<string, LegState> }>> {
    const out = new Map<string, { plan: RouterPlan; legs: Map<string, LegState> }>();
    const r = await this.options.runner.run(['ip', '-j', 'netns', 'list']);
    const list = r.code === 0 && r.stdout.trim() ? (JSON.parse(r.stdout) as Array<{ name: string }>) : [];
    for (const { name } of list) {
      if (!name.startsWith(this.options.namespacePrefix)) continue;
      const routerId = name.slice(this.options.namespacePrefix.length);
      const links = await this.options.runner.run(['ip', '-n', name, '-j', 'link', 'show']);
      const legs = new Map<string, LegState>();
      const planLegs = new Map<string, RouterLeg>();
      for (const l of links.code === 0 && links.stdout.trim() ? (JSON.parse(links.stdout) as Array<{ ifname: string }>) : []) {
        if (!l.ifname.startsWith('qr-')) continue;
        // The port id is cut to 11 characters in the name: enough to delete the leg, not to keep it.
        const portId = l.ifname.slice(3);
        const leg: RouterLeg = { portId, vni: 0, networkId: '', address: '', gatewayIp: '', routerMac: '' };
        legs.set(portId, { leg, bridge: '' });
        planLegs.set(portId, leg);
      }
      out.set(routerId, { plan: { routerId, legs: planLegs, routes: new Map(), neigh: new Map() }, legs });
    }
    return out;
  }

  /** `ip` / `bridge` in the host's namespace (`-n`: no mount namespace, unlike `ip netns exec`). */
  private hostTool(tool: 'ip' | 'bridge'): string[] {
    return this.options.netns ? [tool, '-n', this.options.netns] : [tool];
  }

  private async run(argv: string[], tolerateExists = false): Promise<void> {
    this.commands++;
    const r = await this.options.runner.run(argv);
    if (r.code !== 0 && !(tolerateExists && /exists|No such file/i.test(r.stderr))) throw new Error(`${argv.join(' ')}: ${r.stderr.trim()}`);
  }

  /** Runs `lines` through `<tool…> -force -batch -`; errors matching `tolerated` are expected. */
  private async batch(tool: string[], lines: string[], ...tolerated: RegExp[]): Promise<void> {
    if (lines.length === 0) return;
    this.commands++;
    const r = await this.options.runner.run([...tool, '-force', '-batch', '-'], lines.join('\n') + '\n');
    if (r.code === 0) return;
    const bad = r.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^Command failed/.test(l) && !tolerated.some((t) => t.test(l)));
    if (bad.length > 0) {
      this.log.warn({ tool: tool.join(' '), errors: bad.slice(0, 5) }, 'routing command failed');
      throw new Error(`${tool.join(' ')}: ${bad[0]}`);
    }
  }
}
