import type { HostView, SubnetView, VniView } from '@trellis/l2';

/**
 * What this host's DHCP/RA server answers for one network: the network's subnets with DHCP,
 * the server identity (the network's DHCP port: MAC, one address per served subnet) and one
 * static host entry per local port. A network without local ports here is not served.
 * The memory backend exposes this (tests, the simulator); the linux backend renders it to
 * dnsmasq files (dnsmasq-files.ts).
 */
export interface NetworkDhcpPlan {
  readonly networkId: string;
  readonly vni: number;
  readonly mtu: number;
  /** The DHCP port's MAC ('' when central gave the network none yet). */
  readonly serverMac: string;
  /** The DHCP port's address and prefix length on each served subnet. */
  readonly serverAddresses: ReadonlyArray<{ readonly ip: string; readonly prefix: number; readonly subnetId: string }>;
  readonly subnets: readonly SubnetView[];
  /** Static leases: local port MAC → its addresses on the served subnets. */
  readonly hosts: ReadonlyArray<{ readonly portId: string; readonly mac: string; readonly ips: readonly string[] }>;
}

/** True when the subnet's addresses or options come from this host (DHCPv4, DHCPv6, RA). */
export function isServed(s: SubnetView): boolean {
  return s.enableDhcp;
}

/** The plans of every network with local ports and a served subnet, by network id. */
export function planDhcp(view: HostView): Map<string, NetworkDhcpPlan> {
  const out = new Map<string, NetworkDhcpPlan>();
  for (const t of view.values()) {
    const plan = planVni(t);
    if (plan) out.set(plan.networkId, plan);
  }
  return out;
}

/** The plan of one VNI, or undefined when nothing is served there. */
export function planVni(t: VniView): NetworkDhcpPlan | undefined {
  let networkId: string | undefined;
  for (const p of t.local.values()) if (p.networkId) networkId = p.networkId;
  const subnets = [...t.subnets.values()].filter(isServed).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (networkId === undefined || subnets.length === 0) return undefined;
  const serverMac = subnets.find((s) => s.dhcpServerMac !== '')?.dhcpServerMac ?? '';
  const serverAddresses = subnets.filter((s) => s.dhcpServerIp !== '').map((s) => ({ ip: s.dhcpServerIp, prefix: Number(s.cidr.split('/')[1]), subnetId: s.id }));
  const hosts = [...t.local.values()]
    .map((p) => ({ portId: p.portId, mac: p.mac, ips: p.ips.filter((ip) => subnets.some((s) => inSubnet(ip, s))) }))
    .sort((a, b) => (a.mac < b.mac ? -1 : a.mac > b.mac ? 1 : 0));
  return { networkId, vni: t.vni, mtu: t.mtu, serverMac, serverAddresses, subnets, hosts };
}

/** True when `ip` (canonical text) lies in the subnet. */
export function inSubnet(ip: string, s: SubnetView): boolean {
  if ((s.ipVersion === 6) !== ip.includes(':')) return false;
  const [net, len] = s.cidr.split('/');
  const bits = s.ipVersion === 4 ? 32 : 128;
  const shift = BigInt(bits - Number(len));
  return ipToBig(ip) >> shift === ipToBig(net) >> shift;
}

export function ipToBig(ip: string): bigint {
  if (!ip.includes(':')) return ip.split('.').reduce((acc, o) => (acc << 8n) | BigInt(Number(o)), 0n);
  const [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...new Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}
