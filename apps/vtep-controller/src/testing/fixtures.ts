import type { Host, Network, Port, PortBinding } from '@trellis/domain';
import type { RouterResource, SubnetResource } from '@trellis/feed';
import { applyVniDelta, type HostView } from '@trellis/l2';
import type { SpanChange, SpanIndex } from '../span/span-index';

// Builders of the domain values the central feed carries, for tests.

const T = '2024-01-01T00:00:00Z';

export function host(id: string, vtep: string, cell = 'cell1'): Host {
  return { id, cell, vtep, agentState: 'unknown', agentVersion: '', lastHeartbeatAt: null, createdAt: T };
}

export function network(id: string, vni: number, mtu = 1450): Network {
  return {
    id, projectId: 'p', name: id, description: '', tags: [], revisionNumber: 1, createdAt: T, updatedAt: T,
    adminStateUp: true, status: 'ACTIVE', shared: false, mtu, networkType: 'vxlan', segmentationId: vni,
    availabilityZoneHints: [], portSecurityEnabled: true,
  };
}

export function binding(hostId: string, status: 'ACTIVE' | 'INACTIVE' = 'ACTIVE'): PortBinding {
  return { host: hostId, status, vnicType: 'normal', vifType: 'ovs', vifDetails: {}, profile: {} };
}

export interface PortSpec {
  id: string;
  networkId: string;
  mac: string;
  ips?: string[];
  bindings?: PortBinding[];
  seq?: number;
  portSecurityEnabled?: boolean;
}

export function port(spec: PortSpec): Port {
  return {
    id: spec.id, projectId: 'p', name: spec.id, description: '', tags: [], revisionNumber: 1, createdAt: T, updatedAt: T,
    networkId: spec.networkId, macAddress: spec.mac,
    fixedIps: (spec.ips ?? []).map((ipAddress) => ({ subnetId: 's', ipAddress })),
    deviceId: 'vm', deviceOwner: 'compute:nova', status: 'DOWN', adminStateUp: true,
    bindings: spec.bindings ?? [], mobilitySeq: spec.seq ?? 0,
    ...(spec.portSecurityEnabled === undefined ? {} : { portSecurityEnabled: spec.portSecurityEnabled }),
  };
}

/**
 * Applies a SpanChange to simulated host views exactly as the wire would deliver it: the
 * per-host delta where there is one, the shared delta for every other member.
 */
export function deliver(index: SpanIndex, change: SpanChange, views: Map<string, HostView>): void {
  for (const v of change.vnis) {
    const receivers = new Set([...index.membersOf(v.vni).keys(), ...v.perHost.keys()]);
    for (const h of receivers) {
      let view = views.get(h);
      if (!view) views.set(h, (view = new Map()));
      const d = v.perHost.has(h) ? v.perHost.get(h) : v.shared;
      if (d) applyVniDelta(view, d);
    }
  }
}

/** What every host must hold, from the index's current state. */
export function expectedView(index: SpanIndex, hostId: string): HostView {
  const out: HostView = new Map();
  for (const vni of index.spanOf(hostId)) out.set(vni, index.hostVniView(hostId, vni));
  return out;
}

/** A feed v2 subnet (only what the routing span reads is meaningful). */
export function subnet(id: string, networkId: string, cidr: string): SubnetResource {
  const gatewayIp = cidr.replace(/\.0\/\d+$/, '.1');
  return { kind: 'subnet', id, networkId, ipVersion: 4, cidr, gatewayIp, enableDhcp: true, dnsNameservers: [], hostRoutes: [], ipv6AddressMode: null, ipv6RaMode: null };
}

/** A feed v2 router with interfaces on `subnets` (gateway .1 of each, MAC from its index). */
export function router(id: string, subnets: ReadonlyArray<SubnetResource>, routes: RouterResource['routes'] = []): RouterResource {
  return {
    kind: 'router', id, adminStateUp: true, routes,
    interfaces: subnets.map((s, i) => ({ portId: `${id}-if${i}`, subnetId: s.id, networkId: s.networkId, ipAddress: s.gatewayIp!, macAddress: `fa:16:3e:ff:00:${i.toString(16).padStart(2, '0')}` })),
  };
}
