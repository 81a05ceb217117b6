import { emptyVniView, entryHash, ipToBytes, macToBytes, subnetToWire, vniDeltaFromView, type FdbEntrySpec, type NeighEntrySpec, type VniDeltaSpec, type VniView } from '@trellis/l2';
import type { trellis } from '@trellis/proto';
import { recordsEqual, type HostRecord, type NetworkRecord, type PortRecord, type SubnetRecord } from './records';
import { routingRecordsEqual, type RouterRecord } from './router-records';
import { RouterSpan, type RouterChange } from './router-span';
import { RecordInterner } from './record-interner';
import { diffVni, type CapturedVni } from './vni-diff';
import { VniDigests } from './vni-digests';
import { mergeSubnetChanges, SubnetTable } from './vni-subnets';
import { bindingOn, localPortOf, placementsEqual, remoteOf, VniState, type Placement } from './vni-state';
import { addTo, removeFrom } from './multimap';

type IVniDelta = VniDeltaSpec;

/** One change of the controller's inputs (undefined record = deleted). */
export type RecordChange =
  | { readonly kind: 'host'; readonly id: string; readonly record: HostRecord | undefined }
  | { readonly kind: 'network'; readonly id: string; readonly record: NetworkRecord | undefined }
  | { readonly kind: 'port'; readonly id: string; readonly record: PortRecord | undefined }
  | { readonly kind: 'router'; readonly id: string; readonly record: RouterRecord | undefined }
  | { readonly kind: 'subnet'; readonly id: string; readonly record: SubnetRecord | undefined };

/** What one revision changes for one VNI, computed once for all its members. */
export interface VniChange {
  readonly vni: number;
  /** The delta for every member not named in `perHost` (null: nothing for them). */
  readonly shared: IVniDelta | null;
  /**
   * Members whose delta differs: joiners (full table), leavers (leave), hosts with local
   * changes; null = nothing for that host (and the shared delta is not for it either). Full
   * tables are built on first read, which must come before the next `apply` (PerHostDeltas).
   */
  readonly perHost: Map<string, IVniDelta | null>;
  /** Hosts that got a full table (joiners and resyncs); with `left`, what resume must know. */
  readonly full: readonly string[];
  readonly left: readonly string[];
}

export interface SpanChange {
  readonly revision: number;
  readonly vnis: readonly VniChange[];
  /** Hosts whose set of VNIs changed at this revision. */
  readonly spanChanged: readonly string[];
  /** Routers whose state or hosts changed at this revision. */
  readonly routers: readonly RouterChange[];
}

/**
 * The span engine: per VNI the member hosts and the port entries, maintained from the central
 * feed's records. `apply` takes one revision's changes and computes, once, the per-VNI deltas
 * every member needs. Pure and synchronous: no I/O, no encoding.
 */
export class SpanIndex {
  readonly hosts = new Map<string, HostRecord>();
  readonly networks = new Map<string, NetworkRecord>();
  readonly ports = new Map<string, PortRecord>();
  /** Routers and subnets, and which hosts route for which router (docs/protocol.md "Routers"). */
  readonly routing = new RouterSpan();
  /** The addressing section: subnets, DHCP ports and the subnet views of each VNI. */
  readonly subnets = new SubnetTable();
  private readonly placements = new Map<string, Placement>();
  private readonly vnis = new Map<number, VniState>();
  private readonly netByVni = new Map<number, string>();
  private readonly portsByNetwork = new Map<string, Set<string>>();
  private readonly portsByHost = new Map<string, Set<string>>();
  private readonly spans = new Map<string, Set<number>>();
  /** Central revision at which each host's VNI set last changed (its subscription version). */
  private readonly spanRevisions = new Map<string, number>();
  revision = 0;
  private readonly interner = new RecordInterner();
  private readonly digests = new VniDigests();
  /** Bumped on every host registry change (VTEPs feed the digests' flood terms). */
  private registryVersion = 0;
  private applied = 0;

  /** Changes with every host registry change (flood elements and VTEPs come from the registry). */
  get hostsVersion(): number {
    return this.registryVersion;
  }

  /** How many times `apply` ran (a change's lazily built tables are valid until it moves). */
  get appliedChanges(): number {
    return this.applied;
  }

  /**
   * Whether applying `change` would change nothing: the index holds an equal record (or none,
   * for a delete of an unknown id). The controller drops such changes before `apply`.
   */
  holds(change: RecordChange): boolean {
    if (change.kind === 'router') return routingRecordsEqual(this.routing.routers.get(change.id), change.record);
    const held =
      change.kind === 'host' ? this.hosts.get(change.id)
      : change.kind === 'network' ? this.networks.get(change.id)
      : change.kind === 'subnet' ? this.subnets.subnets.get(change.id)
      : this.ports.get(change.id);
    return recordsEqual(change.kind, held, change.record);
  }

  /** VNIs the host is a member of (empty set when none). */
  spanOf(host: string): ReadonlySet<number> {
    return this.spans.get(host) ?? EMPTY;
  }

  /** Restores subscription versions persisted with the index (after a quiet warm load). */
  restoreSpanRevisions(entries: Iterable<[string, number]>): void {
    for (const [h, r] of entries) this.spanRevisions.set(h, r);
  }

  spanRevisionOf(host: string): number {
    return this.spanRevisions.get(host) ?? 0;
  }

  /** The VNI's ports and members (read-only use: encoders). */
  stateOf(vni: number): VniState | undefined {
    return this.vnis.get(vni);
  }

  membersOf(vni: number): ReadonlyMap<string, number> {
    return this.vnis.get(vni)?.members ?? EMPTY_MAP;
  }

  ownerOfMac(vni: number, mac: string): Placement | undefined {
    return this.vnis.get(vni)?.ownerOfMac(mac);
  }

  ownerOfIp(vni: number, ip: string): Placement | undefined {
    return this.vnis.get(vni)?.ownerOfIp(ip);
  }

  vniMtu(vni: number): number {
    const net = this.netByVni.get(vni);
    return (net !== undefined ? this.networks.get(net)?.mtu : undefined) ?? 0;
  }

  /** The table `host` must hold for `vni`, from the current state (its view, in libs/l2 terms). */
  hostVniView(host: string, vni: number): VniView {
    const view = emptyVniView(vni, this.vniMtu(vni));
    const vs = this.vnis.get(vni);
    if (!vs) return view;
    for (const member of vs.members.keys()) {
      const vtep = this.hosts.get(member)?.vtep;
      if (member !== host && vtep !== undefined) view.flood.add(vtep);
    }
    for (const [mac, id] of vs.byMac) {
      const r = remoteOf(vs.ports.get(id), host);
      if (r) view.fdb.set(mac, r);
    }
    for (const [ip, id] of vs.byIp) {
      const pl = vs.ports.get(id);
      if (remoteOf(pl, host)) view.neigh.set(ip, pl!.mac);
    }
    for (const pl of vs.ports.values()) {
      const b = bindingOn(pl, host);
      if (b) view.local.set(pl.portId, localPortOf(pl, b.inactive, view.mtu));
    }
    for (const [id, s] of this.subnets.viewsOf(vni)) view.subnets.set(id, s);
    return view;
  }

  /**
   * The digest (`digestVniView`) of the table `host` must hold for `vni`, from shared per-VNI
   * sums instead of a view per host (see VniDigests).
   */
  hostVniDigest(host: string, vni: number): bigint {
    const vs = this.vnis.get(vni);
    if (!vs) return 0n;
    return BigInt.asUintN(64, this.hostVniDigestL2(host, vni) + this.subnets.digestTerms(vni, entryHash));
  }

  /**
   * The digest without the subnet terms: what a host-agent that predates the addressing
   * section computes (it skips fields 13/14). The controller accepts it too (docs/protocol.md).
   */
  hostVniDigestL2(host: string, vni: number): bigint {
    const vs = this.vnis.get(vni);
    if (!vs) return 0n;
    return this.digests.digest(vs, this.registryVersion, host, (h) => this.hosts.get(h)?.vtep);
  }

  /**
   * A `full: true` delta with the host's whole table for `vni` (the same entries as
   * `hostVniView`), built straight from the placements, no per-host text view. Entry objects
   * are made per call and not retained: keeping wire forms per placement cost more memory
   * (about 1 kB per port with their encoded fields) than rebuilding them costs CPU, and
   * snapshots use the shared per-VNI bytes of the full-table encoder instead.
   */
  fullDelta(host: string, vni: number): IVniDelta {
    const vs = this.vnis.get(vni);
    const mtu = this.vniMtu(vni);
    if (!vs) return vniDeltaFromView(emptyVniView(vni, mtu));
    const subnets = [...this.subnets.viewsOf(vni).values()].map(subnetToWire);
    // VTEPs repeat across a VNI's ports: converted once per call. Other addresses are converted
    // as met (the codecs parse char codes, ~70 ns each); no cache across calls is kept, since
    // snapshots use the full-table encoder's per-VNI bytes and this path serves resyncs only.
    const vteps = new Map<string, Uint8Array>();
    const vtepBytes = (text: string) => {
      let b = vteps.get(text);
      if (b === undefined) vteps.set(text, (b = ipToBytes(text)));
      return b;
    };
    const floodAdd: Uint8Array[] = [];
    for (const member of vs.members.keys()) {
      const vtep = this.hosts.get(member)?.vtep;
      if (member !== host && vtep !== undefined) floodAdd.push(vtepBytes(vtep));
    }
    const fdbUpsert: FdbEntrySpec[] = [];
    for (const id of vs.byMac.values()) {
      const pl = vs.ports.get(id);
      if (remoteOf(pl, host)) fdbUpsert.push({ mac: macToBytes(pl!.mac), vtep: vtepBytes(pl!.activeVtep!), seq: pl!.seq });
    }
    const neighAdd: NeighEntrySpec[] = [];
    for (const [ip, id] of vs.byIp) {
      const pl = vs.ports.get(id);
      if (remoteOf(pl, host)) neighAdd.push({ ip: ipToBytes(ip), mac: macToBytes(pl!.mac) });
    }
    const localAdd: trellis.l2.v1.ILocalPort[] = [];
    for (const pl of vs.ports.values()) {
      const b = bindingOn(pl, host);
      if (!b) continue;
      localAdd.push({ portId: pl.portId, mac: macToBytes(pl.mac), ips: pl.ips.map(ipToBytes), mtu, inactive: b.inactive, seq: pl.seq, networkId: pl.networkId, ...(pl.portSecurityEnabled === false ? { portSecurityEnabled: false } : {}) });
    }
    return { vni, full: true, mtu, floodAdd, fdbUpsert, neighAdd, localAdd, ...(subnets.length > 0 ? { subnets } : {}) };
  }

  /**
   * Applies one revision's changes and returns the per-VNI deltas. With `quiet`, only the state
   * is updated (warm start from the persisted index).
   */
  apply(revision: number, changes: readonly RecordChange[], options: { quiet?: boolean } = {}): SpanChange {
    this.applied++;
    const touched = new Set<string>();
    const resyncVnis = new Set<number>();
    const initialHosts = new Map<string, HostRecord | undefined>();
    const routers = new Set<string>();
    /** Routers whose hosts may have changed because ports moved: router → those hosts. */
    const movedBehind = new Map<string, Set<string>>();
    for (const c of changes) {
      if (c.kind === 'host') this.applyHost(c.id, c.record, touched, initialHosts);
      else if (c.kind === 'network') {
        this.applyNetwork(c.id, c.record, touched, resyncVnis);
        this.routing.networkTouched(c.id, routers);
      } else if (c.kind === 'port') this.applyPort(c.id, c.record, touched);
      else if (c.kind === 'router') this.routing.setRouter(c.id, c.record, routers);
      else {
        this.subnets.applySubnet(c.id, c.record);
        this.routing.setSubnet(c.id, c.record, routers);
      }
    }
    const oldVteps = new Map<string, string>();
    for (const [id, before] of initialHosts) {
      if (!before) continue;
      oldVteps.set(id, before.vtep);
      const after = this.hosts.get(id);
      // Rare: every table naming this VTEP changes; members get their VNIs' full tables again.
      if (after && after.vtep !== before.vtep) for (const vni of this.spanOf(id)) resyncVnis.add(vni);
    }
    // Capture each affected VNI's old values before any placement moves.
    const captured = new Map<number, CapturedVni>();
    const capture = (vni: number): CapturedVni => {
      let cap = captured.get(vni);
      if (!cap) {
        cap = { vni, transitions: [], oldMacOwner: new Map(), oldIpOwner: new Map(), oldMemberCount: new Map() };
        captured.set(vni, cap);
      }
      return cap;
    };
    const moves: Array<[Placement | undefined, Placement | undefined]> = [];
    for (const id of touched) {
      const before = this.placements.get(id);
      const after = this.derivePlacement(id);
      if (before && after && placementsEqual(before, after)) continue;
      moves.push([before, after]);
      for (const pl of [before, after]) {
        if (!pl) continue;
        const cap = capture(pl.vni);
        const vs = this.vnis.get(pl.vni);
        if (!cap.oldMacOwner.has(pl.mac)) cap.oldMacOwner.set(pl.mac, vs?.ownerOfMac(pl.mac));
        for (const ip of pl.ips) if (!cap.oldIpOwner.has(ip)) cap.oldIpOwner.set(ip, vs?.ownerOfIp(ip));
        for (const h of pl.hosts) if (!cap.oldMemberCount.has(h.host)) cap.oldMemberCount.set(h.host, vs?.members.get(h.host) ?? 0);
      }
      if (before) capture(before.vni).transitions.push([before, before.vni === after?.vni ? after : undefined]);
      if (after && after.vni !== before?.vni) capture(after.vni).transitions.push([undefined, after]);
    }
    for (const vni of resyncVnis) {
      const cap = capture(vni);
      for (const [h, n] of this.vnis.get(vni)?.members ?? EMPTY_MAP) if (!cap.oldMemberCount.has(h)) cap.oldMemberCount.set(h, n);
    }
    for (const [before, after] of moves) {
      if (before) this.vniState(before.vni).remove(before);
      if (after) {
        this.vniState(after.vni).add(after);
        this.placements.set(after.portId, after);
      } else if (before) this.placements.delete(before.portId);
      for (const pl of [before, after]) for (const h of pl?.hosts ?? []) this.routing.portMoved(pl!.networkId, h.host, movedBehind);
    }
    // Routers after ports: who is behind a router follows the placements just applied.
    const routerChanges = this.routing.recompute(routers, {
      vniOf: (net) => this.networks.get(net)?.vni ?? 0,
      portHostsOf: (vni) => this.vnis.get(vni)?.portMembers.keys() ?? EMPTY,
      hasPortHost: (vni, host) => this.vnis.get(vni)?.portMembers.has(host) ?? false,
      routed: (vni, host, delta) => {
        const cap = capture(vni);
        if (!cap.oldMemberCount.has(host)) cap.oldMemberCount.set(host, this.vnis.get(vni)?.members.get(host) ?? 0);
        this.vniState(vni).routed(host, delta);
      },
    }, movedBehind);
    const spanChanged = this.updateSpans(captured, revision);
    const subnetChanges = this.subnets.settle(this.networks);
    // Encoders cache per VniState version: a subnet change is a change of the VNI's tables.
    for (const sc of subnetChanges) {
      const vs = this.vnis.get(sc.vni);
      if (vs) vs.version++;
    }
    const vnis: VniChange[] = [];
    if (!options.quiet) {
      for (const cap of captured.values()) {
        const change = diffVni(this, cap, resyncVnis.has(cap.vni), (h) => this.hosts.get(h)?.vtep ?? oldVteps.get(h));
        if (change) vnis.push(change);
      }
      const applied = this.applied;
      mergeSubnetChanges(vnis, subnetChanges, (vni) => this.membersOf(vni), (h, vni) => this.fullDelta(h, vni), () => this.applied === applied);
    }
    for (const vni of captured.keys()) {
      const vs = this.vnis.get(vni);
      if (vs && vs.ports.size === 0 && vs.members.size === 0) this.vnis.delete(vni);
    }
    this.revision = Math.max(this.revision, revision);
    return { revision, vnis, spanChanged, routers: options.quiet ? [] : routerChanges };
  }

  private updateSpans(captured: Map<number, CapturedVni>, revision: number): string[] {
    const changed = new Set<string>();
    for (const cap of captured.values()) {
      const members: ReadonlyMap<string, number> = this.vnis.get(cap.vni)?.members ?? EMPTY_MAP;
      for (const [host, oldCount] of cap.oldMemberCount) {
        const isMember = (members.get(host) ?? 0) > 0;
        if ((oldCount > 0) === isMember) continue;
        let span = this.spans.get(host);
        if (isMember) {
          if (!span) this.spans.set(host, (span = new Set()));
          span.add(cap.vni);
        } else if (span) {
          span.delete(cap.vni);
          if (span.size === 0) this.spans.delete(host);
        }
        changed.add(host);
        this.spanRevisions.set(host, revision);
      }
    }
    return [...changed];
  }

  private vniState(vni: number): VniState {
    let vs = this.vnis.get(vni);
    if (!vs) this.vnis.set(vni, (vs = new VniState(vni)));
    return vs;
  }

  private derivePlacement(portId: string): Placement | undefined {
    const port = this.ports.get(portId);
    if (!port) return undefined;
    const vni = this.networks.get(port.networkId)?.vni ?? 0;
    if (vni === 0) return undefined;
    let active: string | null = null;
    let activeVtep: string | null = null;
    let registered = 0;
    for (const b of port.bindings) {
      const host = this.hosts.get(b.host);
      if (!host) continue;
      registered++;
      if (!b.inactive) {
        active = b.host;
        activeVtep = host.vtep;
      }
    }
    // Optimization: the usual case (every bound host registered) shares the record's list.
    const hosts = registered === port.bindings.length ? port.bindings : this.interner.bindings(port.bindings.filter((b) => this.hosts.has(b.host)));
    const placement: Placement = { portId, networkId: port.networkId, vni, mac: port.mac, ips: port.ips, seq: port.seq, active, activeVtep, hosts };
    return port.portSecurityEnabled === false ? { ...placement, portSecurityEnabled: false } : placement;
  }

  private applyHost(id: string, rec: HostRecord | undefined, touched: Set<string>, initial: Map<string, HostRecord | undefined>) {
    const old = this.hosts.get(id);
    if (!initial.has(id)) initial.set(id, old);
    this.registryVersion++;
    if (rec) this.hosts.set(id, rec);
    else this.hosts.delete(id);
    if (!old !== !rec || (old && rec && old.vtep !== rec.vtep)) for (const p of this.portsByHost.get(id) ?? EMPTY) touched.add(p);
  }

  private applyNetwork(id: string, rec: NetworkRecord | undefined, touched: Set<string>, resync: Set<number>) {
    const old = this.networks.get(id);
    if (old && this.netByVni.get(old.vni) === id) this.netByVni.delete(old.vni);
    if (rec) {
      this.networks.set(id, rec);
      if (rec.vni !== 0) this.netByVni.set(rec.vni, id);
    } else this.networks.delete(id);
    if (old?.vni !== rec?.vni) {
      for (const p of this.portsByNetwork.get(id) ?? EMPTY) touched.add(p);
      this.subnets.applyNetwork(id);
    }
    else if (old && rec && old.mtu !== rec.mtu && rec.vni !== 0) resync.add(rec.vni);
  }

  private applyPort(id: string, rec: PortRecord | undefined, touched: Set<string>) {
    const old = this.ports.get(id);
    this.subnets.applyPort(old, rec);
    if (old) {
      removeFrom(this.portsByNetwork, old.networkId, id);
      for (const b of old.bindings) removeFrom(this.portsByHost, b.host, id);
    }
    if (rec) {
      rec = this.interner.port(rec);
      this.ports.set(id, rec);
      addTo(this.portsByNetwork, rec.networkId, id);
      for (const b of rec.bindings) addTo(this.portsByHost, b.host, id);
    } else this.ports.delete(id);
    touched.add(id);
  }
}

const EMPTY: ReadonlySet<never> = new Set<never>();
const EMPTY_MAP: ReadonlyMap<string, number> = new Map<string, number>();
