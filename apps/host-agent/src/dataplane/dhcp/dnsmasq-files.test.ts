import { emptyVniView, type SubnetView } from '@trellis/l2';
import { describe, expect, it } from 'vitest';
import { planVni } from './dhcp-plan';
import { dnsmasqPaths, renderDnsmasq } from './dnsmasq-files';
import { guardScript } from './dhcp-guard';

const base = { gatewayIp: '', enableDhcp: true, dnsNameservers: [], hostRoutes: [], ipv6AddressMode: '', ipv6RaMode: '', dhcpServerIp: '', dhcpServerMac: '' } as const;
const v4: SubnetView = { ...base, id: 's4', ipVersion: 4, cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1', dnsNameservers: ['192.0.2.53'], hostRoutes: [{ destination: '203.0.113.0/24', nexthop: '10.0.0.9' }], dhcpServerIp: '10.0.0.254', dhcpServerMac: 'fa:16:3e:dd:00:01' };
const slaac: SubnetView = { ...base, id: 's6a', ipVersion: 6, cidr: '2001:db8:1::/64', ipv6AddressMode: 'slaac', ipv6RaMode: 'slaac', dhcpServerIp: '2001:db8:1:0:f816:3eff:fedd:1', dhcpServerMac: 'fa:16:3e:dd:00:01' };
const stateful: SubnetView = { ...base, id: 's6b', ipVersion: 6, cidr: '2001:db8:2::/64', ipv6AddressMode: 'dhcpv6-stateful', ipv6RaMode: 'dhcpv6-stateful', dhcpServerIp: '2001:db8:2::fffe', dhcpServerMac: 'fa:16:3e:dd:00:01' };
const off: SubnetView = { ...base, id: 's4off', ipVersion: 4, cidr: '10.1.0.0/24', enableDhcp: false };

function view() {
  const t = emptyVniView(1000, 1400);
  t.local.set('p1', { portId: 'p1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.2', '2001:db8:1:0:f816:3eff:fe00:1', '2001:db8:2::2', '10.1.0.5'], inactive: false, seq: 0, mtu: 1400, networkId: 'net-1' });
  for (const s of [v4, slaac, stateful, off]) t.subnets.set(s.id, s);
  return t;
}

describe('dnsmasq files of one network', () => {
  it('serves the DHCP-enabled subnets with static ranges, one host entry per local port, Neutron-mapped IPv6 modes', () => {
    const plan = planVni(view())!;
    expect(plan.subnets.map((s) => s.id)).toEqual(['s4', 's6a', 's6b']);
    expect(plan.serverAddresses.map((a) => `${a.ip}/${a.prefix}`)).toEqual(['10.0.0.254/24', '2001:db8:1:0:f816:3eff:fedd:1/64', '2001:db8:2::fffe/64']);
    const files = renderDnsmasq(plan, dnsmasqPaths('/state', 'net-1'), 3600);
    const conf = files.conf.split('\n');
    expect(conf).toContain('dhcp-ignore=tag:!known');
    expect(conf).toContain('dhcp-range=set:subnet-s4,10.0.0.0,static,255.255.255.0,3600s');
    expect(conf).toContain('dhcp-range=set:subnet-s6a,2001:db8:1::,ra-only,64,3600s');
    expect(conf).toContain('dhcp-range=set:subnet-s6b,2001:db8:2::,static,64,3600s');
    expect(conf).toContain('enable-ra');
    expect(conf).toContain('ra-param=ns-dhcp,mtu:1400,high,60,0');
    expect(conf).toContain('pid-file=/state/net-1/pid');
    // The SLAAC address is the guest's own doing; the stateful one comes from DHCPv6; the disabled subnet is not served.
    expect(files.hosts).toBe('fa:16:3e:00:00:01,10.0.0.2,[2001:db8:2::2]\n');
    expect(files.opts.split('\n')).toEqual([
      'tag:subnet-s4,option:router,10.0.0.1',
      'tag:subnet-s4,option:dns-server,192.0.2.53',
      'tag:subnet-s4,option:mtu,1400',
      'tag:subnet-s4,option:classless-static-route,203.0.113.0/24,10.0.0.9,0.0.0.0/0,10.0.0.1',
      'tag:subnet-s4,249,203.0.113.0/24,10.0.0.9,0.0.0.0/0,10.0.0.1',
      '',
    ]);
  });

  it('no local port or no served subnet: nothing to serve', () => {
    const t = view();
    t.local.clear();
    expect(planVni(t)).toBeUndefined();
    const u = view();
    u.subnets.clear();
    u.subnets.set('s4off', off);
    expect(planVni(u)).toBeUndefined();
  });

  it('stateless DHCPv6 is ra-stateless; no RA without ipv6_ra_mode', () => {
    const t = view();
    t.subnets.clear();
    t.subnets.set('x', { ...slaac, id: 'x', ipv6AddressMode: 'dhcpv6-stateless', ipv6RaMode: 'dhcpv6-stateless' });
    expect(renderDnsmasq(planVni(t)!, dnsmasqPaths('/s', 'n'), 60).conf).toContain('dhcp-range=set:subnet-x,2001:db8:1::,ra-stateless,64,60s');
    t.subnets.set('x', { ...stateful, id: 'x', ipv6RaMode: '' });
    expect(renderDnsmasq(planVni(t)!, dnsmasqPaths('/s', 'n'), 60).conf).not.toContain('enable-ra');
  });

  it('the guard drops DHCP, DHCPv6, RS/RA and server frames at every VXLAN port, both ways, counted', () => {
    const script = guardScript();
    for (const dir of ['oifname', 'iifname']) {
      expect(script).toContain(`${dir} "vxlan-*" udp dport { 67, 68 } counter name "dhcp_v4" drop`);
      expect(script).toContain(`${dir} "vxlan-*" udp dport { 546, 547 } counter name "dhcp_v6" drop`);
      expect(script).toContain(`${dir} "vxlan-*" icmpv6 type { nd-router-solicit, nd-router-advert } counter name "router_discovery" drop`);
      expect(script).toContain(`${dir} "vxlan-*" ether saddr @server_macs counter name "server_mac" drop`);
    }
  });
});
