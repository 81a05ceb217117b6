import { ipToBytes, macToBytes, packFdbGroup, packNeighbours, type NeighEntrySpec } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import $protobuf from 'protobufjs/minimal.js';
import type { SpanIndex } from '../span/span-index';
import type { VniState } from '../span/vni-state';

const l2 = trellis.l2.v1;
const TAG_FLOOD_ADD = (4 << 3) | 2;
const TAG_FDB_UPSERT = (6 << 3) | 2;
const TAG_NEIGH_ADD = (8 << 3) | 2;
const NO_BYTES = new Uint8Array(0);

/** A run of encoded fields that belongs to one host: [start, end) in a section, and its entries. */
export interface HostRange {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/**
 * Encoded fields of one VNI with one run per host: the run of host H is what H contributes to
 * every other member's table (flood element, remote entries) or H's own local ports.
 */
export interface EncodedSection {
  readonly bytes: Uint8Array;
  readonly ranges: ReadonlyMap<string, HostRange>;
  /** Entries of all runs. */
  readonly total: number;
}

/**
 * Every field of one VNI's full tables, encoded once for all members at one VNI state:
 * a member's table is `head`, `flood` and `remote` without the member's own runs, the member's
 * run of `local`, then `tail`. Repeated fields may interleave on the wire, so this decodes
 * exactly like one generated encoding of the same lists.
 */
export interface EncodedVniTables {
  readonly version: number;
  /** SpanIndex.hostsVersion it was built at (flood elements come from the host registry). */
  readonly hostsVersion: number;
  readonly mtu: number;
  /** vni, full: true. */
  readonly head: Uint8Array;
  /** One `flood_add` element per member with a registered VTEP. */
  readonly flood: EncodedSection;
  /** Packed `fdb_upsert` elements (one per VTEP) and one `neigh_add` element per ACTIVE host. */
  readonly remote: EncodedSection;
  /** `local_add` messages of each host's bound ports. */
  readonly local: EncodedSection;
  /** mtu. */
  readonly tail: Uint8Array;
}

interface RemoteGroup {
  /** VTEP text → its FDB records (a host's ports normally share one VTEP). */
  fdb: Map<string, Array<{ mac: Uint8Array; seq: number }>>;
  neigh: NeighEntrySpec[];
}

/** Memoized IP text → bytes for one build (VTEPs repeat across a VNI's ports). */
function ipMemo(): (text: string) => Uint8Array {
  const seen = new Map<string, Uint8Array>();
  return (text) => {
    let b = seen.get(text);
    if (b === undefined) seen.set(text, (b = ipToBytes(text)));
    return b;
  };
}

/** A section from per-host runs written into one writer (see EncodedSection). */
function section<T>(groups: Map<string, T>, write: (w: $protobuf.Writer, group: T) => number): EncodedSection {
  const w = $protobuf.Writer.create();
  const ranges = new Map<string, HostRange>();
  let total = 0;
  for (const [host, g] of groups) {
    const start = w.len;
    const count = write(w, g);
    ranges.set(host, { start, end: w.len, count });
    total += count;
  }
  return { bytes: w.finish(), ranges, total };
}

/** The VNI's remote entries grouped by the host of their ACTIVE binding. */
export function encodeRemoteSection(vs: VniState, ip: (text: string) => Uint8Array = ipMemo()): EncodedSection {
  const groups = new Map<string, RemoteGroup>();
  const macs = new Map<string, Uint8Array>();
  const group = (host: string) => {
    let g = groups.get(host);
    if (!g) groups.set(host, (g = { fdb: new Map(), neigh: [] }));
    return g;
  };
  for (const id of vs.byMac.values()) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    const fdb = group(pl.active).fdb;
    let records = fdb.get(pl.activeVtep);
    if (!records) fdb.set(pl.activeVtep, (records = []));
    const mac = macToBytes(pl.mac);
    macs.set(pl.mac, mac);
    records.push({ mac, seq: pl.seq });
  }
  for (const [text, id] of vs.byIp) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    group(pl.active).neigh.push({ ip: ip(text), mac: macs.get(pl.mac) ?? macToBytes(pl.mac) });
  }
  return section(groups, (w, g) => {
    let n = g.neigh.length;
    for (const [vtep, records] of g.fdb) {
      w.uint32(TAG_FDB_UPSERT).bytes(packFdbGroup(ip(vtep), records));
      n += records.length;
    }
    if (g.neigh.length > 0) w.uint32(TAG_NEIGH_ADD).bytes(packNeighbours(g.neigh));
    return n;
  });
}

/**
 * Encodes all of a VNI's table fields once (see EncodedVniTables). Local ports are encoded by the
 * generated LocalPort encoder, in the VNI's port order, one run per bound host.
 */
export function encodeVniTables(index: SpanIndex, vs: VniState): EncodedVniTables {
  const ip = ipMemo();
  const mtu = index.vniMtu(vs.vni);
  const members = new Map<string, Uint8Array>();
  for (const member of vs.members.keys()) {
    const vtep = index.hosts.get(member)?.vtep;
    if (vtep !== undefined) members.set(member, ip(vtep));
  }
  const flood = section(members, (w, vtep) => {
    w.uint32(TAG_FLOOD_ADD).bytes(vtep);
    return 1;
  });
  const locals = new Map<string, trellis.l2.v1.ILocalPort[]>();
  for (const pl of vs.ports.values()) {
    if (pl.hosts.length === 0) continue;
    const mac = macToBytes(pl.mac);
    const ips = pl.ips.map(ip);
    for (let i = 0; i < pl.hosts.length; i++) {
      const b = pl.hosts[i];
      // A host named twice keeps its first binding (as `bindingOn` reads it).
      if (i > 0 && pl.hosts.findIndex((x) => x.host === b.host) < i) continue;
      let list = locals.get(b.host);
      if (!list) locals.set(b.host, (list = []));
      list.push({ portId: pl.portId, mac, ips, mtu, inactive: b.inactive, seq: pl.seq });
    }
  }
  const local = section(locals, (w, ports) => {
    l2.VniDelta.encode({ localAdd: ports }, w);
    return ports.length;
  });
  return {
    version: vs.version,
    hostsVersion: index.hostsVersion,
    mtu,
    head: l2.VniDelta.encode({ vni: vs.vni, full: true }).finish(),
    flood,
    remote: encodeRemoteSection(vs, ip),
    local,
    tail: l2.VniDelta.encode({ mtu }).finish(),
  };
}

/** Entries of `host`'s full table in `t`. */
export function tableEntries(t: EncodedVniTables, host: string): number {
  return t.flood.total - (t.flood.ranges.get(host)?.count ?? 0) + t.remote.total - (t.remote.ranges.get(host)?.count ?? 0) + (t.local.ranges.get(host)?.count ?? 0);
}

/** Copies `s` without `skip` (the host's own run) into `out` at `pos`; returns the new offset. */
function copyWithout(out: Buffer, pos: number, s: EncodedSection, skip: HostRange | undefined): number {
  if (!skip) {
    out.set(s.bytes, pos);
    return pos + s.bytes.length;
  }
  out.set(s.bytes.subarray(0, skip.start), pos);
  pos += skip.start;
  out.set(s.bytes.subarray(skip.end), pos);
  return pos + s.bytes.length - skip.end;
}

/** `host`'s full VniDelta from the shared encoded fields: one buffer, each piece copied once. */
export function assembleFullTable(t: EncodedVniTables, host: string): Buffer {
  const ownFlood = t.flood.ranges.get(host);
  const ownRemote = t.remote.ranges.get(host);
  const own = t.local.ranges.get(host);
  const local = own ? t.local.bytes.subarray(own.start, own.end) : NO_BYTES;
  const size =
    t.head.length + t.flood.bytes.length - (ownFlood ? ownFlood.end - ownFlood.start : 0) + t.remote.bytes.length - (ownRemote ? ownRemote.end - ownRemote.start : 0) + local.length + t.tail.length;
  const out = Buffer.allocUnsafe(size);
  out.set(t.head, 0);
  let pos = copyWithout(out, t.head.length, t.flood, ownFlood);
  pos = copyWithout(out, pos, t.remote, ownRemote);
  out.set(local, pos);
  out.set(t.tail, pos + local.length);
  return out;
}

/**
 * Encodes hosts' full tables (snapshots) from per-VNI shared bytes, rebuilt only when the VNI,
 * its network's MTU or the host registry changed. Optimization: every field of a VNI's tables
 * (flood elements, remote entries, each member's local ports) is encoded once for all its
 * members; a host's table is a concatenation of cached slices, with no walk over the VNI's ports
 * per host.
 */
export class FullTableEncoder {
  // Keyed by the VniState object: a VNI emptied and re-created gets a new state (and version 0).
  private readonly cache = new WeakMap<VniState, EncodedVniTables>();

  constructor(private readonly index: SpanIndex) {}

  /** The VNI's encoded fields at its current state (built on first use after a change). */
  tablesOf(vni: number): EncodedVniTables | undefined {
    const vs = this.index.stateOf(vni);
    if (!vs) return undefined;
    let t = this.cache.get(vs);
    if (!t || t.version !== vs.version || t.hostsVersion !== this.index.hostsVersion || t.mtu !== this.index.vniMtu(vni)) {
      this.cache.set(vs, (t = encodeVniTables(this.index, vs)));
    }
    return t;
  }

  /** The host's full table for `vni`, encoded; undefined when it has more than `maxEntries` entries (split it instead). */
  encode(host: string, vni: number, maxEntries: number): Buffer | undefined {
    const t = this.tablesOf(vni);
    if (!t || tableEntries(t, host) > maxEntries) return undefined;
    return assembleFullTable(t, host);
  }
}
