import { domainError } from '@trellis/domain';
import { ipToBytes, macToBytes, subnetToWire } from '@trellis/l2';
import { putVarint, tags, trellis } from '@trellis/proto';
import type { SpanIndex } from '../span/span-index';
import type { Placement, VniState } from '../span/vni-state';
import { ipSize, isAscii, ScratchWriter, varintSize } from './scratch-writer';

const l2 = trellis.l2.v1;
// Field tags of VniDelta and LocalPort (generated from the .proto, all below 128: one byte each).
const VD = tags.trellis.l2.v1.VniDelta;
const LP = tags.trellis.l2.v1.LocalPort;
const TAG_VNI = VD.vni;
const TAG_FULL = VD.full;
const TAG_FLOOD_ADD = VD.floodAdd;
const TAG_FDB_UPSERT = VD.fdbUpsert;
const TAG_NEIGH_ADD = VD.neighAdd;
const TAG_LOCAL_ADD = VD.localAdd;
const TAG_MTU = VD.mtu;
const TAG_SUBNETS = VD.subnets;
const TAG_LP_PORT_ID = LP.portId;
const TAG_LP_MAC = LP.mac;
const TAG_LP_IPS = LP.ips;
const TAG_LP_MTU = LP.mtu;
const TAG_LP_INACTIVE = LP.inactive;
const TAG_LP_SEQ = LP.seq;
const TAG_LP_NETWORK_ID = LP.networkId;
const TAG_LP_PORT_SECURITY_ENABLED = LP.portSecurityEnabled;
const MAC_BYTES = 6;

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
  /** mtu, then the VNI's `subnets` (the same for every member). */
  readonly tail: Uint8Array;
}

/** One remote host's entries: FDB records grouped by VTEP (usually one), then neighbours. */
interface RemoteGroup {
  vteps: string[];
  records: Placement[][];
  neighIps: string[];
  neighMacs: string[];
}

interface LocalGroup {
  ports: Placement[];
  inactive: boolean[];
}

// One scratch for every build: encoding is synchronous, and each build copies its bytes out.
const scratch = new ScratchWriter();

function checkSeq(seq: number): void {
  if (!Number.isInteger(seq) || seq < 0 || seq > 0xffffffff) throw domainError('InvalidInput', { error_message: `a mobility sequence is a uint32, got ${seq}` });
}

/** Throws unless the writer ended where the precomputed size said (a wrong length would corrupt the stream). */
function expectAt(w: ScratchWriter, end: number): void {
  if (w.pos !== end) throw new Error(`full-table encoder wrote ${w.pos} bytes where it sized ${end}`);
}

/** The VNI's remote entries grouped by the host of their ACTIVE binding, written to `w`. */
function writeRemote(w: ScratchWriter, vs: VniState, base: number): { ranges: Map<string, HostRange>; total: number } {
  const groups = new Map<string, RemoteGroup>();
  const group = (host: string) => {
    let g = groups.get(host);
    if (!g) groups.set(host, (g = { vteps: [], records: [], neighIps: [], neighMacs: [] }));
    return g;
  };
  for (const id of vs.byMac.values()) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    const g = group(pl.active);
    let k = g.vteps.indexOf(pl.activeVtep);
    if (k < 0) {
      k = g.vteps.push(pl.activeVtep) - 1;
      g.records.push([]);
    }
    g.records[k].push(pl);
  }
  for (const [ip, id] of vs.byIp) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    const g = group(pl.active);
    g.neighIps.push(ip);
    g.neighMacs.push(pl.mac);
  }
  const ranges = new Map<string, HostRange>();
  let total = 0;
  for (const [host, g] of groups) {
    const start = w.pos;
    let count = g.neighIps.length;
    for (let k = 0; k < g.vteps.length; k++) {
      const vtep = g.vteps[k];
      const records = g.records[k];
      let size = 1 + ipSize(vtep);
      for (const pl of records) {
        checkSeq(pl.seq);
        size += MAC_BYTES + varintSize(pl.seq);
      }
      w.byte(TAG_FDB_UPSERT);
      w.varint(size);
      const end = w.pos + size;
      w.byte(ipSize(vtep));
      w.ip(vtep);
      for (const pl of records) {
        w.mac(pl.mac);
        w.varint(pl.seq);
      }
      expectAt(w, end);
      count += records.length;
    }
    if (g.neighIps.length > 0) {
      let size = 0;
      for (const ip of g.neighIps) size += 1 + ipSize(ip) + MAC_BYTES;
      w.byte(TAG_NEIGH_ADD);
      w.varint(size);
      const end = w.pos + size;
      for (let i = 0; i < g.neighIps.length; i++) {
        w.byte(ipSize(g.neighIps[i]));
        w.ip(g.neighIps[i]);
        w.mac(g.neighMacs[i]);
      }
      expectAt(w, end);
    }
    ranges.set(host, { start: start - base, end: w.pos - base, count });
    total += count;
  }
  return { ranges, total };
}

/** One `local_add` LocalPort, as the generated encoder writes it (proto3: defaults omitted, uint32 as `>>> 0`). */
function writeLocalPort(w: ScratchWriter, pl: Placement, inactive: boolean, mtu: number): void {
  if (!isAscii(pl.portId) || !isAscii(pl.networkId)) {
    // Rare: let the generated encoder write a non-ASCII id (its UTF-8 handling, byte for byte).
    const bytes = l2.LocalPort.encode({ portId: pl.portId, mac: macToBytes(pl.mac), ips: pl.ips.map(ipToBytes), mtu, inactive, seq: pl.seq, networkId: pl.networkId, ...(pl.portSecurityEnabled === false ? { portSecurityEnabled: false } : {}) }).finish();
    w.byte(TAG_LOCAL_ADD);
    w.varint(bytes.length);
    w.raw(bytes);
    return;
  }
  const id = pl.portId;
  let size = (id.length > 0 ? 1 + varintSize(id.length) + id.length : 0) + 2 + MAC_BYTES;
  for (const ip of pl.ips) size += 2 + ipSize(ip);
  if (mtu !== 0) size += 1 + varintSize(mtu >>> 0);
  if (inactive) size += 2;
  if (pl.seq !== 0) size += 1 + varintSize(pl.seq >>> 0);
  const net = pl.networkId;
  if (net.length > 0) size += 1 + varintSize(net.length) + net.length;
  if (pl.portSecurityEnabled === false) size += 2;
  w.byte(TAG_LOCAL_ADD);
  w.varint(size);
  const end = w.pos + size;
  if (id.length > 0) {
    w.byte(TAG_LP_PORT_ID);
    w.varint(id.length);
    w.ascii(id);
  }
  w.byte(TAG_LP_MAC);
  w.byte(MAC_BYTES);
  w.mac(pl.mac);
  for (const ip of pl.ips) {
    w.byte(TAG_LP_IPS);
    w.byte(ipSize(ip));
    w.ip(ip);
  }
  if (mtu !== 0) {
    w.byte(TAG_LP_MTU);
    w.varint(mtu >>> 0);
  }
  if (inactive) {
    w.byte(TAG_LP_INACTIVE);
    w.byte(1);
  }
  if (pl.seq !== 0) {
    w.byte(TAG_LP_SEQ);
    w.varint(pl.seq >>> 0);
  }
  if (net.length > 0) {
    w.byte(TAG_LP_NETWORK_ID);
    w.varint(net.length);
    w.ascii(net);
  }
  if (pl.portSecurityEnabled === false) {
    // proto3 `optional`: present with its value, even the default.
    w.byte(TAG_LP_PORT_SECURITY_ENABLED);
    w.byte(0);
  }
  expectAt(w, end);
}

/** Each bound host's local ports, in the VNI's port order, written to `w`. */
function writeLocal(w: ScratchWriter, vs: VniState, mtu: number, base: number): { ranges: Map<string, HostRange>; total: number } {
  const groups = new Map<string, LocalGroup>();
  for (const pl of vs.ports.values()) {
    for (let i = 0; i < pl.hosts.length; i++) {
      const b = pl.hosts[i];
      // A host named twice keeps its first binding (as `bindingOn` reads it).
      if (i > 0 && pl.hosts.findIndex((x) => x.host === b.host) < i) continue;
      let g = groups.get(b.host);
      if (!g) groups.set(b.host, (g = { ports: [], inactive: [] }));
      g.ports.push(pl);
      g.inactive.push(b.inactive);
    }
  }
  const ranges = new Map<string, HostRange>();
  let total = 0;
  for (const [host, g] of groups) {
    const start = w.pos;
    for (let i = 0; i < g.ports.length; i++) writeLocalPort(w, g.ports[i], g.inactive[i], mtu);
    ranges.set(host, { start: start - base, end: w.pos - base, count: g.ports.length });
    total += g.ports.length;
  }
  return { ranges, total };
}

/**
 * Encodes all of a VNI's table fields once (see EncodedVniTables), byte for byte as the
 * generated encoder would write them, into one buffer of its own. Optimization: fields are
 * written straight into a reused scratch (no Writer operation objects, no byte arrays per
 * address), then copied out once.
 */
export function encodeVniTables(index: SpanIndex, vs: VniState): EncodedVniTables {
  const w = scratch;
  w.reset();
  const mtu = index.vniMtu(vs.vni);
  if (vs.vni !== 0) {
    w.byte(TAG_VNI);
    w.varint(vs.vni >>> 0);
  }
  w.byte(TAG_FULL);
  w.byte(1);
  const headEnd = w.pos;
  const floodRanges = new Map<string, HostRange>();
  for (const member of vs.members.keys()) {
    const vtep = index.hosts.get(member)?.vtep;
    if (vtep === undefined) continue;
    const start = w.pos;
    w.byte(TAG_FLOOD_ADD);
    w.byte(ipSize(vtep));
    w.ip(vtep);
    expectAt(w, start + 2 + ipSize(vtep));
    floodRanges.set(member, { start: start - headEnd, end: w.pos - headEnd, count: 1 });
  }
  const floodEnd = w.pos;
  const remote = writeRemote(w, vs, floodEnd);
  const remoteEnd = w.pos;
  const local = writeLocal(w, vs, mtu, remoteEnd);
  const localEnd = w.pos;
  if (mtu !== 0) {
    w.byte(TAG_MTU);
    w.varint(mtu >>> 0);
  }
  // Few per VNI: the generated encoder writes each Subnet message.
  for (const s of index.subnets.viewsOf(vs.vni).values()) {
    const bytes = l2.Subnet.encode(subnetToWire(s)).finish();
    w.byte(TAG_SUBNETS);
    w.varint(bytes.length);
    w.raw(bytes);
  }
  const all = w.copyOut();
  return {
    version: vs.version,
    hostsVersion: index.hostsVersion,
    mtu,
    head: all.subarray(0, headEnd),
    flood: { bytes: all.subarray(headEnd, floodEnd), ranges: floodRanges, total: floodRanges.size },
    remote: { bytes: all.subarray(floodEnd, remoteEnd), ...remote },
    local: { bytes: all.subarray(remoteEnd, localEnd), ...local },
    tail: all.subarray(localEnd),
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

/** Bytes of `host`'s full VniDelta in `t` (see `writeFullTable`). */
export function fullTableSize(t: EncodedVniTables, host: string): number {
  const ownFlood = t.flood.ranges.get(host);
  const ownRemote = t.remote.ranges.get(host);
  const own = t.local.ranges.get(host);
  return (
    t.head.length +
    t.flood.bytes.length - (ownFlood ? ownFlood.end - ownFlood.start : 0) +
    t.remote.bytes.length - (ownRemote ? ownRemote.end - ownRemote.start : 0) +
    (own ? own.end - own.start : 0) +
    t.tail.length
  );
}

/**
 * Writes `host`'s full VniDelta from the shared encoded fields into `out` at `pos` (room for
 * `fullTableSize` bytes): each piece copied once, straight to where it is sent from.
 */
export function writeFullTable(t: EncodedVniTables, host: string, out: Buffer, pos: number): number {
  const own = t.local.ranges.get(host);
  out.set(t.head, pos);
  pos = copyWithout(out, pos + t.head.length, t.flood, t.flood.ranges.get(host));
  pos = copyWithout(out, pos, t.remote, t.remote.ranges.get(host));
  if (own) {
    out.set(t.local.bytes.subarray(own.start, own.end), pos);
    pos += own.end - own.start;
  }
  out.set(t.tail, pos);
  return pos + t.tail.length;
}

/**
 * `host`'s full table for `vni` from the shared encoded fields, as VniDeltas of at most
 * `maxEntries` entries each, cut between remote hosts' runs (as `splitFullDelta` cuts a delta
 * built for one host): the first carries `full`, the flood list, the host's own ports, the MTU and
 * the subnets, then remote runs; each further one the VNI, the MTU and more remote runs. So a
 * table over one message's limit still comes from the encoding shared by all members instead of
 * being built and encoded for this host alone. Undefined when it cannot be cut that way (the
 * flood list and own ports, or one remote host's run, over the limit).
 */
export function splitFullTable(t: EncodedVniTables, host: string, vni: number, maxEntries: number): Buffer[] | undefined {
  const ownFlood = t.flood.ranges.get(host);
  const own = t.local.ranges.get(host);
  const fixed = t.flood.total - (ownFlood?.count ?? 0) + (own?.count ?? 0);
  if (fixed > maxEntries) return undefined;
  const runs: HostRange[] = [];
  for (const [h, r] of t.remote.ranges) {
    if (h === host || r.count === 0) continue;
    if (r.count > maxEntries) return undefined;
    runs.push(r);
  }
  // In byte order already: the ranges were set as the runs were written.
  // A continuation's head: the VNI and the MTU (`full` false), as `splitFullDelta` writes it.
  const contHead = Buffer.allocUnsafe((vni !== 0 ? 1 + varintSize(vni >>> 0) : 0) + (t.mtu !== 0 ? 1 + varintSize(t.mtu >>> 0) : 0));
  let hp = 0;
  if (vni !== 0) {
    contHead[hp++] = TAG_VNI;
    hp = putVarint(contHead, hp, vni >>> 0);
  }
  if (t.mtu !== 0) {
    contHead[hp++] = TAG_MTU;
    hp = putVarint(contHead, hp, t.mtu >>> 0);
  }
  // Group the runs into pieces: the first piece's room is what the fixed part leaves.
  const pieces: HostRange[][] = [[]];
  let room = maxEntries - fixed;
  for (const r of runs) {
    if (r.count > room) {
      pieces.push([]);
      room = maxEntries;
    }
    pieces[pieces.length - 1].push(r);
    room -= r.count;
  }
  const runBytes = (list: HostRange[]) => list.reduce((n, r) => n + r.end - r.start, 0);
  const copyRuns = (out: Buffer, pos: number, list: HostRange[]) => {
    for (const r of list) {
      out.set(t.remote.bytes.subarray(r.start, r.end), pos);
      pos += r.end - r.start;
    }
    return pos;
  };
  return pieces.map((list, i) => {
    if (i > 0) {
      const out = Buffer.allocUnsafe(contHead.length + runBytes(list));
      out.set(contHead, 0);
      expectEnd(copyRuns(out, contHead.length, list), out.length);
      return out;
    }
    const floodBytes = t.flood.bytes.length - (ownFlood ? ownFlood.end - ownFlood.start : 0);
    const ownBytes = own ? own.end - own.start : 0;
    const out = Buffer.allocUnsafe(t.head.length + floodBytes + runBytes(list) + ownBytes + t.tail.length);
    out.set(t.head, 0);
    let pos = copyWithout(out, t.head.length, t.flood, ownFlood);
    pos = copyRuns(out, pos, list);
    if (own) {
      out.set(t.local.bytes.subarray(own.start, own.end), pos);
      pos += ownBytes;
    }
    out.set(t.tail, pos);
    expectEnd(pos + t.tail.length, out.length);
    return out;
  });
}

function expectEnd(pos: number, size: number): void {
  if (pos !== size) throw new Error(`split full table wrote ${pos} bytes where it sized ${size}`);
}

/** `host`'s full VniDelta from the shared encoded fields, in a buffer of its own. */
export function assembleFullTable(t: EncodedVniTables, host: string): Buffer {
  const out = Buffer.allocUnsafe(fullTableSize(t, host));
  writeFullTable(t, host, out, 0);
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
    const t = this.fitting(host, vni, maxEntries);
    return t && assembleFullTable(t, host);
  }

  /** `host`'s table for `vni` as several VniDeltas from the shared fields (`splitFullTable`), or undefined. */
  split(host: string, vni: number, maxEntries: number): Buffer[] | undefined {
    const t = this.tablesOf(vni);
    return t && splitFullTable(t, host, vni, maxEntries);
  }

  /** The VNI's encoded fields when `host`'s table fits one VniDelta of `maxEntries` entries (`writeFullTable`). */
  fitting(host: string, vni: number, maxEntries: number): EncodedVniTables | undefined {
    const t = this.tablesOf(vni);
    return t && tableEntries(t, host) <= maxEntries ? t : undefined;
  }
}
