import { AddressBytesCache } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import $protobuf from 'protobufjs/minimal.js';
import type { SpanIndex } from '../span/span-index';
import { bindingOn, type VniState } from '../span/vni-state';

const l2 = trellis.l2.v1;
const TAG_FDB_UPSERT = (6 << 3) | 2;
const TAG_NEIGH_ADD = (8 << 3) | 2;

/**
 * Every remote entry of one VNI, encoded once: the FDB upsert and neighbour fields of all ports
 * with an ACTIVE binding, grouped by that binding's host. A member's full table is this buffer
 * minus its own group (its own ports are local to it, never remote).
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

/** Encodes a VNI's remote entries (see EncodedRemoteEntries). */
export function encodeRemoteEntries(vs: VniState, version: number, addr: AddressBytesCache): EncodedRemoteEntries {
  const groups = new Map<string, $protobuf.Writer>();
  const counts = new Map<string, number>();
  const writer = (host: string) => {
    let w = groups.get(host);
    if (!w) groups.set(host, (w = $protobuf.Writer.create()));
    counts.set(host, (counts.get(host) ?? 0) + 1);
    return w;
  };
  for (const id of vs.byMac.values()) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    const w = writer(pl.active).uint32(TAG_FDB_UPSERT).fork();
    l2.FdbEntry.encode({ mac: addr.mac(pl.mac), vtep: addr.ip(pl.activeVtep), seq: pl.seq }, w);
    w.ldelim();
  }
  for (const [ip, id] of vs.byIp) {
    const pl = vs.ports.get(id);
    if (!pl || pl.active === null || pl.activeVtep === null) continue;
    const w = writer(pl.active).uint32(TAG_NEIGH_ADD).fork();
    l2.NeighEntry.encode({ ip: addr.ip(ip), mac: addr.mac(pl.mac) }, w);
    w.ldelim();
  }
  const parts: Uint8Array[] = [];
  const ranges = new Map<string, readonly [number, number]>();
  let offset = 0;
  let total = 0;
  for (const [host, w] of groups) {
    const b = w.finish();
    parts.push(b);
    ranges.set(host, [offset, offset + b.length]);
    offset += b.length;
    total += counts.get(host)!;
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
