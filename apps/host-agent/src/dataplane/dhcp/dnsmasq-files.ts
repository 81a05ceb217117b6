import type { SubnetView } from '@trellis/l2';
import { inSubnet, type NetworkDhcpPlan } from './dhcp-plan';

/** Device of the DHCP server inside its namespace (one per namespace, so a fixed name). */
export const SERVER_DEVICE = 'ns-dhcp';

export interface DnsmasqPaths {
  readonly dir: string;
  readonly pidFile: string;
  readonly hostsFile: string;
  readonly optsFile: string;
  readonly leaseFile: string;
}

export function dnsmasqPaths(stateDir: string, networkId: string): DnsmasqPaths {
  const dir = `${stateDir}/${networkId}`;
  return { dir, pidFile: `${dir}/pid`, hostsFile: `${dir}/host`, optsFile: `${dir}/opts`, leaseFile: `${dir}/leases` };
}

/** The three files of one network's dnsmasq. `conf` changes need a restart; `hosts`/`opts` a SIGHUP. */
export interface DnsmasqFiles {
  readonly conf: string;
  readonly hosts: string;
  readonly opts: string;
}

const tag = (s: SubnetView) => `subnet-${s.id}`;

function netmask(prefix: number): string {
  const m = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return [24, 16, 8, 0].map((b) => (m >>> b) & 0xff).join('.');
}

/**
 * dnsmasq's range mode for a subnet, as Neutron's dnsmasq driver and radvd together map
 * `ipv6_ra_mode` / `ipv6_address_mode` (RFC 4861 M/O flags, the prefix's A flag):
 * slaac → `ra-only` (A, no DHCPv6), dhcpv6-stateless → `ra-stateless` (A + O, DHCPv6 options),
 * dhcpv6-stateful → `static` with RA (M + O, no A; addresses from DHCPv6 host entries).
 */
function v6Mode(s: SubnetView): string {
  const mode = s.ipv6RaMode || s.ipv6AddressMode;
  if (mode === 'slaac') return 'ra-only';
  if (mode === 'dhcpv6-stateless') return 'ra-stateless';
  return 'static';
}

/**
 * Renders the files of one network's dnsmasq. Only static ranges: a client whose MAC has no
 * host entry (a port this host does not hold) gets no answer (`dhcp-ignore=tag:!known`). DNS
 * is off (`port=0`): Trellis serves addresses, not names.
 */
export function renderDnsmasq(plan: NetworkDhcpPlan, paths: DnsmasqPaths, leaseTimeS: number): DnsmasqFiles {
  const conf: string[] = [
    '# Written by the Trellis host-agent; rewritten on every change.',
    // Its files live in the agent's private state dir, which dnsmasq's default user (nobody)
    // cannot read after it drops privileges (a SIGHUP would then load no host entry at all).
    // It keeps root inside a namespace that holds only the DHCP veth.
    'user=root',
    'no-resolv',
    'no-hosts',
    'port=0',
    'bind-interfaces',
    `interface=${SERVER_DEVICE}`,
    'except-interface=lo',
    `pid-file=${paths.pidFile}`,
    `dhcp-leasefile=${paths.leaseFile}`,
    `dhcp-hostsfile=${paths.hostsFile}`,
    `dhcp-optsfile=${paths.optsFile}`,
    'dhcp-authoritative',
    'dhcp-ignore=tag:!known',
    'dhcp-no-override',
  ];
  let ra = false;
  for (const s of plan.subnets) {
    const [net, prefix] = s.cidr.split('/');
    if (s.ipVersion === 4) {
      conf.push(`dhcp-range=set:${tag(s)},${net},static,${netmask(Number(prefix))},${leaseTimeS}s`);
      continue;
    }
    const mode = v6Mode(s);
    // RA only where Neutron asks for it (ipv6_ra_mode); address mode alone: an external router advertises.
    if (s.ipv6RaMode) ra = true;
    conf.push(mode === 'static' ? `dhcp-range=set:${tag(s)},${net},static,${prefix},${leaseTimeS}s` : `dhcp-range=set:${tag(s)},${net},${mode},${prefix},${leaseTimeS}s`);
  }
  if (ra) {
    conf.push('enable-ra');
    // Router lifetime 0: the DHCP namespace is no router (routers come from L3); MTU from the network.
    conf.push(`ra-param=${SERVER_DEVICE},mtu:${plan.mtu || 1500},high,60,0`);
  }
  const hosts = plan.hosts.map((h) => {
    const v4 = h.ips.filter((ip) => !ip.includes(':'));
    const v6 = h.ips.filter((ip) => ip.includes(':') && plan.subnets.some((s) => s.ipVersion === 6 && v6Mode(s) === 'static' && inSubnet(ip, s)));
    return [h.mac, ...v4, ...v6.map((ip) => `[${ip}]`)].join(',');
  });
  const opts: string[] = [];
  for (const s of plan.subnets) {
    if (s.ipVersion === 4) {
      if (s.gatewayIp) opts.push(`tag:${tag(s)},option:router,${s.gatewayIp}`);
      if (s.dnsNameservers.length > 0) opts.push(`tag:${tag(s)},option:dns-server,${s.dnsNameservers.join(',')}`);
      if (plan.mtu > 0) opts.push(`tag:${tag(s)},option:mtu,${plan.mtu}`);
      // RFC 3442: a client that takes option 121 ignores option 3, so the default route is in it too.
      const routes = s.hostRoutes.filter((r) => !r.destination.includes(':')).flatMap((r) => [r.destination, r.nexthop]);
      if (routes.length > 0) {
        if (s.gatewayIp && !s.hostRoutes.some((r) => r.destination === '0.0.0.0/0')) routes.push('0.0.0.0/0', s.gatewayIp);
        opts.push(`tag:${tag(s)},option:classless-static-route,${routes.join(',')}`);
        opts.push(`tag:${tag(s)},249,${routes.join(',')}`);
      }
    } else if (s.dnsNameservers.length > 0) {
      opts.push(`tag:${tag(s)},option6:dns-server,${s.dnsNameservers.map((d) => `[${d}]`).join(',')}`);
    }
  }
  return { conf: conf.join('\n') + '\n', hosts: hosts.join('\n') + (hosts.length ? '\n' : ''), opts: opts.join('\n') + (opts.length ? '\n' : '') };
}
