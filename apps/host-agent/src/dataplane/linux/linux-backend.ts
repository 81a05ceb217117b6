import { canonicalIp, emptyVniView, type HostView, type VniChangeSet } from '@trellis/l2';
import type { Logger } from 'pino';
import { DataplaneApplyError, type ApplyOutcome, type DataplaneBackend, type PortWiringReport, type ReconcileMode } from '../backend';
import { runBatch, type BatchResult } from './batch';
import { inNetns, spawnRunner, type CommandRunner } from './command-runner';
import { FLOOD_MAC, planChangeSets, wirePortLines, type BatchLine, type DeviceSettings } from './commands';
import type { LinkEventSource } from './link-events';
import { LinkMonitor } from './link-monitor';
import { isTrellisBridgeName, ownedVxlanVni, tapDeviceName } from './names';
import { planReconcile, type FdbJson, type KernelListing, type LinkJson, type NeighJson } from './reconcile';
import { LinuxRouting } from './routing';
import type { RoutingPlan } from '../routing-plan';

export interface LinuxBackendOptions {
  /** This host's VTEP address (the VXLAN devices' `local`). */
  vtep: string;
  logger: Logger;
  /** Run every command inside this network namespace (`ip netns exec <netns> …`). */
  netns?: string;
  /** Default: child processes. Tests inject a fake. */
  runner?: CommandRunner;
  /** VXLAN UDP port; default 4789. */
  dstPort?: number;
  /** See `DeviceSettings.arpProxy`; default false (neighbours on the bridge). */
  arpProxy?: boolean;
  /** Device of a local port; default `tapDeviceName` (`tap` + first 11 characters of the id). */
  portDevice?: (portId: string) => string;
  /** Where new taps are learnt from (`watchPortDevices`); default a `LinkMonitor` on `netns`. */
  linkEvents?: LinkEventSource;
  /** Router namespaces are `<prefix><router id>`; default `qrouter-` (Neutron's). */
  routerNamespacePrefix?: string;
}

/**
 * Programs the kernel with Neutron linuxbridge's layout, so that Nova / os-vif (`vif_type:
 * bridge`) and this backend meet on the same bridge: per VNI a nolearning VXLAN device
 * `vxlan-<vni>` enslaved to its network's bridge `brq<network id[:11]>` (created, or adopted when
 * os-vif made it first), flood entries (all-zeros MAC, one per remote VTEP) and permanent unicast
 * entries with `bridge fdb`, permanent neighbour entries with `ip neigh`; each apply is two batch
 * runs (`ip -batch -`, then `bridge -batch -`). A local port is wired by enslaving its tap to the
 * bridge once the tap exists (Nova / libvirt creates it, usually after the bind; netlink link
 * events tell when, see `watchPortDevices`). Taps are never created or deleted here.
 */
export class LinuxBackend implements DataplaneBackend {
  readonly kind = 'linux';
  private readonly runner: CommandRunner;
  private readonly settings: DeviceSettings;
  private readonly portDevice: (portId: string) => string;
  private readonly log: Logger;
  /** VNIs whose devices this backend knows to exist, with their bridge. */
  private readonly bridges = new Map<number, string>();
  private linkEvents: LinkEventSource | undefined;
  private readonly routing: LinuxRouting;
  private routingPlan: RoutingPlan | undefined;
  private hints: ReadonlyMap<number, string> = new Map();

  constructor(private readonly options: LinuxBackendOptions) {
    this.runner = options.runner ?? spawnRunner();
    this.routing = new LinuxRouting({ runner: this.runner, logger: options.logger, netns: options.netns, namespacePrefix: options.routerNamespacePrefix ?? 'qrouter-' });
    this.settings = { vtep: canonicalIp(options.vtep), dstPort: options.dstPort ?? 4789, arpProxy: options.arpProxy ?? false };
    this.portDevice = options.portDevice ?? tapDeviceName;
    this.log = options.logger.child({ component: 'linux-backend' });
  }

  /**
   * Calls `listener` when a link appears or changes that is not one of this backend's own
   * devices (a tap, a veth), and after the event source restarted (events may be lost).
   */
  watchPortDevices(listener: () => void): void {
    if (this.linkEvents) return;
    this.linkEvents = this.options.linkEvents ?? new LinkMonitor({ logger: this.options.logger, netns: this.options.netns });
    this.linkEvents.start(
      (e) => {
        if (e.deleted || ownedVxlanVni(e.name) !== undefined || isTrellisBridgeName(e.name)) return;
        listener();
      },
      listener,
    );
  }

  async reconcile(view: HostView, mode: ReconcileMode = 'full'): Promise<ApplyOutcome> {
    const listing = await this.list();
    const plan = planReconcile(view, listing, this.settings, this.portDevice, mode, (vni) => this.hints.get(vni));
    this.log.info({ mode, vnis: view.size, ipLines: plan.ip.length, bridgeLines: plan.bridge.length }, 'reconciling dataplane');
    const failed = await this.runPlan(plan.ip, plan.bridge);
    this.bridges.clear();
    for (const [vni, br] of plan.bridges) this.bridges.set(vni, br);
    if (failed.size > 0) {
      for (const vni of failed) this.bridges.delete(vni);
      throw new DataplaneApplyError('reconcile failed for some VNIs', [...failed], this.portsOutcome(plan.ports, view, failed));
    }
    return { ports: plan.ports };
  }

  async apply(changes: readonly VniChangeSet[]): Promise<ApplyOutcome> {
    // Links are listed only when a tap or a bridge's other members matter.
    const needsLinks = changes.some((c) => c.removed || c.localSet.length > 0 || c.localRemove.length > 0);
    const links = needsLinks ? new Map((await this.listLinks()).map((l) => [l.ifname, l])) : new Map<string, LinkJson>();
    const plan = planChangeSets(changes, { settings: this.settings, bridges: this.bridges, links, portDevice: this.portDevice, networkOf: (vni) => this.hints.get(vni) });
    const failed = await this.runPlan(plan.ip, plan.bridge);
    for (const c of changes) {
      const br = plan.bridges.get(c.vni);
      if (c.removed || br === undefined) this.bridges.delete(c.vni);
      else if (!failed.has(c.vni)) this.bridges.set(c.vni, br);
    }
    if (failed.size > 0) {
      const ports = plan.ports.map((p) => {
        const vni = changes.find((c) => c.localSet.some((l) => l.portId === p.portId))?.vni;
        return vni !== undefined && failed.has(vni) ? { portId: p.portId, state: 'error' as const, detail: 'dataplane apply failed' } : p;
      });
      throw new DataplaneApplyError(`dataplane apply failed for VNIs ${[...failed].join(',')}`, [...failed], ports);
    }
    return { ports: plan.ports };
  }

  networkHints(hints: ReadonlyMap<number, string>): void {
    this.hints = hints;
  }

  async syncRouting(plan: RoutingPlan, mode: ReconcileMode): Promise<void> {
    await this.routing.sync(plan, this.bridges, mode);
    this.routingPlan = plan;
  }

  async readRouting(): Promise<RoutingPlan> {
    return this.routingPlan ?? { routers: new Map(), guards: new Map() };
  }

  async checkPorts(pending: ReadonlyMap<string, { vni: number }>): Promise<PortWiringReport[]> {
    if (pending.size === 0) return [];
    const links = new Map((await this.listLinks()).map((l) => [l.ifname, l]));
    const lines: BatchLine[] = [];
    const wired: string[] = [];
    for (const [portId, { vni }] of pending) {
      const dev = this.portDevice(portId);
      const br = this.bridges.get(vni);
      const link = links.get(dev);
      // No bridge yet: the VNI's devices failed; the port stays pending until they exist.
      if (!link || br === undefined) continue;
      if (link.master !== br) lines.push(...wirePortLines(vni, br, dev));
      wired.push(portId);
    }
    const result = await runBatch(this.runner, 'ip', lines, this.options.netns);
    const failed = new Set(result.failedVnis);
    return wired.map((portId) =>
      failed.has(pending.get(portId)!.vni) ? { portId, state: 'error' as const, detail: 'could not enslave the port device' } : { portId, state: 'wired' as const },
    );
  }

  /** The kernel state of the owned devices, as a view (local ports and seq are not kernel state). */
  async read(): Promise<HostView> {
    const listing = await this.list();
    const view: HostView = new Map();
    // The neighbour device of each VNI: its VXLAN device, or the bridge that device is enslaved to.
    const neighVni = new Map<string, number>();
    for (const l of listing.links) {
      const vni = ownedVxlanVni(l.ifname);
      if (vni === undefined) continue;
      view.set(vni, emptyVniView(vni, l.mtu ?? 0));
      const dev = this.settings.arpProxy ? l.ifname : l.master;
      if (dev !== undefined) neighVni.set(dev, vni);
    }
    for (const e of listing.fdb) {
      const vni = e.ifname ? ownedVxlanVni(e.ifname) : undefined;
      const t = vni !== undefined ? view.get(vni) : undefined;
      if (!t || e.dst === undefined || e.master !== undefined) continue;
      if (e.mac === FLOOD_MAC) t.flood.add(e.dst);
      else t.fdb.set(e.mac, { vtep: e.dst, seq: 0 });
    }
    for (const n of listing.neigh) {
      const vni = neighVni.get(n.dev);
      const t = vni !== undefined ? view.get(vni) : undefined;
      if (t && n.lladdr && n.state?.includes('PERMANENT')) t.neigh.set(n.dst, n.lladdr);
    }
    return view;
  }

  async close(): Promise<void> {
    await this.linkEvents?.stop();
  }

  private portsOutcome(ports: PortWiringReport[], view: HostView, failed: Set<number>): PortWiringReport[] {
    const vniOf = new Map<string, number>();
    for (const [vni, t] of view) for (const id of t.local.keys()) vniOf.set(id, vni);
    return ports.map((p) => (failed.has(vniOf.get(p.portId) ?? -1) ? { portId: p.portId, state: 'error', detail: 'dataplane reconcile failed' } : p));
  }

  private async runPlan(ip: BatchLine[], bridge: BatchLine[]): Promise<Set<number>> {
    const failed = new Set<number>();
    const note = (tool: string, r: BatchResult) => {
      for (const f of r.failures.slice(0, 5)) this.log.warn({ tool, vni: f.line.vni, line: f.line.line, error: f.message }, 'dataplane command failed');
      for (const vni of r.failedVnis) failed.add(vni);
    };
    note('ip', await runBatch(this.runner, 'ip', ip, this.options.netns));
    // The FDB script runs even for VNIs with an ip failure: whatever can be applied is.
    note('bridge', await runBatch(this.runner, 'bridge', bridge, this.options.netns));
    return failed;
  }

  private async listLinks(): Promise<LinkJson[]> {
    return this.json<LinkJson>(['ip', '-d', '-j', 'link', 'show']);
  }

  private async list(): Promise<KernelListing> {
    const [links, fdb, neigh] = await Promise.all([
      this.listLinks(),
      this.json<FdbJson>(['bridge', '-j', 'fdb', 'show']),
      this.json<NeighJson>(['ip', '-j', 'neigh', 'show']),
    ]);
    return { links, fdb, neigh };
  }

  private async json<T>(argv: string[]): Promise<T[]> {
    const r = await this.runner.run(inNetns(this.options.netns, argv));
    if (r.code !== 0) throw new DataplaneApplyError(`${argv.join(' ')} failed: ${r.stderr.trim()}`, []);
    const text = r.stdout.trim();
    return text ? (JSON.parse(text) as T[]) : [];
  }
}
