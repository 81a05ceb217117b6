import { packFdbGroup, packNeighbours, type AddressBytesCache, type NeighEntrySpec } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import $protobuf from 'protobufjs/minimal.js';
import type { SpanIndex } from '../span/span-index';
import { bindingOn, type VniState } from '../span/vni-state';

const l2 = trellis.l2.v1;
const TAG_FDB_UPSERT = (6 << 3) | 2;
const TAG_NEIGH_ADD = (8 << 3) | 2;

/**
 * Every remote entry of one VNI, encoded once: packed `fdb_upsert` elements (one per VTEP) and
 * one packed `neigh_add` element for the ports with an ACTIVE binding, grouped by that binding's
 * host. A member's full table is this buffer minus its own group (its own ports are local to it,
 * never remote).
 */
export interface EncodedRemoteEntries {
  readonly version: number;
  readonly bytes: Buffer;
  /** Host → [start, end) of its own ports' entries in `bytes`. */
  readonly ranges: ReadonlyMap<string, readonly [number, number]>;
  /** Host → number of its own entries (to count a member's table). */
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

interface HostGroup {
  /** VTEP text → its FDB records (a host's ports normally share one VTEP). */
  fdb: Map<string, Array<{ mac: Uint8Array; seq: number }>>;
  neigh: NeighEntrySpec[];
}

/** Encodes a VNI's remote entries (see EncodedRemoteEntries). */
export function encodeRemoteEntries(vs: VniState, version: number, addr: AddressBytesCache): EncodedRemoteEntries {
  const groups = new Map<string, HostGroup>();
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
    records.push({ mac: addr.mac(pl.mac), seq: pl.seq });
  }
  for (const [ip, id] of vs.byIp) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    group(pl.active).neigh.push({ ip: addr.ip(ip), mac: addr.mac(pl.mac) });
  }
  const parts: Uint8Array[] = [];
  const ranges = new Map<string, readonly [number, number]>();
  const counts = new Map<string, number>();
  let offset = 0;
  let total = 0;
  for (const [host, g] of groups) {
    const w = $protobuf.Writer.create();
    let n = g.neigh.length;
    for (const [vtep, records] of g.fdb) {
      w.uint32(TAG_FDB_UPSERT).bytes(packFdbGroup(addr.ip(vtep), records));
      n += records.length;
    }
    if (g.neigh.length > 0) w.uint32(TAG_NEIGH_ADD).bytes(packNeighbours(g.neigh));
    const b = w.finish();
    parts.push(b);
    ranges.set(host, [offset, offset + b.length]);
    counts.set(host, n);
    offset += b.length;
    total += n;
  }
  return { version, bytes: Buffer.concat(parts, offset), ranges, counts, total };
}

/**
 * A host's full VniDelta for one VNI from the shared remote entries: the head (vni, full, flood),
 * the remote entries without the host's own group, then its local ports and the MTU. Repeated
 * fields may interleave on the wire, so this decodes exactly like the generated encoding.
 */
export function encodeFullTable(
  vni: number,
  mtu: number,
  flood: readonly Uint8Array[],
  remote: EncodedRemoteEntries,
  host: string,
  localAdd: readonly trellis.l2.v1.ILocalPort[],
): Buffer {
  const head = l2.VniDelta.encode({ vni, full: true, floodAdd: flood as Uint8Array[] }).finish();
  const tail = l2.VniDelta.encode({ localAdd: localAdd as trellis.l2.v1.ILocalPort[], mtu }).finish();
  const own = remote.ranges.get(host);
  const parts = own
    ? [head, remote.bytes.subarray(0, own[0]), remote.bytes.subarray(own[1]), tail]
    : [head, remote.bytes, tail];
  return Buffer.concat(parts);
}

/**
 * Encodes hosts' full tables (snapshots) from per-VNI shared bytes, rebuilt only when the VNI
 * changed. Optimization: a VNI's remote entries are encoded once for all its members.
 */
export class FullTableEncoder {
  // Keyed by the VniState object: a VNI emptied and re-created gets a new state (and version 0).
  private readonly cache = new WeakMap<VniState, EncodedRemoteEntries>();

  constructor(private readonly index: SpanIndex) {}

  /** The host's full table for `vni`, encoded; undefined when it has more than `maxEntries` entries (split it instead). */
  encode(host: string, vni: number, maxEntries: number): Buffer | undefined {
    const vs = this.index.stateOf(vni);
    if (!vs) return undefined;
    const addr = this.index.addressCache;
    let remote = this.cache.get(vs);
    if (!remote || remote.version !== vs.version) this.cache.set(vs, (remote = encodeRemoteEntries(vs, vs.version, addr)));
    const flood: Uint8Array[] = [];
    for (const member of vs.members.keys()) {
      const vtep = this.index.hosts.get(member)?.vtep;
      if (member !== host && vtep !== undefined) flood.push(addr.ip(vtep));
    }
    const mtu = this.index.vniMtu(vni);
    const local: trellis.l2.v1.ILocalPort[] = [];
    for (const pl of vs.ports.values()) {
      const b = bindingOn(pl, host);
      if (b) local.push({ portId: pl.portId, mac: addr.mac(pl.mac), ips: pl.ips.map((ip) => addr.ip(ip)), mtu, inactive: b.inactive, seq: pl.seq });
    }
    if (flood.length + remote.total - (remote.counts.get(host) ?? 0) + local.length > maxEntries) return undefined;
    return encodeFullTable(vni, mtu, flood, remote, host, local);
  }
}
