import { trellis } from '@trellis/proto';
import { isIP } from 'node:net';
import type { FeedResource, Ipv6Mode, PortResource, RejectedResource, ResourceKind, RouterResource, SubnetResource } from './resources';

const pb = trellis.feed.v2;
const PORT_STATUSES = new Set(['DOWN', 'BUILD', 'ACTIVE', 'ERROR']);
const AGENT_STATES = new Set(['up', 'down', 'unknown']);
const NETWORK_TYPES = new Set(['vxlan', 'local']);
const MAX_VNI = 16_777_215;
const IPV6_MODES = new Set(['slaac', 'dhcpv6-stateful', 'dhcpv6-stateless']);

/** Why a resource was refused; becomes a RejectedResource. */
class ResourceInvalid extends Error {}

const need = (ok: boolean, reason: string): void => {
  if (!ok) throw new ResourceInvalid(reason);
};
const text = (value: string | null | undefined, field: string): string => {
  need(typeof value === 'string' && value.length > 0, `${field} is empty`);
  return value as string;
};
const count = (value: number | null | undefined, field: string, max = Number.MAX_SAFE_INTEGER): number => {
  const n = Number(value ?? 0);
  need(Number.isSafeInteger(n) && n >= 0 && n <= max, `${field} ${String(value)} is out of range`);
  return n;
};

/**
 * Decodes one encoded `trellis.feed.v2.Resource` and checks it against the contract: the body
 * is the kind the change says, the id matches, required fields are there and in range. Returns
 * the resource, or a RejectedResource saying why: never throws, never guesses.
 */
export function checkResource(kind: ResourceKind, id: string, bytes: Uint8Array | null | undefined): FeedResource | RejectedResource {
  try {
    need(!!bytes && bytes.length > 0, 'no resource');
    let message: trellis.feed.v2.Resource;
    try {
      message = pb.Resource.decode(bytes as Uint8Array);
    } catch (err) {
      throw new ResourceInvalid(`does not decode: ${(err as Error).message.slice(0, 120)}`);
    }
    const resource = toResource(kind, message);
    need(resource.id === id, `id ${resource.id.slice(0, 64)} under change id ${id.slice(0, 64)}`);
    return resource;
  } catch (err) {
    if (err instanceof ResourceInvalid) return { kind, id, reason: err.message };
    throw err;
  }
}

export const isRejected = (r: FeedResource | RejectedResource): r is RejectedResource => 'reason' in r;

function toResource(kind: ResourceKind, m: trellis.feed.v2.Resource): FeedResource {
  need(m.body === camel(kind), `body ${m.body ?? 'none'} for kind ${kind}`);
  switch (kind) {
    case 'host': {
      const h = m.host as trellis.feed.v2.IHost;
      return { kind, id: text(h.id, 'id'), cell: text(h.cell, 'cell'), vtep: text(h.vtep, 'vtep') };
    }
    case 'network': {
      const n = m.network as trellis.feed.v2.INetwork;
      const networkType = n.networkType ?? '';
      need(NETWORK_TYPES.has(networkType), `network_type ${networkType.slice(0, 32)} is unknown`);
      return {
        kind,
        id: text(n.id, 'id'),
        networkType: networkType as 'vxlan' | 'local',
        segmentationId: count(n.segmentationId, 'segmentation_id', MAX_VNI),
        mtu: count(n.mtu, 'mtu', 65_535),
      };
    }
    case 'port':
      return portResource(m.port as trellis.feed.v2.IPort);
    case 'port_status': {
      const s = m.portStatus as trellis.feed.v2.IPortStatus;
      need(PORT_STATUSES.has(s.status ?? ''), `status ${String(s.status).slice(0, 32)} is unknown`);
      return { kind, id: text(s.id, 'id'), status: s.status as 'DOWN' };
    }
    case 'host_liveness': {
      const h = m.hostLiveness as trellis.feed.v2.IHostLiveness;
      need(AGENT_STATES.has(h.agentState ?? ''), `agent_state ${String(h.agentState).slice(0, 32)} is unknown`);
      return { kind, id: text(h.id, 'id'), agentState: h.agentState as 'up', agentVersion: h.agentVersion ?? '', lastHeartbeatMs: count(h.lastHeartbeatMs, 'last_heartbeat_ms') };
    }
    case 'subnet':
      return subnetResource(m.subnet as trellis.feed.v2.ISubnet);
    case 'router':
      return routerResource(m.router as trellis.feed.v2.IRouter);
  }
}

function portResource(p: trellis.feed.v2.IPort): PortResource {
  const bindings = (p.bindings ?? []).map((b, i) => {
    const status = b.status === pb.BindingStatus.BINDING_STATUS_ACTIVE ? 'ACTIVE' : b.status === pb.BindingStatus.BINDING_STATUS_INACTIVE ? 'INACTIVE' : undefined;
    need(status !== undefined, `bindings[${i}].status is unknown`);
    return { host: text(b.host, `bindings[${i}].host`), status: status as 'ACTIVE', failed: b.failed === true };
  });
  need(bindings.filter((b) => b.status === 'ACTIVE').length <= 1, 'more than one ACTIVE binding');
  return {
    kind: 'port',
    id: text(p.id, 'id'),
    networkId: text(p.networkId, 'network_id'),
    macAddress: text(p.macAddress, 'mac_address'),
    fixedIps: (p.fixedIps ?? []).map((f, i) => ({ subnetId: f.subnetId ?? '', ipAddress: text(f.ipAddress, `fixed_ips[${i}].ip_address`) })),
    mobilitySeq: count(p.mobilitySeq, 'mobility_seq'),
    bindings,
    deviceOwner: p.deviceOwner ?? '',
    deviceId: p.deviceId ?? '',
  };
}

const address = (value: string | null | undefined, version: number, field: string): string => {
  need(typeof value === 'string' && isIP(value) === version, `${field} ${String(value).slice(0, 64)} is not an IPv${version} address`);
  return value as string;
};

const cidrOf = (value: string | null | undefined, version: number, field: string): string => {
  const [ip, len, extra] = String(value ?? '').split('/');
  const bits = Number(len);
  need(extra === undefined && /^[0-9]+$/.test(len ?? '') && bits <= (version === 4 ? 32 : 128), `${field} ${String(value).slice(0, 64)} is not an IPv${version} CIDR`);
  address(ip, version, field);
  return value as string;
};

const ipv6Mode = (value: string | null | undefined, version: number, field: string): Ipv6Mode | null => {
  if (!value) return null;
  need(version === 6 && IPV6_MODES.has(value), `${field} ${value.slice(0, 32)} is not valid for IPv${version}`);
  return value as Ipv6Mode;
};

function subnetResource(s: trellis.feed.v2.ISubnet): SubnetResource {
  const version = Number(s.ipVersion ?? 0);
  need(version === 4 || version === 6, `ip_version ${String(s.ipVersion)} is unknown`);
  return {
    kind: 'subnet',
    id: text(s.id, 'id'),
    networkId: text(s.networkId, 'network_id'),
    ipVersion: version as 4 | 6,
    cidr: cidrOf(s.cidr, version, 'cidr'),
    gatewayIp: s.gatewayIp ? address(s.gatewayIp, version, 'gateway_ip') : null,
    enableDhcp: s.enableDhcp === true,
    dnsNameservers: (s.dnsNameservers ?? []).map((d, i) => text(d, `dns_nameservers[${i}]`)),
    hostRoutes: (s.hostRoutes ?? []).map((r, i) => ({
      destination: cidrOf(r.destination, isIP(String(r.destination).split('/')[0]) || version, `host_routes[${i}].destination`),
      nexthop: text(r.nexthop, `host_routes[${i}].nexthop`),
    })),
    ipv6AddressMode: ipv6Mode(s.ipv6AddressMode, version, 'ipv6_address_mode'),
    ipv6RaMode: ipv6Mode(s.ipv6RaMode, version, 'ipv6_ra_mode'),
  };
}

const camel = (kind: ResourceKind): string => kind.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const anyAddress = (value: string | null | undefined, field: string): string => {
  need(typeof value === 'string' && isIP(value) !== 0, `${field} ${String(value).slice(0, 64)} is not an IP address`);
  return value as string;
};

function routerResource(r: trellis.feed.v2.IRouter): RouterResource {
  return {
    kind: 'router',
    id: text(r.id, 'id'),
    adminStateUp: r.adminStateUp === true,
    interfaces: (r.interfaces ?? []).map((i, n) => ({
      portId: text(i.portId, `interfaces[${n}].port_id`),
      subnetId: text(i.subnetId, `interfaces[${n}].subnet_id`),
      networkId: text(i.networkId, `interfaces[${n}].network_id`),
      ipAddress: anyAddress(i.ipAddress, `interfaces[${n}].ip_address`),
      macAddress: text(i.macAddress, `interfaces[${n}].mac_address`),
    })),
    routes: (r.routes ?? []).map((x, n) => {
      const nexthop = anyAddress(x.nexthop, `routes[${n}].nexthop`);
      return { destination: cidrOf(x.destination, isIP(nexthop), `routes[${n}].destination`), nexthop };
    }),
  };
}
