import { VIF_TYPE_BINDING_FAILED, type Host, type Network, type Port, type Router, type Subnet } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { Change, Item } from '@trellis/store';
import { KIND_COLLECTION, kindToWire } from './kinds';
import type { ResourceKind } from './resources';

const pb = trellis.feed.v2;

/**
 * The one mapping from central's storage rows to feed v2 resources. Everything a consumer can
 * see of central goes through here, so a storage change (a renamed field, a new status) is a
 * change of this file, not of every consumer.
 */
export function projectResource(kind: ResourceKind, row: unknown): trellis.feed.v2.IResource {
  switch (kind) {
    case 'host': {
      const h = row as Host;
      return { host: { id: h.id, cell: h.cell, vtep: h.vtep } };
    }
    case 'host_liveness': {
      const h = row as Host;
      const seen = h.lastHeartbeatAt ? Date.parse(h.lastHeartbeatAt) : 0;
      return { hostLiveness: { id: h.id, agentState: h.agentState, agentVersion: h.agentVersion, lastHeartbeatMs: Number.isFinite(seen) ? seen : 0 } };
    }
    case 'network': {
      const n = row as Network;
      return { network: { id: n.id, networkType: n.networkType, segmentationId: n.segmentationId ?? 0, mtu: n.mtu } };
    }
    case 'port': {
      const p = row as Port;
      return {
        port: {
          id: p.id,
          networkId: p.networkId,
          macAddress: p.macAddress,
          fixedIps: p.fixedIps.map((f) => ({ subnetId: f.subnetId, ipAddress: f.ipAddress })),
          mobilitySeq: p.mobilitySeq ?? 0,
          bindings: p.bindings.map((b) => ({
            host: b.host,
            status: b.status === 'ACTIVE' ? pb.BindingStatus.BINDING_STATUS_ACTIVE : pb.BindingStatus.BINDING_STATUS_INACTIVE,
            failed: b.vifType === VIF_TYPE_BINDING_FAILED,
          })),
          deviceOwner: p.deviceOwner,
          deviceId: p.deviceId,
        },
      };
    }
    case 'port_status': {
      const p = row as Port;
      return { portStatus: { id: p.id, status: p.status } };
    }
    case 'subnet': {
      const s = row as Subnet;
      return {
        subnet: {
          id: s.id,
          networkId: s.networkId,
          ipVersion: s.ipVersion,
          cidr: s.cidr,
          gatewayIp: s.gatewayIp ?? '',
          enableDhcp: s.enableDhcp,
          dnsNameservers: [...s.dnsNameservers],
          hostRoutes: s.hostRoutes.map((r) => ({ destination: r.destination, nexthop: r.nexthop })),
          ipv6AddressMode: s.ipv6AddressMode ?? '',
          ipv6RaMode: s.ipv6RaMode ?? '',
        },
      };
    }
    case 'router': {
      const r = row as Router;
      return {
        router: {
          id: r.id,
          adminStateUp: r.adminStateUp,
          interfaces: r.interfaces.map((i) => ({ portId: i.portId, subnetId: i.subnetId, networkId: i.networkId, ipAddress: i.ipAddress, macAddress: i.macAddress })),
          routes: r.routes.map((x) => ({ destination: x.destination, nexthop: x.nexthop })),
        },
      };
    }
  }
}

export const encodeResource = (kind: ResourceKind, row: unknown): Buffer => pb.Resource.encode(projectResource(kind, row)).finish() as Buffer;

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
};

/**
 * True when every field `projectResource(kind, ·)` reads is the same (===) in both rows, so their
 * projections, and the encoded bytes, are equal. False says nothing (a field may differ in a way
 * the projection hides, e.g. an absent segmentation id and 0): the caller compares bytes then.
 * Optimization: a status write (BUILD → ACTIVE) or a heartbeat seen through a spec kind is
 * recognised without encoding the row twice (two protobuf encodings per watched kind).
 */
export function sameProjection(kind: ResourceKind, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  switch (kind) {
    case 'host': {
      const x = a as Host;
      const y = b as Host;
      return x.id === y.id && x.cell === y.cell && x.vtep === y.vtep;
    }
    case 'host_liveness': {
      const x = a as Host;
      const y = b as Host;
      return x.id === y.id && x.agentState === y.agentState && x.agentVersion === y.agentVersion && x.lastHeartbeatAt === y.lastHeartbeatAt;
    }
    case 'network': {
      const x = a as Network;
      const y = b as Network;
      return x.id === y.id && x.networkType === y.networkType && x.segmentationId === y.segmentationId && x.mtu === y.mtu;
    }
    case 'port': {
      const x = a as Port;
      const y = b as Port;
      return (
        x.id === y.id &&
        x.networkId === y.networkId &&
        x.macAddress === y.macAddress &&
        x.mobilitySeq === y.mobilitySeq &&
        x.deviceOwner === y.deviceOwner &&
        x.deviceId === y.deviceId &&
        Array.isArray(x.fixedIps) && Array.isArray(y.fixedIps) &&
        sameList(x.fixedIps, y.fixedIps, (f, g) => f.subnetId === g.subnetId && f.ipAddress === g.ipAddress) &&
        Array.isArray(x.bindings) && Array.isArray(y.bindings) &&
        sameList(x.bindings, y.bindings, (c, d) => c.host === d.host && c.status === d.status && c.vifType === d.vifType)
      );
    }
    case 'port_status': {
      const x = a as Port;
      const y = b as Port;
      return x.id === y.id && x.status === y.status;
    }
    case 'subnet': {
      const x = a as Subnet;
      const y = b as Subnet;
      return (
        x.id === y.id &&
        x.networkId === y.networkId &&
        x.ipVersion === y.ipVersion &&
        x.cidr === y.cidr &&
        x.gatewayIp === y.gatewayIp &&
        x.enableDhcp === y.enableDhcp &&
        x.ipv6AddressMode === y.ipv6AddressMode &&
        x.ipv6RaMode === y.ipv6RaMode &&
        Array.isArray(x.dnsNameservers) && Array.isArray(y.dnsNameservers) &&
        sameList(x.dnsNameservers, y.dnsNameservers, (m, n) => m === n) &&
        Array.isArray(x.hostRoutes) && Array.isArray(y.hostRoutes) &&
        sameList(x.hostRoutes, y.hostRoutes, (r, t) => r.destination === t.destination && r.nexthop === t.nexthop)
      );
    }
    case 'router': {
      const x = a as Router;
      const y = b as Router;
      return (
        x.id === y.id &&
        x.adminStateUp === y.adminStateUp &&
        Array.isArray(x.interfaces) && Array.isArray(y.interfaces) &&
        sameList(x.interfaces, y.interfaces, (i, j) => i.portId === j.portId && i.subnetId === j.subnetId && i.networkId === j.networkId && i.ipAddress === j.ipAddress && i.macAddress === j.macAddress) &&
        Array.isArray(x.routes) && Array.isArray(y.routes) &&
        sameList(x.routes, y.routes, (r, t) => r.destination === t.destination && r.nexthop === t.nexthop)
      );
    }
  }
  return false;
}

/** The id of a row of a projected collection (all of them are keyed by their id). */
const idOfKey = (key: Change['key']): string => (Array.isArray(key) ? String(key[0]) : String(key));

/**
 * The v2 changes of one store change for the watched `kinds`. A put whose projection equals the
 * previous value's (a status write seen through a spec kind, a heartbeat seen through `host`)
 * gives nothing: that is what keeps spec consumers asleep through status churn. Stateless (it
 * uses the change's own previous value), so a replay from any position gives the same frames.
 */
export function projectChange(change: Change, kinds: readonly ResourceKind[], out: trellis.feed.v2.IChange[]): void {
  for (const kind of kinds) {
    if (KIND_COLLECTION[kind] !== change.collection) continue;
    const id = idOfKey(change.key);
    if (change.type === 'delete') {
      out.push({ type: pb.ChangeType.CHANGE_TYPE_DELETE, kind: kindToWire(kind), id });
      continue;
    }
    // Optimization: rows whose projected fields are all the same need no encoding at all;
    // otherwise compare encoded projections (the new one is the bytes sent anyway).
    if (change.prevValue !== undefined && sameProjection(kind, change.value, change.prevValue)) continue;
    const bytes = encodeResource(kind, change.value);
    if (change.prevValue !== undefined && bytes.equals(encodeResource(kind, change.prevValue))) continue;
    out.push({ type: pb.ChangeType.CHANGE_TYPE_PUT, kind: kindToWire(kind), id, resource: bytes });
  }
}

/** The snapshot items of one stored item for the watched `kinds`. */
export function projectSnapshotItem(collection: string, item: Item<unknown>, kinds: readonly ResourceKind[], out: trellis.feed.v2.ISnapshotItem[]): number {
  let bytes = 0;
  for (const kind of kinds) {
    if (KIND_COLLECTION[kind] !== collection) continue;
    const resource = encodeResource(kind, item.value);
    const id = idOfKey(item.key);
    out.push({ kind: kindToWire(kind), id, resource });
    bytes += resource.length + id.length + 8;
  }
  return bytes;
}

/** The store collections behind `kinds`. */
export const collectionsOf = (kinds: readonly ResourceKind[]): string[] => [...new Set(kinds.map((k) => KIND_COLLECTION[k]))];

