import { canonicalIp, emptyVniView, type HostView, type VniChangeSet } from '@trellis/l2';
import type { Logger } from 'pino';
import { DataplaneApplyError, type ApplyOutcome, type DataplaneBackend, type PortWiringReport, type ReconcileMode } from '../backend';
import { runBatch, type BatchResult } from './batch';
import { inNetns, spawnRunner, type CommandRunner } from './command-runner';
import { FLOOD_MAC, planChangeSets, type BatchLine, type DeviceSettings } from './commands';
import { bridgeDeviceName, ownedDevice, tapDeviceName } from './names';
import { planReconcile, type FdbJson, type KernelListing, type LinkJson, type NeighJson } from './reconcile';

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
}

/**
 * Programs the kernel: per VNI a nolearning VXLAN device `vx-<vni>` enslaved to a bridge
 * `br-<vni>`, flood entries (all-zeros MAC, one per remote VTEP) and permanent unicast entries
 * with `bridge fdb`, permanent neighbour entries with `ip neigh`; each apply is two batch runs
 * (`ip -batch -`, then `bridge -batch -`). A local port is wired by enslaving its device to the
 * VNI's bridge once the device exists (Nova / libvirt creates the tap).
 */
export class LinuxBackend implements DataplaneBackend {
  readonly kind = 'linux';
  private readonly runner: CommandRunner;
  private readonly settings: DeviceSettings;
  private readonly portDevice: (portId: string) => string;
  private readonly log: Logger;
  /** VNIs whose devices this backend knows to exist. */
  private readonly devices = new Set<number>();

  constructor(private readonly options: LinuxBackendOptions) {
    this.runner = options.runner ?? spawnRunner();
    this.settings = { vtep: canonicalIp(options.vtep), dstPort: options.dstPort ?? 4789, arpProxy: options.arpProxy ?? false };
    this.portDevice = options.portDevice ?? tapDeviceName;
    this.log = options.logger.child({ component: 'linux-backend' });
  }

  async reconcile(view: HostView, mode: ReconcileMode = 'full'): Promise<ApplyOutcome> {
    const listing = await this.list();
    const plan = planReconcile(view, listing, this.settings, this.portDevice, mode);
    this.log.info({ mode, vnis: view.size, ipLines: plan.ip.length, bridgeLines: plan.bridge.length }, 'reconciling dataplane');
    const failed = await this.runPlan(plan.ip, plan.bridge);
    this.devices.clear();
    for (const vni of plan.devices) this.devices.add(vni);
    if (failed.size > 0) {
      for (const vni of failed) this.devices.delete(vni);
      throw new DataplaneApplyError('reconcile failed for some VNIs', [...failed], this.portsOutcome(plan.ports, view, failed));
    }
    return { ports: plan.ports };
  }

  async apply(changes: readonly VniChangeSet[]): Promise<ApplyOutcome> {
    const needsLinks = changes.some((c) => c.localSet.length > 0 || c.localRemove.length > 0);
    const links = needsLinks ? new Set((await this.listLinks()).map((l) => l.ifname)) : new Set<string>();
    const plan = planChangeSets(changes, { settings: this.settings, devices: this.devices, links, portDevice: this.portDevice });
    const failed = await this.runPlan(plan.ip, plan.bridge);
    for (const c of changes) {
      if (c.removed) this.devices.delete(c.vni);
      else if (!failed.has(c.vni)) this.devices.add(c.vni);
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

  async checkPorts(pending: ReadonlyMap<string, { vni: number }>): Promise<PortWiringReport[]> {
    if (pending.size === 0) return [];
    const links = new Set((await this.listLinks()).map((l) => l.ifname));
    const lines: BatchLine[] = [];
    const wired: string[] = [];
    for (const [portId, { vni }] of pending) {
      const dev = this.portDevice(portId);
      if (!links.has(dev)) continue;
      lines.push({ line: `link set ${dev} master ${bridgeDeviceName(vni)}`, vni }, { line: `link set ${dev} up`, vni });
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
    for (const l of listing.links) {
      const owned = ownedDevice(l.ifname);
      if (owned?.kind === 'vxlan') view.set(owned.vni, emptyVniView(owned.vni, l.mtu ?? 0));
    }
    for (const e of listing.fdb) {
      const owned = e.ifname ? ownedDevice(e.ifname) : undefined;
      const t = owned?.kind === 'vxlan' ? view.get(owned.vni) : undefined;
      if (!t || e.dst === undefined || e.master !== undefined) continue;
      if (e.mac === FLOOD_MAC) t.flood.add(e.dst);
      else t.fdb.set(e.mac, { vtep: e.dst, seq: 0 });
    }
    for (const n of listing.neigh) {
      const owned = ownedDevice(n.dev);
      const wanted = this.settings.arpProxy ? 'vxlan' : 'bridge';
      const t = owned?.kind === wanted ? view.get(owned.vni) : undefined;
      if (t && n.lladdr && n.state?.includes('PERMANENT')) t.neigh.set(n.dst, n.lladdr);
    }
    return view;
  }

  async close(): Promise<void> {}

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
